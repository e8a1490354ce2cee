/**
 * The 効果検証報告書 of one 評価年度 as data (issue #12 §6), pure: the .docx formatter
 * (src/adapters/docx/report-docx.ts) and the open-data CSV (report-csv.ts) both print this model.
 *
 * Values: a closed year (records 「確定」 in 「評価履歴」) reports its frozen values and grades; an indicator without a
 * closed record of the year (an open year, or one added after the close) reports what the status twin works out from
 * the actuals typed into 「KPI一覧」 against the target in force (target-in-force.ts), marked 「暫定」. The yearly
 * actuals are always those of 「KPI一覧」 up to the year; where they differ from a frozen 最新実績, a note says so.
 */
import type { CommentRecord, Meeting } from "../comments/types";
import { indicatorLabel, measureLabel, subGoalLabel } from "../dataset/labels";
import type { Dataset, Indicator } from "../dataset/schema";
import { planYearRange } from "../dataset/workbook-limits";
import { periodLabel, type PeriodBasis } from "../periods";
import { GRADES, directionInfo, evaluateIndicator, statusInputOf, type Grade } from "../status";
import { evaluationProblem, type EvaluationProblem } from "./problems";
import { commentsByCycle, cycleRule, type ReportComment } from "./report-opinions";
import { targetInForce } from "./target-in-force";
import {
  CLOSED_STATES,
  COMMITTEE_GRADES,
  WHOLE_STRATEGY,
  basicGoalTarget,
  type ClosedRecord,
  type EvaluationEntry,
  type SummaryOpinion,
  type TargetRevision,
} from "./types";

export type { ReportComment };

export type ReportDataset = Pick<Dataset, "plan" | "basicGoals" | "subGoals" | "measures" | "indicators">;

export interface ReportInput {
  readonly year: number;
  readonly dataset: ReportDataset;
  /** 順調閾値 k. */
  readonly k: number;
  /** The actuals typed into 「KPI一覧」's year columns, by indicator id and western year. */
  readonly actualsById: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** 「KPI一覧」's 担当課, where the sheet has the column. */
  readonly departmentById?: ReadonlyMap<string, string>;
  readonly entries: readonly EvaluationEntry[];
  readonly opinions: readonly SummaryOpinion[];
  readonly closed: readonly ClosedRecord[];
  readonly revisions: readonly TargetRevision[];
  readonly comments: readonly CommentRecord[];
  readonly meetings: readonly Meeting[];
}

/** 委員会評価 not given yet. */
export const NOT_JUDGED = "未判定";
export type CommitteeCount = (typeof COMMITTEE_GRADES)[number] | typeof NOT_JUDGED;
export const COMMITTEE_COUNTED: readonly CommitteeCount[] = [...COMMITTEE_GRADES, NOT_JUDGED];

export interface ReportValue {
  readonly year: number;
  readonly value: number;
}

export interface ReportIndicator {
  readonly id: string;
  readonly name: string;
  readonly subGoal: string;
  readonly measure: string;
  readonly department: string;
  readonly unit: string;
  readonly decimals: number;
  readonly basis: PeriodBasis;
  readonly baseline: { readonly value: number | null; readonly year: number; readonly printed: string };
  readonly target: { readonly value: number | null; readonly year: number; readonly printed: string };
  /** The revision in force for the year; null when the original target applies. */
  readonly revision: TargetRevision | null;
  /** The actuals typed into 「KPI一覧」, years up to the report's. */
  readonly actuals: readonly ReportValue[];
  readonly latest: number | null;
  readonly latestYear: number | null;
  readonly progress: number | null;
  readonly formulaGrade: Grade;
  readonly committeeGrade: string;
  readonly committeeReason: string;
  readonly externalFactor: string;
  readonly analysis: string;
  readonly issues: string;
  readonly direction: string;
  /** False: the frozen record of a closed year; true: live values (暫定). */
  readonly provisional: boolean;
  /** The straight path from the 判定基準 to the target in force; null without one (maintain, no 判定基準値). */
  readonly path: { readonly from: ReportValue; readonly to: ReportValue } | null;
  readonly comments: readonly ReportComment[];
  readonly previousComments: readonly ReportComment[];
  /** Sentences about this indicator's figures (a frozen value that 「KPI一覧」 now shows differently). */
  readonly notes: readonly string[];
}

export interface ReportGoal {
  readonly id: string;
  /** 「基本目標1 しごとの創生」 */
  readonly heading: string;
  readonly formulaCounts: readonly { readonly grade: Grade; readonly count: number }[];
  readonly committeeCounts: readonly { readonly grade: CommitteeCount; readonly count: number }[];
  readonly opinion: string;
  readonly indicators: readonly ReportIndicator[];
}

export interface ReportModel {
  readonly year: number;
  /** 「令和7年度(2025)」 */
  readonly yearLabel: string;
  readonly title: string;
  readonly planTitle: string;
  /** closed: every indicator from the closed record; provisional: none; mixed: some. */
  readonly state: "closed" | "provisional" | "mixed";
  readonly closedAt: string;
  readonly k: number;
  readonly legend: readonly { readonly grade: string; readonly text: string }[];
  readonly method: readonly string[];
  readonly goals: readonly ReportGoal[];
  /** 総括意見 「全体」. */
  readonly overallOpinion: string;
  /** Comments on 施策, sub-goals and the whole strategy of the year's cycle (per indicator ones sit with it). */
  readonly generalComments: readonly ReportComment[];
  readonly notes: readonly string[];
}

export type ReportResult =
  | { readonly ok: true; readonly report: ReportModel }
  | { readonly ok: false; readonly problems: readonly EvaluationProblem[] };

const PROVISIONAL = "暫定";
export const PROVISIONAL_MARK = `（${PROVISIONAL}）`;

function methodOf(year: number, k: number, state: ReportModel["state"]): string[] {
  const values =
    state === "closed"
      ? `${periodLabel(year, "fiscal")}の評価は確定済みです。確定時に「評価履歴」へ記録した値（最新実績・達成率・評価）を掲載しています。`
      : state === "mixed"
        ? `${periodLabel(year, "fiscal")}の評価は確定済みですが、確定後に加わった指標は現時点の値を「${PROVISIONAL}」として掲載しています。`
        : `${periodLabel(year, "fiscal")}の評価は未確定です。掲載した値と評価は現時点の「KPI一覧」の実績による${PROVISIONAL}値で、確定時に変わることがあります。`;
  return [
    "各指標の実績値から、基準値から目標値までの達成率と、計画期間の経過に応じた期待進捗を求め、下表の基準で評価（算定）しました。" +
      "目標値が見直された指標は、見直し後の目標値（適用目標値）で評価しています。",
    `順調閾値は ${k} です（「B 順調」は達成率が「期待進捗 × ${k}」以上のとき）。`,
    "委員会評価は、算定結果に外的要因や指標の性質を踏まえて委員会が判断した評価です（「評価保留」は判断を留保したもの）。",
    values,
    cycleRule(year),
  ];
}

const inYear = (r: { readonly year: number }, year: number): boolean => r.year === year;

function indicatorOf(input: ReportInput, ind: Indicator, ctx: Context): ReportIndicator {
  const { year } = input;
  const base = statusInputOf(ind);
  const inForce = targetInForce({ target: base.target, targetYear: base.targetYear }, input.revisions, ind.id, year);
  const statusInput = { ...base, target: inForce.target, targetYear: inForce.targetYear };
  const typed = input.actualsById.get(ind.id) ?? new Map<number, number>();
  const actuals = [...typed]
    .filter(([y, v]) => y <= year && Number.isFinite(v))
    .sort(([a], [b]) => a - b)
    .map(([y, v]) => ({ year: y, value: v }));
  const live = evaluateIndicator(statusInput, typed, { evaluationYear: year, k: input.k });
  const closed = ctx.closedById.get(ind.id);
  const entry = ctx.entryById.get(ind.id);
  const notes: string[] = [];
  if (closed && closed.latestYear !== null && closed.latest !== null) {
    const now = typed.get(closed.latestYear);
    if (now !== closed.latest) {
      const shown = now === undefined ? "空欄" : String(now);
      notes.push(
        `確定後に「KPI一覧」の${closed.latestYear}年度の実績が変わっています（確定値 ${closed.latest}、現在 ${shown}）。`,
      );
    }
  }
  const path =
    statusInput.target === null || statusInput.base === null || directionInfo(statusInput.rule).maintain
      ? null
      : {
          from: { year: statusInput.baseYear, value: statusInput.base },
          to: { year: statusInput.targetYear, value: statusInput.target },
        };
  return {
    id: ind.id,
    name: indicatorLabel(ind),
    subGoal: ctx.subGoalLabel.get(ind.subGoalId) ?? ind.subGoalId,
    measure: ind.measureId ? (ctx.measureLabel.get(ind.measureId) ?? ind.measureId) : "",
    department: input.departmentById?.get(ind.id) || entry?.department || ind.department || "",
    unit: ind.unit,
    decimals: ind.decimals,
    basis: ind.target.period.basis,
    baseline: { value: ind.baseline.value, year: ind.baseline.period.year, printed: ind.baseline.printed },
    target: { value: base.target, year: base.targetYear, printed: ind.target.printed },
    revision: inForce.revision,
    actuals,
    latest: closed ? closed.latest : live.latest,
    latestYear: closed ? closed.latestYear : live.latestYear,
    progress: closed ? closed.progress : live.progress,
    formulaGrade: closed ? closed.formulaGrade : live.grade,
    committeeGrade: closed ? closed.committeeGrade : (entry?.committeeGrade ?? ""),
    committeeReason: entry?.committeeReason ?? "",
    externalFactor: closed ? closed.externalFactor : (entry?.externalFactor ?? ""),
    analysis: entry?.analysis ?? "",
    issues: entry?.issues ?? "",
    direction: entry?.direction ?? "",
    provisional: !closed,
    path: path && path.from.value !== path.to.value ? path : null,
    comments: ctx.commentsOf(ind.id, "current"),
    previousComments: ctx.commentsOf(ind.id, "previous"),
    notes,
  };
}

interface Context {
  readonly closedById: ReadonlyMap<string, ClosedRecord>;
  readonly entryById: ReadonlyMap<string, EvaluationEntry>;
  readonly subGoalLabel: ReadonlyMap<string, string>;
  readonly measureLabel: ReadonlyMap<string, string>;
  readonly commentsOf: (id: string, which: "current" | "previous") => ReportComment[];
}

function counts<G extends string>(grades: readonly G[], of: readonly G[]): { grade: G; count: number }[] {
  return grades.map((grade) => ({ grade, count: of.filter((g) => g === grade).length }));
}

/** The report of `input.year`; refused (yearOutsidePlan) for a year the plan has no column for. */
export function buildReport(input: ReportInput): ReportResult {
  const { year, dataset } = input;
  const range = planYearRange(dataset.plan);
  if (!Number.isInteger(year) || year < range.first || year > range.last) {
    return {
      ok: false,
      problems: [
        evaluationProblem("year", "yearOutsidePlan", { field: "year", year, from: range.first, to: range.last }),
      ],
    };
  }
  const closedRecords = input.closed.filter((r) => inYear(r, year) && r.state === CLOSED_STATES.current);
  const cycle = commentsByCycle(year, input.comments, input.meetings);
  const byTarget = (list: readonly CommentRecord[], id: string): ReportComment[] =>
    list.filter((c) => c.target.kind === "indicator" && c.target.id === id).map(cycle.toReport);
  const ctx: Context = {
    closedById: new Map(closedRecords.map((r) => [r.indicatorId, r])),
    entryById: new Map(input.entries.filter((e) => inYear(e, year)).map((e) => [e.indicatorId, e])),
    subGoalLabel: new Map(dataset.subGoals.map((s) => [s.id, subGoalLabel(s)])),
    measureLabel: new Map(dataset.measures.map((m) => [m.id, measureLabel(m)])),
    commentsOf: (id, which) => byTarget(which === "current" ? cycle.current : cycle.previous, id),
  };
  const opinionOf = (target: string): string =>
    input.opinions.find((o) => inYear(o, year) && o.target === target)?.text ?? "";
  const goalOfSubGoal = new Map(dataset.subGoals.map((s) => [s.id, s.basicGoalId]));
  const goals = dataset.basicGoals.map((g): ReportGoal => {
    const indicators = dataset.indicators
      .filter((ind) => goalOfSubGoal.get(ind.subGoalId) === g.id)
      .map((ind) => indicatorOf(input, ind, ctx));
    return {
      id: g.id,
      heading: `${basicGoalTarget(g.id)} ${g.title}`,
      formulaCounts: counts(
        GRADES.map((x) => x.grade),
        indicators.map((i) => i.formulaGrade),
      ),
      committeeCounts: counts(
        COMMITTEE_COUNTED,
        indicators.map((i) => (i.committeeGrade === "" ? NOT_JUDGED : (i.committeeGrade as CommitteeCount))),
      ),
      opinion: opinionOf(basicGoalTarget(g.id)),
      indicators,
    };
  });
  const all = goals.flatMap((g) => g.indicators);
  const closedCount = all.filter((i) => !i.provisional).length;
  const state = closedCount === 0 ? "provisional" : closedCount === all.length ? "closed" : "mixed";
  const notes: string[] = [];
  if (cycle.undated > 0) {
    notes.push(
      `開催日が読めない会議の委員意見 ${cycle.undated}件は、どの年度の意見か決められないため掲載していません。`,
    );
  }
  const title = `${periodLabel(year, "fiscal").replace(/\(\d+\)$/, "")} ${dataset.plan.title} 効果検証報告書`;
  return {
    ok: true,
    report: {
      year,
      yearLabel: periodLabel(year, "fiscal"),
      title: state === "closed" ? title : `${title}${PROVISIONAL_MARK}`,
      planTitle: dataset.plan.title,
      state,
      closedAt: closedRecords[0]?.closedAt ?? "",
      k: input.k,
      legend: GRADES.map((g) => ({ grade: g.grade, text: g.legend })),
      method: methodOf(year, input.k, state),
      goals,
      overallOpinion: opinionOf(WHOLE_STRATEGY),
      generalComments: cycle.current.filter((c) => c.target.kind !== "indicator").map(cycle.toReport),
      notes,
    },
  };
}
