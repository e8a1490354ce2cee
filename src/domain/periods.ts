/**
 * Periods as the strategy prints them (令和元年度, 平成30年, 令和8年 …) and as western years.
 * A 年度 is a Japanese fiscal year (April–March) named by the calendar year it starts in;
 * a 年 is a calendar year. The two are kept apart everywhere: 令和元年度 is 2019-04..2020-03,
 * 令和元年 is 2019-01..2019-12.
 */

export type PeriodBasis = "fiscal" | "calendar";

export interface Period {
  /** As printed in the document, digits normalised to ASCII (令和９年度 → 令和9年度). */
  readonly printed: string;
  readonly basis: PeriodBasis;
  /** Western year: for a fiscal year, the calendar year in which it starts. */
  readonly year: number;
}

/** First western year of each era this strategy can mention. */
const ERAS: Readonly<Record<string, number>> = { 昭和: 1926, 平成: 1989, 令和: 2019 };

/**
 * The eras by the western year that counts as their first (元年), newest first: the one table behind eraYearLabel and
 * the plan's formula twin (plan/formats.ts eraLabelFormula). A year is named by the era in force at its end, so the
 * fiscal year 2019 (April 2019 – March 2020, begun in 平成31年) is 令和元年度, as the government's documents write it,
 * and the calendar year 2019 is 令和元年. 昭和 (1926–1988) is left out: no year of this strategy reaches it, and
 * 1926 would be 昭和元年 for only its last week.
 */
export const ERA_FIRST_YEARS: readonly { readonly era: string; readonly first: number }[] = [
  { era: "令和", first: 2019 },
  { era: "平成", first: 1989 },
];

export type PeriodParseResult =
  | { readonly ok: true; readonly basis: PeriodBasis; readonly year: number }
  | { readonly ok: false; readonly message: string };

/** Full-width digits and spaces to ASCII, so 令和９年度 and 令和9年度 read the same. */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .trim();
}

/** Parses 「令和元年度」「平成30年」「令和９年度」「2024年度」 into basis and western year. */
export function parsePeriod(printed: string): PeriodParseResult {
  const text = normaliseDigits(printed);
  const era = /^(昭和|平成|令和)(元|\d{1,2})年(度)?$/.exec(text);
  if (era) {
    const start = ERAS[era[1] as string] as number;
    const n = era[2] === "元" ? 1 : Number(era[2]);
    if (n < 1) return { ok: false, message: `era year must be 元 or at least 1: "${printed}"` };
    return { ok: true, basis: era[3] ? "fiscal" : "calendar", year: start + n - 1 };
  }
  const western = /^(\d{4})年(度)?$/.exec(text);
  if (western) return { ok: true, basis: western[2] ? "fiscal" : "calendar", year: Number(western[1]) };
  return { ok: false, message: `not a period like 令和元年度 or 平成30年: "${printed}"` };
}

/** Era name of a western year (2019 → 令和元, 2024 → 令和6, 2018 → 平成30); before 1989 the western year itself. */
export function eraYearLabel(year: number): string {
  const era = ERA_FIRST_YEARS.find((e) => year >= e.first);
  if (!era) return `${year}`;
  return year === era.first ? `${era.era}元` : `${era.era}${year - era.first + 1}`;
}

/** 年度 or 年, the word after a year of the basis. */
export function periodSuffix(basis: PeriodBasis): "年度" | "年" {
  return basis === "fiscal" ? "年度" : "年";
}

/**
 * The one way the workbook, the pane and the minutes name a year: 和暦 with the western year, 「令和6年度(2024)」
 * 「平成30年(2018)」 (a year before 平成: 「1985年度(1985)」, never reached by this strategy's plan years).
 */
export function periodLabel(year: number, basis: PeriodBasis): string {
  return `${eraYearLabel(year)}${periodSuffix(basis)}(${year})`;
}

/** The fiscal year (April–March) that contains a date: 2025-03-31 → 2024, 2025-04-01 → 2025. */
export function fiscalYearOf(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** The last fiscal year that has ended by `date`: the default 評価年度. */
export function lastCompletedFiscalYear(date: Date): number {
  return fiscalYearOf(date) - 1;
}

/** Days in fiscal year `year` (April `year` – March `year + 1`): 366 when February `year + 1` has 29 days. */
export function daysInFiscalYear(year: number): number {
  const next = year + 1;
  const leap = (next % 4 === 0 && next % 100 !== 0) || next % 400 === 0;
  return leap ? 366 : 365;
}
