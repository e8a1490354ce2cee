/**
 * Dates as the pane shows them, one style per language: 「令和8年11月24日」 (和暦, as the city's documents and the
 * minutes write them) and "24 Nov 2026" (day, short month, year: unambiguous to any English reader); a time adds
 * 「 14:19」 / ", 14:19". A calendar date ("2026-11-24") is shown as written; an instant (a Date, or ISO text with Z
 * or an offset) in Japan's time, where the committee meets. Text that is no date is returned as it is, so a date
 * someone typed by hand stays readable.
 */
import type { Lang } from "../lib/lang";

const JST_OFFSET_MS = 9 * 3_600_000;

const ERA_DATE = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  era: "long",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  timeZone: "UTC",
});
const EN_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** The wall-clock fields of a date (as UTC fields of a Date), or null when the text is no date. */
function wallClock(value: Date | string): { date: Date; hasTime: boolean } | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : { date: new Date(value.getTime() + JST_OFFSET_MS), hasTime: true };
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (zone !== undefined) return wallClock(new Date(value.trim()));
  const date = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)),
  );
  // 2026-02-30 rolls over to March: not a date.
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return { date, hasTime: h !== undefined };
}

function dateText(lang: Lang, date: Date): string {
  if (lang === "en") return EN_DATE.format(date);
  const parts = ERA_DATE.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  // The first year of an era is 元年; ICU versions differ in whether they say so themselves.
  const year = part("year") === "1" ? "元" : part("year");
  return `${part("era")}${year}年${part("month")}月${part("day")}日`;
}

const two = (n: number) => String(n).padStart(2, "0");

/** The date alone: 「令和8年11月24日」 / "24 Nov 2026". */
export function formatDate(lang: Lang, value: Date | string): string {
  const at = wallClock(value);
  return at === null ? String(value) : dateText(lang, at.date);
}

/** The date and, when the value has one, the time: 「令和8年11月28日 14:19」 / "28 Nov 2026, 14:19". */
export function formatDateTime(lang: Lang, value: Date | string): string {
  const at = wallClock(value);
  if (at === null) return String(value);
  if (!at.hasTime) return dateText(lang, at.date);
  const time = `${two(at.date.getUTCHours())}:${two(at.date.getUTCMinutes())}`;
  return lang === "en" ? `${dateText(lang, at.date)}, ${time}` : `${dateText(lang, at.date)} ${time}`;
}

const ERA_YEAR = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", year: "numeric", timeZone: "UTC" });

/**
 * A fiscal year (a 評価年度, a 適用開始年度) as the pane's messages name it: 「令和6年度(2024)」 in Japanese, as the
 * workbook's year headers and cells read (domain/periods.ts periodLabel, which a test holds this to), and "2024" in
 * English, whose messages say "Fiscal year {year}" / "FY". The era is the one in force at the year's end (2019 is
 * 令和元年度), before 平成 the western year (「1985年度(1985)」), as periodLabel has it. Anything but a whole year (a
 * year cell someone typed as text) is shown as given.
 */
export function yearLabel(lang: Lang, year: number | string): string {
  const n = typeof year === "number" ? year : /^\s*\d{4}\s*$/.test(year) ? Number(year) : NaN;
  if (!Number.isInteger(n) || n < 1000 || n > 9999) return String(year);
  if (lang === "en") return String(n);
  if (n < 1989) return `${n}年度(${n})`;
  const parts = ERA_YEAR.formatToParts(new Date(Date.UTC(n, 11, 31)));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  const eraYear = part("year") === "1" ? "元" : part("year");
  return `${part("era")}${eraYear}年度(${n})`;
}

/** `params` with the named ones (those that hold fiscal years) shown by yearLabel: one place per message family. */
export function withYearLabels<P extends Readonly<Record<string, string | number>>>(
  lang: Lang,
  params: P,
  names: readonly string[],
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const name of names) {
    const value = out[name];
    if (value !== undefined) out[name] = yearLabel(lang, value);
  }
  return out;
}
