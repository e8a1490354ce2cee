/**
 * Which committee comments belong to which 評価年度 in the 効果検証報告書 (issue #12 §6). The rule, stated in the
 * report's method section (CYCLE_RULE):
 *
 *   The results of 評価年度 Y are reviewed in the fiscal year after it, so the meetings of Y's cycle are those held
 *   from 1 April Y+1 to 31 March Y+2 (their 開催日). The report of Y shows the comments of Y's cycle with the city's
 *   answers, and under 「前年度意見への対応」 the comments of Y−1's cycle with their 市の回答・対応 and 対応状況 as they
 *   stand now. A meeting without a readable 開催日 belongs to no cycle (the report says how many comments that leaves
 *   out).
 */
import { COMMENT_STATUSES, type CommentRecord, type Meeting } from "../comments/types";
import { parseIsoDate } from "../minutes/wareki";
import { eraYearLabel } from "../periods";

/** The method section's sentence for the rule above. */
export function cycleRule(year: number): string {
  return (
    `委員意見は、会議の開催日が評価年度の翌年度（${eraYearLabel(year + 1)}年度：${year + 1}年4月1日〜${year + 2}年3月31日）` +
    `にある会議のものを当該年度の意見として掲載しています。「前年度意見への対応」には、その前年度` +
    `（${year}年4月1日〜${year + 1}年3月31日）の会議の意見を、現時点の市の回答・対応と対応状況とともに掲載しています。`
  );
}

/** One comment as the report prints it. */
export interface ReportComment {
  readonly meeting: number;
  /** 「令和8年7月10日」 when the meeting's date is readable, else "". */
  readonly meetingDate: string;
  readonly speaker: string;
  readonly category: string;
  readonly text: string;
  readonly response: string;
  readonly status: string;
}

/** The fiscal year a meeting was held in, or null when its 開催日 is not a date. */
function fiscalYearOfMeeting(m: Meeting): number | null {
  const d = parseIsoDate(m.date);
  if (!d) return null;
  return d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

function dateLabel(m: Meeting | undefined): string {
  const d = m ? parseIsoDate(m.date) : null;
  return d ? `${eraYearLabel(d.getUTCFullYear())}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日` : "";
}

export interface CycleComments {
  /** Comments of the report year's cycle and of the year before, in meeting then record order. */
  readonly current: readonly CommentRecord[];
  readonly previous: readonly CommentRecord[];
  /** Comments whose meeting has no readable date (or is not in 「会議」): in no cycle. */
  readonly undated: number;
  readonly toReport: (c: CommentRecord) => ReportComment;
}

export function commentsByCycle(
  year: number,
  comments: readonly CommentRecord[],
  meetings: readonly Meeting[],
): CycleComments {
  const byNumber = new Map(meetings.map((m) => [m.number, m]));
  const cycleOf = (c: CommentRecord): number | null => {
    const m = byNumber.get(c.meeting);
    const fy = m ? fiscalYearOfMeeting(m) : null;
    return fy === null ? null : fy - 1;
  };
  const ordered = [...comments].sort((a, b) => a.meeting - b.meeting || a.recordedAt.localeCompare(b.recordedAt));
  const status = (s: string): string => ((COMMENT_STATUSES as readonly string[]).includes(s) ? s : "未対応");
  return {
    current: ordered.filter((c) => cycleOf(c) === year),
    previous: ordered.filter((c) => cycleOf(c) === year - 1),
    undated: ordered.filter((c) => cycleOf(c) === null).length,
    toReport: (c) => ({
      meeting: c.meeting,
      meetingDate: dateLabel(byNumber.get(c.meeting)),
      speaker: c.speakerName,
      category: c.category,
      text: c.text,
      response: c.response,
      status: status(c.status),
    }),
  };
}
