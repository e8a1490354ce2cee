/**
 * Number formats. Values are stored as numbers in the indicator's unit, as printed: 94.6% is stored as 94.6
 * and shown with the format 0.0"%" (the % is a literal, not Excel's ×100). Inputs and formulas use the same
 * convention, so 最新実績 compares directly with 基準値/目標値. 達成率 and 期待進捗 are ratios shown as 0.0%.
 */
import { ERA_FIRST_YEARS, periodLabel, type PeriodBasis } from "../domain/periods";
import type { ConditionalFormatPlan } from "./types";

const PERCENT_UNITS = new Set(["%", "％"]);

export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNITS.has(unit.trim());
}

/** Thousands separators, decimals as printed; percent units carry a literal "%". */
export function valueFormat(unit: string, decimals: number): string {
  const places = Math.max(0, Math.min(4, Math.trunc(decimals)));
  const body = places > 0 ? `#,##0.${"0".repeat(places)}` : "#,##0";
  return isPercentUnit(unit) ? `${body}"%"` : body;
}

/**
 * A western year shown with its basis. Stays a number for the formulas. With `year` (a cell whose value the plan
 * writes: 基準年度, 目標年度, 判定基準年度, 評価年度), that year reads as every year label does, 「令和元年度(2019)」
 * (periodLabel): a number format cannot compute an era, but a condition on the one value it was made for can name it;
 * any other number typed there reads 「2025年度」. Without `year` (a formula's varying result): 2019 → 2019年度.
 */
export function yearFormat(basis: PeriodBasis, year?: number): string {
  const plain = basis === "fiscal" ? '0"年度"' : '0"年"';
  if (year === undefined || !Number.isInteger(year)) return plain;
  return `[=${year}]${yearLabelFormat(year, basis)};${plain}`;
}

/**
 * A fiscal year a record row holds (「評価」「総括意見」's 評価年度), for the plan's rows and a store's appended ones
 * alike: the number, read as its label (yearFormat with that year).
 */
export function fiscalYearCell(year: number): { readonly value: number; readonly numberFormat: string } {
  return { value: year, numberFormat: yearFormat("fiscal", year) };
}

/** The number format that shows any number as the label of `year`: a quoted literal, 「"令和6年度(2024)"」. */
export function yearLabelFormat(year: number, basis: PeriodBasis): string {
  return `"${periodLabel(year, basis).replace(/"/g, "")}"`;
}

/**
 * Conditional formats that make a cell whose year a formula computes (「KPI一覧」's 実績年度, 適用目標年度; 「設定」's
 * 評価年度, which people type) read as every year label does, 「令和6年度(2024)」, while it stays a number for the formulas,
 * the grid readers and the pane: a number format cannot compute an era, so there is one rule per year it may show,
 * each with that year's label as its number format (periodLabel, so the twin cannot drift). One rule per year and
 * basis over the whole column range, not per cell (a refresh re-writes them as they are). `cell` is the top-left
 * cell of `range`, relative ("K4"); `basis` a fixed basis, or the row's 年度/暦年 cell ("$G4", as 「KPI一覧」 writes
 * it: 暦年 → 年, anything else → 年度). A year outside `years` keeps the cell's own format (「2031年度」).
 */
export function yearLabelRules(input: {
  readonly range: string;
  readonly cell: string;
  readonly years: readonly number[];
  readonly basis: PeriodBasis | { readonly cell: string };
}): ConditionalFormatPlan[] {
  const { range, cell, years, basis } = input;
  const bases: readonly { basis: PeriodBasis; when: string | null }[] =
    typeof basis === "string"
      ? [{ basis, when: null }]
      : [
          { basis: "fiscal", when: `${basis.cell}<>"暦年"` },
          { basis: "calendar", when: `${basis.cell}="暦年"` },
        ];
  return bases.flatMap(({ basis: b, when }) =>
    years.map((year): ConditionalFormatPlan => ({
      kind: "expression",
      range,
      formula: when === null ? `=${cell}=${year}` : `=AND(${cell}=${year},${when})`,
      numberFormat: yearLabelFormat(year, b),
    })),
  );
}

/**
 * A formula expression naming the year `year` (an expression giving a western year, or "") as periodLabel does:
 * 「令和6年度(2024)」, "" for "". `suffix` is an expression giving 年度 or 年 (a quoted literal, or a cell such as
 * 「KPI一覧」's 年度/暦年 turned into one). Built from the era table of domain/periods.ts, so the twin and the formula
 * cannot drift; only IF and & (every engine has them; no TEXT, which HyperFormula formats differently).
 */
export function eraLabelFormula(year: string, suffix: string): string {
  const era = ERA_FIRST_YEARS.reduceRight(
    (otherwise, e) =>
      `IF(${year}>=${e.first},"${e.era}"&IF(${year}=${e.first},"元",${year}-${e.first - 1}),${otherwise})`,
    `${year}&""`,
  );
  return `IF(${year}="","",${era}&${suffix}&"("&${year}&")")`;
}

/** 年度/暦年 as 「KPI一覧」 writes the basis (kpi-rows.ts BASIS_LABEL) → the word after the year: 暦年 → 年, else 年度. */
export function basisSuffixFormula(basisCell: string): string {
  return `IF(${basisCell}="暦年","年","年度")`;
}

export const RATIO_FORMAT = "0.0%";
export const TEXT_FORMAT = "@";
/** Excel's default format, written where a cell must not inherit "@" (formulas with text results). */
export const GENERAL_FORMAT = "General";
export const INTEGER_FORMAT = "0";
export const THRESHOLD_FORMAT = "0.00";
