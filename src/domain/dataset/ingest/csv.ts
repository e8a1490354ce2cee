/**
 * CSV text → cells with their line and column (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes,
 * CRLF/LF/CR). Malformed text is reported by position instead of being guessed at. The delimiter is a comma, or a
 * tab when the first line has tabs and no commas (Excel's 「Unicode テキスト」).
 */
export interface CsvCell {
  readonly text: string;
  /** 1-based line where the field starts. */
  readonly line: number;
  /** 1-based field number in its record. */
  readonly field: number;
}

export interface CsvProblem {
  readonly line: number;
  readonly field?: number;
  readonly message: string;
}

export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly (readonly CsvCell[])[]; readonly delimiter: "," | "\t" }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

/** Excel's limit on one cell; a longer field is not something Excel wrote. */
export const CSV_MAX_FIELD_CHARS = 32767;
export const CSV_MAX_RECORDS = 20000;

export function parseCsv(input: string): CsvParseResult {
  const text = input.replace(/^\uFEFF/, "");
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const records: CsvCell[][] = [];
  const problems: CsvProblem[] = [];
  let record: CsvCell[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const endRecord = (): void => {
    // A line with nothing on it (e.g. the final newline) is not a record.
    if (!(record.length === 1 && record[0]?.text === "")) records.push(record);
    record = [];
  };
  while (i <= n) {
    const startLine = line;
    const field = record.length + 1;
    let value = "";
    if (text[i] === '"') {
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
        problems.push({ line: startLine, field, message: 'a quoted field is never closed (a missing ")' });
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
        problems.push({
          line,
          field,
          message: `unexpected text after a closing quote: ${JSON.stringify(text.slice(i, i + 10))}`,
        });
        break;
      }
    } else {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== "\r" && text[j] !== "\n") j++;
      value = text.slice(i, j);
      if (value.includes('"')) {
        problems.push({
          line,
          field,
          message: `a quote inside an unquoted field: ${JSON.stringify(value.slice(0, 40))}`,
        });
        break;
      }
      i = j;
    }
    if (value.length > CSV_MAX_FIELD_CHARS) {
      problems.push({
        line: startLine,
        field,
        message: `a field of ${value.length} characters, over Excel's ${CSV_MAX_FIELD_CHARS}`,
      });
      break;
    }
    record.push({ text: value, line: startLine, field });
    const ch = text[i];
    if (ch === delimiter) {
      i++;
      continue;
    }
    endRecord();
    if (records.length > CSV_MAX_RECORDS) {
      problems.push({ line, message: `more than ${CSV_MAX_RECORDS} records; not a KPI list` });
      break;
    }
    if (ch === undefined) break;
    i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    line++;
    if (i >= n) break;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, records, delimiter };
}

/** A field as Excel users expect to see it in a CSV: quoted when it holds a delimiter, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
