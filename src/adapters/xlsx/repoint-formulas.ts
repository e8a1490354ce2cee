/**
 * The xlsx side of re-pointing the plan's formulas on 「概要」 and 「評価」 at 「KPI一覧」's moved columns
 * (refresh/kpi-references.ts decides which cells; this reads the sheets' formulas and writes those cells only).
 * Writing a cell's value keeps its style; 「概要」's chart is not a cell (chart-part.ts adds it again on pack).
 */
import type ExcelJS from "exceljs";
import type { Scalar } from "../../lib/scalar";
import {
  kpiColumnMoves,
  repointedFormulas,
  SHEETS_READING_KPI_COLUMNS,
  type FormulaWrite,
  type SheetFormulas,
} from "../../refresh/kpi-references";
import type { KpiLayout } from "../../workbook/kpi-columns";
import type { WorkbookState } from "../../workbook/kpi-state";

/** A sheet's cells as formulas ("=…") or plain values (text, numbers; others as null). */
function sheetFormulas(ws: ExcelJS.Worksheet): SheetFormulas {
  const formulas: Scalar[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: Scalar[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // `formula` is also a shared formula's own text (exceljs translates it from its master).
      const formula = cell.formula;
      const v = cell.value;
      cells[c - 1] =
        typeof formula === "string" && formula !== ""
          ? `=${formula}`
          : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
            ? v
            : null;
    });
    formulas[r - 1] = Array.from(cells, (x) => x ?? null);
  });
  return { name: ws.name, formulas: Array.from(formulas, (x) => x ?? []) };
}

/** The cells to re-point after this read (none when no column of the KPI sheet moves). */
export function findRepointXlsx(wb: ExcelJS.Workbook, state: WorkbookState, layout: KpiLayout): FormulaWrite[] {
  const moves = kpiColumnMoves(state, layout);
  if (moves.size === 0) return [];
  const sheets = SHEETS_READING_KPI_COLUMNS.flatMap((name) => {
    const ws = wb.getWorksheet(name);
    return ws ? [sheetFormulas(ws)] : [];
  });
  return repointedFormulas(sheets, state.sheetName, moves);
}

export function writeRepointXlsx(wb: ExcelJS.Workbook, writes: readonly FormulaWrite[]): void {
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    ws.getRow(w.row).getCell(w.column).value = { formula: w.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  }
}
