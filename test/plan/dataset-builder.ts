/** Test helper: a small valid Dataset from indicator sketches (for random and hand-made cases). */
import { type Dataset, datasetSchema, type Indicator } from "../../src/domain/dataset/schema";
import { periodLabel } from "../../src/domain/periods";
import type { StatusRule } from "../../src/domain/status";

export interface IndicatorSketch {
  readonly rule: StatusRule;
  readonly baseline: number | null;
  readonly baselineYear: number;
  /** When set, the ※ reference the judgement uses instead of the baseline. */
  readonly reference?: { readonly value: number; readonly year: number };
  readonly target: number | null;
  readonly targetYear: number;
  readonly basis: "fiscal" | "calendar";
  readonly unit?: string;
  readonly decimals?: number;
  readonly actuals: readonly (readonly [number, number])[];
  /** 0-based sub-goal the indicator belongs to (sub-goals "1-1", "1-2", "2-1"). */
  readonly subGoal?: number;
}

const SUB_GOALS = [
  { id: "1-1", basicGoalId: "1", title: "安定した雇用の創出", basicDirection: "test" },
  { id: "1-2", basicGoalId: "1", title: "ひとの流れの創出", basicDirection: "test" },
  { id: "2-1", basicGoalId: "2", title: "結婚・出産・子育ての希望の実現", basicDirection: "test" },
];

const period = (year: number, basis: "fiscal" | "calendar") => ({
  printed: periodLabel(year, basis).replace(/\(\d+\)$/, ""),
  basis,
  year,
});

function indicator(s: IndicatorSketch, i: number): Indicator {
  const sg = SUB_GOALS[(s.subGoal ?? 0) % SUB_GOALS.length] as (typeof SUB_GOALS)[number];
  const direction = s.rule === "increase" || s.rule === "decrease" ? s.rule : "maintain";
  const unit = s.unit ?? "件";
  return {
    id: `${sg.id}-K1-${i + 1}`,
    kind: "kpi",
    subGoalId: sg.id,
    measureId: `${sg.id}-1`,
    name: `指標${i + 1}`,
    part: null,
    unit,
    decimals: s.decimals ?? 0,
    baseline: {
      printed: s.baseline === null ? "－" : `${s.baseline}${unit}`,
      value: s.baseline,
      period: period(s.baselineYear, s.basis),
    },
    target:
      s.target === null
        ? {
            printed: "※設定予定",
            value: null,
            period: period(s.targetYear, s.basis),
            deferred: { reason: "後の計画で設定予定" },
          }
        : { printed: `${s.target}${unit}`, value: s.target, period: period(s.targetYear, s.basis) },
    direction,
    bound: s.rule === "ceiling" ? "ceiling" : s.rule === "floor" || s.rule === "everyDay" ? "floor" : null,
    cumulative: false,
    everyDayOfYear: s.rule === "everyDay",
    reference: s.reference
      ? {
          printed: `${s.reference.value}${unit}`,
          value: s.reference.value,
          period: period(s.reference.year, s.basis),
          note: "※テスト用の判定基準値",
        }
      : null,
    notes: [],
    verification: null,
    department: null,
    sourceLines: [1],
    actuals: s.actuals.map(([year, value]) => ({ year, value })),
  };
}

export function datasetOf(sketches: readonly IndicatorSketch[]): Dataset {
  return datasetSchema.parse({
    datasetVersion: "0.0.1",
    datasetDate: "2026-11-24",
    source: { file: "test", title: "generated" },
    plan: {
      title: "テスト戦略",
      from: period(2021, "fiscal"),
      to: period(2027, "fiscal"),
      vision: "テスト",
      plannedPopulation: { printed: "210,000人", value: 210000 },
      revision: "",
    },
    basicGoals: [
      { id: "1", title: "しごとの創生" },
      { id: "2", title: "ひとの創生" },
    ],
    subGoals: SUB_GOALS,
    measures: SUB_GOALS.map((sg) => ({
      id: `${sg.id}-1`,
      subGoalId: sg.id,
      no: 1,
      symbol: "①",
      title: "施策",
      description: "test",
      initiatives: ["test"],
    })),
    indicators: sketches.map(indicator),
  });
}
