/**
 * Which target grades an indicator in a 評価年度 (issue #12 §3): the latest revision whose 適用開始年度 is at or
 * before the year, else the original. The 「KPI一覧」 formulas (適用目標値 / 適用目標年度) compute the same from the
 * 「指標見直し」 sheet; closing a year and the report use this.
 */
import type { TargetRevision } from "./types";

export interface TargetInForce {
  readonly target: number | null;
  readonly targetYear: number;
  /** The revision in force; null when the original target applies. */
  readonly revision: TargetRevision | null;
}

export function targetInForce(
  original: { readonly target: number | null; readonly targetYear: number },
  revisions: readonly TargetRevision[],
  indicatorId: string,
  evaluationYear: number,
): TargetInForce {
  let best: TargetRevision | null = null;
  for (const r of revisions) {
    if (r.indicatorId !== indicatorId || r.fromYear > evaluationYear) continue;
    // Two revisions from the same year: the later entry wins (the ledger is in the order they were made).
    if (best === null || r.fromYear >= best.fromYear) best = r;
  }
  if (best === null) return { target: original.target, targetYear: original.targetYear, revision: null };
  return { target: best.revisedTarget, targetYear: best.revisedTargetYear ?? original.targetYear, revision: best };
}
