/**
 * The committee's yearly 効果検証 as data (issue #12), with no workbook in sight: what a department and the committee
 * enter per indicator and 評価年度, the committee's 総括意見, the frozen record of a closed year, and the ledger of
 * target revisions. The sheets that hold them are contracts in src/workbook/evaluation-columns.ts.
 */
import type { Grade } from "../status";

/** 今後の方向性, as the departments answer it (a contract: the sheet's list validation offers exactly these). */
export const EVALUATION_DIRECTIONS = ["拡大", "改善", "継続", "縮小", "廃止"] as const;
export type EvaluationDirection = (typeof EVALUATION_DIRECTIONS)[number];

/** 委員会評価: one of the formula's four judged grades, or 評価保留 (the committee defers its judgement). */
export const COMMITTEE_GRADES = ["A 達成", "B 順調", "C 遅れ", "D 悪化", "評価保留"] as const;
export type CommitteeGrade = (typeof COMMITTEE_GRADES)[number];

/** 総括意見 is given per 基本目標 (「基本目標1」) and for the strategy as a whole (「全体」). */
export const WHOLE_STRATEGY = "全体";
export const basicGoalTarget = (basicGoalId: string): string => `基本目標${basicGoalId}`;

/** One row of 「評価」: an indicator in one 評価年度. Empty text is "", never undefined. */
export interface EvaluationEntry {
  readonly year: number;
  readonly indicatorId: string;
  readonly name: string;
  readonly department: string;
  /** 要因分析 (the department's analysis of the result). */
  readonly analysis: string;
  /** 課題. */
  readonly issues: string;
  /** 今後の方向性; "" when not given. */
  readonly direction: EvaluationDirection | "";
  /** 外的要因: the reason (e.g. 新型コロナウイルス感染症の影響); "" = no outside factor. Non-empty flags the grade. */
  readonly externalFactor: string;
  /** 委員会評価; "" when the committee has not judged. Never overwritten by the formula grade. */
  readonly committeeGrade: CommitteeGrade | "";
  /** 委員会評価の理由. */
  readonly committeeReason: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** One row of 「総括意見」. */
export interface SummaryOpinion {
  readonly year: number;
  /** 「基本目標1」… or 「全体」. */
  readonly target: string;
  readonly text: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** 確定: the record in force for its year; 旧記録: superseded by a re-close (kept, never deleted). */
export const CLOSED_STATES = { current: "確定", superseded: "旧記録" } as const;
export type ClosedState = (typeof CLOSED_STATES)[keyof typeof CLOSED_STATES];

/** One row of 「評価履歴」: an indicator's values and grades of a closed 評価年度, frozen as values. */
export interface ClosedRecord {
  readonly state: ClosedState;
  readonly year: number;
  readonly indicatorId: string;
  readonly name: string;
  readonly latest: number | null;
  readonly latestYear: number | null;
  /** The target in force for `year` (after revisions). */
  readonly target: number | null;
  readonly progress: number | null;
  readonly expected: number | null;
  readonly formulaGrade: Grade;
  readonly committeeGrade: CommitteeGrade | "";
  readonly externalFactor: string;
  readonly datasetVersion: string;
  /** ISO date-time of the close. */
  readonly closedAt: string;
  readonly closedBy: string;
}

/** One row of 「指標見直し」: a target revision. The original target stays in 「KPI一覧」; both are shown. */
export interface TargetRevision {
  readonly indicatorId: string;
  readonly name: string;
  readonly originalTarget: number | null;
  readonly originalTargetYear: number | null;
  readonly revisedTarget: number;
  /** The revised target year; null keeps the original one. */
  readonly revisedTargetYear: number | null;
  /** The first 評価年度 graded against the revised target. */
  readonly fromYear: number;
  readonly reason: string;
  /** The approving meeting's 回; null when not given. */
  readonly meeting: number | null;
  readonly recordedAt: string;
}
