/**
 * The forward view of an indicator (issue #12), the TypeScript twin of 「KPI一覧」's 必要値 / 見込み / 見込み評価 and
 * 前回評価 (src/plan/forward-formulas.ts). Pure and synchronous.
 *
 *   必要値   b + (T − b) × clip((評価年度 − y0) / (Y − y0), 0, 1)   (Y = y0 → T)
 *   見込み   the least-squares line through the (year, actual) pairs up to 評価年度, at Y (two numbers at least)
 *   見込み評価 「達成見込み」 when 見込み is on the good side of T (compared at 9 decimals), else 「未達見込み」
 *
 * T, Y are the target in force (statusInputInForce), b, y0 the 判定基準. Only 増加 / 減少 have a path; maintain
 * directions and rows without a target have no forward view (null).
 */
import { targetInForce } from "./evaluation/target-in-force";
import type { TargetRevision } from "./evaluation/types";
import { CMP_PLACES, directionInfo, gradeSymbol, roundTo, type Grade, type StatusInput } from "./status";

/** 見込み評価's texts (a contract: the sheet shows them). */
export const FORWARD_GRADES = { reaches: "達成見込み", misses: "未達見込み" } as const;
export type ForwardGrade = (typeof FORWARD_GRADES)[keyof typeof FORWARD_GRADES];

/** The status input graded against the target in force for `evaluationYear` (「指標見直し」's revisions). */
export function statusInputInForce(
  input: StatusInput,
  revisions: readonly TargetRevision[],
  indicatorId: string,
  evaluationYear: number,
): StatusInput {
  const t = targetInForce(input, revisions, indicatorId, evaluationYear);
  return t.revision === null ? input : { ...input, target: t.target, targetYear: t.targetYear };
}

const hasPath = (input: StatusInput): boolean => !directionInfo(input.rule).maintain && input.target !== null;

/** 必要値: where the straight path from the 判定基準 to the target stands in 評価年度; null without a 判定基準値. */
export function requiredValue(input: StatusInput, evaluationYear: number): number | null {
  if (!hasPath(input) || input.base === null || input.target === null) return null;
  const span = input.targetYear - input.baseYear;
  const share = span === 0 ? 1 : Math.max(0, Math.min(1, (evaluationYear - input.baseYear) / span));
  return input.base + (input.target - input.base) * share;
}

/** 見込み: the least-squares trend of the actuals up to 評価年度, at the target year; null with fewer than two. */
export function projection(
  input: StatusInput,
  actuals: ReadonlyMap<number, number>,
  evaluationYear: number,
): number | null {
  if (!hasPath(input)) return null;
  // x = year − Y, as the formula has it (the line's value at Y is its intercept; small x keep the sums exact).
  let n = 0;
  let sx = 0;
  let sxx = 0;
  let sy = 0;
  let sxy = 0;
  for (const [year, value] of actuals) {
    if (year > evaluationYear || !Number.isFinite(value)) continue;
    const x = year - input.targetYear;
    n += 1;
    sx += x;
    sxx += x * x;
    sy += value;
    sxy += x * value;
  }
  if (n < 2) return null;
  return (sy * sxx - sx * sxy) / (n * sxx - sx * sx);
}

/** 見込み評価: does the trend reach the target in force by its year? null without a 見込み. */
export function projectionGrade(input: StatusInput, projected: number | null): ForwardGrade | null {
  if (projected === null || input.target === null || !hasPath(input)) return null;
  const p = roundTo(projected, CMP_PLACES);
  const t = roundTo(input.target, CMP_PLACES);
  const reaches = directionInfo(input.rule).side === "atLeast" ? p >= t : p <= t;
  return reaches ? FORWARD_GRADES.reaches : FORWARD_GRADES.misses;
}

/** 前回評価: 「C → B」 (each grade's symbol: 「−」 未評価, 「／」 目標未設定); null when the previous year is not closed. */
export function previousGradeText(previous: Grade | null, current: Grade): string | null {
  if (previous === null) return null;
  return `${gradeSymbol(previous)} → ${gradeSymbol(current)}`;
}
