/**
 * The Office refresh's pure-ish helpers (refresh-office.ts): where new rows are inserted, the KPI region as a
 * SheetPlan fragment for the cell blocks, and a context whose syncs are counted.
 */
import { KPI_ROWS, type KpiLayout } from "../../workbook/kpi-columns";
import type { CellPlan, SheetPlan } from "../../plan/types";
import { GENERAL_FORMAT } from "../../plan/formats";
import type { RefreshPlan } from "../../refresh/merge";
import type { OfficeKpiRead } from "./read-kpi-sheet";

/** Runs of consecutive added rows, by the sheet row they land on (ascending: each insert leaves the ones above done). */
export function insertionRuns(plan: RefreshPlan): { at: number; count: number }[] {
  const runs: { at: number; count: number }[] = [];
  for (const row of plan.rows) {
    if (row.status !== "added") continue;
    const last = runs[runs.length - 1];
    if (last && last.at + last.count === row.sheetRow) last.count++;
    else runs.push({ at: row.sheetRow, count: 1 });
  }
  return runs;
}

/** The rows to write as a SheetPlan fragment: row r of the sheet at index r-1 (rows above the header empty). */
export function regionPlan(
  layout: KpiLayout,
  read: OfficeKpiRead,
  plan: RefreshPlan,
  sample: SheetPlan,
): { sheet: SheetPlan } {
  const extras = read.state.extraColumns;
  const width = layout.columns.length + extras.length;
  const rows: (CellPlan | null)[][] = [];
  for (let r = 1; r < KPI_ROWS.years; r++) rows.push([]);
  rows.push([...(sample.rows[KPI_ROWS.years - 1] ?? [])]);
  rows.push([
    ...layout.columns.map((c): CellPlan => ({ value: c.header })),
    ...extras.map((e): CellPlan => ({ value: e.text === "" ? null : e.text })),
  ]);
  for (const row of plan.rows) {
    // Every plan cell with its number format, General where the plan names none: a null in the written array would
    // leave the format the cell had (an older layout's column there, or a text column's "@" that Excel gives a column
    // inserted beside it), and a formula written into an "@" cell stays typed text.
    const cells: (CellPlan | null)[] = layout.columns.map((c) => {
      const cell = row.cells[c.key] ?? { value: null };
      return cell.numberFormat === undefined ? { ...cell, numberFormat: GENERAL_FORMAT } : cell;
    });
    for (const e of extras) {
      const found = row.extra[e.key ?? e.text];
      cells.push(
        found
          ? found.formula !== undefined
            ? { formula: found.formula, ...(found.numberFormat ? { numberFormat: found.numberFormat } : {}) }
            : { value: found.value, ...(found.numberFormat ? { numberFormat: found.numberFormat } : {}) }
          : { value: null },
      );
    }
    rows.push(cells);
  }
  // Rows the table used to cover below the new last row (blank rows it had) are cleared, not deleted.
  const newLast = KPI_ROWS.firstData + plan.rows.length - 1;
  const oldLast = read.dataBottom + plan.added.length;
  for (let r = newLast + 1; r <= oldLast; r++) rows.push(Array.from({ length: width }, () => ({ value: null })));
  return { sheet: { ...sample, rows } };
}

/** The context with its syncs counted (the comments reader syncs on its own; the count must be the real one). */
export function countingContext(context: Excel.RequestContext): { context: Excel.RequestContext; syncs: () => number } {
  let n = 0;
  const proxy = new Proxy(context, {
    get(target, prop) {
      if (prop === "sync") {
        return async () => {
          n++;
          return target.sync();
        };
      }
      return Reflect.get(target, prop) as unknown;
    },
  });
  return { context: proxy, syncs: () => n };
}
