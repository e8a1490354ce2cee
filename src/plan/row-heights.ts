/**
 * Row heights for wrapped text, computed in the plan: exceljs cannot autofit, and a file opened in LibreOffice or
 * printed keeps the heights it was given. An estimate on the safe side: Excel's column width is counted in widths of
 * the digit 0, and an East Asian character is about two of them; a line of the 11 pt UI font needs about 18 pt.
 */

/** Points per line of 11 pt 游ゴシック (Excel's own row for that font is 18.75 pt). */
export const LINE_POINTS = 18;
/** Excel's own height of a one-line row of 11 pt 游ゴシック. */
export const ONE_LINE_POINTS = 18.75;
/** Points above and below the text. */
const PADDING_POINTS = 3;

/** East Asian wide and fullwidth characters (CJK, kana, fullwidth forms, ideographic punctuation). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of a text in digit widths (two for a wide character, one for anything else). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Lines a text takes when wrapped in a column `columnWidth` digits wide (its own line breaks kept). */
export function wrappedLines(text: string, columnWidth: number): number {
  // About one digit goes to the cell's margins.
  const usable = Math.max(1, columnWidth - 1);
  return text.split("\n").reduce((lines, line) => {
    // Wrapping breaks between characters, so a character does not straddle two lines: count per character.
    let count = 1;
    let used = 0;
    for (const ch of line) {
      const w = WIDE.test(ch) ? 2 : 1;
      if (used + w > usable && used > 0) {
        count++;
        used = 0;
      }
      used += w;
    }
    return lines + count;
  }, 0);
}

/** The height (points) that shows every text whole, or null when one line is enough (the sheet's default). */
export function rowHeightFor(
  texts: readonly { readonly text: string | null; readonly width: number }[],
): number | null {
  const lines = Math.max(1, ...texts.map((t) => (t.text ? wrappedLines(t.text, t.width) : 1)));
  return lines > 1 ? lines * LINE_POINTS + PADDING_POINTS : null;
}
