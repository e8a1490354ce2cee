/**
 * 議事の経過: what happened at the meeting, in its order — 開会, 事務局の説明 per 議題, every member's statement with
 * the city's answer in the order they were recorded, 閉会. A statement without an answer prints no answer line; one
 * note says how many there are instead.
 */
import type { CommentRecord } from "../comments/types";
import type { MeetingTimes } from "./header";
import type { CommentEntry, Proceedings } from "./types";

export const EMPTY_NOTE = "この会議で記録された委員意見はありません。";

/** 記録日時 as an instant when it reads as one (offsets compared correctly), else the text. */
function instant(recordedAt: string): number | null {
  const t = Date.parse(recordedAt);
  return Number.isFinite(t) ? t : null;
}

/** The recorded order: 記録日時, then id (a comment id begins with its Japan-time second). */
export function recordedOrder(a: CommentRecord, b: CommentRecord): number {
  const ta = instant(a.recordedAt);
  const tb = instant(b.recordedAt);
  const byTime =
    ta !== null && tb !== null ? ta - tb : a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0;
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function unansweredNote(statements: readonly CommentEntry[]): string | null {
  if (statements.length === 0) return EMPTY_NOTE;
  const open = statements.filter((s) => s.response.trim() === "").length;
  if (open === 0) return null;
  return `※ 市の回答・対応が記録されていない意見が${open}件あります（対応状況は付録の一覧を参照）。`;
}

export function buildProceedings(
  times: MeetingTimes,
  agenda: readonly string[],
  statements: readonly CommentEntry[],
): Proceedings {
  return {
    opening: times.start ? `${times.start}、開会した。` : "開会した。",
    // 「…の進捗状況について」 is not given a second について
    explanations: agenda.map(
      (item, i) => `（${i + 1}）${item}${/について$/.test(item) ? "" : "について"}、事務局から説明があった。`,
    ),
    statements,
    note: unansweredNote(statements),
    closing: times.end ? `${times.end}、閉会した。` : "閉会した。",
  };
}

/** The document's headings, one wording for every format. */
export const HEADINGS = {
  overview: "会議の概要",
  proceedings: "議事の経過",
  opening: "1 開会",
  business: "2 議事",
  explanation: "事務局の説明",
  discussion: "委員の意見と市の回答",
  closing: "3 閉会",
  summary: "意見の集計",
  appendix: "付録　対象別の意見一覧",
} as const;

export const APPENDIX_INTRO = "議事の経過の意見を対象ごとにまとめたもの（番号は議事の経過の意見番号）。";

/** 「意見3　○佐藤 花子 委員」 */
export const statementHead = (c: CommentEntry): string => `意見${c.number}　○${c.speaker}`;

/** 「（質問／1-1-N1 新規求人数）」: the 区分 and what the statement is about. */
export const statementAbout = (c: CommentEntry): string => `（${c.category}／${c.targetLabel}）`;

/** 「○市の回答・対応（対応中）」: printed only above an answer that was recorded. */
export const answerHead = (c: CommentEntry): string => `○市の回答・対応（${c.status}）`;

/** The appendix's line for a statement: 「意見3　佐藤 花子 委員（質問・対応中）」. */
export const appendixItem = (c: CommentEntry): string => `意見${c.number}　${c.speaker}（${c.category}・${c.status}）`;
