/**
 * Finding the plan's columns again by their headers (kpi-columns.ts is the contract), tolerant only where the meaning
 * is certain: width and spacing variants (NFKC, spaces removed) and a year column of the plan period whose era label
 * was edited but still carries its western year 「(2024)」. Everything else is a column people added.
 */
import type { Scalar } from "../lib/scalar";
import type { FixedColumnKey, KpiColumn, KpiColumnKey, KpiLayout } from "./kpi-columns";
import { FIXED_COLUMNS, yearKey } from "./kpi-columns";

export function normaliseHeader(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

const byHeaderOf = new WeakMap<KpiLayout, ReadonlyMap<string, KpiColumn>>();

function byHeader(layout: KpiLayout): ReadonlyMap<string, KpiColumn> {
  let map = byHeaderOf.get(layout);
  if (!map) byHeaderOf.set(layout, (map = new Map(layout.columns.map((c) => [normaliseHeader(c.header), c]))));
  return map;
}

export type HeaderMatch =
  | { readonly kind: "plan"; readonly key: KpiColumnKey; readonly exact: boolean }
  | { readonly kind: "extra" }
  | { readonly kind: "empty" };

export function matchHeader(text: string, layout: KpiLayout): HeaderMatch {
  if (text.trim() === "") return { kind: "empty" };
  const norm = normaliseHeader(text);
  const column = byHeader(layout).get(norm);
  if (column) return { kind: "plan", key: column.key, exact: text === column.header };
  const year = /\((\d{4})\)$/.exec(norm);
  if (year && layout.years.includes(Number(year[1]))) {
    return { kind: "plan", key: yearKey(Number(year[1])), exact: false };
  }
  return { kind: "extra" };
}

const FIXED_BY_HEADER: ReadonlyMap<string, FixedColumnKey> = new Map(
  FIXED_COLUMNS.map((c) => [normaliseHeader(c.header), c.key as FixedColumnKey]),
);

/** The fixed column (ID, 指標名, 最新実績 …) a header names, whatever the plan period; null for any other header. */
export function matchFixedHeader(text: string): FixedColumnKey | null {
  return FIXED_BY_HEADER.get(normaliseHeader(text)) ?? null;
}

/**
 * Western year of a year column header: 「令和6年度(2024)」 → 2024. Here, with the other header rules, so a reader
 * that only needs the years (the pane's card) does not load the snapshots and their catalogue texts.
 */
export function yearOfHeader(h: Scalar): number | null {
  const m = typeof h === "string" ? /\((\d{4})\)\s*$/.exec(h) : null;
  return m ? Number(m[1]) : null;
}
