/**
 * The Office.js side of re-pointing the plan's formulas on 「概要」 and 「評価」 at 「KPI一覧」's moved columns
 * (refresh/kpi-references.ts decides which cells; this reads the sheets' formulas and writes those cells only). Only
 * cells' formulas are written: 「概要」's chart reads its own sheet's cells, and its source range stays as it is.
 */
import type { Scalar } from "../../lib/scalar";
import { cellAddress } from "../../lib/a1";
import {
  kpiColumnMoves,
  repointedFormulas,
  SHEETS_READING_KPI_COLUMNS,
  type FormulaWrite,
  type SheetFormulas,
} from "../../refresh/kpi-references";
import type { KpiLayout } from "../../workbook/kpi-columns";
import type { WorkbookState } from "../../workbook/kpi-state";

/**
 * The cells to re-point after this read: one more sync, only when a column of the KPI sheet moves (a workbook in
 * the plan's order reads nothing more).
 */
export async function findRepointOffice(
  context: Excel.RequestContext,
  state: WorkbookState,
  layout: KpiLayout,
  sheetNames: readonly string[],
): Promise<FormulaWrite[]> {
  const moves = kpiColumnMoves(state, layout);
  const names = SHEETS_READING_KPI_COLUMNS.filter((name) => sheetNames.includes(name));
  if (moves.size === 0 || names.length === 0) return [];
  const used = names.map((name) =>
    context.workbook.worksheets.getItem(name).getUsedRange().load("formulas,rowIndex,columnIndex"),
  );
  await context.sync();
  const sheets = names.map((name, i): SheetFormulas => {
    const range = used[i] as Excel.Range;
    // The used range may start below or right of A1: its cells are placed at their sheet row and column.
    const pad = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);
    const formulas = [
      ...pad<Scalar[]>(range.rowIndex, []),
      ...(range.formulas as Scalar[][]).map((row) => [...pad<Scalar>(range.columnIndex, null), ...row]),
    ];
    return { name, formulas };
  });
  return repointedFormulas(sheets, state.sheetName, moves);
}

/** Queues the writes, syncing when a request would pass `budget` bytes, and syncs the rest. */
export async function writeRepointOffice(
  context: Excel.RequestContext,
  writes: readonly FormulaWrite[],
  budget: number,
): Promise<void> {
  if (writes.length === 0) return;
  let pending = 0;
  for (const w of writes) {
    if (pending > 0 && pending + 250 + w.formula.length * 3 > budget) {
      await context.sync();
      pending = 0;
    }
    context.workbook.worksheets.getItem(w.sheet).getRange(cellAddress(w.column, w.row)).formulas = [[w.formula]];
    pending += 250 + w.formula.length * 3;
  }
  await context.sync();
}
