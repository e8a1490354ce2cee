/**
 * The committee's record in the open workbook, through Office.js: the same operations as the exceljs store
 * (read the three tables by header, append a row, edit a row by id), batched. What each table holds is
 * workbook/comment-rows.ts's COMMENT_TABLES, so this store knows no table in particular.
 *
 * - Read: one sync loads the header and body values of 委員名簿/会議/委員意見 (missing tables come back as problems).
 * - Append: `table.rows.add` adds exactly one row (co-authoring merges row inserts; nothing rewrites the table),
 *   then, in the same request, the row's number formats ("@" on text, 第N回, the date-time of 記録日時) are set before
 *   its values, so Excel keeps 「=1+1」 as text, and the plan's fill and borders (plan/comments-sheets.ts
 *   appendedCommentRowLooks) on the sheet row below the body as read. A 会議 row first reads 委員名簿 (names for ids). The id is drawn from time + randomness by the domain, never from the row count, so two writers
 *   adding against the same state both keep theirs.
 * - Edit: the id column is read, the row whose id matches is found (after any sort or filter), and only the cells
 *   that changed in that row are written. A missing or doubled id is refused. A sort by someone else between the
 *   read and the write (two requests) is the remaining window; the write is per cell, so it cannot touch other columns.
 */
import type { CommentProblem, CommentRecord, Meeting, Member } from "../../domain/comments";
import {
  COMMENT_TABLES,
  missingTableProblem,
  readCommentBookFrom,
  type CommentBook,
  type CommentTableKind,
  type SheetRows,
} from "../../workbook/comment-rows";
import { appendWrite, cellsRow, editWrite, type CellWrite, type RecordWriter } from "../../workbook/comment-writes";
import { appendedCommentRowLooks, commentRowHeight } from "../../plan/comments-sheets";
import { parseRange } from "../../lib/a1";
import { describeOfficeError, type OfficeErrorInfo } from "./errors";
import { queueRowStyles } from "./row-looks";
import { isItemNotFound, scalarRows } from "./values";

/** The three tables as read (the same shape as the exceljs store's). */
export type OfficeCommentBook = CommentBook;

export type OfficeStoreResult =
  | { readonly ok: true; readonly syncs: number }
  | { readonly ok: false; readonly problems: readonly CommentProblem[]; readonly syncs: number }
  | { readonly ok: false; readonly error: OfficeErrorInfo; readonly syncs: number };

type OfficeRecordWriter = RecordWriter<Excel.RequestContext, Promise<OfficeStoreResult>>;

export interface LoadedTable {
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

export function queueTable(context: Excel.RequestContext, name: string): LoadedTable {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,rowIndex");
  return { table, header, body };
}

/**
 * The tables `names` as grids (null: no such table): one sync when they all exist. Loading a range of a missing
 * table fails the whole request, so on ItemNotFound a second request asks which tables exist and a third reads those.
 */
export async function readTablesOffice(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<(name: string) => SheetRows | null> {
  let loaded: (LoadedTable | undefined)[];
  try {
    loaded = names.map((n) => queueTable(context, n));
    await context.sync();
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    const probes = names.map((n) => context.workbook.tables.getItemOrNullObject(n));
    await context.sync();
    loaded = names.map((n, i) => (probes[i]?.isNullObject ? undefined : queueTable(context, n)));
    if (loaded.some((t) => t !== undefined)) await context.sync();
  }
  return (name) => {
    const t = loaded[names.indexOf(name)];
    if (!t || t.table.isNullObject) return null;
    const rows = scalarRows(t.body.values);
    return { headers: scalarRows(t.header.values)[0] ?? [], rows, firstRow: t.body.rowIndex + 1 };
  };
}

/** The three tables, read by header (missing tables come back as problems). */
export async function readCommentBookOffice(context: Excel.RequestContext): Promise<OfficeCommentBook> {
  const names = Object.values(COMMENT_TABLES).map((t) => t.table);
  return readCommentBookFrom(await readTablesOffice(context, names));
}

/** Wrap (top-aligned) on the long-text cells among `cells`, in row 0 of `range`. */
export function queueWrap(range: Excel.Range, cells: readonly CellWrite[]): void {
  for (const c of cells.filter((c) => c.wrap)) {
    const cell = range.getCell(0, c.column);
    cell.format.wrapText = true;
    cell.format.verticalAlignment = "Top";
  }
}

export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly problems: readonly CommentProblem[] };

/** Runs one write, counting syncs; a missing table in the first request is a problem, other failures an error. */
export async function guarded(
  context: Excel.RequestContext,
  name: string,
  write: (sync: () => Promise<void>) => Promise<WriteOutcome>,
): Promise<OfficeStoreResult> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    await context.sync();
    syncs++;
  };
  try {
    return { ...(await write(sync)), syncs };
  } catch (error) {
    if (syncs === 0 && isItemNotFound(error)) return { ok: false, problems: [missingTableProblem(name)], syncs: 1 };
    return { ok: false, error: describeOfficeError(error), syncs };
  }
}

/**
 * The roster a 会議 row's names are written from: one more request, for 会議 only (no 委員名簿: ids stay). Read
 * before the write's own request so a missing 委員名簿 is no failure of it.
 */
async function rosterOffice(context: Excel.RequestContext, kind: CommentTableKind): Promise<Member[]> {
  if (kind !== "meetings") return [];
  const members = COMMENT_TABLES.members;
  const grid = (await readTablesOffice(context, [members.table]))(members.table);
  return grid ? members.read(grid).records.map((r) => r.record) : [];
}

/** Appends one record as one new table row: its cells get their formats before their values (same request). */
export const appendRecordOffice: OfficeRecordWriter = (context, kind, record) => {
  const name = COMMENT_TABLES[kind].table;
  return guarded(context, name, async (sync) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    const header = table.getHeaderRowRange().load("values,columnIndex");
    // Where the body ends: the row added below it lands on the next sheet row.
    const body = table.getDataBodyRange().load("address");
    const sheet = table.worksheet.load("name");
    await sync();
    if (table.isNullObject) return { ok: false, problems: [missingTableProblem(name)] };
    const headers = scalarRows(header.values)[0] ?? [];
    const write = appendWrite(kind, headers, record, await rosterOffice(context, kind));
    if (!write.ok) return write;
    const looks = appendedCommentRowLooks(kind, headers);
    // "" for the cells we leave empty (Office.js takes no null values); null formats are left alone.
    const values: (string | number | boolean)[] = headers.map(() => "");
    const formats: (string | null)[] = headers.map(() => null);
    for (const c of write.cells) {
      values[c.column] = c.value;
      formats[c.column] = c.format;
    }
    const range = table.rows.add(undefined, [values.map(() => "")]).getRange();
    range.numberFormat = [formats];
    range.values = [values];
    queueWrap(range, write.cells);
    // The plan's fill and borders on the new row, the sheet row below the body as read (same request).
    const row = parseRange(body.address.replace(/^.*!/, "").replace(/\$/g, "")).bottom + 1;
    const ws = context.workbook.worksheets.getItem(sheet.name);
    queueRowStyles(ws, looks, { top: row, bottom: row, left: header.columnIndex + 1 });
    // Tall enough for its wrapped text (as the plan's rows are); Excel does not grow a row for text set by code.
    const height = commentRowHeight(headers, cellsRow(write.cells, headers.length));
    if (height !== null) ws.getRange(`${row}:${row}`).format.rowHeight = height;
    await sync();
    return { ok: true };
  });
};

/** Writes the cells of the record's row (found by its id) that differ from what the table holds. */
export const editRecordOffice: OfficeRecordWriter = (context, kind, record) => {
  const name = COMMENT_TABLES[kind].table;
  return guarded(context, name, async (sync) => {
    const t = queueTable(context, name);
    await sync();
    if (t.table.isNullObject) return { ok: false, problems: [missingTableProblem(name)] };
    const roster = await rosterOffice(context, kind);
    const headers = scalarRows(t.header.values)[0] ?? [];
    const write = editWrite(kind, headers, scalarRows(t.body.values), record, roster);
    if (!write.ok) return write;
    if (write.cells.length === 0) return { ok: true };
    for (const c of write.cells) {
      const cell = t.body.getCell(write.index, c.column);
      if (c.format) cell.numberFormat = [[c.format]];
      cell.values = [[c.value]];
    }
    queueWrap(t.body.getRow(write.index), write.cells);
    const current = scalarRows(t.body.values)[write.index] ?? [];
    const row = cellsRow(write.cells, headers.length).map((v, i) => v ?? current[i] ?? null);
    const height = commentRowHeight(headers, row);
    if (height !== null) t.body.getRow(write.index).format.rowHeight = height;
    await sync();
    return { ok: true };
  });
};

export const appendCommentOffice = (context: Excel.RequestContext, c: CommentRecord) =>
  appendRecordOffice(context, "comments", c);
export const appendMemberOffice = (context: Excel.RequestContext, m: Member) =>
  appendRecordOffice(context, "members", m);
export const appendMeetingOffice = (context: Excel.RequestContext, m: Meeting) =>
  appendRecordOffice(context, "meetings", m);
export const editCommentOffice = (context: Excel.RequestContext, c: CommentRecord) =>
  editRecordOffice(context, "comments", c);
export const editMemberOffice = (context: Excel.RequestContext, m: Member) => editRecordOffice(context, "members", m);
export const editMeetingOffice = (context: Excel.RequestContext, m: Meeting) =>
  editRecordOffice(context, "meetings", m);
