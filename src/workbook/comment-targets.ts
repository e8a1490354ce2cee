/**
 * What a comment's 対象 may name, read from 「KPI一覧」's grid: each indicator ID, and the leading id of its 施策 and
 * 基本目標 labels (「1-1-2 ②創業支援」 → 1-1-2). Columns are found through the KPI column contract.
 */
import type { Scalar } from "../lib/scalar";

const TARGET_HEADERS = ["ID", "施策", "基本目標"];

export function knownTargets(headers: readonly Scalar[], rows: readonly (readonly Scalar[])[]): Set<string> {
  const col = (header: string): number => headers.findIndex((h) => typeof h === "string" && h.trim() === header);
  const cols = TARGET_HEADERS.map(col).filter((i) => i >= 0);
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
