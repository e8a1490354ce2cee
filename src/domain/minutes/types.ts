/**
 * The minutes (会議録) of one meeting as a declarative tree: what the document says, not how it looks. Markdown, CSV,
 * the printable sheet and the .docx are pure formatters of this one model, so they cannot disagree on content.
 *
 * The order is the conventional one: the header block (会議名 … 配布資料), then 議事の経過 as the meeting ran (開会,
 * 事務局の説明 per 議題, each member's statement with the city's answer in recorded order, 閉会), the counts, and the
 * comments grouped by what they are about as an appendix (付録) that refers to the statements by number.
 */
import type { Grade } from "../status";
import type { CommentCategory, CommentStatus, CommentTarget, Meeting, MemberRole } from "../comments/types";

/** A 会議 record as the minutes read it (事務局 from its column; "" in a table from before the column). */
export type MinutesMeeting = Meeting;

/** What the minutes show of an indicator's status: the workbook's values as they are (formulas or the twin). */
export interface StatusSnapshot {
  readonly latest: number | null;
  readonly latestYear: number | null;
  /** 達成率 as a ratio (1 = 100 %). */
  readonly progress: number | null;
  readonly grade: Grade;
  /**
   * 基準値 and the target in force (適用目標値 where the workbook calculated it, else 目標値) as 「KPI一覧」 holds
   * them: a number, or the text typed where there is none (「－」). Absent or null: the dataset's values are shown.
   */
  readonly baseline?: number | string | null;
  readonly baselineYear?: number | null;
  readonly target?: number | string | null;
  readonly targetYear?: number | null;
}

export type HeaderKey =
  | "meeting"
  | "dateTime"
  | "place"
  | "attendees"
  | "absentees"
  | "city"
  | "secretariat"
  | "observers"
  | "disclosure"
  | "agenda"
  | "handouts";

/** One row of the header block (a two-column table: label, lines). */
export interface HeaderRow {
  readonly key: HeaderKey;
  /** 「会議名」「出席委員（2名）」 */
  readonly label: string;
  readonly lines: readonly string[];
}

export interface CommentEntry {
  /** 1-based position in 議事の経過 (the recorded order): 「意見3」, by which the appendix refers to it. */
  readonly number: number;
  readonly id: string;
  /** 「田中 一郎 会長」: the name as recorded, then the role from 委員名簿 when the member is known. */
  readonly speaker: string;
  readonly speakerName: string;
  readonly category: CommentCategory;
  /** Verbatim. */
  readonly text: string;
  /** 市の回答・対応, verbatim ("" when none yet). */
  readonly response: string;
  readonly status: CommentStatus;
  readonly target: CommentTarget;
  /** 「1-1-K1-2 新規求人数」「1-1-2 ②就労への総合的支援」「全体」: what the comment is about, for flat outputs. */
  readonly targetLabel: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface IndicatorEntry {
  readonly id: string;
  /** 「1-1-K2-3 新規就農者数」 */
  readonly heading: string;
  readonly unit: string;
  readonly snapshot: StatusSnapshot | null;
  /**
   * One line that lets the indicator be judged on its own: 「基準値 1,563件（令和元年度(2019)）→ 目標値 1,630件
   * （令和9年度(2027)）／最新実績 1,590件（令和5年度(2023)）／達成率 40.3%／評価 C 遅れ」.
   */
  readonly statusLine: string;
  /** The line's two halves, for a narrow page (the printable sheet): 基準値 → 目標値, and the current status. */
  readonly span: string;
  readonly status: string;
  readonly comments: readonly CommentEntry[];
}

export type GroupKind = "strategy" | "basicGoal" | "subGoal" | "measure" | "unknownTarget";

/** A heading with the comments on it, its indicators, then its sub-groups (dataset order throughout). */
export interface MinutesGroup {
  readonly kind: GroupKind;
  /** 「1」「1-1」「1-1-2」; "全体" and "対象不明" for the two special sections. */
  readonly id: string;
  readonly heading: string;
  /** 1 for 全体/基本目標, 2 for sub-goals, 3 for 施策. */
  readonly level: 1 | 2 | 3;
  readonly comments: readonly CommentEntry[];
  readonly indicators: readonly IndicatorEntry[];
  readonly children: readonly MinutesGroup[];
}

/** 議事の経過, in the order of the meeting. */
export interface Proceedings {
  /** 「午後2時00分、開会した。」 */
  readonly opening: string;
  /** One line per 議題: 「（1）第2期総合戦略の進捗状況について、事務局から説明があった。」; empty without 議題. */
  readonly explanations: readonly string[];
  /** Every comment of the meeting, in recorded order (記録日時, then id). */
  readonly statements: readonly CommentEntry[];
  /**
   * Said once instead of a 「（回答なし）」 after every comment: how many statements have no recorded answer, or that
   * the meeting has no comments at all. null when every statement has its answer.
   */
  readonly note: string | null;
  /** 「午後3時30分、閉会した。」 */
  readonly closing: string;
}

export interface CountRow<K extends string> {
  readonly key: K;
  readonly count: number;
}

export interface MinutesSummary {
  readonly total: number;
  /** Every 区分 in the contract's order, zeros included. */
  readonly byCategory: readonly CountRow<CommentCategory>[];
  /** Every 対応状況 in the contract's order, zeros included. */
  readonly byStatus: readonly CountRow<CommentStatus>[];
}

export interface MinutesDocument {
  readonly meetingNumber: number;
  /** 「第3回 伊勢崎市まち・ひと・しごと創生会議」 */
  readonly meetingName: string;
  /** 「第3回 伊勢崎市まち・ひと・しごと創生会議 会議録」 */
  readonly title: string;
  readonly header: readonly HeaderRow[];
  readonly proceedings: Proceedings;
  readonly summary: MinutesSummary;
  /**
   * The appendix (付録): 全体 first, then 基本目標 in dataset order, then 対象不明 if any; only groups that hold
   * comments. Empty when the meeting has no comments.
   */
  readonly sections: readonly MinutesGroup[];
  /** Things in the records that could not be read as expected (kept as typed in the document). */
  readonly problems: readonly string[];
}

export type MinutesResult =
  | { readonly ok: true; readonly minutes: MinutesDocument }
  | {
      readonly ok: false;
      /** DuplicateRows: two rows of 委員名簿, 会議 or 委員意見 share their id, so which one is meant is unknown. */
      readonly code: "UnknownMeeting" | "DuplicateRows";
      readonly message: string;
      readonly messageEn: string;
      /** The meetings that do exist, ascending (empty for DuplicateRows). */
      readonly meetings: readonly number[];
    };

export type { MemberRole };
