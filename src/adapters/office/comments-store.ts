/**
 * The committee's record in the open workbook, through Office.js: the same operations as the exceljs store
 * (read the three tables by header, append a row, edit a row by id), batched. What each table holds is
 * workbook/comment-rows.ts's COMMENT_TABLES, so this store knows no table in particular.
 *
 * - Read: one sync loads the header and body values of 委員名簿/会議/委員意見 (missing tables come back as problems).
 * - Append: `table.rows.add` adds exactly one row (co-authoring merges row inserts; nothing rewrites the table),
 *   then, in the same request, the row's number formats ("@" on text) are set before its values, so Excel keeps
 *   「=1+1」 as text. The id is drawn from time + randomness by the domain, never from the row count, so two writers
 *   adding against the same state both keep theirs.
 * - Edit: the id column is read, the row whose id matches is found (after any sort or filter), and only the cells
 *   that changed in that row are written. A missing or doubled id is refused. A sort by someone else between the
 *   read and the write (two requests) is the remaining window; the write is per cell, so it cannot touch other columns.
 */
import { problem, type CommentProblem, type CommentRecord, type Meeting, type Member } from "../../domain/comments";
import type { Scalar } from "../../lib/scalar";
import {
  COMMENT_TABLE_KINDS,
  COMMENT_TABLES,
  findRowById,
  rowNumberFormats,
  type CommentBook,
  type CommentRecordOf,
  type CommentTableKind,
  type ReadRows,
} from "../../workbook/comment-rows";
import { WRAPPED_HEADERS } from "../../workbook/comment-columns";
import { describeOfficeError, type OfficeErrorInfo } from "./errors";
import { isItemNotFound, scalarRows } from "./values";

/** The three tables as read (the same shape as the exceljs store's). */
export type OfficeCommentBook = CommentBook;

export type OfficeStoreResult =
  | { readonly ok: true; readonly syncs: number }
  | { readonly ok: false; readonly problems: readonly CommentProblem[]; readonly syncs: number }
  | { readonly ok: false; readonly error: OfficeErrorInfo; readonly syncs: number };

interface LoadedTable {
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

function queueTable(context: Excel.RequestContext, name: string): LoadedTable {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,rowIndex");
  return { table, header, body };
}

const missingTable = (name: string): CommentProblem => problem(name, "missingTable", { table: name });

function readLoaded<K extends CommentTableKind>(kind: K, t: LoadedTable | undefined): ReadRows<CommentRecordOf[K]> {
  const { table, read } = COMMENT_TABLES[kind];
  if (!t || t.table.isNullObject) return { records: [], problems: [missingTable(table)] };
  return read({
    headers: scalarRows(t.header.values)[0] ?? [],
    rows: scalarRows(t.body.values),
    firstRow: t.body.rowIndex + 1,
  });
}

/**
 * The three tables, read by header: one sync when they all exist. Loading a range of a missing table fails the
 * whole request, so on ItemNotFound a second request asks which tables exist and a third reads those.
 */
export async function readCommentBookOffice(context: Excel.RequestContext): Promise<OfficeCommentBook> {
  const names = COMMENT_TABLE_KINDS.map((k) => COMMENT_TABLES[k].table);
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
  const [members, meetings, comments] = COMMENT_TABLE_KINDS.map((k, i) => readLoaded(k, loaded[i]));
  return { members, meetings, comments } as OfficeCommentBook;
}

function queueWrap(range: Excel.Range, headers: readonly Scalar[], columns: readonly number[]): void {
  for (const i of columns) {
    const h = headers[i];
    if (typeof h === "string" && WRAPPED_HEADERS.has(h)) {
      const cell = range.getCell(0, i);
      cell.format.wrapText = true;
      cell.format.verticalAlignment = "Top";
    }
  }
}

type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly problems: readonly CommentProblem[] };

/** Runs one write, counting syncs; a missing table in the first request is a problem, other failures an error. */
async function guarded(
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
    if (syncs === 0 && isItemNotFound(error)) return { ok: false, problems: [missingTable(name)], syncs: 1 };
    return { ok: false, error: describeOfficeError(error), syncs };
  }
}

/** Appends one record as one new table row: its cells get their formats before their values (same request). */
export function appendRecordOffice<K extends CommentTableKind>(
  context: Excel.RequestContext,
  kind: K,
  record: CommentRecordOf[K],
): Promise<OfficeStoreResult> {
  const name = COMMENT_TABLES[kind].table;
  return guarded(context, name, async (sync) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    const header = table.getHeaderRowRange().load("values");
    await sync();
    if (table.isNullObject) return { ok: false, problems: [missingTable(name)] };
    const headers = scalarRows(header.values)[0] ?? [];
    const built = COMMENT_TABLES[kind].row(headers, record);
    if (!built.ok) return built;
    // "" for the cells we leave empty (Office.js takes no null values); null formats are left alone.
    const values = built.row.map((v) => (v === null ? "" : v));
    const range = table.rows.add(undefined, [values.map(() => "")]).getRange();
    range.numberFormat = [rowNumberFormats(built.row)];
    range.values = [values];
    queueWrap(
      range,
      headers,
      built.row.map((_, i) => i),
    );
    await sync();
    return { ok: true };
  });
}

/** Writes the cells of the record's row (found by its id) that differ from what the table holds. */
export function editRecordOffice<K extends CommentTableKind>(
  context: Excel.RequestContext,
  kind: K,
  record: CommentRecordOf[K],
): Promise<OfficeStoreResult> {
  const { table: name, idHeader, idOf, row } = COMMENT_TABLES[kind];
  return guarded(context, name, async (sync) => {
    const t = queueTable(context, name);
    await sync();
    if (t.table.isNullObject) return { ok: false, problems: [missingTable(name)] };
    const headers = scalarRows(t.header.values)[0] ?? [];
    const rows = scalarRows(t.body.values);
    const built = row(headers, record);
    if (!built.ok) return built;
    const id = idOf(record);
    const index = findRowById(headers, rows, idHeader, id);
    if (index < 0) return { ok: false, problems: [problem(name, "notFound", { value: String(id) })] };
    const current = rows[index] ?? [];
    const changed: number[] = [];
    built.row.forEach((v, i) => {
      if (v === null || v === current[i]) return;
      changed.push(i);
      const cell = t.body.getCell(index, i);
      const format = typeof v === "number" ? null : "@";
      if (format) cell.numberFormat = [[format]];
      cell.values = [[v]];
    });
    if (changed.length === 0) return { ok: true };
    queueWrap(t.body.getRow(index), headers, changed);
    await sync();
    return { ok: true };
  });
}

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
