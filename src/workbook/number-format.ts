/**
 * What a cell's number format says about its number. Excel stores a typed date (2024/4/1) as a serial (45383) under a
 * date format: a reader that takes only the value would see a plausible number. Only the format tells.
 */

/** True when `format` shows its number as a date or a time (y, m, d, h, s, era g/e tokens outside quotes). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === "" || /^general$/i.test(format)) return false;
  const bare = format
    .replace(/"[^"]*"/g, "") // quoted text: 0"年度" shows a year number, not a date
    .replace(/\\./g, "") // escaped characters
    .replace(/\[[^\]]*\]/g, "") // [Red], [$-411], [h] elapsed-time brackets aside
    .replace(/_.|\*./g, ""); // spacing and fill characters
  return /[ymdhsge]/i.test(bare.replace(/E[+-]/gi, "")); // E+ / E- are scientific notation
}
