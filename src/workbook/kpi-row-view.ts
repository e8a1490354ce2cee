/**
 * Finding 「KPI一覧」's fixed columns (ID, 指標名, 最新実績 …) in a table's header row through the KPI column contract
 * (kpi-columns.ts headers, matched as kpi-headers.ts matches them: width and spacing variants are the same column),
 * for readers that need a few columns of a row rather than the whole KPI state: the comments panel's selected row,
 * the ids a comment may be about, where the count columns' formulas find their ID.
 */
import type { Scalar } from "../lib/scalar";
import type { FixedColumnKey } from "./kpi-columns";
import { matchFixedHeader } from "./kpi-headers";

/** 0-based index of the plan's column `key` among `headers`, or -1. */
export function kpiColumnIndex(headers: readonly Scalar[], key: FixedColumnKey): number {
  return headers.findIndex((h) => matchFixedHeader(h === null ? "" : String(h)) === key);
}

/** What the comments panel shows of the selected KPI row, as displayed. */
export interface KpiRowView {
  readonly id: string;
  readonly name: string;
  readonly latest: string;
  readonly progress: string;
  readonly grade: string;
}

/** A row's displayed texts → the view, or null when the row has no id (a blank or foreign row). */
export function kpiRowView(headers: readonly Scalar[], texts: readonly string[]): KpiRowView | null {
  const get = (key: FixedColumnKey): string => {
    const i = kpiColumnIndex(headers, key);
    return i < 0 ? "" : (texts[i] ?? "");
  };
  const id = get("id").trim();
  if (id === "") return null;
  return { id, name: get("name"), latest: get("latest"), progress: get("progress"), grade: get("grade") };
}

/**
 * Ids a comment may be about, read from the KPI table's rows: each ID, and the leading id of its 施策 and 基本目標
 * labels (「1-1-2 ②創業支援」 → 1-1-2).
 */
export function knownTargets(headers: readonly Scalar[], rows: readonly (readonly Scalar[])[]): Set<string> {
  const cols = (["id", "measure", "subGoal"] as const).map((k) => kpiColumnIndex(headers, k)).filter((i) => i >= 0);
  const out = new Set<string>();
  for (const row of rows) {
    for (const i of cols) {
      const v = row[i];
      const first = typeof v === "string" ? v.trim().split(/\s+/)[0] : undefined;
      if (first) out.add(first);
    }
  }
  return out;
}
