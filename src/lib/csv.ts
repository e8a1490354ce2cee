/**
 * CSV, one reader and one writer for every caller (the dataset CSV, the comments CSV, the minutes CSV).
 *
 * Reading follows RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF/LF/CR between records, a
 * leading BOM ignored. Malformed text is refused with its position instead of being guessed at (the comments CSV's
 * old lenient reading merged every row after an unclosed quote into one comment; issue #11).
 *
 * Writing quotes a field only when it must; the formula guard (CSV injection) is an option of the writer.
 */

export interface CsvCell {
  readonly text: string;
  /** 1-based line where the field starts. */
  readonly line: number;
  /** 1-based field number in its record. */
  readonly field: number;
}

export type CsvProblemKind = "unclosedQuote" | "textAfterQuote" | "quoteInField" | "fieldTooLong" | "tooManyRecords";

export interface CsvProblem {
  readonly kind: CsvProblemKind;
  readonly line: number;
  readonly field?: number;
  readonly message: string;
}

export type CsvDelimiter = "," | "\t";

export type CsvParseResult =
  | {
      readonly ok: true;
      readonly records: readonly (readonly CsvCell[])[];
      readonly delimiter: CsvDelimiter;
    }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

export interface CsvParseOptions {
  /** "," (the default), a tab, or "auto": a tab when the first line has tabs and no commas (Excel's 「Unicode テキスト」). */
  readonly delimiter?: CsvDelimiter | "auto";
  /** Refuse a field longer than one Excel cell holds; a longer field is not something Excel wrote. */
  readonly excelCellLimit?: boolean;
  /** Refuse text with more records than this. */
  readonly maxRecords?: number;
}

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_MAX_CHARS = 32767;

function delimiterOf(text: string, option: CsvDelimiter | "auto"): CsvDelimiter {
  if (option !== "auto") return option;
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  return firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
}

export function parseCsv(input: string, options: CsvParseOptions = {}): CsvParseResult {
  const text = input.replace(/^\uFEFF/, "");
  const delimiter = delimiterOf(text, options.delimiter ?? ",");
  const refuse = (problem: CsvProblem): CsvParseResult => ({ ok: false, problems: [problem] });
  const records: CsvCell[][] = [];
  let record: CsvCell[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const startLine = line;
    const field = record.length + 1;
    let value = "";
    const quoted = text[i] === '"';
    if (quoted) {
      i++;
      let closed = false;
      while (i < n) {
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        value += ch;
        i++;
      }
      if (!closed) {
        return refuse({
          kind: "unclosedQuote",
          line: startLine,
          field,
          message: 'a quoted field is never closed (a missing ")',
        });
      }
    }
    // The unquoted field, or what follows a closing quote (only a delimiter or a line break may).
    let j = i;
    while (j < n && text[j] !== delimiter && text[j] !== "\r" && text[j] !== "\n") j++;
    const rest = text.slice(i, j);
    if (quoted && rest !== "") {
      return refuse({
        kind: "textAfterQuote",
        line,
        field,
        message: `unexpected text after a closing quote: ${JSON.stringify(text.slice(i, i + 10))}`,
      });
    }
    if (!quoted && rest.includes('"')) {
      return refuse({
        kind: "quoteInField",
        line,
        field,
        message: `a quote inside an unquoted field: ${JSON.stringify(rest.slice(0, 40))}`,
      });
    }
    value += rest;
    i = j;
    if (options.excelCellLimit && value.length > EXCEL_CELL_MAX_CHARS) {
      return refuse({
        kind: "fieldTooLong",
        line: startLine,
        field,
        message: `a field of ${value.length} characters, over Excel's ${EXCEL_CELL_MAX_CHARS}`,
      });
    }
    record.push({ text: value, line: startLine, field });
    const ch = text[i];
    if (ch === delimiter) {
      i++;
      continue;
    }
    // a record that is one empty field (an empty line) is not one
    if (!(record.length === 1 && record[0]?.text === "")) records.push(record);
    record = [];
    if (options.maxRecords !== undefined && records.length > options.maxRecords) {
      return refuse({ kind: "tooManyRecords", line, message: `more than ${options.maxRecords} records` });
    }
    if (ch === undefined) break;
    i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    line++;
    if (i >= n) break;
  }
  return { ok: true, records, delimiter };
}

export interface CsvWriteOptions {
  /**
   * A field that begins with = + - @ or a tab/CR would be evaluated by Excel when the CSV is opened (CSV injection):
   * such a field gets one leading apostrophe, the form Excel itself shows for literal text. Off by default.
   */
  readonly formulaGuard?: boolean;
  /** Quote a field holding a tab as well (on by default, so a reader that takes tabs as the delimiter is not misled). */
  readonly quoteTabs?: boolean;
}

/** The formula guard on its own (see `CsvWriteOptions.formulaGuard`). */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field as Excel users expect to see it: quoted when it holds a comma, a quote or a line break (or a tab). */
export function csvField(text: string, options: CsvWriteOptions = {}): string {
  const value = options.formulaGuard ? guardFormula(text) : text;
  const mustQuote = options.quoteTabs === false ? /[",\r\n]/ : /[",\r\n\t]/;
  return mustQuote.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record's fields, comma-separated (no line break). */
export function csvRow(fields: readonly string[], options: CsvWriteOptions = {}): string {
  return fields.map((f) => csvField(f, options)).join(",");
}
