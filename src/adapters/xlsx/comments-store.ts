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
import type { CommentProblem, CommentRecord, Meeting, Member } from "../../domain/comments";
import type { Scalar } from "../../lib/scalar";
import {
  COMMENT_TABLES,
  missingTableProblem,
  readCommentBookFrom,
  type CommentBook,
} from "../../workbook/comment-rows";
import {
  appendWrite,
  cellsRow,
  editWrite,
  type CellWrite,
  type RecordWriter,
  type Refused,
} from "../../workbook/comment-writes";
import { columnLetter } from "../../lib/a1";
import { appendedCommentRowLooks, commentRowHeight } from "../../plan/comments-sheets";
import { styleRow } from "./row-looks";
import { StyleCache } from "./styles";
import { findTable as locateTable, rowScalars, setTableRef, type LocatedTable } from "./exceljs-internals";

export type { CommentBook };

export type StoreResult = { readonly ok: true } | { readonly ok: false; readonly problems: CommentProblem[] };

export interface FoundTable extends LocatedTable {
  readonly headers: Scalar[];
}

/** The table `name` with its header row (any sheet), or null. */
export function findHeadedTable(wb: ExcelJS.Workbook, name: string): FoundTable | null {
  const t = locateTable(wb, name);
  return t && { ...t, headers: rowScalars(t.ws, t.range.top, t.range.left, t.range.right) };
}
const findTable = findHeadedTable;

export function rowsOf(t: FoundTable): Scalar[][] {
  const out: Scalar[][] = [];
  for (let r = t.range.top + 1; r <= t.range.bottom; r++) out.push(rowScalars(t.ws, r, t.range.left, t.range.right));
  return out;
}

export function readCommentBook(wb: ExcelJS.Workbook): CommentBook {
  return readCommentBookFrom((name) => {
    const t = findTable(wb, name);
    return t && { headers: t.headers, rows: rowsOf(t), firstRow: t.range.top + 1 };
  });
}

/**
 * Writes the cells into sheet row `r` of the table (a plain string is always a string in exceljs, never a formula;
 * a cell with a formula gets it as exceljs' formula value, without the "=").
 */
export function writeCells(t: FoundTable, r: number, cells: readonly CellWrite[]): void {
  const target = t.ws.getRow(r);
  for (const c of cells) {
    const cell = target.getCell(t.range.left + c.column);
    if (c.format) cell.numFmt = c.format;
    if (c.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    cell.value = c.formula !== undefined ? { formula: c.formula.replace(/^=/, "") } : c.value;
  }
  target.commit();
}

/** The record's table, or the missingTable problem. */
function tableOf(wb: ExcelJS.Workbook, kind: keyof typeof COMMENT_TABLES): FoundTable | Refused {
  const name = COMMENT_TABLES[kind].table;
  return findTable(wb, name) ?? { ok: false, problems: [missingTableProblem(name)] };
}

/** The roster a 会議 row's names are written from (other tables need none; no 委員名簿: ids stay). */
function rosterFor(wb: ExcelJS.Workbook, kind: keyof typeof COMMENT_TABLES): Member[] {
  const t = kind === "meetings" ? findTable(wb, COMMENT_TABLES.members.table) : null;
  return t ? COMMENT_TABLES.members.read({ headers: t.headers, rows: rowsOf(t) }).records.map((r) => r.record) : [];
}

/**
 * Makes sheet row `r` tall enough for its wrapped text (exceljs cannot autofit; LibreOffice and print keep the height
 * a file gives): the row as it now stands, `cells` over `current`; never lowered.
 */
function fitHeight(t: FoundTable, r: number, cells: readonly CellWrite[], current: readonly Scalar[] = []): void {
  const row = cellsRow(cells, t.headers.length).map((v, i) => v ?? current[i] ?? null);
  const height = commentRowHeight(t.headers, row);
  const target = t.ws.getRow(r);
  if (height !== null && height > (target.height ?? 0)) target.height = height;
}

/** Appends one record below its table (or into the blank row an empty table carries) and widens the table. */
export const appendRecord: RecordWriter<ExcelJS.Workbook, StoreResult> = (wb, kind, record) => {
  const t = tableOf(wb, kind);
  if ("problems" in t) return t;
  const write = appendWrite(kind, t.headers, record, rosterFor(wb, kind));
  if (!write.ok) return write;
  const rows = rowsOf(t);
  const last = rows[rows.length - 1];
  const lastIsBlank = last !== undefined && last.every((v) => v === null || v === "");
  const r = lastIsBlank ? t.range.bottom : t.range.bottom + 1;
  // A row below the table gets the plan's looks first (fill, borders, 第N回, date-time), as its first row has.
  if (!lastIsBlank) styleRow(t, r, appendedCommentRowLooks(kind, t.headers), new StyleCache());
  writeCells(t, r, write.cells);
  fitHeight(t, r, write.cells);
  if (!lastIsBlank)
    setTableRef(t.model, `${columnLetter(t.range.left)}${t.range.top}:${columnLetter(t.range.right)}${r}`);
  return { ok: true };
};

/** Writes the cells of the record's row (found by its id, wherever a sort or filter put it) that changed. */
export const editRecord: RecordWriter<ExcelJS.Workbook, StoreResult> = (wb, kind, record) => {
  const t = tableOf(wb, kind);
  if ("problems" in t) return t;
  const write = editWrite(kind, t.headers, rowsOf(t), record, rosterFor(wb, kind));
  if (!write.ok) return write;
  const r = t.range.top + 1 + write.index;
  writeCells(t, r, write.cells);
  fitHeight(t, r, [], rowScalars(t.ws, r, t.range.left, t.range.right));
  return { ok: true };
};

export const appendComment = (wb: ExcelJS.Workbook, c: CommentRecord): StoreResult => appendRecord(wb, "comments", c);
export const appendMember = (wb: ExcelJS.Workbook, m: Member): StoreResult => appendRecord(wb, "members", m);
export const appendMeeting = (wb: ExcelJS.Workbook, m: Meeting): StoreResult => appendRecord(wb, "meetings", m);
export const editComment = (wb: ExcelJS.Workbook, c: CommentRecord): StoreResult => editRecord(wb, "comments", c);
export const editMember = (wb: ExcelJS.Workbook, m: Member): StoreResult => editRecord(wb, "members", m);
export const editMeeting = (wb: ExcelJS.Workbook, m: Meeting): StoreResult => editRecord(wb, "meetings", m);
