/**
 * The 「更新履歴」 sheet: one line per refresh (when, who, source, dataset version, counts). Header texts are a
 * contract like the other sheets'; both writers append `historyRow(...)` under `HISTORY_HEADERS`.
 */
import type { RefreshPlan } from "./merge";

export const HISTORY_SHEET = "更新履歴";

export const HISTORY_HEADERS = [
  "日時",
  "実行者",
  "取込元",
  "データセット版",
  "前の版",
  "追加",
  "定義変更(指標数)",
  "廃止",
  "廃止から復帰",
  "実績補完",
  "競合",
  "競合でデータセット値を採用",
  "数式復元",
] as const;

export const HISTORY_WIDTHS = [20, 14, 28, 12, 12, 7, 14, 7, 12, 9, 7, 22, 9] as const;

export interface HistoryEntry {
  /** ISO timestamp. */
  readonly at: string;
  readonly who: string;
  readonly source: string;
}

/** 「2026-11-24 09:30」 in Japan time, as staff read it. */
export function japanTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const jst = new Date(d.getTime() + 9 * 3600_000);
  return jst.toISOString().slice(0, 16).replace("T", " ");
}

export function historyRow(entry: HistoryEntry, plan: RefreshPlan): (string | number)[] {
  const changedRows = new Set(plan.changes.map((c) => c.id)).size;
  return [
    japanTime(entry.at),
    // The pane cannot learn the signed-in user's name without SSO: say so rather than leave a blank.
    entry.who.trim() === "" ? "（不明）" : entry.who,
    entry.source,
    plan.datasetVersion,
    plan.previousDatasetVersion ?? "",
    plan.added.length,
    changedRows,
    plan.retired.length,
    plan.unretired.length,
    plan.filled.length,
    plan.conflicts.length,
    plan.conflicts.filter((c) => c.resolution === "dataset").length,
    plan.restored.length,
  ];
}
