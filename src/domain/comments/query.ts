/** What the pane shows: an indicator's comments, newest first, filtered by meeting and status; open counts. */
import { formatTarget } from "./target";
import type { CommentRecord, CommentStatus, CommentTarget, Meeting } from "./types";

export const OPEN_STATUSES: readonly CommentStatus[] = ["未対応", "対応中"];

export interface CommentFilter {
  /** Only comments about this target (compared by its 対象 text). */
  readonly target?: CommentTarget;
  /** Only this meeting (回). */
  readonly meeting?: number;
  readonly statuses?: readonly CommentStatus[];
}

export function filterComments(comments: readonly CommentRecord[], filter: CommentFilter): CommentRecord[] {
  const target = filter.target ? formatTarget(filter.target) : undefined;
  return comments.filter(
    (c) =>
      (target === undefined || formatTarget(c.target) === target) &&
      (filter.meeting === undefined || c.meeting === filter.meeting) &&
      (filter.statuses === undefined || filter.statuses.length === 0 || filter.statuses.includes(c.status)),
  );
}

/**
 * Newest first: later meeting first, then later 記録日時 (ISO text with the same offset compares as time), then id
 * (ids start with the recording time too) so the order is total and stable.
 */
export function sortNewestFirst(comments: readonly CommentRecord[]): CommentRecord[] {
  return [...comments].sort(
    (a, b) =>
      b.meeting - a.meeting ||
      (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0) ||
      (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}

/** The latest meeting: highest 回 (the default when adding a comment). */
export function latestMeeting(meetings: readonly Meeting[]): Meeting | undefined {
  return meetings.reduce<Meeting | undefined>(
    (best, m) => (best === undefined || m.number > best.number ? m : best),
    undefined,
  );
}

export interface TargetCounts {
  readonly total: number;
  readonly open: number;
}

/** Per 対象 text: comment count and open (未対応/対応中) count — the twin of the KPI一覧 formula columns. */
export function countByTarget(comments: readonly CommentRecord[]): Map<string, TargetCounts> {
  const out = new Map<string, TargetCounts>();
  for (const c of comments) {
    const key = formatTarget(c.target);
    const prev = out.get(key) ?? { total: 0, open: 0 };
    out.set(key, { total: prev.total + 1, open: prev.open + (OPEN_STATUSES.includes(c.status) ? 1 : 0) });
  }
  return out;
}
