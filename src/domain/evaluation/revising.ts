/**
 * A target revision (issue #12 §3), pure: a request checked against 「KPI一覧」 (the indicator and its original target),
 * the plan period, the closed years and the ledger, and the 「指標見直し」 record it becomes. The original target stays
 * in 「KPI一覧」; the ledger row carries both.
 *
 * Refused: an unknown indicator; a value that is not a number; a year outside the plan; a revision from a year at or
 * before a closed year (it would change how that year is graded, and a closed year is immutable); a second revision
 * of one indicator from one year (which applies would be a guess); an empty reason (the ledger says why).
 */
import { evaluationProblem, type EvaluationProblem } from "./problems";
import type { TargetRevision } from "./types";

export interface RevisionRequest {
  readonly indicatorId: string;
  /** The revised target, as typed (a number, or text such as 「1,200」). */
  readonly value: number | string;
  /** The revised target year; null/undefined keeps the original one. */
  readonly targetYear?: number | null;
  readonly fromYear: number;
  readonly reason: string;
  readonly meeting?: number | null;
}

export interface RevisionContext {
  /** 「KPI一覧」's indicators: id, 指標名 and the original 目標値 / 目標年度. */
  readonly indicators: readonly {
    readonly id: string;
    readonly name: string;
    readonly target: number | null;
    readonly targetYear: number | null;
  }[];
  readonly planYears: { readonly first: number; readonly last: number };
  /** 評価年度 with a record in force in 「評価履歴」. */
  readonly closedYears: readonly number[];
  /** The ledger as read, each with where it is (「指標見直し 3行目」). */
  readonly revisions: readonly { readonly record: TargetRevision; readonly at: string }[];
  /** ISO date-time of the entry. */
  readonly recordedAt: string;
}

export type RevisionResult =
  | { readonly ok: true; readonly revision: TargetRevision }
  | { readonly ok: false; readonly problems: readonly EvaluationProblem[] };

function numberOf(value: number | string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = value
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/,/g, "")
    .trim();
  const n = text === "" ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : null;
}

export function buildRevision(request: RevisionRequest, context: RevisionContext): RevisionResult {
  const problems: EvaluationProblem[] = [];
  const { first, last } = context.planYears;
  const id = request.indicatorId.trim();
  const indicator = context.indicators.find((i) => i.id === id);
  if (!indicator) problems.push(evaluationProblem("indicatorId", "unknownIndicator", { value: id }));
  const value = numberOf(request.value);
  if (value === null) {
    problems.push(
      evaluationProblem("revisedTarget", "notANumber", { field: "revisedTarget", value: String(request.value) }),
    );
  }
  const inPlan = (field: string, year: number): boolean => {
    if (Number.isInteger(year) && year >= first && year <= last) return true;
    problems.push(evaluationProblem(field, "yearOutsidePlan", { field, year, from: first, to: last }));
    return false;
  };
  const fromYear = request.fromYear;
  if (inPlan("fromYear", fromYear)) {
    const closed = Math.max(-Infinity, ...context.closedYears);
    if (fromYear <= closed) {
      problems.push(evaluationProblem("fromYear", "closedYear", { fromYear, closed, next: closed + 1 }));
    }
  }
  const targetYear = request.targetYear ?? null;
  if (targetYear !== null) inPlan("revisedTargetYear", targetYear);
  const same = context.revisions.find((r) => r.record.indicatorId === id && r.record.fromYear === fromYear);
  if (same) problems.push(evaluationProblem("fromYear", "duplicateRevision", { id, fromYear, at: same.at }));
  const reason = request.reason.trim();
  if (reason === "") problems.push(evaluationProblem("reason", "required", { field: "reason" }));
  const meeting = request.meeting ?? null;
  if (meeting !== null && (!Number.isInteger(meeting) || meeting < 1)) {
    problems.push(evaluationProblem("meeting", "notANumber", { field: "meeting", value: String(meeting) }));
  }
  if (problems.length > 0 || !indicator || value === null) return { ok: false, problems };
  return {
    ok: true,
    revision: {
      indicatorId: id,
      name: indicator.name,
      originalTarget: indicator.target,
      originalTargetYear: indicator.targetYear,
      revisedTarget: value,
      revisedTargetYear: targetYear,
      fromYear,
      reason,
      meeting,
      recordedAt: context.recordedAt,
    },
  };
}
