/**
 * Free text as the committee typed it. Stored verbatim (a leading = + - @ or tab stays text: the stores write
 * strings, never formulas), with two normalisations only: CRLF/CR become LF (Excel's line break inside a cell;
 * a CR would show as _x000D_), and nothing else. Refused before anything is written: characters an .xlsx cannot
 * hold (C0 controls other than tab and line feed) and text over Excel's 32,767-character cell limit.
 */
import { problem, type CommentProblem } from "./problems";
import { EXCEL_CELL_CHAR_LIMIT } from "./types";

export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Problems of one text field (after line-break normalisation); empty when it may be stored. */
export function textProblems(field: string, text: string, options: { required?: boolean } = {}): CommentProblem[] {
  const out: CommentProblem[] = [];
  if (options.required && text.trim() === "") out.push(problem(field, "required", { field }));
  // Excel counts UTF-16 code units, as String.length does.
  if (text.length > EXCEL_CELL_CHAR_LIMIT) {
    out.push(
      problem(field, "tooLong", { field, length: text.length, limit: EXCEL_CELL_CHAR_LIMIT.toLocaleString("en-US") }),
    );
  }
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    out.push(problem(field, "controlChar", { field, char: `U+${code}` }));
  }
  return out;
}

/**
 * True when Excel would not keep this text as typed if it were entered into a General cell (a formula, a number,
 * a date, a boolean). Stores give every text cell the "@" format regardless; this is for tests and messages.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t]/.test(text);
}
