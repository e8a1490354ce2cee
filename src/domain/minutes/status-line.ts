/**
 * The one line an indicator gets in the minutes, so that it can be judged without the workbook beside it:
 * 基準値 → 目標値 (the target in force), the latest actual, 達成率 and 評価, from the values the workbook holds.
 */
import type { Indicator, Quantity } from "../dataset/schema";
import { periodLabel, type PeriodBasis } from "../periods";
import type { StatusSnapshot } from "./types";

/** 1563 with 0 decimals → 「1,563」; 94.6 with 1 → 「94.6」 (the decimals the strategy prints). */
export function formatQuantity(value: number, decimals: number): string {
  return value.toLocaleString("ja-JP", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** 0.853 → 「85.3%」 */
export function formatProgress(progress: number): string {
  return `${(progress * 100).toFixed(1)}%`;
}

/** 達成率 below zero means the figure moved away from the target: said in words, not as −859.8 %. */
export const WORSE_THAN_BASELINE = "基準値より悪化";

/** 「達成率 85.3%」「達成率 基準値より悪化」「達成率 −」 */
export function progressText(progress: number | null): string {
  if (progress === null) return "達成率 −";
  return `達成率 ${progress < 0 ? WORSE_THAN_BASELINE : formatProgress(progress)}`;
}

type LineIndicator = Pick<Indicator, "unit" | "decimals" | "baseline" | "target">;

/** A number in the unit, text as typed (「－」「待機児童なし」), with its period: 「1,563件（令和元年度(2019)）」. */
function quantityText(
  value: number | string | null | undefined,
  year: number | null | undefined,
  fallback: Quantity,
  ind: LineIndicator,
): string {
  const basis: PeriodBasis = fallback.period.basis;
  const shown =
    typeof value === "number"
      ? `${formatQuantity(value, ind.decimals)}${ind.unit}`
      : typeof value === "string" && value.trim() !== ""
        ? value.trim()
        : fallback.value === null
          ? fallback.printed
          : `${formatQuantity(fallback.value, ind.decimals)}${ind.unit}`;
  const y = typeof year === "number" ? year : fallback.period.year;
  return `${shown}（${periodLabel(y, basis)}）`;
}

/** 「基準値 1,563件（令和元年度(2019)）→ 目標値 1,630件（令和9年度(2027)）」 */
export function baselineToTarget(ind: LineIndicator, snapshot: StatusSnapshot | null): string {
  const base = quantityText(snapshot?.baseline, snapshot?.baselineYear, ind.baseline, ind);
  const target = quantityText(snapshot?.target, snapshot?.targetYear, ind.target, ind);
  return `基準値 ${base}→ 目標値 ${target}`;
}

/** 「最新実績 1,590件（令和5年度(2023)）／達成率 40.3%／評価 C 遅れ」, or that the workbook has no row for it. */
export function currentStatus(ind: LineIndicator, snapshot: StatusSnapshot | null): string {
  if (!snapshot) return "状況: ブックに該当する行がありません";
  const latest =
    snapshot.latest === null
      ? "最新実績 なし"
      : `最新実績 ${formatQuantity(snapshot.latest, ind.decimals)}${ind.unit}` +
        (snapshot.latestYear === null ? "" : `（${periodLabel(snapshot.latestYear, ind.target.period.basis)}）`);
  return `${latest}／${progressText(snapshot.progress)}／評価 ${snapshot.grade}`;
}

export function statusLine(ind: LineIndicator, snapshot: StatusSnapshot | null): string {
  return `${baselineToTarget(ind, snapshot)}／${currentStatus(ind, snapshot)}`;
}
