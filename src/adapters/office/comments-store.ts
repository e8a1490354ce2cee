/**
 * The committee's record in the open workbook, through Office.js: the same operations as the exceljs store
 * (read the three tables by header, append a row, edit a row by id), batched.
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
import {
  commentRow,
  findRowById,
  meetingRow,
  memberRow,
  readComments,
  readMeetings,
  readMembers,
  rowNumberFormats,
  type CellScalar,
  type ReadRows,
} from "../../workbook/comment-rows";
import {
  COMMENT_COLUMNS,
  COMMENTS_TABLE,
  headerOf,
  MEETING_COLUMNS,
  MEETINGS_TABLE,
  MEMBER_COLUMNS,
  MEMBERS_TABLE,
} from "../../workbook/comment-columns";
import type { ConditionalFormatPlan } from "../../plan/types";
import { columnLetter } from "../../lib/a1";
import { describeOfficeError, type OfficeErrorInfo } from "./errors";
import { queueConditionalFormats } from "./formats";

export interface OfficeCommentBook {
  readonly members: ReadRows<Member>;
  readonly meetings: ReadRows<Meeting>;
  readonly comments: ReadRows<CommentRecord>;
}

export type OfficeStoreResult =
  | { readonly ok: true; readonly syncs: number }
  | { readonly ok: false; readonly problems: readonly CommentProblem[]; readonly syncs: number }
  | { readonly ok: false; readonly error: OfficeErrorInfo; readonly syncs: number };

const WRAPPED_HEADERS = new Set(["内容", "市の回答・対応", "議題", "配布資料", "出席委員", "市側出席者"]);

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

function valuesOf(range: Excel.Range): CellScalar[][] {
  return (range.values as unknown[][]).map((row) =>
    row.map((v) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null)),
  );
}

function readLoaded<T>(
  name: string,
  t: LoadedTable,
  read: (input: { headers: CellScalar[]; rows: CellScalar[][]; firstRow: number }) => ReadRows<T>,
): ReadRows<T> {
  if (t.table.isNullObject) return { records: [], problems: [problem(name, "missingTable", { table: name })] };
  return read({ headers: valuesOf(t.header)[0] ?? [], rows: valuesOf(t.body), firstRow: t.body.rowIndex + 1 });
}

const NAMES = [MEMBERS_TABLE, MEETINGS_TABLE, COMMENTS_TABLE] as const;

const isItemNotFound = (error: unknown): boolean => describeOfficeError(error).code === "ItemNotFound";

/**
 * The three tables, read by header: one sync when they all exist. Loading a range of a missing table fails the
 * whole request, so on ItemNotFound a second request asks which tables exist and a third reads those.
 */
export async function readCommentBookOffice(context: Excel.RequestContext): Promise<OfficeCommentBook> {
  let present: ReadonlySet<string> = new Set(NAMES);
  let loaded: LoadedTable[];
  try {
    loaded = NAMES.map((n) => queueTable(context, n));
    await context.sync();
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    const probes = NAMES.map((n) => context.workbook.tables.getItemOrNullObject(n));
    await context.sync();
    present = new Set(NAMES.filter((_, i) => !probes[i]?.isNullObject));
    loaded = NAMES.map((n) => (present.has(n) ? queueTable(context, n) : null)).filter(
      (t): t is LoadedTable => t !== null,
    );
    if (loaded.length > 0) await context.sync();
  }
  const get = (name: string): LoadedTable | undefined => {
    const i = [...present].indexOf(name);
    return present.has(name) ? loaded[i] : undefined;
  };
  const read = <T>(name: string, reader: Parameters<typeof readLoaded<T>>[2]): ReadRows<T> => {
    const t = get(name);
    return t
      ? readLoaded(name, t, reader)
      : { records: [], problems: [problem(name, "missingTable", { table: name })] };
  };
  return {
    members: read(MEMBERS_TABLE, readMembers),
    meetings: read(MEETINGS_TABLE, readMeetings),
    comments: read(COMMENTS_TABLE, readComments),
  };
}

type RowBuilder = (
  headers: readonly CellScalar[],
) => { ok: true; row: CellScalar[] } | { ok: false; problems: CommentProblem[] };

/** Formats and values of one row as Office.js takes them: "" for cells we leave empty, null formats left alone. */
function officeRow(row: readonly CellScalar[]): { values: (string | number | boolean)[]; formats: (string | null)[] } {
  return { values: row.map((v) => (v === null ? "" : v)), formats: rowNumberFormats(row) };
}

function queueWrap(range: Excel.Range, headers: readonly CellScalar[], columns: readonly number[]): void {
  for (const i of columns) {
    const h = headers[i];
    if (typeof h === "string" && WRAPPED_HEADERS.has(h)) {
      const cell = range.getCell(0, i);
      cell.format.wrapText = true;
      cell.format.verticalAlignment = "Top";
    }
  }
}

async function appendRowOffice(
  context: Excel.RequestContext,
  name: string,
  build: RowBuilder,
): Promise<OfficeStoreResult> {
  let syncs = 0;
  try {
    const table = context.workbook.tables.getItemOrNullObject(name);
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    syncs++;
    if (table.isNullObject) return { ok: false, problems: [problem(name, "missingTable", { table: name })], syncs };
    const headers = valuesOf(header)[0] ?? [];
    const built = build(headers);
    if (!built.ok) return { ok: false, problems: built.problems, syncs };
    const { values, formats } = officeRow(built.row);
    // One new row at the end; its cells get their formats before their values (same request).
    const added = table.rows.add(undefined, [values.map(() => "")]);
    const range = added.getRange();
    range.numberFormat = [formats];
    range.values = [values];
    queueWrap(
      range,
      headers,
      built.row.map((_, i) => i),
    );
    await context.sync();
    syncs++;
    return { ok: true, syncs };
  } catch (error) {
    if (syncs === 0 && isItemNotFound(error))
      return { ok: false, problems: [problem(name, "missingTable", { table: name })], syncs: 1 };
    return { ok: false, error: describeOfficeError(error), syncs };
  }
}

async function editRowOffice(
  context: Excel.RequestContext,
  name: string,
  idHeader: string,
  id: string | number,
  build: RowBuilder,
): Promise<OfficeStoreResult> {
  let syncs = 0;
  try {
    const t = queueTable(context, name);
    await context.sync();
    syncs++;
    if (t.table.isNullObject) return { ok: false, problems: [problem(name, "missingTable", { table: name })], syncs };
    const headers = valuesOf(t.header)[0] ?? [];
    const rows = valuesOf(t.body);
    const built = build(headers);
    if (!built.ok) return { ok: false, problems: built.problems, syncs };
    const index = findRowById(headers, rows, idHeader, id);
    if (index < 0) return { ok: false, problems: [problem(name, "notFound", { value: String(id) })], syncs };
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
    if (changed.length === 0) return { ok: true, syncs };
    queueWrap(t.body.getRow(index), headers, changed);
    await context.sync();
    syncs++;
    return { ok: true, syncs };
  } catch (error) {
    if (syncs === 0 && isItemNotFound(error))
      return { ok: false, problems: [problem(name, "missingTable", { table: name })], syncs: 1 };
    return { ok: false, error: describeOfficeError(error), syncs };
  }
}

export const appendCommentOffice = (context: Excel.RequestContext, c: CommentRecord) =>
  appendRowOffice(context, COMMENTS_TABLE, (h) => commentRow(h, c));
export const appendMemberOffice = (context: Excel.RequestContext, m: Member) =>
  appendRowOffice(context, MEMBERS_TABLE, (h) => memberRow(h, m));
export const appendMeetingOffice = (context: Excel.RequestContext, m: Meeting) =>
  appendRowOffice(context, MEETINGS_TABLE, (h) => meetingRow(h, m));

export const editCommentOffice = (context: Excel.RequestContext, c: CommentRecord) =>
  editRowOffice(context, COMMENTS_TABLE, headerOf(COMMENT_COLUMNS, "id"), c.id, (h) => commentRow(h, c));
export const editMemberOffice = (context: Excel.RequestContext, m: Member) =>
  editRowOffice(context, MEMBERS_TABLE, headerOf(MEMBER_COLUMNS, "id"), m.id, (h) => memberRow(h, m));
export const editMeetingOffice = (context: Excel.RequestContext, m: Meeting) =>
  editRowOffice(context, MEETINGS_TABLE, headerOf(MEETING_COLUMNS, "number"), m.number, (h) => meetingRow(h, m));

/** What the pane shows of the selected KPI row: values by header, as displayed (text) and raw. */
export interface KpiRowView {
  readonly id: string;
  readonly name: string;
  readonly latest: string;
  readonly progress: string;
  readonly grade: string;
}

/**
 * The 「KPI一覧」 table row at sheet row `rowIndex` (0-based, as Office reports it), or null when the selection is
 * outside the table's data rows or the row has no id. Columns by header; one sync.
 */
export async function readKpiRowAt(
  context: Excel.RequestContext,
  rowIndex: number,
  kpiTable = "KPI",
): Promise<KpiRowView | null> {
  const table = context.workbook.tables.getItemOrNullObject(kpiTable);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("text,rowIndex");
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return null; // a workbook without the KPI table: nothing to show
    throw error;
  }
  if (table.isNullObject) return null;
  const headers = (valuesOf(header)[0] ?? []).map((h) => (h === null ? "" : String(h)));
  const row = (body.text as string[][])[rowIndex - body.rowIndex];
  if (!row) return null;
  const get = (h: string): string => {
    const i = headers.indexOf(h);
    return i < 0 ? "" : (row[i] ?? "");
  };
  const id = get("ID").trim();
  if (id === "") return null;
  return { id, name: get("指標名"), latest: get("最新実績"), progress: get("達成率"), grade: get("評価") };
}

/** The active cell's sheet and 0-based row (to show the indicator already selected when the pane opens). */
export async function readSelection(context: Excel.RequestContext): Promise<{ sheet: string; rowIndex: number }> {
  const range = context.workbook.getSelectedRange().load("rowIndex");
  const sheet = range.worksheet.load("name");
  await context.sync();
  return { sheet: sheet.name, rowIndex: range.rowIndex };
}

export interface SelectionWatch {
  /** Stops following the selection. */
  remove(): Promise<void>;
}

/** "'KPI一覧'!B7" or "B7:C9" → 6 (the first row, 0-based). */
export function rowIndexOfAddress(address: string): number {
  const m = /(\d+)(?::|$)/.exec(address.replace(/^.*!/, "").replace(/\$/g, ""));
  return m ? Number(m[1]) - 1 : -1;
}

/** Calls `onRow` with the 0-based row each time the selection on `sheet` changes (worksheet.onSelectionChanged). */
export async function watchSelection(
  context: Excel.RequestContext,
  sheet: string,
  onRow: (rowIndex: number) => void,
): Promise<SelectionWatch> {
  const result = context.workbook.worksheets.getItem(sheet).onSelectionChanged.add(async (args) => {
    onRow(rowIndexOfAddress(args.address));
  });
  await context.sync();
  return {
    remove: async () => {
      result.remove();
      await result.context.sync();
    },
  };
}

export interface KpiColumnSpec {
  readonly header: string;
  /** Formula of a row, given its ID cell ("$A4"). */
  readonly formula: (idCell: string) => string;
}

/** Where the KPI table's ID column and the added columns are, once added (for conditional formats). */
export interface KpiColumnsLayout {
  readonly idLetter: string;
  /** Header → column letter, for the columns added. */
  readonly letters: Readonly<Record<string, string>>;
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * Adds formula columns to the 「KPI一覧」 table (table.columns.add), each row's formula built from its ID cell, and
 * the conditional formats `marks` returns for the new layout (pass none without ExcelApi 1.6). Columns whose header
 * already exists are left alone (and then no marks are added); returns the headers added. Two syncs.
 */
export async function addKpiColumnsOffice(
  context: Excel.RequestContext,
  columns: readonly KpiColumnSpec[],
  marks?: (layout: KpiColumnsLayout) => readonly ConditionalFormatPlan[],
  kpiTable = "KPI",
): Promise<string[]> {
  const table = context.workbook.tables.getItemOrNullObject(kpiTable);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,rowIndex,columnIndex");
  const sheet = table.worksheet.load("name");
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return []; // no KPI table: nothing to count on
    throw error;
  }
  if (table.isNullObject) return [];
  const headers = (valuesOf(header)[0] ?? []).map((h) => (h === null ? "" : String(h).trim()));
  const idIndex = headers.indexOf("ID");
  if (idIndex < 0) return [];
  const idLetter = columnLetter(body.columnIndex + idIndex + 1);
  const rows = (body.values as unknown[][]).length;
  const added: string[] = [];
  const letters: Record<string, string> = {};
  for (const c of columns) {
    if (headers.includes(c.header)) continue;
    const cells: (string | number)[][] = [[c.header]];
    for (let i = 0; i < rows; i++) cells.push([c.formula(`$${idLetter}${body.rowIndex + 1 + i}`)]);
    table.columns.add(undefined, cells);
    letters[c.header] = columnLetter(body.columnIndex + headers.length + added.length + 1);
    added.push(c.header);
  }
  if (added.length === columns.length && marks) {
    const layout = { idLetter, letters, firstRow: body.rowIndex + 1, lastRow: body.rowIndex + rows };
    queueConditionalFormats(context.workbook.worksheets.getItem(sheet.name), marks(layout));
  }
  if (added.length > 0) await context.sync();
  return added;
}
