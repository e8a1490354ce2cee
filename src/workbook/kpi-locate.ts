/**
 * Where the KPI table is, found by meaning rather than position, from what a backend knows of each sheet: the table
 * "KPI" on whatever sheet holds it (a renamed sheet is noticed, not refused); else the sheet 「KPI一覧」 by its header
 * row; else the one sheet whose header row has 「ID」 and 「指標名」. Pure: both backends summarise their sheets
 * and ask here, so the rules (and what the user is told) are written once.
 */
import { EVALUATION_SHEET_NAMES } from "./evaluation-columns";
import type { RangeRef } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import type { KpiLayout } from "./kpi-columns";
import { matchHeader } from "./kpi-headers";
import { KPI_SHEET } from "./names";
import { refreshNotice, type RefreshNotice } from "./refresh-notice";
import { VERIFICATION_SHEET } from "./verification-columns";

/** How far down a sheet a header row is looked for. */
export const HEADER_SEARCH_ROWS = 20;

export interface SheetSummary {
  readonly name: string;
  /** The range of the table "KPI" (header row included) when this sheet holds it. */
  readonly kpiTable?: RangeRef | null;
  /** The sheet's first rows from sheet row `top` (up to HEADER_SEARCH_ROWS), when read: a header row is looked for there. */
  readonly topRows?: { readonly top: number; readonly values: readonly (readonly Scalar[])[] };
}

export type KpiLocation =
  | {
      readonly ok: true;
      readonly sheetName: string;
      readonly headerRow: number;
      /** Last row of the table; null when there was none and the sheet was read by its header row. */
      readonly tableBottom: number | null;
      readonly notices: readonly RefreshNotice[];
    }
  | { readonly ok: false; readonly problem: RefreshNotice };

/**
 * The sheets whose first rows are needed when no sheet holds the table: 「KPI一覧」 alone when it exists (it is the
 * sheet, whatever else looks like it), else every sheet.
 */
export function headerCandidates(sheetNames: readonly string[]): string[] {
  if (sheetNames.includes(KPI_SHEET)) return [KPI_SHEET];
  // The 効果検証's record sheets (評価, 評価履歴, 指標見直し …) and the staff's 「確認事項」 have 「ID」「指標名」 headers
  // too but never hold the table.
  return sheetNames.filter((n) => !EVALUATION_SHEET_NAMES.includes(n) && n !== VERIFICATION_SHEET);
}

/** The first of `rows` (sheet rows from `top`) with an 「ID」 and an 「指標名」 header, or null. */
export function kpiHeaderRow(
  rows: { readonly top: number; readonly values: readonly (readonly Scalar[])[] },
  layout: KpiLayout,
): number | null {
  const limit = Math.min(rows.values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    let id = false;
    let name = false;
    for (const v of rows.values[i] ?? []) {
      const m = matchHeader(v === null ? "" : String(v), layout);
      if (m.kind !== "plan") continue;
      if (m.key === "id") id = true;
      else if (m.key === "name") name = true;
    }
    if (id && name) return rows.top + i;
  }
  return null;
}

export function locateKpiTable(sheets: readonly SheetSummary[], layout: KpiLayout): KpiLocation {
  const withTable = sheets.find((s) => s.kpiTable);
  if (withTable?.kpiTable) {
    const s = withTable.name;
    const notices = s === KPI_SHEET ? [] : [refreshNotice("SheetRenamed", { sheet: s }, { sheet: s })];
    return {
      ok: true,
      sheetName: s,
      headerRow: withTable.kpiTable.top,
      tableBottom: withTable.kpiTable.bottom,
      notices,
    };
  }
  const names = headerCandidates(sheets.map((s) => s.name));
  const found: { name: string; row: number }[] = [];
  for (const sheet of sheets) {
    if (!names.includes(sheet.name) || !sheet.topRows) continue;
    const row = kpiHeaderRow(sheet.topRows, layout);
    if (row !== null) found.push({ name: sheet.name, row });
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (only) {
    return {
      ok: true,
      sheetName: only.name,
      headerRow: only.row,
      tableBottom: null,
      notices: [refreshNotice("TableMissing", { sheet: only.name, row: only.row }, { sheet: only.name })],
    };
  }
  if (found.length > 1) {
    const sheets = found.map((f) => `「${f.name}」`).join("");
    return { ok: false, problem: refreshNotice("KpiSheetAmbiguous", { sheets }) };
  }
  if (names.length === 1 && names[0] === KPI_SHEET) {
    return { ok: false, problem: refreshNotice("KpiHeaderMissing", {}, { sheet: KPI_SHEET }) };
  }
  return { ok: false, problem: refreshNotice("KpiSheetMissing") };
}
