/**
 * The committee's record in an .xlsx, through exceljs: read 「委員名簿」「会議」「委員意見」 by table and header,
 * append a row, edit a row found by its id. Operates on a loaded ExcelJS.Workbook (no I/O: the CLI loads and
 * writes files). Tables are found by name (contracts), columns by header, rows by id, never by position.
 *
 * Text is written as exceljs string values (never `{ formula }`), so 「=1+1」 is stored as a string; each text cell
 * also gets the "@" format so a later retype in Excel stays text. An append writes one row below the table and
 * widens the table's ref; when the table's last row is the blank row an empty table carries, that row is used.
 */
import type ExcelJS from "exceljs";
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
import { columnLetter, parseRange } from "../../lib/a1";
import {
  findTable as findLocatedTable,
  rowScalars,
  runtimeSheet,
  scalarOf,
  setTableRef,
  tableModelsOf,
  type LocatedTable,
  type RuntimeSheet,
} from "./exceljs-internals";

export interface CommentBook {
  readonly members: ReadRows<Member>;
  readonly meetings: ReadRows<Meeting>;
  readonly comments: ReadRows<CommentRecord>;
}

export type StoreResult = { readonly ok: true } | { readonly ok: false; readonly problems: CommentProblem[] };

/** Columns whose cells wrap (long, multi-line text). */
const WRAPPED_HEADERS = new Set(["内容", "市の回答・対応", "議題", "配布資料", "出席委員", "市側出席者"]);

interface FoundTable extends LocatedTable {
  readonly headers: CellScalar[];
}

/** Re-exported for the modules that still import the converter from here (its home is exceljs-internals.ts). */
export { scalarOf };

function findTable(wb: ExcelJS.Workbook, name: string): FoundTable | null {
  const t = findLocatedTable(wb, name);
  return t && { ...t, headers: rowScalars(t.ws, t.range.top, t.range.left, t.range.right) };
}

function rowsOf(t: FoundTable): CellScalar[][] {
  const out: CellScalar[][] = [];
  for (let r = t.range.top + 1; r <= t.range.bottom; r++) out.push(rowScalars(t.ws, r, t.range.left, t.range.right));
  return out;
}

const missingTable = (name: string): CommentProblem => problem(name, "missingTable", { table: name });

function readTable<T>(
  wb: ExcelJS.Workbook,
  name: string,
  read: (input: { headers: CellScalar[]; rows: CellScalar[][]; firstRow: number }) => ReadRows<T>,
): ReadRows<T> {
  const t = findTable(wb, name);
  if (!t) return { records: [], problems: [missingTable(name)] };
  return read({ headers: t.headers, rows: rowsOf(t), firstRow: t.range.top + 1 });
}

export function readCommentBook(wb: ExcelJS.Workbook): CommentBook {
  return {
    members: readTable(wb, MEMBERS_TABLE, readMembers),
    meetings: readTable(wb, MEETINGS_TABLE, readMeetings),
    comments: readTable(wb, COMMENTS_TABLE, readComments),
  };
}

/** Writes `row` into sheet row `r` of the table: values, "@" on text, wrap on long-text columns. Nulls are skipped. */
function writeRow(t: FoundTable, r: number, row: readonly CellScalar[], formats: readonly (string | null)[]): void {
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

function appendRow(
  wb: ExcelJS.Workbook,
  name: string,
  toRow: (
    headers: readonly CellScalar[],
  ) => { ok: true; row: CellScalar[] } | { ok: false; problems: CommentProblem[] },
): StoreResult {
  const t = findTable(wb, name);
  if (!t) return { ok: false, problems: [missingTable(name)] };
  const built = toRow(t.headers);
  if (!built.ok) return built;
  const rows = rowsOf(t);
  const last = rows[rows.length - 1];
  const lastIsBlank = last !== undefined && last.every((v) => v === null || v === "");
  const r = lastIsBlank ? t.range.bottom : t.range.bottom + 1;
  writeRow(t, r, built.row, rowNumberFormats(built.row));
  if (!lastIsBlank) {
    const ref = `${columnLetter(t.range.left)}${t.range.top}:${columnLetter(t.range.right)}${r}`;
    setTableRef(t.model, ref);
  }
  return { ok: true };
}

export const appendComment = (wb: ExcelJS.Workbook, c: CommentRecord): StoreResult =>
  appendRow(wb, COMMENTS_TABLE, (h) => commentRow(h, c));
export const appendMember = (wb: ExcelJS.Workbook, m: Member): StoreResult =>
  appendRow(wb, MEMBERS_TABLE, (h) => memberRow(h, m));
export const appendMeeting = (wb: ExcelJS.Workbook, m: Meeting): StoreResult =>
  appendRow(wb, MEETINGS_TABLE, (h) => meetingRow(h, m));

/**
 * Replaces the row whose id cell is `id` with `row` (only cells that differ are written). The row is found by
 * reading the id column, so a sorted or filtered table edits the right row; a missing or doubled id is refused.
 */
function editRow(
  wb: ExcelJS.Workbook,
  name: string,
  idHeader: string,
  id: string | number,
  toRow: (
    headers: readonly CellScalar[],
  ) => { ok: true; row: CellScalar[] } | { ok: false; problems: CommentProblem[] },
): StoreResult {
  const t = findTable(wb, name);
  if (!t) return { ok: false, problems: [missingTable(name)] };
  const built = toRow(t.headers);
  if (!built.ok) return built;
  const rows = rowsOf(t);
  const index = findRowById(t.headers, rows, idHeader, id);
  if (index < 0) return { ok: false, problems: [problem(name, "notFound", { value: String(id) })] };
  const current = rows[index] ?? [];
  const changed = built.row.map((v, i) => (v === null || v === current[i] ? null : v));
  writeRow(t, t.range.top + 1 + index, changed, rowNumberFormats(changed));
  return { ok: true };
}

export const editComment = (wb: ExcelJS.Workbook, c: CommentRecord): StoreResult =>
  editRow(wb, COMMENTS_TABLE, headerOf(COMMENT_COLUMNS, "id"), c.id, (h) => commentRow(h, c));
export const editMember = (wb: ExcelJS.Workbook, m: Member): StoreResult =>
  editRow(wb, MEMBERS_TABLE, headerOf(MEMBER_COLUMNS, "id"), m.id, (h) => memberRow(h, m));
export const editMeeting = (wb: ExcelJS.Workbook, m: Meeting): StoreResult =>
  editRow(wb, MEETINGS_TABLE, headerOf(MEETING_COLUMNS, "number"), m.number, (h) => meetingRow(h, m));

/**
 * Ids a comment may be about, read from the 「KPI一覧」 table: each ID, and the leading id of its 施策 and 基本目標
 * labels (「1-1-2 ②創業支援」 → 1-1-2). Null when the workbook has no KPI table (then targets are checked by shape only).
 */
export function readKnownTargets(wb: ExcelJS.Workbook, kpiTable = "KPI"): Set<string> | null {
  const t = findTable(wb, kpiTable);
  if (!t) return null;
  const col = (header: string): number => t.headers.findIndex((h) => typeof h === "string" && h.trim() === header);
  const cols = [col("ID"), col("施策"), col("基本目標")].filter((i) => i >= 0);
  const out = new Set<string>();
  for (const row of rowsOf(t)) {
    for (const i of cols) {
      const v = row[i];
      const first = typeof v === "string" ? v.trim().split(/\s+/)[0] : undefined;
      if (first) out.add(first);
    }
  }
  return out;
}

/**
 * exceljs loads data validations cell by cell and, when writing, squeezes them back into ranges in string order of
 * the addresses ("F10" before "F2"), which writes overlapping ranges (F10:F2001 and F2:F2001) — and Excel may
 * report overlapping validations as a problem to repair. Before writing a loaded workbook, this regroups each
 * sheet's per-cell validations into non-overlapping rectangles: runs of rows per column, then adjacent columns with
 * the same runs. Validations already stored by range are left as they are.
 */
export function compactDataValidations(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const store = (runtimeSheet(ws) as Partial<RuntimeSheet>).dataValidations;
    if (!store) continue;
    const model = store.model;
    const groups = new Map<string, { validation: ExcelJS.DataValidation | undefined; cells: Map<number, number[]> }>();
    const kept: Record<string, ExcelJS.DataValidation | undefined> = {};
    for (const [address, validation] of Object.entries(model)) {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m) {
        kept[address] = validation;
        continue;
      }
      const key = JSON.stringify(validation);
      const group = groups.get(key) ?? { validation, cells: new Map<number, number[]>() };
      groups.set(key, group);
      const col = parseRange(address).left;
      const rows = group.cells.get(col) ?? [];
      rows.push(Number(m[2]));
      group.cells.set(col, rows);
    }
    for (const { validation, cells } of groups.values()) {
      // column → its runs of consecutive rows; then columns sharing a run become one rectangle
      const byRun = new Map<string, number[]>();
      for (const [col, rows] of cells) {
        rows.sort((a, b) => a - b);
        let start = rows[0] as number;
        for (let i = 1; i <= rows.length; i++) {
          const row = rows[i];
          if (row === undefined || row !== (rows[i - 1] as number) + 1) {
            const run = `${start}:${rows[i - 1] as number}`;
            byRun.set(run, [...(byRun.get(run) ?? []), col]);
            if (row !== undefined) start = row;
          }
        }
      }
      for (const [run, cols] of byRun) {
        const [top, bottom] = run.split(":").map(Number) as [number, number];
        cols.sort((a, b) => a - b);
        let first = cols[0] as number;
        for (let i = 1; i <= cols.length; i++) {
          const col = cols[i];
          if (col === undefined || col !== (cols[i - 1] as number) + 1) {
            const last = cols[i - 1] as number;
            const a = `${columnLetter(first)}${top}`;
            const b = `${columnLetter(last)}${bottom}`;
            kept[a === b ? a : `${a}:${b}`] = validation;
            if (col !== undefined) first = col;
          }
        }
      }
    }
    store.model = kept;
  }
}

/**
 * Makes a loaded workbook safe for exceljs to write: LibreOffice saves tables without their style element, which
 * exceljs cannot write back (it crashes on the missing style), so such tables get the plan's table style; and data
 * validations are regrouped (compactDataValidations). Call before writing any workbook that was loaded from a file.
 */
export function prepareLoadedWorkbookForWrite(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const t of tableModelsOf(ws)) {
      if (t.style === null || t.style === undefined) t.style = { theme: "TableStyleLight9", showRowStripes: true };
    }
  }
  compactDataValidations(wb);
}
