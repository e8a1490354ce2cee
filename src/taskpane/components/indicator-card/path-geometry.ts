/**
 * The geometry of the card's path chart (issue #13): the selected indicator's yearly actuals against the straight path
 * from its 判定基準 to its target, in SVG user units. Pure: the numbers come from the sheet's row (kpi-row-view.ts), the
 * path's value at a year from the domain's twin of 必要値 (forward-view.ts requiredValue), so the chart and 「KPI一覧」
 * agree on what "on the path" means.
 *
 *  - 増加 / 減少 with a target: the dashed path from (判定基準年度, 判定基準値) to (適用目標年度, 適用目標値); each actual is
 *    on track when it is on the good side of the path in its year (at or above for 増加, at or below for 減少).
 *  - 維持 targets: no path, a level line at the target; an actual is on track on the target's good side.
 *  - No target (目標未設定) or an unknown 方向: the actuals alone.
 * Years without an actual break the line of actuals (no line is drawn across a missing year).
 */
import { requiredValue } from "../../../domain/forward-view";
import {
  CMP_PLACES,
  DIRECTIONS,
  directionInfo,
  roundTo,
  targetForYear,
  type StatusInput,
  type StatusRule,
} from "../../../domain/status";
import type { KpiRowView } from "../../../workbook/kpi-row-view";

export interface PathChartInput {
  /** null when the 方向 cell names no direction the plan knows. */
  readonly rule: StatusRule | null;
  readonly base: number | null;
  readonly baseYear: number | null;
  readonly target: number | null;
  readonly targetYear: number | null;
  /** Actuals by western year. */
  readonly actuals: ReadonlyMap<number, number>;
}

/** The drawing area: the SVG's size and the margins around the plot (where the axis labels go). */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const DEFAULT_FRAME: ChartFrame = { width: 300, height: 140, left: 48, right: 14, top: 12, bottom: 22 };

export interface ChartPoint {
  readonly year: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

export interface ActualPoint extends ChartPoint {
  /** Where the path (or the maintained target) stands in the point's year; null where there is none. */
  readonly mark: number | null;
  /** The actual is on the good side of `mark` (null without one). */
  readonly onTrack: boolean | null;
}

export type PathKind = "path" | "maintain" | "noTarget";

export interface PathGeometry {
  readonly kind: PathKind;
  readonly frame: ChartFrame;
  readonly firstYear: number;
  readonly lastYear: number;
  /** The straight path (dashed), 増加 / 減少 with both a 判定基準値 and a target; null otherwise. */
  readonly path: { readonly from: ChartPoint; readonly to: ChartPoint } | null;
  /** The target at its year (marked); null without a target or a target year. */
  readonly target: ChartPoint | null;
  /** 維持 targets: the level the actuals keep (a horizontal line across the plot); null otherwise. */
  readonly level: { readonly value: number; readonly y: number } | null;
  /** The actuals in year order. */
  readonly points: readonly ActualPoint[];
  /** SVG path data, one per run of consecutive years with an actual (two points at least). */
  readonly lines: readonly string[];
  /** Labels of the x axis: the first and last year. */
  readonly xTicks: readonly { readonly year: number; readonly x: number }[];
  /** Labels of the y axis: the smallest and largest value drawn. */
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
}

/** The 方向 cell's text → the rule (「維持（以上）」 and 「維持(以上)」 alike); null for anything else. */
export function ruleOfDirection(text: string): StatusRule | null {
  const norm = text.normalize("NFKC").replace(/\s+/g, "");
  return DIRECTIONS.find((d) => d.label === norm)?.rule ?? null;
}

/**
 * What the chart needs of the selected row: the path starts at the 判定基準 (the grade measures from it; it is the
 * 基準値 unless a ※ note gives another reference) and ends at the target in force (適用目標値, else 目標値), each
 * value with its own year.
 */
export function chartInputOf(view: KpiRowView): PathChartInput {
  const n = view.numbers;
  const judged = n.judgeBase !== null;
  const revised = n.targetInForce !== null;
  return {
    rule: ruleOfDirection(view.texts.direction),
    base: judged ? n.judgeBase : n.baseline,
    baseYear: judged ? n.judgeBaseYear : n.baselineYear,
    target: revised ? n.targetInForce : n.target,
    targetYear: revised ? n.targetYearInForce : n.targetYear,
    actuals: view.actuals,
  };
}

const r = (x: number): number => roundTo(x, CMP_PLACES);

function goodSide(rule: StatusRule, value: number, mark: number): boolean {
  return directionInfo(rule).side === "atLeast" ? r(value) >= r(mark) : r(value) <= r(mark);
}

/** The geometry, or null when there is nothing to place (no actual, no target, no 判定基準). */
export function pathGeometry(input: PathChartInput, frame: ChartFrame = DEFAULT_FRAME): PathGeometry | null {
  const { rule, base, baseYear, target, targetYear } = input;
  const actuals = [...input.actuals]
    .filter(([year, value]) => Number.isFinite(year) && Number.isFinite(value))
    .sort((a, b) => a[0] - b[0]);
  const maintain = rule !== null && directionInfo(rule).maintain;
  const hasTarget = rule !== null && target !== null && targetYear !== null;
  const kind: PathKind = !hasTarget ? "noTarget" : maintain ? "maintain" : "path";
  const status: StatusInput | null =
    hasTarget && rule !== null
      ? { rule, base, baseYear: baseYear ?? targetYear, target, targetYear: targetYear as number }
      : null;
  const hasPath = kind === "path" && base !== null && baseYear !== null;

  const years = actuals.map(([y]) => y);
  const values = actuals.map(([, v]) => v);
  if (hasPath) {
    years.push(baseYear, targetYear as number);
    values.push(base, target as number);
  } else if (hasTarget) {
    years.push(targetYear as number);
    values.push(target as number);
    // 366日（閏年）: the level of each year is its number of days, drawn at the target's.
  }
  if (years.length === 0) return null;

  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = low === high ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.08;
  const min = low - pad;
  const max = high + pad;
  const plotW = frame.width - frame.left - frame.right;
  const plotH = frame.height - frame.top - frame.bottom;
  const x = (year: number): number =>
    firstYear === lastYear
      ? frame.left + plotW / 2
      : frame.left + ((year - firstYear) / (lastYear - firstYear)) * plotW;
  const y = (value: number): number => frame.top + ((max - value) / (max - min)) * plotH;
  const at = (year: number, value: number): ChartPoint => ({ year, value, x: x(year), y: y(value) });

  const markOf = (year: number): number | null => {
    if (status === null) return null;
    if (kind === "maintain") return targetForYear(status, year);
    // Before the 判定基準年度 the path has not started: nothing to be on or off.
    return hasPath && year >= (baseYear as number) ? requiredValue(status, year) : null;
  };
  const points: ActualPoint[] = actuals.map(([year, value]) => {
    const mark = markOf(year);
    const onTrack = mark === null || status === null ? null : goodSide(status.rule, value, mark);
    return { ...at(year, value), mark, onTrack };
  });

  const lines: string[] = [];
  let run: ActualPoint[] = [];
  const flush = () => {
    if (run.length >= 2) lines.push(run.map((p, i) => `${i === 0 ? "M" : "L"}${fmt(p.x)} ${fmt(p.y)}`).join(" "));
    run = [];
  };
  for (const p of points) {
    const last = run[run.length - 1];
    if (last && p.year !== last.year + 1) flush();
    run.push(p);
  }
  flush();

  return {
    kind,
    frame,
    firstYear,
    lastYear,
    path: hasPath ? { from: at(baseYear, base), to: at(targetYear as number, target as number) } : null,
    target: hasTarget ? at(targetYear as number, target as number) : null,
    level: kind === "maintain" ? { value: target as number, y: y(target as number) } : null,
    points,
    lines,
    xTicks:
      firstYear === lastYear
        ? [{ year: firstYear, x: x(firstYear) }]
        : [firstYear, lastYear].map((yr) => ({ year: yr, x: x(yr) })),
    yTicks: low === high ? [{ value: low, y: y(low) }] : [high, low].map((v) => ({ value: v, y: y(v) })),
  };
}

/** Two decimals are finer than a pixel at any size the pane draws. */
function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
