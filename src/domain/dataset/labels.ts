/** Display labels built from the dataset (the sheets, the ledger and the reports name things alike); 「概要」 counts by the 基本目標 label, so both sheets use these. */
import type { Indicator, Measure, SubGoal } from "./schema";

/** 「健康寿命（男性）」: the part of a split indicator joins its name. */
export function indicatorLabel(ind: Pick<Indicator, "name" | "part">): string {
  return ind.part ? `${ind.name}（${ind.part}）` : ind.name;
}

/** 「1-1 安定した雇用の創出」 */
export function subGoalLabel(subGoal: Pick<SubGoal, "id" | "title">): string {
  return `${subGoal.id} ${subGoal.title}`;
}

/** 「1-1-2 ②創業支援」 */
export function measureLabel(measure: Pick<Measure, "id" | "symbol" | "title">): string {
  return `${measure.id} ${measure.symbol}${measure.title}`;
}
