/**
 * The one reader of the KPI table: a Grid (what a backend read of the sheet, grid.ts) → WorkbookState. Pure; the
 * exceljs and Office.js adapters fill the Grid, locate the table (kpi-locate.ts) and call this.
 *
 * Columns by header (kpi-headers.ts: moved, hidden or re-labelled columns are found); a column without a header is
 * one people use when an indicator row has something in it. Rows by ID (sorted or filtered rows are read all the
 * same). The data region: the table's rows, and any row further down whose ID has the shape of an indicator id
 * (typed under the table); what lies below that is people's own (a note under the table) and is not read.
 */
import { INDICATOR_ID } from "../domain/dataset/schema";
import { cellAddress, columnLetter } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import { gridBounds, gridFormula, gridNote, gridNumberFormat, gridText, gridValue, type Grid } from "./grid";
import { FOLDED_KEYS, type KpiColumnKey, type KpiLayout } from "./kpi-columns";
import { matchHeader } from "./kpi-headers";
import type { CommentRef, FoundCell, FoundHeader, KpiRowState, WorkbookState } from "./kpi-state";
import { refreshNotice, type RefreshNotice } from "./refresh-notice";

export interface KpiGridInput {
  /** The plan period's columns the headers are matched against. */
  readonly layout: KpiLayout;
  /** The sheet from the row above the header (when there is one) down to the last row that may hold data. */
  readonly grid: Grid;
  /** 1-based sheet row of the table's header. */
  readonly headerRow: number;
  /** Last row of the table; null when there was none (the sheet is read by its header row). */
  readonly tableBottom: number | null;
  readonly datasetVersion: string | null;
  /** The metadata's planVersion (null when there is no valid metadata). */
  readonly planVersion?: string | null;
  readonly comments: readonly CommentRef[];
  /** What locating the table already noticed (a renamed sheet …). */
  readonly notices?: readonly RefreshNotice[];
}

export type KpiGridRead =
  | {
      readonly ok: true;
      readonly state: WorkbookState;
      /** Last row of the KPI data; rows below it are people's own and stay (moved down if the table grows). */
      readonly dataBottom: number;
    }
  | { readonly ok: false; readonly problems: readonly RefreshNotice[] };

type MutableCell = { -readonly [K in keyof FoundCell]: FoundCell[K] };

/** Reads one cell; `letter` is its column's letter (made once per column, not per cell). */
function foundCell(grid: Grid, row: number, column: number, letter: string): FoundCell {
  const cell: MutableCell = { address: `${letter}${row}`, value: gridValue(grid, row, column) };
  const formula = gridFormula(grid, row, column);
  if (formula !== undefined) cell.formula = formula;
  const numberFormat = gridNumberFormat(grid, row, column);
  if (numberFormat !== undefined) cell.numberFormat = numberFormat;
  const note = gridNote(grid, row, column);
  if (note !== undefined) cell.note = note;
  return cell;
}

const isEmpty = (cell: FoundCell): boolean =>
  cell.formula === undefined && cell.value === null && cell.note === undefined;

const hasIdShape = (grid: Grid, row: number, column: number): boolean => INDICATOR_ID.test(gridText(grid, row, column));

export function stateFromGrid(input: KpiGridInput): KpiGridRead {
  const { grid, headerRow, layout } = input;
  const s = grid.sheetName;
  const bounds = gridBounds(grid);
  const notices: RefreshNotice[] = [...(input.notices ?? [])];
  const problems: RefreshNotice[] = [];

  // Columns by header; columns without one are decided once the ID column is known.
  const columns: Partial<Record<KpiColumnKey, FoundHeader>> = {};
  const others: { found: FoundHeader; named: boolean }[] = [];
  for (let c = bounds.left; c <= bounds.right; c++) {
    const value = gridValue(grid, headerRow, c);
    const label = value === null ? "" : String(value);
    const address = cellAddress(c, headerRow);
    const width = grid.columnWidths?.get(c);
    const found: FoundHeader = {
      address,
      text: label,
      column: c,
      ...(grid.hiddenColumns?.has(c) ? { hidden: true } : {}),
      ...(width !== undefined ? { width } : {}),
    };
    const m = matchHeader(label, layout);
    if (m.kind !== "plan") {
      others.push({ found, named: m.kind === "extra" });
      continue;
    }
    const before = columns[m.key];
    if (before) {
      const params = { sheet: s, first: before.address, cell: address, header: label };
      problems.push(refreshNotice("DuplicateHeader", params, { sheet: s, cell: address }));
      continue;
    }
    columns[m.key] = found;
    if (!m.exact) {
      const params = { cell: address, found: label, header: layout.header(m.key) };
      notices.push(refreshNotice("HeaderRecovered", params, { sheet: s, cell: address }));
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const idColumn = columns.id?.column;

  // The data region: the table's rows, then rows further down with an indicator id.
  let bottom = input.tableBottom ?? headerRow;
  if (idColumn !== undefined) {
    for (let r = bottom + 1; r <= bounds.bottom; r++) if (hasIdShape(grid, r, idColumn)) bottom = r;
  }

  // Columns people added: kept if they have a header, or data in an indicator's row (text under the table in an
  // unnamed column is not a column).
  const extraColumns: FoundHeader[] = [];
  const usedKeys = new Set<string>();
  for (const { found, named } of others) {
    let keep = named;
    const idAt = idColumn ?? bounds.left;
    for (let r = headerRow + 1; r <= bounds.bottom && !keep; r++) {
      if (!hasIdShape(grid, r, idAt)) continue;
      keep = !isEmpty(foundCell(grid, r, found.column, ""));
    }
    if (!keep) continue;
    const label = found.text;
    let key = label.trim() === "" ? `（${found.address}）` : label;
    if (usedKeys.has(key)) key = `${label}（${found.address}）`;
    usedKeys.add(key);
    extraColumns.push(key === label ? found : { ...found, key });
  }

  const planOrder = layout.columns.map((c) => columns[c.key]?.column).filter((c): c is number => c !== undefined);
  if (planOrder.some((c, i) => i > 0 && c < (planOrder[i - 1] as number))) {
    notices.push(refreshNotice("ColumnsMoved", { sheet: s }, { sheet: s }));
  }
  // The details the plan folds are hidden by design: only columns a person hid are told.
  const hidden = layout.columns.filter((c) => columns[c.key]?.hidden && !FOLDED_KEYS.has(c.key)).map((c) => c.header);
  if (hidden.length > 0) notices.push(refreshNotice("ColumnsHidden", { columns: hidden }, { sheet: s }));

  // Rows by ID.
  const planColumns = layout.columns.flatMap((c) => {
    const h = columns[c.key];
    return h ? [{ key: c.key, formula: c.kind === "formula", column: h.column, letter: columnLetter(h.column) }] : [];
  });
  const extraAt = extraColumns.map((h) => ({ key: h.key ?? h.text, column: h.column, letter: columnLetter(h.column) }));
  const rows: KpiRowState[] = [];
  const rowsWithoutId: { sheetRow: number; address: string }[] = [];
  let hiddenRows = 0;
  for (let r = headerRow + 1; r <= bottom; r++) {
    const cells: Partial<Record<KpiColumnKey, FoundCell>> = {};
    let content = false;
    let nonFormulaContent = false;
    for (const p of planColumns) {
      const f = foundCell(grid, r, p.column, p.letter);
      cells[p.key] = f;
      if (!isEmpty(f)) {
        content = true;
        if (!p.formula) nonFormulaContent = true;
      }
    }
    const extra: Record<string, FoundCell> = {};
    for (const e of extraAt) {
      const f = foundCell(grid, r, e.column, e.letter);
      if (isEmpty(f)) continue;
      extra[e.key] = f;
      content = true;
      if (f.formula === undefined) nonFormulaContent = true;
    }
    if (!content) continue;
    if (grid.hiddenRows?.has(r)) hiddenRows++;
    const id = idColumn === undefined ? "" : gridText(grid, r, idColumn);
    if (id === "") {
      // Formula leftovers of a blank table row (Excel fills calculated columns) are not data.
      if (nonFormulaContent) rowsWithoutId.push({ sheetRow: r, address: cellAddress(idColumn ?? bounds.left, r) });
      continue;
    }
    rows.push({ id, sheetRow: r, cells, extra });
  }
  if (hiddenRows > 0) notices.push(refreshNotice("RowsHidden", { count: hiddenRows }, { sheet: s }));

  // The western years the formulas read, in the row above the header.
  const yearsRow: Record<number, Scalar> = {};
  for (const { year, key } of layout.yearKeys) {
    const h = columns[key];
    if (h) yearsRow[year] = headerRow > 1 ? gridValue(grid, headerRow - 1, h.column) : null;
  }

  return {
    ok: true,
    dataBottom: bottom,
    state: {
      sheetName: s,
      headerRow,
      columns,
      extraColumns,
      rows,
      rowsWithoutId,
      yearsRow,
      datasetVersion: input.datasetVersion,
      planVersion: input.planVersion ?? null,
      comments: input.comments,
      notices,
    },
  };
}
