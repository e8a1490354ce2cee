/**
 * Sheet, table and header names of the committee's record (contracts: the add-in and people's macros find data by
 * these names, never by position). Each column has a key (the record field it holds) and its Japanese header.
 */

export const MEMBERS_SHEET = "委員名簿";
export const MEETINGS_SHEET = "会議";
export const COMMENTS_SHEET = "委員意見";
export const MEMBERS_TABLE = "委員名簿";
export const MEETINGS_TABLE = "会議";
export const COMMENTS_TABLE = "委員意見";

export interface ColumnDef<K extends string> {
  readonly key: K;
  readonly header: string;
  /**
   * A column added to a contract later (会議's 傍聴者, 公開区分, 事務局): a table without it still reads (its cells as
   * empty) and takes writes that leave it empty; a value for it is refused with the header named.
   */
  readonly optional?: boolean;
}

export type MemberColumnKey = "id" | "name" | "role" | "affiliation" | "active";
export const MEMBER_COLUMNS: readonly ColumnDef<MemberColumnKey>[] = [
  { key: "id", header: "ID" },
  { key: "name", header: "氏名" },
  { key: "role", header: "役職" },
  { key: "affiliation", header: "所属" },
  { key: "active", header: "状態" },
];
/** 状態 column values (a boolean would show as TRUE/FALSE, which reads poorly in a Japanese roster). */
export const MEMBER_STATE = { active: "在任", inactive: "退任" } as const;

export type MeetingColumnKey =
  | "number"
  | "date"
  | "startTime"
  | "endTime"
  | "place"
  | "attendees"
  | "absentees"
  | "cityAttendees"
  | "agenda"
  | "handouts"
  | "observers"
  | "disclosure"
  | "secretariat";
export const MEETING_COLUMNS: readonly ColumnDef<MeetingColumnKey>[] = [
  { key: "number", header: "回" },
  { key: "date", header: "開催日" },
  { key: "startTime", header: "開始時刻" },
  { key: "endTime", header: "終了時刻" },
  { key: "place", header: "場所" },
  { key: "attendees", header: "出席委員" },
  { key: "absentees", header: "欠席委員" },
  { key: "cityAttendees", header: "市側出席者" },
  { key: "agenda", header: "議題" },
  { key: "handouts", header: "配布資料" },
  // Added with issue #13, at the end so earlier columns keep their letters.
  { key: "observers", header: "傍聴者", optional: true },
  { key: "disclosure", header: "公開区分", optional: true },
  // After them for the same reason (every column of an older table keeps its letter), though the minutes print it
  // before 傍聴者: the department that runs the meeting (企画部企画調整課), usually the same every time.
  { key: "secretariat", header: "事務局", optional: true },
];

export type CommentColumnKey =
  | "id"
  | "meeting"
  | "target"
  | "speakerId"
  | "speakerName"
  | "category"
  | "text"
  | "response"
  | "status"
  | "recordedAt"
  | "recordedBy";
export const COMMENT_COLUMNS: readonly ColumnDef<CommentColumnKey>[] = [
  { key: "id", header: "ID" },
  { key: "meeting", header: "会議" },
  { key: "target", header: "対象" },
  { key: "speakerId", header: "発言者ID" },
  { key: "speakerName", header: "発言者" },
  { key: "category", header: "区分" },
  { key: "text", header: "内容" },
  { key: "response", header: "市の回答・対応" },
  { key: "status", header: "対応状況" },
  { key: "recordedAt", header: "記録日時" },
  { key: "recordedBy", header: "記録者" },
];

/**
 * One contract entry per sheet of the committee's record: its sheet and table, its columns, and the column a row is
 * found by (the id; the meeting number for 会議). The plan builds the sheets from these, the grid reader reads by them.
 */
export interface CommentSheetContract<K extends string> {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly ColumnDef<K>[];
  readonly idKey: K;
}

export const MEMBERS_CONTRACT: CommentSheetContract<MemberColumnKey> = {
  sheet: MEMBERS_SHEET,
  table: MEMBERS_TABLE,
  columns: MEMBER_COLUMNS,
  idKey: "id",
};
export const MEETINGS_CONTRACT: CommentSheetContract<MeetingColumnKey> = {
  sheet: MEETINGS_SHEET,
  table: MEETINGS_TABLE,
  columns: MEETING_COLUMNS,
  idKey: "number",
};
export const COMMENTS_CONTRACT: CommentSheetContract<CommentColumnKey> = {
  sheet: COMMENTS_SHEET,
  table: COMMENTS_TABLE,
  columns: COMMENT_COLUMNS,
  idKey: "id",
};
/** The three sheets, in the order a workbook has them. */
export const COMMENT_SHEET_NAMES: readonly string[] = [MEMBERS_SHEET, MEETINGS_SHEET, COMMENTS_SHEET];

/** Member ids inside one 出席委員/欠席委員 cell are separated by 「、」 (a comma or newline is read as well). */
export const ID_LIST_SEPARATOR = "、";
/** 議題 and 配布資料 hold one entry per line. */
export const LINE_LIST_SEPARATOR = "\n";

export function headerOf<K extends string>(columns: readonly ColumnDef<K>[], key: K): string {
  const c = columns.find((col) => col.key === key);
  if (!c) throw new Error(`no column ${key}`);
  return c.header;
}

/** 1-based position of a column in the plan's layout (the layout a new workbook gets; readers go by header). */
export function planColumnIndex<K extends string>(columns: readonly ColumnDef<K>[], key: K): number {
  return columns.findIndex((c) => c.key === key) + 1;
}

/** 第3回: the meeting number stays a number (it is what the counts and lookups compare). */
export const MEETING_NUMBER_FORMAT = '"第"0"回"';
/** 記録日時: an Excel date-time (the serial of the Japan-time moment), shown to the minute. */
export const DATE_TIME_FORMAT = "yyyy/mm/dd hh:mm";

/** The number format of the columns that hold numbers, by header; every other column of the three tables is text. */
export const NUMBER_FORMATS: ReadonlyMap<string, string> = new Map([
  [headerOf(MEETING_COLUMNS, "number"), MEETING_NUMBER_FORMAT],
  [headerOf(COMMENT_COLUMNS, "meeting"), MEETING_NUMBER_FORMAT],
  [headerOf(COMMENT_COLUMNS, "recordedAt"), DATE_TIME_FORMAT],
]);

/** Columns of long, multi-line text: both stores make their cells wrap (top-aligned) when they write a row. */
export const WRAPPED_HEADERS: ReadonlySet<string> = new Set([
  headerOf(COMMENT_COLUMNS, "text"),
  headerOf(COMMENT_COLUMNS, "response"),
  headerOf(MEETING_COLUMNS, "agenda"),
  headerOf(MEETING_COLUMNS, "handouts"),
  headerOf(MEETING_COLUMNS, "attendees"),
  headerOf(MEETING_COLUMNS, "cityAttendees"),
  headerOf(MEETING_COLUMNS, "secretariat"),
]);
