/**
 * The committee's record in an .xlsx, through exceljs: read 「委員名簿」「会議」「委員意見」 by table and header,
 * append a row, edit a row found by its id. Operates on a loaded ExcelJS.Workbook (no I/O: the CLI loads and
 * writes files). Tables are found by name (contracts), columns by header, rows by id, never by position; what each
 * table holds is workbook/comment-rows.ts's COMMENT_TABLES, so this store knows no table in particular.
 *
 * Text is written as exceljs string values (never `{ formula }`), so 「=1+1」 is stored as a string; each text cell
 * also gets the "@" format so a later retype in Excel stays text. An append writes one row below the table and
 * widens the table's ref; when the table's last row is the blank row an empty table carries, that row is used.
 */
import type ExcelJS from "exceljs";
import { problem, type CommentProblem, type CommentRecord, type Meeting, type Member } from "../../domain/comments";
import type { Scalar } from "../../lib/scalar";
import {
  COMMENT_TABLE_KINDS,
  COMMENT_TABLES,
  findRowById,
  rowNumberFormats,
  type BuiltRow,
  type CommentBook,
  type CommentRecordOf,
  type CommentTableKind,
  type ReadRows,
} from "../../workbook/comment-rows";
import { WRAPPED_HEADERS } from "../../workbook/comment-columns";
import { columnLetter } from "../../lib/a1";
import { findTable as locateTable, rowScalars, setTableRef, type LocatedTable } from "./exceljs-internals";

export type { CommentBook };

export type StoreResult = { readonly ok: true } | { readonly ok: false; readonly problems: CommentProblem[] };

interface FoundTable extends LocatedTable {
  readonly headers: Scalar[];
}

function findTable(wb: ExcelJS.Workbook, name: string): FoundTable | null {
  const t = locateTable(wb, name);
  return t && { ...t, headers: rowScalars(t.ws, t.range.top, t.range.left, t.range.right) };
}

function rowsOf(t: FoundTable): Scalar[][] {
  const out: Scalar[][] = [];
  for (let r = t.range.top + 1; r <= t.range.bottom; r++) out.push(rowScalars(t.ws, r, t.range.left, t.range.right));
  return out;
}

const missingTable = (name: string): CommentProblem => problem(name, "missingTable", { table: name });

function readTable<K extends CommentTableKind>(wb: ExcelJS.Workbook, kind: K): ReadRows<CommentRecordOf[K]> {
  const { table, read } = COMMENT_TABLES[kind];
  const t = findTable(wb, table);
  if (!t) return { records: [], problems: [missingTable(table)] };
  return read({ headers: t.headers, rows: rowsOf(t), firstRow: t.range.top + 1 });
}

export function readCommentBook(wb: ExcelJS.Workbook): CommentBook {
  const [members, meetings, comments] = COMMENT_TABLE_KINDS.map((k) => readTable(wb, k));
  return { members, meetings, comments } as CommentBook;
}

/** Writes `row` into sheet row `r` of the table: values, "@" on text, wrap on long-text columns. Nulls are skipped. */
function writeRow(t: FoundTable, r: number, row: readonly Scalar[]): void {
  const formats = rowNumberFormats(row);
  const target = t.ws.getRow(r);
  row.forEach((value, i) => {
    if (value === null) return;
    const cell = target.getCell(t.range.left + i);
    const format = formats[i];
    if (format) cell.numFmt = format;
    const header = t.headers[i];
    if (typeof header === "string" && WRAPPED_HEADERS.has(header)) cell.alignment = { wrapText: true, vertical: "top" };
    // A plain string is always a string in exceljs: nothing here can become a formula.
    cell.value = value;
  });
  target.commit();
}

/** The table and the record's row in its header order, or why it cannot be written. */
function prepare<K extends CommentTableKind>(
  wb: ExcelJS.Workbook,
  kind: K,
  record: CommentRecordOf[K],
): { ok: true; t: FoundTable; built: Extract<BuiltRow, { ok: true }> } | { ok: false; problems: CommentProblem[] } {
  const name = COMMENT_TABLES[kind].table;
  const t = findTable(wb, name);
  if (!t) return { ok: false, problems: [missingTable(name)] };
  const built = COMMENT_TABLES[kind].row(t.headers, record);
  return built.ok ? { ok: true, t, built } : built;
}

/** Appends one record below its table (or into the blank row an empty table carries) and widens the table. */
export function appendRecord<K extends CommentTableKind>(
  wb: ExcelJS.Workbook,
  kind: K,
  record: CommentRecordOf[K],
): StoreResult {
  const p = prepare(wb, kind, record);
  if (!p.ok) return p;
  const { t, built } = p;
  const rows = rowsOf(t);
  const last = rows[rows.length - 1];
  const lastIsBlank = last !== undefined && last.every((v) => v === null || v === "");
  const r = lastIsBlank ? t.range.bottom : t.range.bottom + 1;
  writeRow(t, r, built.row);
  if (!lastIsBlank)
    setTableRef(t.model, `${columnLetter(t.range.left)}${t.range.top}:${columnLetter(t.range.right)}${r}`);
  return { ok: true };
}

/**
 * Replaces the row whose id cell is the record's id (only cells that differ are written). The row is found by
 * reading the id column, so a sorted or filtered table edits the right row; a missing or doubled id is refused.
 */
export function editRecord<K extends CommentTableKind>(
  wb: ExcelJS.Workbook,
  kind: K,
  record: CommentRecordOf[K],
): StoreResult {
  const p = prepare(wb, kind, record);
  if (!p.ok) return p;
  const { t, built } = p;
  const { table, idHeader, idOf } = COMMENT_TABLES[kind];
  const rows = rowsOf(t);
  const id = idOf(record);
  const index = findRowById(t.headers, rows, idHeader, id);
  if (index < 0) return { ok: false, problems: [problem(table, "notFound", { value: String(id) })] };
  const current = rows[index] ?? [];
  writeRow(
    t,
    t.range.top + 1 + index,
    built.row.map((v, i) => (v === null || v === current[i] ? null : v)),
  );
  return { ok: true };
}

export const appendComment = (wb: ExcelJS.Workbook, c: CommentRecord): StoreResult => appendRecord(wb, "comments", c);
export const appendMember = (wb: ExcelJS.Workbook, m: Member): StoreResult => appendRecord(wb, "members", m);
export const appendMeeting = (wb: ExcelJS.Workbook, m: Meeting): StoreResult => appendRecord(wb, "meetings", m);
export const editComment = (wb: ExcelJS.Workbook, c: CommentRecord): StoreResult => editRecord(wb, "comments", c);
export const editMember = (wb: ExcelJS.Workbook, m: Member): StoreResult => editRecord(wb, "members", m);
export const editMeeting = (wb: ExcelJS.Workbook, m: Meeting): StoreResult => editRecord(wb, "meetings", m);

/** Kept until minutes-source.ts imports the converter from its home, exceljs-internals.ts. */
export { scalarOf } from "./exceljs-internals";
