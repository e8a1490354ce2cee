/**
 * What travels with an indicator's row when the refresh rewrites it, besides the plan's cells: cell notes on the
 * plan's columns, the cells of columns people added (their formulas moved with the row), and for a new row the
 * formulas of added columns Excel fills itself (a table's calculated column).
 */
import type { KpiColumnKey, KpiLayout } from "../workbook/kpi-columns";
import type { FoundCell, KpiRowState, WorkbookState } from "../workbook/kpi-state";
import { shiftFormulaRows } from "./formula-shift";

/**
 * Nothing carried (most rows have no note, many no added cells): one shared, frozen object rather than an empty one
 * per row that lives, with the merge's result, until the row is written (10,000 of them for the collector to copy).
 */
export const NOTHING_CARRIED: Readonly<Record<string, never>> = Object.freeze({});

/** The row's notes on plan columns, in column order. */
export function notesOfRow(layout: KpiLayout, row: KpiRowState): Readonly<Partial<Record<KpiColumnKey, string>>> {
  // One lookup per plan column, in column order. Not for-in: a row's cells object holds 36 keys set one by one, which
  // V8 keeps as a hash table, and for-in over one collects and sorts its keys for every row (3× the lookups' time).
  const cells = row.cells;
  let out: Partial<Record<KpiColumnKey, string>> | undefined;
  for (const c of layout.columns) {
    const note = cells[c.key]?.note;
    if (note !== undefined && note !== "") (out ??= {})[c.key] = note;
  }
  return out ?? NOTHING_CARRIED;
}

/** The row's cells in added columns, formulas moved `delta` rows. */
export function movedExtra(row: KpiRowState, delta: number): Readonly<Record<string, FoundCell>> {
  let out: Record<string, FoundCell> | undefined;
  // for-in, not Object.entries: no array of pairs per row.
  for (const header in row.extra) {
    const cell = row.extra[header] as FoundCell;
    (out ??= {})[header] =
      cell.formula === undefined ? cell : { ...cell, formula: shiftFormulaRows(cell.formula, delta) };
  }
  return out ?? NOTHING_CARRIED;
}

export type CalculatedExtras = ReadonlyMap<string, { readonly formula: string; readonly row: number }>;

/**
 * Columns people (or the comments feature) added whose every cell is the same formula moved to its row: an Excel
 * table's calculated column. A new row gets that formula too, as Excel would give it.
 */
export function calculatedExtras(state: WorkbookState): CalculatedExtras {
  const out = new Map<string, { formula: string; row: number }>();
  if (state.rows.length === 0) return out;
  for (const column of state.extraColumns) {
    const key = column.key ?? column.text;
    const first = state.rows[0] as KpiRowState;
    const f0 = first.extra[key]?.formula;
    if (f0 === undefined) continue;
    const same = state.rows.every((r) => {
      const f = r.extra[key]?.formula;
      return f !== undefined && f === shiftFormulaRows(f0, r.sheetRow - first.sheetRow);
    });
    if (same) out.set(key, { formula: f0, row: first.sheetRow });
  }
  return out;
}

/** A new row's cells in the calculated added columns. */
export function newRowExtras(calculated: CalculatedExtras, sheetRow: number): Readonly<Record<string, FoundCell>> {
  if (calculated.size === 0) return NOTHING_CARRIED;
  const out: Record<string, FoundCell> = {};
  for (const [key, c] of calculated)
    out[key] = { address: "", value: null, formula: shiftFormulaRows(c.formula, sheetRow - c.row) };
  return out;
}
