/**
 * The generic record tables of the yearly 効果検証 (「評価」「総括意見」「評価履歴」「指標見直し」, contracts in
 * evaluation-columns.ts) as plain rows: grid → records keyed by column key, and which cells of which row a write
 * touches, decided once for both backends (the stores only find the table and write these cells). Columns are found
 * by header, rows by their key columns (never by position), as the committee's record does (comment-rows.ts,
 * comment-writes.ts, whose column map and cell writes this reuses).
 */
import type { Scalar } from "../lib/scalar";
import { problem, type CommentProblem } from "../domain/comments/problems";
import { cellText, mapColumns, type ColumnMap, type SheetRows } from "./comment-rows";
import type { CellWrite, Refused } from "./comment-writes";
import type { RecordSheetContract } from "./evaluation-columns";

/**
 * In a formula, stands for the sheet row the cell lands on ("=$B{row}&…"): a use case appending rows does not know
 * where they land (after a blank row is filled, or rows added by someone else), the store does.
 */
export const ROW_PLACEHOLDER = "{row}";

/** One cell to write: a literal (text is always kept as text) or a formula ("=…"), with an optional number format. */
export interface RecordCell {
  readonly value?: Scalar;
  readonly formula?: string;
  readonly numberFormat?: string;
}
/** A row to write, by column key; keys left out are not touched (an append leaves them empty). */
export type RecordCells<K extends string> = Partial<Readonly<Record<K, RecordCell>>>;
/** A row to update: found by its key columns' values, then the given cells written. */
export interface RecordRowUpdate<K extends string> {
  readonly key: Partial<Readonly<Record<K, Scalar>>>;
  readonly cells: RecordCells<K>;
}
/** Keys of the columns whose cells wrap (top-aligned) when written: long, multi-line text. */
export interface RecordWriteOptions<K extends string> {
  readonly wrap?: readonly K[];
}

export const isBlankCell = (v: Scalar | undefined): boolean => v === null || v === undefined || v === "";

/**
 * Is this body row blank to us: every cell under a non-formula contract column empty? The blank row an empty table
 * carries still holds the plan's formulas (「指標見直し」's 適用中 shows FALSE there), and people's own columns are not
 * ours; such a row is no record, and an append fills it first. The one rule for reading and appending.
 */
export function isBlankRecordRow<K extends string>(
  contract: RecordSheetContract<K>,
  headers: readonly Scalar[],
  row: readonly Scalar[] | undefined,
): boolean {
  if (row === undefined) return false;
  const counted = new Set(contract.columns.filter((c) => c.formula !== true).map((c) => c.header));
  return headers.every((h, i) => !counted.has(h === null ? "" : String(h).trim()) || isBlankCell(row[i]));
}

/** A table as a backend reads it: header row, body rows, and the sheet row number of rows[0]. */
export interface RecordGrid extends SheetRows {
  readonly firstRow: number;
}

/** Cells to write into the body row `index` of a table (an index past its rows: a row to add below it). */
export interface RecordRowWrite {
  readonly index: number;
  readonly cells: CellWrite[];
}

/** One record read: its cells by key, its index in the grid's rows, and its sheet row (for messages). */
export interface RecordRow<K extends string> {
  readonly cells: Readonly<Record<K, Scalar>>;
  readonly index: number;
  readonly sheetRow: number;
}

/** A key cell as text: 2025 and 「2025」 are the same key. */
export const keyText = (v: Scalar | undefined): string =>
  typeof v === "number" ? String(v) : cellText(v ?? null).trim();

/**
 * The records of a table: blank rows (isBlankRecordRow: the blank row an empty table carries) are skipped. A missing
 * or doubled header is a problem and gives no records.
 */
export function readRecordRows<K extends string>(
  contract: RecordSheetContract<K>,
  grid: RecordGrid,
): { readonly rows: readonly RecordRow<K>[]; readonly problems: readonly CommentProblem[] } {
  const mapped = mapColumns(contract.sheet, grid.headers, contract.columns);
  if (!mapped.ok) return { rows: [], problems: mapped.problems };
  const rows: RecordRow<K>[] = [];
  grid.rows.forEach((row, index) => {
    const cells = {} as Record<K, Scalar>;
    for (const c of contract.columns) cells[c.key] = row[mapped.map[c.key]] ?? null;
    if (isBlankRecordRow(contract, grid.headers, row)) return;
    rows.push({ cells, index, sheetRow: grid.firstRow + index });
  });
  return { rows, problems: [] };
}

/** The column map of the contract columns `keys` (the others need not exist for this write). */
function columnsFor<K extends string>(
  contract: RecordSheetContract<K>,
  headers: readonly Scalar[],
  keys: readonly K[],
): { ok: true; map: ColumnMap<K> } | Refused {
  const wanted = new Set(keys);
  return mapColumns(
    contract.sheet,
    headers,
    contract.columns.filter((c) => wanted.has(c.key)),
  );
}

/** "@" on a literal text (Excel then never evaluates it, like comment-writes); else the cell's own format. */
function formatOf(cell: RecordCell): string | null {
  if (cell.formula === undefined && typeof cell.value === "string") return "@";
  return cell.numberFormat ?? null;
}

function cellWritesOf<K extends string>(
  map: ColumnMap<K>,
  cells: RecordCells<K>,
  wrap: ReadonlySet<K>,
  sheetRow: number,
): CellWrite[] {
  return (Object.keys(cells) as K[]).flatMap((key) => {
    const cell = cells[key];
    if (!cell) return [];
    const value = cell.formula !== undefined ? "" : (cell.value ?? "");
    return [
      {
        column: map[key],
        value,
        format: formatOf(cell),
        wrap: wrap.has(key),
        ...(cell.formula !== undefined ? { formula: cell.formula.split(ROW_PLACEHOLDER).join(String(sheetRow)) } : {}),
      },
    ];
  });
}

/**
 * Where each new row lands and its cells: the table's last row when it is blank (isBlankRecordRow), then below the
 * table; refused when a column written is missing or doubled.
 */
export function appendRecordWrites<K extends string>(
  contract: RecordSheetContract<K>,
  table: RecordGrid,
  rows: readonly RecordCells<K>[],
  options: RecordWriteOptions<K> = {},
): { readonly ok: true; readonly rows: RecordRowWrite[] } | Refused {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r) as K[]))];
  const mapped = columnsFor(contract, table.headers, keys);
  if (!mapped.ok) return mapped;
  const wrap = new Set(options.wrap ?? []);
  const last = table.rows.length - 1;
  const start = isBlankRecordRow(contract, table.headers, table.rows[last]) ? last : last + 1;
  return {
    ok: true,
    rows: rows.map((r, i) => ({
      index: start + i,
      cells: cellWritesOf(mapped.map, r, wrap, table.firstRow + start + i),
    })),
  };
}

/**
 * What each column of the table (in its order) gets on a row added below it: the contract column's entry of `looks`
 * under that header; null under a column people added (theirs to format) and under a header the table has twice.
 */
export function looksByTableColumn<K extends string, L>(
  // any contract's columns: the 効果検証 tables' and the committee's (comment-columns.ts)
  contract: { readonly columns: readonly { readonly key: K; readonly header: string }[] },
  headers: readonly Scalar[],
  looks: Readonly<Record<K, L>>,
): (L | null)[] {
  const texts = headers.map((h) => (h === null ? "" : String(h).trim()));
  return texts.map((text) => {
    const column = contract.columns.find((c) => c.header === text);
    return column && texts.indexOf(text) === texts.lastIndexOf(text) ? looks[column.key] : null;
  });
}

/** Index in `rows` of the one row whose key cells equal `key`, or -1 when none or more than one matches. */
export function findRecordRow<K extends string>(
  map: ColumnMap<K>,
  rows: readonly (readonly Scalar[])[],
  key: Partial<Readonly<Record<K, Scalar>>>,
): number {
  const wanted = (Object.keys(key) as K[]).map((k) => [map[k], keyText(key[k])] as const);
  const matches = rows.flatMap((r, i) => (wanted.every(([col, text]) => keyText(r[col]) === text) ? [i] : []));
  return matches.length === 1 ? (matches[0] as number) : -1;
}

/**
 * Where each update lands: the row found by its key (after any sort or filter) and the cells to write there. Every
 * update is checked before any is written: a key that matches no row or more than one is refused (notFound).
 */
export function updateRecordWrites<K extends string>(
  contract: RecordSheetContract<K>,
  table: RecordGrid,
  updates: readonly RecordRowUpdate<K>[],
  options: RecordWriteOptions<K> = {},
): { readonly ok: true; readonly rows: RecordRowWrite[] } | Refused {
  const keys = [...new Set(updates.flatMap((u) => [...Object.keys(u.key), ...Object.keys(u.cells)] as K[]))];
  const mapped = columnsFor(contract, table.headers, keys);
  if (!mapped.ok) return mapped;
  const wrap = new Set(options.wrap ?? []);
  const problems: CommentProblem[] = [];
  const out = updates.flatMap((u) => {
    const index = findRecordRow(mapped.map, table.rows, u.key);
    if (index >= 0) return [{ index, cells: cellWritesOf(mapped.map, u.cells, wrap, table.firstRow + index) }];
    const value = (Object.keys(u.key) as K[]).map((k) => keyText(u.key[k])).join("|");
    problems.push(problem(contract.table, "notFound", { value }));
    return [];
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: out };
}
