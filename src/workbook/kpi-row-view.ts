/**
 * Finding 「KPI一覧」's fixed columns (ID, 指標名, 最新実績 …) in a table's header row through the KPI column contract
 * (kpi-columns.ts headers, matched as kpi-headers.ts matches them: width and spacing variants are the same column),
 * for readers that need a few columns of a row rather than the whole KPI state: the pane's selected-indicator card,
 * the ids a comment may be about, where the count columns' formulas find their ID.
 */
import type { Scalar } from "../lib/scalar";
import type { FixedColumnKey } from "./kpi-columns";
import { matchFixedHeader } from "./kpi-headers";
import { yearOfHeader } from "./kpi-headers";

/** 0-based index of the plan's column `key` among `headers`, or -1. */
export function kpiColumnIndex(headers: readonly Scalar[], key: FixedColumnKey): number {
  return headers.findIndex((h) => matchFixedHeader(h === null ? "" : String(h)) === key);
}

/** The columns of a row the card reads as numbers (values, not the displayed text). */
export const ROW_NUMBER_KEYS = [
  "baseline",
  "baselineYear",
  "target",
  "targetYear",
  "judgeBase",
  "judgeBaseYear",
  "latest",
  "latestYear",
  "targetInForce",
  "targetYearInForce",
  "progress",
  "expected",
] as const satisfies readonly FixedColumnKey[];
export type RowNumberKey = (typeof ROW_NUMBER_KEYS)[number];

/** The columns of a row the card shows as the sheet displays them. */
export const ROW_TEXT_KEYS = [
  "name",
  "kind",
  "basis",
  "unit",
  "baseline",
  "baselineYear",
  "target",
  "targetYear",
  "direction",
  "verification",
  "latest",
  "latestYear",
  "progress",
  "expected",
  "grade",
] as const satisfies readonly FixedColumnKey[];
export type RowTextKey = (typeof ROW_TEXT_KEYS)[number];

/**
 * The selected 「KPI一覧」 row as the pane shows it: `latest`, `progress`, `grade` … as displayed (the cells' text),
 * `numbers` the same cells' values, `actuals` the year columns 「令和6年度(2024)」 that hold a number, by western
 * year. A column the header row lacks reads as "" / null.
 */
export interface KpiRowView {
  readonly id: string;
  readonly name: string;
  readonly latest: string;
  readonly progress: string;
  readonly grade: string;
  readonly texts: Readonly<Record<RowTextKey, string>>;
  readonly numbers: Readonly<Record<RowNumberKey, number | null>>;
  readonly actuals: ReadonlyMap<number, number>;
}

/** A cell's value as a number: a number, or text that reads as one (「1,563」); null for blanks, words, errors. */
export function cellNumber(v: Scalar | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v.replace(/,/g, "").trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/**
 * A row's displayed texts (and its values, for the numbers and the year columns) → the view, or null when the row
 * has no id (a blank or foreign row). Without `values` the numbers are read from the texts.
 */
export function kpiRowView(
  headers: readonly Scalar[],
  texts: readonly string[],
  values: readonly Scalar[] = texts,
): KpiRowView | null {
  const index = new Map<FixedColumnKey, number>();
  const years: { i: number; year: number }[] = [];
  headers.forEach((h, i) => {
    const key = matchFixedHeader(h === null ? "" : String(h));
    if (key !== null) {
      if (!index.has(key)) index.set(key, i);
      return;
    }
    const year = yearOfHeader(h);
    if (year !== null) years.push({ i, year });
  });
  const get = (key: FixedColumnKey): string => {
    const i = index.get(key);
    return i === undefined ? "" : (texts[i] ?? "");
  };
  const id = get("id").trim();
  if (id === "") return null;
  const numberOf = (key: FixedColumnKey): number | null => {
    const i = index.get(key);
    return i === undefined ? null : cellNumber(values[i]);
  };
  const actuals = new Map<number, number>();
  for (const { i, year } of years) {
    const v = cellNumber(values[i]);
    if (v !== null && !actuals.has(year)) actuals.set(year, v);
  }
  const shown = Object.fromEntries(ROW_TEXT_KEYS.map((k) => [k, get(k)])) as Record<RowTextKey, string>;
  const numbers = Object.fromEntries(ROW_NUMBER_KEYS.map((k) => [k, numberOf(k)])) as Record<
    RowNumberKey,
    number | null
  >;
  return {
    id,
    name: shown.name,
    latest: shown.latest,
    progress: shown.progress,
    grade: shown.grade,
    texts: shown,
    numbers,
    actuals,
  };
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
