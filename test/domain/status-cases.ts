/**
 * Named status cases, shared by the twin's unit test and the HyperFormula agreement test. Every expected value is
 * worked out by hand in the comment beside it. Defaults: baseline b in 2019 (令和元年度), target t in 2027
 * (令和9年度), 評価年度 2024, k = 1.0.
 */
import type { Grade, StatusInput } from "../../src/domain/status";

const input = (over: Partial<StatusInput>): StatusInput => ({
  rule: "increase",
  base: 100,
  baseYear: 2019,
  target: 200,
  targetYear: 2027,
  ...over,
});
export const actualsMap = (entries: Record<number, number>): Map<number, number> =>
  new Map(Object.entries(entries).map(([y, v]) => [Number(y), v]));

export interface StatusCase {
  readonly name: string;
  readonly input: StatusInput;
  readonly actuals: Record<number, number>;
  readonly evaluationYear?: number;
  readonly k?: number;
  readonly latest: number | null;
  readonly latestYear: number | null;
  readonly progress: number | null;
  readonly expected: number | null;
  readonly grade: Grade;
}

export const CASES: readonly StatusCase[] = [
  // p = (210 − 100) / (200 − 100) = 1.1 ≥ 1; e = (2024 − 2019) / (2027 − 2019) = 5/8 = 0.625
  {
    name: "increase, beyond the target → A",
    input: input({}),
    actuals: { 2024: 210 },
    latest: 210,
    latestYear: 2024,
    progress: 1.1,
    expected: 0.625,
    grade: "A 達成",
  },
  // p = 100/100 = 1 exactly: 達成
  {
    name: "increase, exactly the target → A",
    input: input({}),
    actuals: { 2024: 200 },
    latest: 200,
    latestYear: 2024,
    progress: 1,
    expected: 0.625,
    grade: "A 達成",
  },
  // p = 70/100 = 0.7 ≥ 0.625 × 1.0
  {
    name: "increase, ahead of schedule → B",
    input: input({}),
    actuals: { 2024: 170 },
    latest: 170,
    latestYear: 2024,
    progress: 0.7,
    expected: 0.625,
    grade: "B 順調",
  },
  // p = 50/100 = 0.5 < 0.625
  {
    name: "increase, behind schedule → C",
    input: input({}),
    actuals: { 2024: 150 },
    latest: 150,
    latestYear: 2024,
    progress: 0.5,
    expected: 0.625,
    grade: "C 遅れ",
  },
  // p = 0/100 = 0: no progress yet is 遅れ, not 悪化
  {
    name: "increase, unchanged → C",
    input: input({}),
    actuals: { 2024: 100 },
    latest: 100,
    latestYear: 2024,
    progress: 0,
    expected: 0.625,
    grade: "C 遅れ",
  },
  // p = −10/100 = −0.1 < 0
  {
    name: "increase, below the baseline → D",
    input: input({}),
    actuals: { 2024: 90 },
    latest: 90,
    latestYear: 2024,
    progress: -0.1,
    expected: 0.625,
    grade: "D 悪化",
  },
  // 刑法犯認知件数 (calendar years): p = (1400 − 1634) / (1318 − 1634) = −234 / −316 = 0.740506…; e = 5/8
  {
    name: "decrease, on track → B",
    input: input({ rule: "decrease", base: 1634, target: 1318 }),
    actuals: { 2024: 1400 },
    latest: 1400,
    latestYear: 2024,
    progress: 234 / 316,
    expected: 0.625,
    grade: "B 順調",
  },
  // p = (1700 − 1634) / (−316) = −66/316 = −0.2089 < 0
  {
    name: "decrease, went up → D",
    input: input({ rule: "decrease", base: 1634, target: 1318 }),
    actuals: { 2024: 1700 },
    latest: 1700,
    latestYear: 2024,
    progress: -66 / 316,
    expected: 0.625,
    grade: "D 悪化",
  },
  // p = (1300 − 1634) / (−316) = 334/316 > 1
  {
    name: "decrease, below the target → A",
    input: input({ rule: "decrease", base: 1634, target: 1318 }),
    actuals: { 2024: 1300 },
    latest: 1300,
    latestYear: 2024,
    progress: 334 / 316,
    expected: 0.625,
    grade: "A 達成",
  },
  // 減少 with t = b (a sheet where 判定基準値 was edited to the target, or a target of "no more than now"): no 達成率
  // (t − b = 0), judged by the side of the target, as for any t = b; 減少 wants a ≤ t. a = 50 ≤ 50 → A.
  {
    name: "decrease, t = b, at the target → A",
    input: input({ rule: "decrease", base: 50, target: 50 }),
    actuals: { 2024: 50 },
    latest: 50,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  // a = 48 < 50: below the target is the good side of a 減少 target → A (an increase with t = b would be D)
  {
    name: "decrease, t = b, below the target → A",
    input: input({ rule: "decrease", base: 50, target: 50 }),
    actuals: { 2024: 48 },
    latest: 48,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  // a = 52 > 50: the wrong side of a 減少 target → D (an increase with t = b would be A)
  {
    name: "decrease, t = b, above the target → D",
    input: input({ rule: "decrease", base: 50, target: 50 }),
    actuals: { 2024: 52 },
    latest: 52,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "D 悪化",
  },
  // 減少 with no baseline (－): p = a / t measures the way up from 0, which a 減少 target never takes (a = 150 over
  // t = 100 would give p = 1.5 → 「A 達成」 for a figure half again above its target). With no b there is no way to
  // measure progress, so, as for t = b, no 達成率: judged by the side of the target, 減少 wants a ≤ t.
  // a = 80 ≤ 100 → A.
  {
    name: "decrease, no baseline, below the target → A",
    input: input({ rule: "decrease", base: null, target: 100 }),
    actuals: { 2024: 80 },
    latest: 80,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  // a = 100 = t → A
  {
    name: "decrease, no baseline, at the target → A",
    input: input({ rule: "decrease", base: null, target: 100 }),
    actuals: { 2024: 100 },
    latest: 100,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  // a = 150 > 100: above a 減少 target → D (p = a / t = 1.5 would have called it 「A 達成」)
  {
    name: "decrease, no baseline, above the target → D",
    input: input({ rule: "decrease", base: null, target: 100 }),
    actuals: { 2024: 150 },
    latest: 150,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "D 悪化",
  },
  // No actual yet: 未評価 whatever the rule
  {
    name: "decrease, no baseline, no actual → 未評価",
    input: input({ rule: "decrease", base: null, target: 100 }),
    actuals: {},
    latest: null,
    latestYear: null,
    progress: null,
    expected: null,
    grade: "− 未評価",
  },
  // 待機児童 0人: ceiling, a = 0 ≤ 0
  {
    name: "maintain ceiling, met → A",
    input: input({ rule: "ceiling", base: 0, target: 0 }),
    actuals: { 2023: 1, 2024: 0 },
    latest: 0,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  // a = 2 > 0
  {
    name: "maintain ceiling, exceeded → D",
    input: input({ rule: "ceiling", base: 0, target: 0 }),
    actuals: { 2024: 2 },
    latest: 2,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "D 悪化",
  },
  // floor 95: a = 95 ≥ 95
  {
    name: "maintain floor, at the floor → A",
    input: input({ rule: "floor", base: 96, target: 95 }),
    actuals: { 2024: 95 },
    latest: 95,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  // 94.9 < 95
  {
    name: "maintain floor, below → D",
    input: input({ rule: "floor", base: 96, target: 95 }),
    actuals: { 2024: 94.9 },
    latest: 94.9,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "D 悪化",
  },
  // No baseline (－): p = a / t = 1500 / 2865 = 0.52356…; e = 0.625 → C
  {
    name: "no baseline → p = a / t",
    input: input({ base: null, target: 2865 }),
    actuals: { 2024: 1500 },
    latest: 1500,
    latestYear: 2024,
    progress: 1500 / 2865,
    expected: 0.625,
    grade: "C 遅れ",
  },
  {
    name: "no target (deferred) → 目標未設定",
    input: input({ target: null }),
    actuals: { 2024: 150 },
    latest: 150,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "目標未設定",
  },
  {
    name: "no target and no actual → 目標未設定",
    input: input({ target: null }),
    actuals: {},
    latest: null,
    latestYear: null,
    progress: null,
    expected: null,
    grade: "目標未設定",
  },
  {
    name: "no actual → 未評価",
    input: input({}),
    actuals: {},
    latest: null,
    latestYear: null,
    progress: null,
    expected: null,
    grade: "− 未評価",
  },
  // The only actual is after 評価年度 2024: not yet evaluable
  {
    name: "actual only after 評価年度 → 未評価",
    input: input({}),
    actuals: { 2026: 190 },
    latest: null,
    latestYear: null,
    progress: null,
    expected: null,
    grade: "− 未評価",
  },
  // Reference (令和4年度 655人) instead of baseline 828: p = (690 − 655)/(700 − 655) = 35/45 = 0.777…; e = (2024 − 2022)/(2027 − 2022) = 0.4
  {
    name: "reference value from a ※ note",
    input: input({ base: 655, baseYear: 2022, target: 700 }),
    actuals: { 2024: 690 },
    latest: 690,
    latestYear: 2024,
    progress: 35 / 45,
    expected: 0.4,
    grade: "B 順調",
  },
  // Latest is 2021: p = (150 − 100)/100 = 0.5; e = (2021 − 2019)/8 = 0.25 → 0.5 ≥ 0.25
  {
    name: "actual only in an early year",
    input: input({}),
    actuals: { 2021: 150 },
    latest: 150,
    latestYear: 2021,
    progress: 0.5,
    expected: 0.25,
    grade: "B 順調",
  },
  // 評価年度 2024 sees 2022: p = 20/100 = 0.2; e = 3/8 = 0.375 → C
  {
    name: "評価年度 2024 ignores 2025",
    input: input({}),
    actuals: { 2022: 120, 2025: 250 },
    latest: 120,
    latestYear: 2022,
    progress: 0.2,
    expected: 0.375,
    grade: "C 遅れ",
  },
  // 評価年度 2025 sees 2025: p = 150/100 = 1.5 → A; e = 6/8 = 0.75
  {
    name: "評価年度 changed to 2025",
    input: input({}),
    actuals: { 2022: 120, 2025: 250 },
    evaluationYear: 2025,
    latest: 250,
    latestYear: 2025,
    progress: 1.5,
    expected: 0.75,
    grade: "A 達成",
  },
  // e at or past the target year is clipped to 1: (2027 − 2019)/8 = 1; p = 0.9 < 1 × 1 → C
  {
    name: "expected progress clipped at 1",
    input: input({ targetYear: 2026 }),
    actuals: { 2027: 190 },
    evaluationYear: 2027,
    latest: 190,
    latestYear: 2027,
    progress: 0.9,
    expected: 1,
    grade: "C 遅れ",
  },
  // e before the base year is clipped to 0: reference year 2022, latest 2021 → (2021 − 2022)/5 < 0 → 0; p = (660 − 655)/45 ≥ 0 → B
  {
    name: "expected progress clipped at 0",
    input: input({ base: 655, baseYear: 2022, target: 700 }),
    actuals: { 2021: 660 },
    latest: 660,
    latestYear: 2021,
    progress: 5 / 45,
    expected: 0,
    grade: "B 順調",
  },
  // k = 0.8: p = 0.5 ≥ 0.625 × 0.8 = 0.5 → B (the same actual is C with k = 1)
  {
    name: "threshold k = 0.8 turns C into B",
    input: input({}),
    actuals: { 2024: 150 },
    k: 0.8,
    latest: 150,
    latestYear: 2024,
    progress: 0.5,
    expected: 0.625,
    grade: "B 順調",
  },
  // k = 1.2: p = 0.7 < 0.625 × 1.2 = 0.75 → C (B with k = 1)
  {
    name: "threshold k = 1.2 turns B into C",
    input: input({}),
    actuals: { 2024: 170 },
    k: 1.2,
    latest: 170,
    latestYear: 2024,
    progress: 0.7,
    expected: 0.625,
    grade: "C 遅れ",
  },
  // p = 3/10 = 0.3; e = (2022 − 2019)/8 = 0.375; e × k = 0.375 × 0.8 = 0.3 = p → B. In binary 0.375 * 0.8 is
  // 0.30000000000000004 > 0.3: comparing rounded values keeps the decimal answer, as spreadsheets give.
  {
    name: "boundary p = e × k despite binary noise → B",
    input: input({ base: 0, target: 10 }),
    actuals: { 2022: 3 },
    k: 0.8,
    latest: 3,
    latestYear: 2022,
    progress: 0.3,
    expected: 0.375,
    grade: "B 順調",
  },
  // 366日（閏年）: FY2024 (Apr 2024 – Mar 2025) has 365 days, so 365 is every day → A
  {
    name: "every day: 365 in a 365-day year → A",
    input: input({ rule: "everyDay", base: 366, target: 366 }),
    actuals: { 2024: 365 },
    latest: 365,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  // FY2023 (Apr 2023 – Mar 2024) has 366 days (29 Feb 2024), so 365 misses a day → D
  {
    name: "every day: 365 in a 366-day year → D",
    input: input({ rule: "everyDay", base: 366, target: 366 }),
    actuals: { 2023: 365 },
    evaluationYear: 2023,
    latest: 365,
    latestYear: 2023,
    progress: null,
    expected: null,
    grade: "D 悪化",
  },
  {
    name: "every day: 366 in a 366-day year → A",
    input: input({ rule: "everyDay", base: 366, target: 366 }),
    actuals: { 2023: 366 },
    evaluationYear: 2023,
    latest: 366,
    latestYear: 2023,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  // t = b: no 達成率 (division by zero); judged by side: increase wants a ≥ t
  {
    name: "t = b, met → A",
    input: input({ base: 5, target: 5 }),
    actuals: { 2024: 5 },
    latest: 5,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "A 達成",
  },
  {
    name: "t = b, not met → D",
    input: input({ base: 5, target: 5 }),
    actuals: { 2024: 4 },
    latest: 4,
    latestYear: 2024,
    progress: null,
    expected: null,
    grade: "D 悪化",
  },
];
