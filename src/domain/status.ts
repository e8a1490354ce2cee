/**
 * Status rules: the TypeScript twin of the 「KPI一覧」 formulas (src/plan/formulas.ts). Both follow the same
 * declarative tables below — directions, grades, and the ordered grade rules — so a change is made in one place.
 * Pure and synchronous.
 *
 *   達成率 p = (a − b) / (t − b)   (b, y0 from the ※ reference where given; no baseline → p = a / t, none for 減少)
 *   期待進捗 e = clip((y − y0) / (y1 − y0), 0, 1)
 *   評価: the first rule in GRADE_RULES that holds.
 *
 * Comparisons against p are made on values rounded to 9 decimals (ROUND in the formulas), so that binary
 * noise (0.1 + 0.2) cannot make Excel, LibreOffice, HyperFormula and this twin disagree on a boundary.
 */
import type { Indicator } from "./dataset/schema";
import { daysInFiscalYear } from "./periods";

/** The six grades, exactly as the committee reads them (a contract: the sheets show and sort by these texts). */
export type Grade = "A 達成" | "B 順調" | "C 遅れ" | "D 悪化" | "− 未評価" | "目標未設定";

export interface GradeInfo {
  readonly grade: Grade;
  /**
   * One character for the grade where several are shown side by side (前回評価 「C → B」). 目標未設定 is 「／」, the
   * slash a Japanese table puts in a cell that does not apply: its first character 「目」 reads as a word, and a blank
   * would read as a missing value; 「−」 stays 未評価's (not yet measured), a different thing.
   */
  readonly symbol: string;
  /** Cell fill ("#RRGGBB"); null: no fill (目標未設定). */
  readonly fill: string | null;
  readonly fontColor: string | null;
  /** Series colour in the 概要 chart (every grade needs one there). */
  readonly chartColor: string;
  /** Japanese legend text for 「設定」. */
  readonly legend: string;
}

/** Single source for grade strings and colours: A green, B blue, C amber, D red, 未評価 grey, 目標未設定 none. */
export const GRADES: readonly GradeInfo[] = [
  {
    grade: "A 達成",
    symbol: "A",
    fill: "#C6EFCE",
    fontColor: "#006100",
    chartColor: "#70AD47",
    legend: "達成率が100%以上。維持目標は実績が目標の側（以上／以下）にあるとき。",
  },
  {
    grade: "B 順調",
    symbol: "B",
    fill: "#DDEBF7",
    fontColor: "#1F4E79",
    chartColor: "#4472C4",
    legend: "達成率が「期待進捗 × 順調閾値」以上、100%未満。",
  },
  {
    grade: "C 遅れ",
    symbol: "C",
    fill: "#FFE699",
    fontColor: "#7F6000",
    chartColor: "#FFC000",
    legend: "達成率が0%以上、「期待進捗 × 順調閾値」未満。",
  },
  {
    grade: "D 悪化",
    symbol: "D",
    fill: "#FFC7CE",
    fontColor: "#9C0006",
    chartColor: "#C00000",
    legend: "達成率がマイナス（判定基準値より目標と反対側に動いた）。維持目標は実績が目標の反対側にあるとき。",
  },
  {
    grade: "− 未評価",
    symbol: "−",
    fill: "#E7E6E6",
    fontColor: "#595959",
    chartColor: "#A5A5A5",
    legend: "評価年度までに実績値がまだ入力されていない。",
  },
  {
    grade: "目標未設定",
    symbol: "／",
    fill: null,
    fontColor: null,
    chartColor: "#D9D9D9",
    legend: "目標値が設定されていない（後の計画で設定予定など）。",
  },
];

/** The symbol of text that is no grade (a hand-edited 「評価履歴」 cell): visible, never taken for a grade. */
export const UNKNOWN_GRADE_SYMBOL = "?";

/** A grade's symbol (GRADES); UNKNOWN_GRADE_SYMBOL for any other text. The 前回評価 formula maps the same table. */
export function gradeSymbol(grade: string): string {
  return GRADES.find((g) => g.grade === grade)?.symbol ?? UNKNOWN_GRADE_SYMBOL;
}

/** How an indicator's target is judged. everyDay: 366日（閏年）, the target of year y is that year's number of days. */
export type StatusRule = "increase" | "decrease" | "floor" | "ceiling" | "everyDay";

export interface DirectionInfo {
  readonly rule: StatusRule;
  /** The 方向 column text; the formulas match on it. */
  readonly label: string;
  /** Maintain targets have no 達成率: met or not. */
  readonly maintain: boolean;
  /** Which side of the target is good. */
  readonly side: "atLeast" | "atMost";
}

export const DIRECTIONS: readonly DirectionInfo[] = [
  { rule: "increase", label: "増加", maintain: false, side: "atLeast" },
  { rule: "decrease", label: "減少", maintain: false, side: "atMost" },
  { rule: "floor", label: "維持(以上)", maintain: true, side: "atLeast" },
  { rule: "ceiling", label: "維持(以下)", maintain: true, side: "atMost" },
  { rule: "everyDay", label: "維持(全日)", maintain: true, side: "atLeast" },
];

export function directionInfo(rule: StatusRule): DirectionInfo {
  const info = DIRECTIONS.find((d) => d.rule === rule);
  if (!info) throw new Error(`unknown status rule ${rule}`);
  return info;
}

/** What the status rules need of an indicator; derive it with statusInputOf. */
export interface StatusInput {
  readonly rule: StatusRule;
  /** 判定基準値 b: the reference value where a ※ note gives one, else the baseline; null if none printed. */
  readonly base: number | null;
  /** 判定基準年度 y0. */
  readonly baseYear: number;
  /** t; null when no target (deferred or not printed). */
  readonly target: number | null;
  /** y1. */
  readonly targetYear: number;
}

export function statusRuleOf(ind: Pick<Indicator, "direction" | "bound" | "everyDayOfYear">): StatusRule {
  if (ind.everyDayOfYear) return "everyDay";
  if (ind.direction === "maintain") return ind.bound === "ceiling" ? "ceiling" : "floor";
  return ind.direction;
}

export function statusInputOf(ind: Indicator): StatusInput {
  const ref = ind.reference;
  return {
    rule: statusRuleOf(ind),
    base: ref ? ref.value : ind.baseline.value,
    baseYear: ref ? ref.period.year : ind.baseline.period.year,
    target: ind.target.deferred ? null : ind.target.value,
    targetYear: ind.target.period.year,
  };
}

export interface StatusSettings {
  /** 評価年度: actuals of later years are ignored. */
  readonly evaluationYear: number;
  /** 順調閾値 k. */
  readonly k: number;
}

export interface StatusResult {
  readonly latest: number | null;
  readonly latestYear: number | null;
  /** 達成率 as a ratio (1 = 100 %); null where it does not apply. */
  readonly progress: number | null;
  /** 期待進捗 as a ratio in [0, 1]; null where 達成率 does not apply. */
  readonly expected: number | null;
  readonly grade: Grade;
}

/** Excel/HyperFormula ROUND: half away from zero. */
export function roundTo(x: number, places: number): number {
  const m = Math.pow(10, places);
  return x < 0 ? -Math.round(-x * m) / m : Math.round(x * m) / m;
}

/** Decimals to which 達成率 and 期待進捗 × k are rounded before comparing (ROUND in the formulas). */
export const CMP_PLACES = 9;

/** Facts the grade rules look at (the same facts the formula columns hold). */
export interface GradeFacts {
  readonly hasTarget: boolean;
  readonly hasActual: boolean;
  readonly progress: number | null;
  readonly expected: number | null;
  readonly k: number;
  /** The actual is on the good side of the (year's) target. */
  readonly meetsTarget: boolean;
}

/** Rule ids are shared with the formula table in src/plan/formulas.ts (same order, same meaning). */
export type GradeRuleId =
  "noTarget" | "noActual" | "metWithoutProgress" | "notMetWithoutProgress" | "reached" | "onTrack" | "behind" | "worse";

export interface GradeRule {
  readonly id: GradeRuleId;
  readonly grade: Grade;
  readonly holds: (f: GradeFacts) => boolean;
}

const r = (x: number): number => roundTo(x, CMP_PLACES);

/** First rule that holds decides the grade; the last always holds. */
export const GRADE_RULES: readonly GradeRule[] = [
  { id: "noTarget", grade: "目標未設定", holds: (f) => !f.hasTarget },
  { id: "noActual", grade: "− 未評価", holds: (f) => !f.hasActual },
  // Maintain targets, t = b, and 減少 without a baseline have no 達成率: judged by the side of the target the actual is on.
  { id: "metWithoutProgress", grade: "A 達成", holds: (f) => f.progress === null && f.meetsTarget },
  { id: "notMetWithoutProgress", grade: "D 悪化", holds: (f) => f.progress === null },
  { id: "reached", grade: "A 達成", holds: (f) => r(f.progress ?? 0) >= 1 },
  { id: "onTrack", grade: "B 順調", holds: (f) => r(f.progress ?? 0) >= r((f.expected ?? 0) * f.k) },
  { id: "behind", grade: "C 遅れ", holds: (f) => r(f.progress ?? 0) >= 0 },
  { id: "worse", grade: "D 悪化", holds: () => true },
];

/** The latest year ≤ evaluationYear that holds a number, and its value. */
export function latestActual(
  actuals: ReadonlyMap<number, number>,
  evaluationYear: number,
): { year: number; value: number } | null {
  let best: { year: number; value: number } | null = null;
  for (const [year, value] of actuals) {
    if (year <= evaluationYear && Number.isFinite(value) && (best === null || year > best.year)) best = { year, value };
  }
  return best;
}

/** The target that applies in `year`: for 366日（閏年） the number of days of that fiscal year. */
export function targetForYear(input: StatusInput, year: number): number | null {
  return input.rule === "everyDay" ? daysInFiscalYear(year) : input.target;
}

export function evaluateIndicator(
  input: StatusInput,
  actuals: ReadonlyMap<number, number>,
  settings: StatusSettings,
): StatusResult {
  const found = latestActual(actuals, settings.evaluationYear);
  const latest = found?.value ?? null;
  const latestYear = found?.year ?? null;
  const dir = directionInfo(input.rule);
  const t = input.target;
  const b = input.base;

  let progress: number | null = null;
  let expected: number | null = null;
  if (latest !== null && latestYear !== null && t !== null && !dir.maintain) {
    // No baseline: p = a / t measures the way up from 0, which a 減少 target never takes (a figure above its target
    // would read as 「A 達成」), so a 減少 without a baseline has no 達成率 and is judged by its side, as t = b is.
    if (b === null) progress = t === 0 || input.rule === "decrease" ? null : latest / t;
    else progress = t === b ? null : (latest - b) / (t - b);
    if (progress !== null) {
      const span = input.targetYear - input.baseYear;
      expected = span === 0 ? 1 : Math.max(0, Math.min(1, (latestYear - input.baseYear) / span));
    }
  }

  const yearTarget = latestYear === null ? null : targetForYear(input, latestYear);
  const meetsTarget =
    latest !== null && yearTarget !== null && (dir.side === "atLeast" ? latest >= yearTarget : latest <= yearTarget);
  const facts: GradeFacts = {
    hasTarget: t !== null,
    hasActual: latest !== null,
    progress,
    expected,
    k: settings.k,
    meetsTarget,
  };
  const rule = GRADE_RULES.find((g) => g.holds(facts)) as GradeRule; // the last rule always holds
  return { latest, latestYear, progress, expected, grade: rule.grade };
}

/**
 * Actuals of a dataset indicator as the map evaluateIndicator takes. Pass `years` (the workbook's year columns,
 * the plan period's, src/workbook/kpi-columns.ts) to see exactly what the sheet sees: it has no column for other years.
 */
export function actualsOf(ind: Pick<Indicator, "actuals">, years?: readonly number[]): ReadonlyMap<number, number> {
  const shown = years ? ind.actuals.filter((a) => years.includes(a.year)) : ind.actuals;
  return new Map(shown.map((a) => [a.year, a.value]));
}
