/**
 * Number formats. Values are stored as numbers in the indicator's unit, as printed: 94.6% is stored as 94.6
 * and shown with the format 0.0"%" (the % is a literal, not Excel's ×100). Inputs and formulas use the same
 * convention, so 最新実績 compares directly with 基準値/目標値. 達成率 and 期待進捗 are ratios shown as 0.0%.
 */
import type { PeriodBasis } from "../domain/periods";

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

/** A western year shown with its basis: 2019 → 2019年度 / 2019年. Stays a number for the formulas. */
export function yearFormat(basis: PeriodBasis): string {
  return basis === "fiscal" ? '0"年度"' : '0"年"';
}

export const RATIO_FORMAT = "0.0%";
export const TEXT_FORMAT = "@";
export const INTEGER_FORMAT = "0";
export const THRESHOLD_FORMAT = "0.00";
