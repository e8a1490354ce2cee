/**
 * Damage that stops a refresh: what the workbook holds is not certain enough to merge (no ID column, a moved header
 * row, duplicate or malformed ids, values without an id, text or a date in a year column, a year column renamed away). Each
 * problem names the sheet and cell to fix.
 */
import type { Indicator } from "../domain/dataset/schema";
import { KPI_ROWS, type KpiLayout } from "../workbook/kpi-columns";
import type { KpiRowState, WorkbookState } from "../workbook/kpi-state";
import { serialToDate } from "../lib/excel-date";
import { isDateFormat } from "../workbook/number-format";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";
import { readActual } from "./actual-value";
import { isIndicatorId } from "./placement";

const idAddress = (row: KpiRowState): string => row.cells.id?.address ?? `A${row.sheetRow}`;

/**
 * The problems of `state`, empty when it can be merged; `units` gives the unit a year cell's text is read with.
 * `firstRows`: the first row of each id, when the caller has it (the merge does): no second Map of 10,000 ids.
 * In this order: the rows' ids (rowDamage), each row's year cells in sheet order (yearCellDamage), the year columns
 * (yearColumnDamage). The merge runs the year cells' check inside its own pass over the rows, while they are in the
 * cache, and this function when the ids are damaged.
 */
export function damage(
  layout: KpiLayout,
  state: WorkbookState,
  units: ReadonlyMap<string, Indicator>,
  firstRows: ReadonlyMap<string, KpiRowState> = firstRowsById(state.rows),
): RefreshNotice[] {
  const out = rowDamage(state, firstRows);
  if (!state.columns.id) return out;
  const years = yearCellDamage(layout, state.sheetName, units);
  for (const row of state.rows) years(row, out);
  out.push(...yearColumnDamage(layout, state));
  return out;
}

/**
 * No ID column (that alone), a moved header row, repeated or malformed ids, rows with values and no id.
 * `firstRows` null: the caller knows the ids are all distinct (the merge's placement counted them).
 */
export function rowDamage(state: WorkbookState, firstRows: ReadonlyMap<string, KpiRowState> | null): RefreshNotice[] {
  const sheet = state.sheetName;
  const at = (cell: string | undefined) => ({ sheet, cell });
  const out: RefreshNotice[] = [];
  if (!state.columns.id) return [refreshNotice("IdColumnMissing", { sheet }, { sheet })];
  if (state.headerRow !== KPI_ROWS.header) {
    const cell = state.columns.id.address;
    const params = { sheet, expected: KPI_ROWS.header, row: state.headerRow, cell };
    out.push(refreshNotice("HeaderRowMoved", params, at(cell)));
  }
  if (firstRows !== null) {
    for (const row of state.rows) {
      const first = firstRows.get(row.id) as KpiRowState;
      if (first === row) continue;
      const cell = idAddress(row);
      out.push(refreshNotice("DuplicateId", { sheet, first: idAddress(first), cell, id: row.id }, at(cell)));
    }
  }
  for (const row of state.rows) {
    if (isIndicatorId(row.id)) continue;
    const cell = idAddress(row);
    out.push(refreshNotice("NotAnId", { sheet, cell, id: row.id }, at(cell)));
  }
  for (const r of state.rowsWithoutId) {
    out.push(refreshNotice("MissingId", { sheet, cell: r.address }, at(r.address)));
  }
  return out;
}

/** A check of one row's year cells (a date, or text that is not a number), adding its problems to `out`. */
export type YearCellCheck = (row: KpiRowState, out: RefreshNotice[]) => void;

/** The year cells' check for the rows of `sheet`; `units` gives the unit a year cell's text is read with. */
export function yearCellDamage(layout: KpiLayout, sheet: string, units: ReadonlyMap<string, Indicator>): YearCellCheck {
  const at = (cell: string | undefined) => ({ sheet, cell });
  // A sheet has a handful of number formats: each is parsed once per check, not once per number (20,000 of them).
  const dateFormats = new Map<string | undefined, boolean>();
  const isDate = (format: string | undefined): boolean => {
    let date = dateFormats.get(format);
    if (date === undefined) dateFormats.set(format, (date = isDateFormat(format)));
    return date;
  };
  return (row, out) => {
    let unit: string | null | undefined;
    for (const { key } of layout.yearKeys) {
      const cell = row.cells[key];
      if (!cell || cell.formula !== undefined) continue;
      if (typeof cell.value === "number" && isDate(cell.numberFormat)) {
        // A date typed where an actual belongs: Excel kept it as a serial (2024/4/1 → 45383) under a date format.
        const params = { sheet, cell: cell.address, header: layout.header(key), date: serialToDate(cell.value) };
        out.push(refreshNotice("DateInNumberColumn", params, at(cell.address)));
        continue;
      }
      // Empty cells and numbers (nearly all of them) are never text: no reading, no unit lookup.
      if (cell.value === null || (typeof cell.value === "number" && Number.isFinite(cell.value))) continue;
      unit ??= units.get(row.id)?.unit ?? (typeof row.cells.unit?.value === "string" ? row.cells.unit.value : null);
      const reading = readActual(cell.value, unit);
      if (reading.kind !== "text") continue;
      const params = { sheet, cell: cell.address, header: layout.header(key), text: reading.text };
      out.push(refreshNotice("TextInNumberColumn", params, at(cell.address)));
    }
  };
}

/** Year columns the plan has that are not found while columns people added are (a year header renamed away). */
export function yearColumnDamage(layout: KpiLayout, state: WorkbookState): RefreshNotice[] {
  const sheet = state.sheetName;
  const out: RefreshNotice[] = [];
  if (state.extraColumns.length > 0) {
    const extras = state.extraColumns.map((c) => `${c.address}「${c.text}」`).join("、");
    for (const { key } of layout.yearKeys) {
      if (state.columns[key]) continue;
      const params = { sheet, header: layout.header(key), extras };
      out.push(refreshNotice("YearColumnMissing", params, { sheet, cell: state.extraColumns[0]?.address }));
    }
  }
  return out;
}

/** The first row of each id (a later row with the same id is a DuplicateId); the Map's own order is bottom up. */
export function firstRowsById(rows: readonly KpiRowState[]): Map<string, KpiRowState> {
  const first = new Map<string, KpiRowState>();
  // Bottom up, so the first row's set comes last and stays: one Map operation per row.
  for (let i = rows.length - 1; i >= 0; i--) first.set((rows[i] as KpiRowState).id, rows[i] as KpiRowState);
  return first;
}
