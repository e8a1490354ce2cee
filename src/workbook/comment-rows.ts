/**
 * Sheet rows ⇄ records for 委員名簿, 会議 and 委員意見. Columns are found by their header text (a contract), so a
 * table whose columns people reordered or extended still reads and writes correctly. Cells arrive as plain scalars
 * (the stores turn exceljs/Office values into these); Excel date and time serials are accepted where people may
 * have typed a date or a time. Rows without an id are skipped (the blank row an empty table carries).
 */
import {
  COMMENTS_CONTRACT,
  headerOf,
  ID_LIST_SEPARATOR,
  LINE_LIST_SEPARATOR,
  MEETINGS_CONTRACT,
  MEMBER_STATE,
  MEMBERS_CONTRACT,
  NUMBER_FORMATS,
  type ColumnDef,
  type CommentColumnKey,
  type CommentSheetContract,
  type MeetingColumnKey,
  type MemberColumnKey,
} from "./comment-columns";
import type { Scalar } from "../lib/scalar";
import { notInList, problem, type CommentProblem } from "../domain/comments/problems";
import { formatTarget, parseTarget } from "../domain/comments/target";
import { normalizeLineBreaks } from "../domain/comments/text";
import { meetingNumber } from "../domain/comments/meeting-number";
import { stripAgendaNumber } from "../domain/comments/agenda";
import { COMMENT_CATEGORIES, COMMENT_STATUSES, MEETING_DISCLOSURES, MEMBER_ROLES } from "../domain/comments/types";
import type {
  CommentCategory,
  CommentRecord,
  CommentStatus,
  Meeting,
  MeetingDisclosure,
  Member,
  MemberRole,
} from "../domain/comments/types";
import { dateToSerial, serialToDate, serialToTime } from "../lib/excel-date";
import { japanTimestamp } from "../domain/comments/ids";

export interface SheetRows {
  /** The table's header row. */
  readonly headers: readonly Scalar[];
  /** The data rows below it, in sheet order. */
  readonly rows: readonly (readonly Scalar[])[];
  /** Sheet row number of rows[0] (for messages); default 2. */
  readonly firstRow?: number;
}

export type ColumnMap<K extends string> = Readonly<Record<K, number>>;

/** 0-based index of each column by header (-1: an optional column the table lacks); missing or doubled headers are problems. */
export function mapColumns<K extends string>(
  sheet: string,
  headers: readonly Scalar[],
  columns: readonly ColumnDef<K>[],
): { ok: true; map: ColumnMap<K> } | { ok: false; problems: CommentProblem[] } {
  const texts = headers.map((h) => (h === null ? "" : String(h).trim()));
  const map = {} as Record<K, number>;
  const problems: CommentProblem[] = [];
  for (const c of columns) {
    const at = texts.indexOf(c.header);
    if (at < 0 && c.optional === true) map[c.key] = -1;
    else if (at < 0) problems.push(problem(sheet, "missingHeader", { sheet, header: c.header }));
    else if (texts.indexOf(c.header, at + 1) >= 0)
      problems.push(problem(sheet, "duplicateHeader", { sheet, header: c.header }));
    else map[c.key] = at;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, map };
}

export function cellText(cell: Scalar | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return normalizeLineBreaks(String(cell));
}

const JAPAN_OFFSET_MS = 9 * 3_600_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * 記録日時 as a cell: the Excel serial of the moment's Japan wall-clock time (what 「yyyy/mm/dd hh:mm」 then shows),
 * or null for text that is no timestamp (written as it is).
 */
export function japanSerial(iso: string): number | null {
  const ms = TIMESTAMP.test(iso) ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? null : dateToSerial(new Date(ms + JAPAN_OFFSET_MS));
}

/** A 記録日時 serial (Japan wall-clock time) → 「2025-07-10T14:30:05+09:00」, to the second. */
export function serialToJapanTimestamp(serial: number): string {
  return japanTimestamp(new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000 - JAPAN_OFFSET_MS));
}

function dateText(cell: Scalar | undefined): string {
  return typeof cell === "number" ? serialToDate(cell) : cellText(cell).trim();
}

function timeText(cell: Scalar | undefined): string {
  return typeof cell === "number" ? serialToTime(cell) : cellText(cell).trim();
}

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export interface ReadRows<T> {
  /** Each record with its index in `rows` (not a position to write by: edits find rows by id). */
  readonly records: readonly { readonly record: T; readonly index: number }[];
  readonly problems: readonly CommentProblem[];
}

function readWith<K extends string, T>(
  { sheet, columns, idKey }: CommentSheetContract<K>,
  input: SheetRows,
  read: (get: (key: K) => Scalar | undefined, at: (key: K) => string) => { record: T; problems: CommentProblem[] },
): ReadRows<T> {
  const mapped = mapColumns(sheet, input.headers, columns);
  if (!mapped.ok) return { records: [], problems: mapped.problems };
  const first = input.firstRow ?? 2;
  const idHeader = columns.find((c) => c.key === idKey)?.header ?? idKey;
  const records: { record: T; index: number }[] = [];
  const problems: CommentProblem[] = [];
  // where each id was first seen, so a duplicate names both rows (the minutes refuse to pick one)
  const seen = new Map<string, string>();
  input.rows.forEach((row, index) => {
    const get = (key: K): Scalar | undefined => (mapped.map[key] < 0 ? undefined : row[mapped.map[key]]);
    if (cellText(get(idKey)).trim() === "") return;
    const at = (key: K): string => `${sheet} ${first + index}行目 ${columns.find((c) => c.key === key)?.header ?? key}`;
    const { record, problems: p } = read(get, at);
    const id = cellText(get(idKey)).trim();
    const firstSeen = seen.get(id);
    if (firstSeen !== undefined) {
      p.push(problem(at(idKey), "duplicateId", { value: id, first: firstSeen, header: idHeader }));
    } else seen.set(id, at(idKey));
    problems.push(...p);
    if (p.length === 0 || p.every((x) => x.code !== "badTarget")) records.push({ record, index });
  });
  return { records, problems };
}

export function readMembers(input: SheetRows): ReadRows<Member> {
  return readWith(MEMBERS_CONTRACT, input, (get, at) => {
    const role = cellText(get("role")).trim();
    const state = cellText(get("active")).trim();
    const problems = [
      ...notInList(at("role"), "role", role, MEMBER_ROLES),
      ...notInList(at("active"), "active", state, [MEMBER_STATE.active, MEMBER_STATE.inactive]),
    ];
    const record: Member = {
      id: cellText(get("id")).trim(),
      name: cellText(get("name")).trim(),
      role: role as MemberRole,
      affiliation: cellText(get("affiliation")).trim(),
      active: state !== MEMBER_STATE.inactive,
    };
    return { record, problems };
  });
}

export function readMeetings(input: SheetRows): ReadRows<Meeting> {
  return readWith(MEETINGS_CONTRACT, input, (get, at) => {
    const number = meetingNumber(get("number"));
    const problems: CommentProblem[] = [];
    if (!Number.isInteger(number) || number < 1) {
      problems.push(problem(at("number"), "badNumber", { field: "number", value: cellText(get("number")) }));
    }
    const ids = /[、,，\n]/;
    const disclosure = cellText(get("disclosure")).trim();
    if (disclosure !== "") problems.push(...notInList(at("disclosure"), "disclosure", disclosure, MEETING_DISCLOSURES));
    const record: Meeting = {
      number,
      date: dateText(get("date")),
      startTime: timeText(get("startTime")),
      endTime: timeText(get("endTime")),
      place: cellText(get("place")).trim(),
      attendees: splitList(cellText(get("attendees")), ids),
      absentees: splitList(cellText(get("absentees")), ids),
      cityAttendees: cellText(get("cityAttendees")).trim(),
      agenda: splitList(cellText(get("agenda")), /\n/).map(stripAgendaNumber),
      handouts: splitList(cellText(get("handouts")), /\n/),
      observers: cellText(get("observers")).trim(),
      disclosure: disclosure as MeetingDisclosure | "",
      secretariat: cellText(get("secretariat")).trim(),
    };
    return { record, problems };
  });
}

export function readComments(input: SheetRows): ReadRows<CommentRecord> {
  return readWith(COMMENTS_CONTRACT, input, (get, at) => {
    const problems: CommentProblem[] = [];
    const targetText = cellText(get("target"));
    const target = parseTarget(targetText);
    if (!target) problems.push(problem(at("target"), "badTarget", { value: targetText }));
    const meeting = meetingNumber(get("meeting"));
    if (!Number.isInteger(meeting) || meeting < 1) {
      problems.push(problem(at("meeting"), "badNumber", { field: "meeting", value: cellText(get("meeting")) }));
    }
    const category = cellText(get("category")).trim();
    const status = cellText(get("status")).trim();
    problems.push(
      ...notInList(at("category"), "category", category, COMMENT_CATEGORIES),
      ...notInList(at("status"), "status", status, COMMENT_STATUSES),
    );
    const record: CommentRecord = {
      id: cellText(get("id")).trim(),
      meeting,
      target: target ?? { kind: "strategy" },
      speakerId: cellText(get("speakerId")).trim(),
      speakerName: cellText(get("speakerName")).trim(),
      category: category as CommentCategory,
      // Verbatim: no trimming of what the member said.
      text: cellText(get("text")),
      response: cellText(get("response")),
      status: status as CommentStatus,
      // A date-time cell since #13; the ISO text older rows hold is read as it is.
      recordedAt:
        typeof get("recordedAt") === "number"
          ? serialToJapanTimestamp(get("recordedAt") as number)
          : cellText(get("recordedAt")).trim(),
      recordedBy: cellText(get("recordedBy")).trim(),
    };
    return { record, problems };
  });
}

/** One record's cells in a table's header order, or why it cannot be written (a header is missing or doubled). */
export type BuiltRow = { ok: true; row: Scalar[] } | { ok: false; problems: CommentProblem[] };

/** Cells of one record in the order of `headers` (columns that are not ours stay null: left as they are). */
function rowFor<K extends string>(
  { sheet, columns }: CommentSheetContract<K>,
  headers: readonly Scalar[],
  values: Readonly<Record<K, Scalar>>,
): BuiltRow {
  const mapped = mapColumns(sheet, headers, columns);
  if (!mapped.ok) return mapped;
  const row: Scalar[] = headers.map(() => null);
  const problems: CommentProblem[] = [];
  for (const c of columns) {
    const at = mapped.map[c.key];
    if (at >= 0) row[at] = values[c.key];
    // An optional column the table lacks: nothing to write unless there is a value, which must not be lost; the
    // table is an older version's, and 「データを更新」 adds the column (refresh/record-columns.ts).
    else if (values[c.key] !== "" && values[c.key] !== null) {
      problems.push(problem(sheet, "olderTable", { sheet, header: c.header }));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, row };
}

export function memberCells(m: Member): Record<MemberColumnKey, Scalar> {
  return {
    id: m.id,
    name: m.name,
    role: m.role,
    affiliation: m.affiliation,
    active: m.active ? MEMBER_STATE.active : MEMBER_STATE.inactive,
  };
}

/** Whitespace (half- and full-width) does not tell two names apart: 「山田 太郎」 is 「山田太郎」. */
const nameKey = (name: string): string => name.replace(/[\s\u3000]/g, "");

/**
 * 出席委員/欠席委員 hold names, which is what people read and type; the record keeps member ids. A member id is
 * written as the member's name (an id the roster lacks stays as it is).
 */
export function memberNames(ids: readonly string[], roster: readonly Member[]): string {
  const byId = new Map(roster.map((m) => [m.id, m.name]));
  return ids.map((id) => byId.get(id) ?? id).join(ID_LIST_SEPARATOR);
}

/**
 * A 出席委員/欠席委員 entry as a member id: an id stays (cells written before names, or typed), a name is looked up
 * in the roster (spacing ignored). A name two members share, or one the roster lacks, stays as typed, so saving the
 * meeting reports it as an unknown member rather than guessing.
 */
export function memberIdOf(entry: string, roster: readonly Member[]): string {
  if (roster.some((m) => m.id === entry)) return entry;
  const matches = roster.filter((m) => nameKey(m.name) === nameKey(entry));
  return matches.length === 1 ? (matches[0] as Member).id : entry;
}

/** The meeting with its 出席委員/欠席委員 entries as member ids (see memberIdOf). */
export function withMemberIds(meeting: Meeting, roster: readonly Member[]): Meeting {
  const ids = (list: readonly string[]): string[] => list.map((e) => memberIdOf(e, roster));
  return { ...meeting, attendees: ids(meeting.attendees), absentees: ids(meeting.absentees) };
}

/** A meeting's cells; with the roster, 出席委員/欠席委員 are names (without it, ids). */
export function meetingCells(m: Meeting, roster: readonly Member[] = []): Record<MeetingColumnKey, Scalar> {
  return {
    number: m.number,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    attendees: memberNames(m.attendees, roster),
    absentees: memberNames(m.absentees, roster),
    cityAttendees: m.cityAttendees,
    agenda: m.agenda.join(LINE_LIST_SEPARATOR),
    handouts: m.handouts.join(LINE_LIST_SEPARATOR),
    observers: m.observers,
    disclosure: m.disclosure,
    secretariat: m.secretariat,
  };
}

export function commentCells(c: CommentRecord): Record<CommentColumnKey, Scalar> {
  return {
    id: c.id,
    meeting: c.meeting,
    target: formatTarget(c.target),
    speakerId: c.speakerId,
    speakerName: c.speakerName,
    category: c.category,
    text: c.text,
    response: c.response,
    status: c.status,
    recordedAt: japanSerial(c.recordedAt) ?? c.recordedAt,
    recordedBy: c.recordedBy,
  };
}

export const memberRow = (headers: readonly Scalar[], m: Member): BuiltRow =>
  rowFor(MEMBERS_CONTRACT, headers, memberCells(m));
export const meetingRow = (headers: readonly Scalar[], m: Meeting, roster: readonly Member[] = []): BuiltRow =>
  rowFor(MEETINGS_CONTRACT, headers, meetingCells(m, roster));
export const commentRow = (headers: readonly Scalar[], c: CommentRecord): BuiltRow =>
  rowFor(COMMENTS_CONTRACT, headers, commentCells(c));

/** The three tables of the committee's record, by the kind of record each holds. */
export interface CommentRecordOf {
  readonly members: Member;
  readonly meetings: Meeting;
  readonly comments: CommentRecord;
}
export type CommentTableKind = keyof CommentRecordOf;

/** What a store needs to read, append and edit one table without knowing which it is. */
export interface CommentTable<K extends CommentTableKind> {
  readonly table: string;
  /** Header of the column edits find their row by. */
  readonly idHeader: string;
  readonly idOf: (record: CommentRecordOf[K]) => string | number;
  readonly read: (input: SheetRows) => ReadRows<CommentRecordOf[K]>;
  /** The record's cells; `roster` turns member ids into names where a table shows names (会議). */
  readonly row: (headers: readonly Scalar[], record: CommentRecordOf[K], roster?: readonly Member[]) => BuiltRow;
}

const MEETING_NUMBER_HEADER = headerOf(MEETINGS_CONTRACT.columns, MEETINGS_CONTRACT.idKey);

const tableOf = <K extends string>(c: CommentSheetContract<K>) => ({
  table: c.table,
  idHeader: headerOf(c.columns, c.idKey),
});

export const COMMENT_TABLES: { readonly [K in CommentTableKind]: CommentTable<K> } = {
  members: { ...tableOf(MEMBERS_CONTRACT), idOf: (m) => m.id, read: readMembers, row: memberRow },
  meetings: { ...tableOf(MEETINGS_CONTRACT), idOf: (m) => m.number, read: readMeetings, row: meetingRow },
  comments: { ...tableOf(COMMENTS_CONTRACT), idOf: (c) => c.id, read: readComments, row: commentRow },
};

/** The three tables as read: each table's records and the rows it could not read. */
export type CommentBook = { readonly [K in CommentTableKind]: ReadRows<CommentRecordOf[K]> };

export const missingTableProblem = (table: string): CommentProblem => problem(table, "missingTable", { table });

/** The three tables, each read from the grid a backend found for it (null: the workbook has no such table). */
export function readCommentBookFrom(gridOf: (table: string) => SheetRows | null): CommentBook {
  const read = <K extends CommentTableKind>(kind: K): ReadRows<CommentRecordOf[K]> => {
    const { table, read: reader } = COMMENT_TABLES[kind];
    const grid = gridOf(table);
    return grid ? reader(grid) : { records: [], problems: [missingTableProblem(table)] };
  };
  const members = read("members");
  const meetings = read("meetings");
  const roster = members.records.map((r) => r.record);
  return {
    members,
    // 出席委員/欠席委員 as names (or ids, as older workbooks hold them) become member ids here, once for every reader.
    meetings: {
      ...meetings,
      records: meetings.records.map((r) => ({ ...r, record: withMemberIds(r.record, roster) })),
    },
    comments: read("comments"),
  };
}

/**
 * Number format per cell of a row: "@" on text (so Excel never evaluates it), the column's format on a number (回/会議
 * 「第3回」, 記録日時 a date-time: NUMBER_FORMATS), so a written cell shows as the plan's rows do.
 */
export function rowNumberFormats(row: readonly Scalar[], headers: readonly Scalar[] = []): (string | null)[] {
  return row.map((v, i) => {
    if (v === null) return null;
    if (typeof v !== "number") return "@";
    const header = headers[i];
    return typeof header === "string" ? (NUMBER_FORMATS.get(header.trim()) ?? null) : null;
  });
}

/** Index in `rows` of the row whose `idKey` cell equals `id`, or -1: how edits find their row after sorting. */
export function findRowById(
  headers: readonly Scalar[],
  rows: readonly (readonly Scalar[])[],
  idHeader: string,
  id: string | number,
): number {
  const col = headers.findIndex((h) => h !== null && String(h).trim() === idHeader);
  if (col < 0) return -1;
  const want = String(id);
  const matches = rows.flatMap((r, i) => {
    const v = r[col];
    const text = typeof v === "number" ? String(v) : cellText(v ?? null).trim();
    // 会議 rows are found by their number, however the cell shows it (3, 「3」, 「第3回」).
    const normalized = idHeader === MEETING_NUMBER_HEADER ? String(meetingNumber(v ?? null)) : text;
    return normalized === want ? [i] : [];
  });
  // Two rows with the same id: refuse rather than guess which one was meant.
  return matches.length === 1 ? (matches[0] as number) : -1;
}
