/**
 * Finding the plan's columns again by their headers (columns.ts is the contract), tolerant only where the meaning
 * is certain: width and spacing variants (NFKC, spaces removed) and a year column whose era label was edited but
 * still carries its western year 「(2024)」. Everything else is a column people added.
 */
import { KPI_COLUMNS, type KpiColumn, type KpiColumnKey, yearKey } from "./kpi-columns";
import { YEARS } from "./names";

export function normaliseHeader(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

const BY_HEADER: ReadonlyMap<string, KpiColumn> = new Map(KPI_COLUMNS.map((c) => [normaliseHeader(c.header), c]));

export type HeaderMatch =
  | { readonly kind: "plan"; readonly key: KpiColumnKey; readonly exact: boolean }
  | { readonly kind: "extra" }
  | { readonly kind: "empty" };

export function matchHeader(text: string): HeaderMatch {
  if (text.trim() === "") return { kind: "empty" };
  const norm = normaliseHeader(text);
  const column = BY_HEADER.get(norm);
  if (column) return { kind: "plan", key: column.key, exact: text === column.header };
  const year = /\((\d{4})\)$/.exec(norm);
  if (year && YEARS.includes(Number(year[1]))) return { kind: "plan", key: yearKey(Number(year[1])), exact: false };
  return { kind: "extra" };
}

export function headerOf(key: KpiColumnKey): string {
  const c = KPI_COLUMNS.find((col) => col.key === key);
  if (!c) throw new Error(`no KPI column ${key}`);
  return c.header;
}

/** Column keys by kind, from the one table. */
export const COLUMN_KINDS: Readonly<Record<KpiColumnKey, KpiColumn["kind"]>> = Object.fromEntries(
  KPI_COLUMNS.map((c) => [c.key, c.kind]),
) as Record<KpiColumnKey, KpiColumn["kind"]>;

export const DEFINITION_KEYS: readonly KpiColumnKey[] = KPI_COLUMNS.filter((c) => c.kind === "definition").map(
  (c) => c.key,
);
export const FORMULA_KEYS: readonly KpiColumnKey[] = KPI_COLUMNS.filter((c) => c.kind === "formula").map((c) => c.key);
export const YEAR_KEYS: readonly { readonly year: number; readonly key: KpiColumnKey }[] = YEARS.map((year) => ({
  year,
  key: yearKey(year),
}));
