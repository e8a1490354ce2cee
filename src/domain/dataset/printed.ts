/**
 * Reading the numbers out of printed cells (「1,563件」「430万人(※)」「４件」「366日（閏年）」), so the validator
 * can tell when a hand-edited `value` no longer matches the text it claims to come from.
 */

/** Units the strategy prints. A new unit is a deliberate change: add it here and say so in seeds/README.md. */
export const KNOWN_UNITS: readonly string[] = [
  "件",
  "億円",
  "人",
  "事業所",
  "ha",
  "万人",
  "%",
  "カ所",
  "教室",
  "歳",
  "日",
  "基",
  "回",
];

/** Printed where no figure exists (子育て世代包括支援センター had not opened in 令和元年度). */
export const NO_FIGURE = "－";

function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，]/g, ",")
    .replace(/[．]/g, ".");
}

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;

/** The first number printed in a cell, or null when it prints none (「－」「待機児童なし」). */
export function parsePrintedNumber(printed: string): number | null {
  const match = NUMBER.exec(asciiDigits(printed));
  if (!match) return null;
  return Number(`${(match[1] as string).replace(/,/g, "")}${match[2] ?? ""}`);
}

/** Decimal places of the first printed number: 「94.6%」→ 1, 「77.41歳」→ 2, 「1,563件」→ 0. */
export function printedDecimals(printed: string): number {
  const match = NUMBER.exec(asciiDigits(printed));
  return match?.[2] ? match[2].length - 1 : 0;
}

/** Whether `unit` stands right after the first printed number (「3,923ha」 and "ha", 「430万人(※)」 and "万人"). */
export function printedUnitFollows(printed: string, unit: string): boolean {
  const text = asciiDigits(printed);
  const match = NUMBER.exec(text);
  if (!match) return false;
  return text.slice(match.index + match[0].length).startsWith(unit);
}
