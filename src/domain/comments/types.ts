/**
 * The committee's record: members (委員名簿), meetings (会議) and comments (委員意見). The workbook is the store;
 * these types are what the sheets hold, row for row. Every record has an id that never changes and is never
 * reused, so edits find their row after people sort and filter the tables.
 */

export const MEMBER_ROLES = ["会長", "副会長", "委員"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const COMMENT_CATEGORIES = ["意見", "質問", "提言", "要望", "その他"] as const;
export type CommentCategory = (typeof COMMENT_CATEGORIES)[number];

export const COMMENT_STATUSES = ["未対応", "対応中", "対応済"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** 公開区分 of a meeting (会議の公開): an empty cell means not recorded (workbooks from before the column). */
export const MEETING_DISCLOSURES = ["公開", "非公開", "一部非公開"] as const;
export type MeetingDisclosure = (typeof MEETING_DISCLOSURES)[number];

export interface Member {
  /** 「M001」 */
  readonly id: string;
  readonly name: string;
  readonly role: MemberRole;
  /** 所属 (e.g. 群馬大学, 伊勢崎商工会議所). */
  readonly affiliation: string;
  readonly active: boolean;
}

export interface Meeting {
  /** 回: 1 for 第1回. Unique; the meeting's id. */
  readonly number: number;
  /** ISO date 「2025-11-20」. */
  readonly date: string;
  /** 「14:00」 */
  readonly startTime: string;
  /** 「15:30」 */
  readonly endTime: string;
  readonly place: string;
  /** Member ids. */
  readonly attendees: readonly string[];
  readonly absentees: readonly string[];
  /** 市側 attendees as free text (e.g. 企画部長、企画調整課長). */
  readonly cityAttendees: string;
  /** 議題, one per entry, without a 「（1）」 number (the minutes number them): see stripAgendaNumber. */
  readonly agenda: readonly string[];
  /** 配布資料, one per entry. */
  readonly handouts: readonly string[];
  /** 傍聴者 as free text (「2名」「なし」); "" when not recorded. */
  readonly observers: string;
  /** 公開区分; "" when not recorded. */
  readonly disclosure: MeetingDisclosure | "";
  /** 事務局 as free text (「企画部企画調整課」); "" when not recorded (workbooks from before the column). */
  readonly secretariat: string;
}

/**
 * What a comment is about: an indicator (「1-1-K2-3」), a 施策 (「1-1-2」), a sub-goal (「1-1」),
 * or the strategy as a whole (「全体」).
 */
export type CommentTarget =
  | { readonly kind: "indicator"; readonly id: string }
  | { readonly kind: "measure"; readonly id: string }
  | { readonly kind: "subGoal"; readonly id: string }
  | { readonly kind: "strategy" };

export interface CommentRecord {
  /** 「C-20251120-0001」-style id: unique, never reused, never derived from the row position. */
  readonly id: string;
  /** 回 of the meeting. */
  readonly meeting: number;
  readonly target: CommentTarget;
  /** 発言者: member id and the name as recorded (the name is part of the record, kept as typed). */
  readonly speakerId: string;
  readonly speakerName: string;
  readonly category: CommentCategory;
  /** 内容: verbatim, line breaks kept. */
  readonly text: string;
  /** 市の回答・対応 */
  readonly response: string;
  readonly status: CommentStatus;
  /** ISO timestamp when recorded. */
  readonly recordedAt: string;
  /** 記録者: who typed it in (staff or member). */
  readonly recordedBy: string;
}

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_CHAR_LIMIT = 32767;
