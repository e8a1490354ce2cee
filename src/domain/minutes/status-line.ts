/** The one-line status snapshot an indicator gets in the minutes, from the values the workbook holds. */
import type { Indicator } from "../dataset/schema";
import { periodLabel } from "../periods";
import type { StatusSnapshot } from "./types";

/** 1563 with 0 decimals → 「1,563」; 94.6 with 1 → 「94.6」 (the decimals the strategy prints). */
export function formatQuantity(value: number, decimals: number): string {
  return value.toLocaleString("ja-JP", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** 0.853 → 「85.3%」 */
export function formatProgress(progress: number): string {
  return `${(progress * 100).toFixed(1)}%`;
}

export function statusLine(
  ind: Pick<Indicator, "unit" | "decimals" | "target">,
  snapshot: StatusSnapshot | null,
): string {
  if (!snapshot) return "状況: ブックに該当する行がありません";
  const latest =
    snapshot.latest === null
      ? "最新実績 なし"
      : `最新実績 ${formatQuantity(snapshot.latest, ind.decimals)}${ind.unit}` +
        (snapshot.latestYear === null ? "" : `（${periodLabel(snapshot.latestYear, ind.target.period.basis)}）`);
  const progress = snapshot.progress === null ? "達成率 −" : `達成率 ${formatProgress(snapshot.progress)}`;
  return `${latest}／${progress}／評価 ${snapshot.grade}`;
}
