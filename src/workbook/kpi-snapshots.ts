/**
 * Status snapshots from the rows of the 「KPI一覧」 table, found by header (a contract), never by position. Pure: the
 * renderers hand over the header row and the cell values as scalars.
 *  - snapshotsFromCalculated: the workbook's own results (最新実績, 実績年度, 達成率, 評価), as Excel calculated them.
 *  - snapshotsFromActuals: for files without calculated values (exceljs writes none), the status twin applied to the
 *    year columns 「令和6年度(2024)」 with the workbook's 評価年度 and 順調閾値.
 */
import type { Dataset } from "../domain/dataset/schema";
import { GRADES, evaluateIndicator, statusInputOf, type Grade, type StatusSettings } from "../domain/status";
import type { StatusSnapshot } from "../domain/minutes/types";

export type KpiScalar = string | number | boolean | null;

export interface KpiRows {
  readonly headers: readonly KpiScalar[];
  readonly rows: readonly (readonly KpiScalar[])[];
}

const col = (t: KpiRows, header: string): number =>
  t.headers.findIndex((h) => typeof h === "string" && h.trim() === header);

function num(v: KpiScalar | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v.replace(/,/g, "").trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const isGrade = (v: unknown): v is Grade => GRADES.some((g) => g.grade === v);

/** Western year of a year column header: 「令和6年度(2024)」 → 2024. */
export function yearOfHeader(h: KpiScalar): number | null {
  const m = typeof h === "string" ? /\((\d{4})\)\s*$/.exec(h) : null;
  return m ? Number(m[1]) : null;
}

export function snapshotsFromCalculated(t: KpiRows): { map: Map<string, StatusSnapshot>; missing: string[] } {
  const idx = {
    id: col(t, "ID"),
    latest: col(t, "最新実績"),
    year: col(t, "実績年度"),
    progress: col(t, "達成率"),
    grade: col(t, "評価"),
  };
  const missing = Object.entries({
    ID: idx.id,
    最新実績: idx.latest,
    実績年度: idx.year,
    達成率: idx.progress,
    評価: idx.grade,
  })
    .filter(([, i]) => i < 0)
    .map(([h]) => h);
  const map = new Map<string, StatusSnapshot>();
  if (missing.length > 0) return { map, missing };
  for (const row of t.rows) {
    const id = row[idx.id];
    if (typeof id !== "string" || id.trim() === "") continue;
    const grade = row[idx.grade];
    map.set(id.trim(), {
      latest: num(row[idx.latest]),
      latestYear: num(row[idx.year]),
      progress: num(row[idx.progress]),
      grade: isGrade(grade) ? grade : "− 未評価",
    });
  }
  return { map, missing };
}

/** The twin over the typed actuals; indicators of the workbook that the dataset does not know are left out. */
export function snapshotsFromActuals(
  t: KpiRows,
  dataset: Pick<Dataset, "indicators">,
  settings: StatusSettings,
): { map: Map<string, StatusSnapshot>; missing: string[] } {
  const idCol = col(t, "ID");
  const years = t.headers
    .map((h, i) => ({ i, year: yearOfHeader(h) }))
    .filter((y): y is { i: number; year: number } => y.year !== null);
  const missing = [...(idCol < 0 ? ["ID"] : []), ...(years.length === 0 ? ["令和N年度(YYYY)"] : [])];
  const map = new Map<string, StatusSnapshot>();
  if (missing.length > 0) return { map, missing };
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  for (const row of t.rows) {
    const id = row[idCol];
    const ind = typeof id === "string" ? byId.get(id.trim()) : undefined;
    if (!ind) continue;
    const actuals = new Map<number, number>();
    for (const { i, year } of years) {
      const v = num(row[i]);
      if (v !== null) actuals.set(year, v);
    }
    const r = evaluateIndicator(statusInputOf(ind), actuals, settings);
    map.set(ind.id, { latest: r.latest, latestYear: r.latestYear, progress: r.progress, grade: r.grade });
  }
  return { map, missing };
}
