/**
 * The minutes (会議録) of one meeting as a declarative tree: what the document says, not how it looks. Markdown, CSV,
 * the printable sheet and the .docx are pure formatters of this one model, so they cannot disagree on content.
 */
import type { Grade } from "../status";
import type { CommentCategory, CommentStatus, CommentTarget, MemberRole } from "../comments/types";

/** What the minutes show of an indicator's status: the workbook's values as they are (formulas or the twin). */
export interface StatusSnapshot {
  readonly latest: number | null;
  readonly latestYear: number | null;
  /** 達成率 as a ratio (1 = 100 %). */
  readonly progress: number | null;
  readonly grade: Grade;
}

/** One row of the header block (a two-column table: label, lines). */
export interface HeaderRow {
  readonly label: "会議名" | "日時" | "場所" | "出席者" | "欠席者" | "議題" | "配布資料";
  readonly lines: readonly string[];
}

export interface CommentEntry {
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
  /** One line: 「最新実績 1,650件（令和6年度(2024)）／達成率 85.3%／評価 B 順調」. */
  readonly statusLine: string;
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
  /** 全体 first, then 基本目標 in dataset order, then 対象不明 if any; only groups that hold comments. */
  readonly sections: readonly MinutesGroup[];
  /** Shown instead of the sections when the meeting has no comments. */
  readonly emptyNote: string | null;
  readonly summary: MinutesSummary;
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
