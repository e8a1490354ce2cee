/**
 * buildMinutes: one meeting's records → the MinutesDocument tree. Pure and synchronous.
 * Every comment of the meeting is a statement of 議事の経過 (recorded order, numbered), and is listed exactly once in
 * the appendix: under its indicator, 施策, sub-goal or the strategy as a whole when the dataset knows the target,
 * otherwise in a closing 「対象不明」 section (never dropped).
 */
import type { Dataset, Indicator, Measure, SubGoal } from "../dataset/schema";
import {
  COMMENT_CATEGORIES,
  COMMENT_STATUSES,
  type CommentRecord,
  type CommentTarget,
  type Member,
} from "../comments/types";
import { translate } from "../../i18n/messages";
import type { Lang } from "../../lib/lang";
import { headerRows, meetingTimes } from "./header";
import { buildProceedings, EMPTY_NOTE, recordedOrder } from "./proceedings";
import { baselineToTarget, currentStatus } from "./status-line";
import type {
  CommentEntry,
  IndicatorEntry,
  MinutesDocument,
  MinutesGroup,
  MinutesMeeting,
  MinutesResult,
  MinutesSummary,
  StatusSnapshot,
} from "./types";

export { EMPTY_NOTE };

export const DEFAULT_COMMITTEE_NAME = "伊勢崎市まち・ひと・しごと創生会議";
export const STRATEGY_HEADING = "戦略全体に関する意見";
/** The committee's meetings sheet, as the workbook names it (workbook/comment-columns.ts MEETINGS_SHEET). */
const MEETINGS_SHEET_NAME = "会議";
export const UNKNOWN_TARGET_HEADING = "対象が戦略にない意見（対象IDを確認してください）";

export interface MinutesInput {
  readonly dataset: Pick<Dataset, "basicGoals" | "subGoals" | "measures" | "indicators">;
  readonly meetingNumber: number;
  readonly meetings: readonly MinutesMeeting[];
  readonly members: readonly Member[];
  /** All comments; those of other meetings are ignored. */
  readonly comments: readonly CommentRecord[];
  /** The workbook's values per indicator id. */
  readonly statusById: ReadonlyMap<string, StatusSnapshot>;
  readonly committeeName?: string;
}

function indicatorHeading(ind: Pick<Indicator, "id" | "name" | "part">): string {
  return `${ind.id} ${ind.part ? `${ind.name}（${ind.part}）` : ind.name}`;
}
const subGoalHeading = (s: Pick<SubGoal, "id" | "title">): string => `${s.id} ${s.title}`;
const measureHeading = (m: Pick<Measure, "id" | "symbol" | "title">): string => `${m.id} ${m.symbol}${m.title}`;

function targetKey(t: CommentTarget): string {
  return t.kind === "strategy" ? "strategy" : `${t.kind}:${t.id}`;
}

function summaryOf(comments: readonly CommentRecord[]): MinutesSummary {
  return {
    total: comments.length,
    byCategory: COMMENT_CATEGORIES.map((key) => ({ key, count: comments.filter((c) => c.category === key).length })),
    byStatus: COMMENT_STATUSES.map((key) => ({ key, count: comments.filter((c) => c.status === key).length })),
  };
}

export function buildMinutes(input: MinutesInput): MinutesResult {
  const meeting = input.meetings.find((m) => m.number === input.meetingNumber);
  if (!meeting) {
    const meetings = [...new Set(input.meetings.map((m) => m.number))].sort((a, b) => a - b);
    const text = (lang: Lang) => {
      const list =
        meetings.length > 0
          ? meetings
              .map((number) => translate(lang, "minutes.meetingListItem", { number }))
              .join(translate(lang, "minutes.meetingListSeparator"))
          : translate(lang, "minutes.meetingListNone");
      const params = { number: input.meetingNumber, sheet: MEETINGS_SHEET_NAME, meetings: list };
      return translate(lang, "minutes.unknownMeeting", params);
    };
    return { ok: false, code: "UnknownMeeting", message: text("ja"), messageEn: text("en"), meetings };
  }
  const { dataset, members } = input;
  const problems: string[] = [];
  const committee = input.committeeName ?? DEFAULT_COMMITTEE_NAME;
  const meetingName = `第${meeting.number}回 ${committee}`;

  // The recorded order is the order of 議事の経過, and the order within each group of the appendix.
  const comments = input.comments.filter((c) => c.meeting === meeting.number).sort(recordedOrder);

  const indicatorById = new Map(dataset.indicators.map((i) => [i.id, i]));
  const labelOf = (t: CommentTarget): string => {
    if (t.kind === "strategy") return "全体";
    if (t.kind === "indicator") {
      const ind = indicatorById.get(t.id);
      return ind ? indicatorHeading(ind) : t.id;
    }
    if (t.kind === "measure") {
      const m = dataset.measures.find((x) => x.id === t.id);
      return m ? measureHeading(m) : t.id;
    }
    const s = dataset.subGoals.find((x) => x.id === t.id);
    return s ? subGoalHeading(s) : t.id;
  };

  const toEntry = (c: CommentRecord, i: number): CommentEntry => {
    const member = members.find((m) => m.id === c.speakerId);
    if (!member) problems.push(`意見 ${c.id} の発言者ID「${c.speakerId}」は委員名簿にありません`);
    return {
      number: i + 1,
      id: c.id,
      speaker: member ? `${c.speakerName} ${member.role}` : c.speakerName,
      speakerName: c.speakerName,
      category: c.category,
      text: c.text,
      response: c.response,
      status: c.status,
      target: c.target,
      targetLabel: labelOf(c.target),
      recordedAt: c.recordedAt,
      recordedBy: c.recordedBy,
    };
  };
  const times = meetingTimes(meeting, problems);
  const statements = comments.map(toEntry);
  const entryByRecord = new Map(comments.map((c, i) => [c, statements[i] as CommentEntry]));
  const entryOf = (c: CommentRecord): CommentEntry => entryByRecord.get(c) as CommentEntry;

  const byTarget = new Map<string, CommentRecord[]>();
  for (const c of comments) {
    const key = targetKey(c.target);
    byTarget.set(key, [...(byTarget.get(key) ?? []), c]);
  }
  const placed = new Set<CommentRecord>();
  const take = (key: string): CommentEntry[] => {
    const found = byTarget.get(key) ?? [];
    found.forEach((c) => placed.add(c));
    return found.map(entryOf);
  };
  const indicatorEntries = (inds: readonly Indicator[]): IndicatorEntry[] =>
    inds.flatMap((ind) => {
      const list = take(`indicator:${ind.id}`);
      if (list.length === 0) return [];
      const snapshot = input.statusById.get(ind.id) ?? null;
      return [
        {
          id: ind.id,
          heading: indicatorHeading(ind),
          unit: ind.unit,
          snapshot,
          span: baselineToTarget(ind, snapshot),
          status: currentStatus(ind, snapshot),
          statusLine: `${baselineToTarget(ind, snapshot)}／${currentStatus(ind, snapshot)}`,
          comments: list,
        },
      ];
    });
  const nonEmpty = (g: MinutesGroup): boolean =>
    g.comments.length > 0 || g.indicators.length > 0 || g.children.length > 0;

  const sections: MinutesGroup[] = [];
  const strategy = take("strategy");
  if (strategy.length > 0) {
    sections.push({
      kind: "strategy",
      id: "全体",
      heading: STRATEGY_HEADING,
      level: 1,
      comments: strategy,
      indicators: [],
      children: [],
    });
  }
  for (const goal of dataset.basicGoals) {
    const subGroups = dataset.subGoals
      .filter((s) => s.basicGoalId === goal.id)
      .map((s): MinutesGroup => {
        const measures = dataset.measures
          .filter((m) => m.subGoalId === s.id)
          .map((m): MinutesGroup => ({
            kind: "measure",
            id: m.id,
            heading: measureHeading(m),
            level: 3,
            comments: take(`measure:${m.id}`),
            indicators: indicatorEntries(dataset.indicators.filter((i) => i.measureId === m.id)),
            children: [],
          }))
          .filter(nonEmpty);
        return {
          kind: "subGoal",
          id: s.id,
          heading: subGoalHeading(s),
          level: 2,
          comments: take(`subGoal:${s.id}`),
          indicators: indicatorEntries(dataset.indicators.filter((i) => i.subGoalId === s.id && i.measureId === null)),
          children: measures,
        };
      })
      .filter(nonEmpty);
    const group: MinutesGroup = {
      kind: "basicGoal",
      id: goal.id,
      heading: `基本目標${goal.id} ${goal.title}`,
      level: 1,
      comments: [],
      indicators: [],
      children: subGroups,
    };
    if (nonEmpty(group)) sections.push(group);
  }
  const leftover = comments.filter((c) => !placed.has(c));
  if (leftover.length > 0) {
    for (const c of leftover) problems.push(`意見 ${c.id} の対象「${labelOf(c.target)}」は戦略のデータにありません`);
    sections.push({
      kind: "unknownTarget",
      id: "対象不明",
      heading: UNKNOWN_TARGET_HEADING,
      level: 1,
      comments: leftover.map(entryOf),
      indicators: [],
      children: [],
    });
  }

  const minutes: MinutesDocument = {
    meetingNumber: meeting.number,
    meetingName,
    title: `${meetingName} 会議録`,
    header: headerRows(meeting, meetingName, times, members, problems),
    proceedings: buildProceedings(times, meeting.agenda, statements),
    summary: summaryOf(comments),
    sections,
    problems,
  };
  return { ok: true, minutes };
}

/** Every comment entry of the document in the order of 議事の経過 (for flat outputs: CSV, tests). */
export function commentsInOrder(doc: MinutesDocument): CommentEntry[] {
  return [...doc.proceedings.statements];
}

/** Every comment entry as the appendix lists them, grouped by target (tests: each is placed exactly once). */
export function commentsInAppendix(doc: MinutesDocument): CommentEntry[] {
  const out: CommentEntry[] = [];
  const walk = (g: MinutesGroup): void => {
    out.push(...g.comments);
    for (const ind of g.indicators) out.push(...ind.comments);
    g.children.forEach(walk);
  };
  doc.sections.forEach(walk);
  return out;
}
