/**
 * Comments collected on paper, typed into a CSV (UTF-8, BOM optional, RFC 4180 quoting so a comment may hold line
 * breaks and commas). Columns are found by header: 会議, 対象, 発言者, 区分, 内容 (required), 市の回答・対応, 対応状況,
 * 記録者 (optional). 発言者 may be a member id (M001) or a name exactly as in 委員名簿. Every row is checked and every
 * problem names its CSV line and column; the import is all-or-nothing.
 */
import { parseCsv, type CsvProblem } from "../../lib/csv";
import { fieldLabel, problem, type CommentProblem, type CommentProblemCode } from "./problems";
import { meetingNumber } from "./meeting-number";
import { buildComment, type CommentContext } from "./validate";
import type { IdSource } from "./ids";
import type { CommentRecord } from "./types";

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  readonly cells: string[];
}

export type CsvRecordsResult =
  { readonly ok: true; readonly records: CsvRecord[] } | { readonly ok: false; readonly problem: CsvProblem };

/**
 * The records of the text, each with the line it starts on, read strictly (RFC 4180): a malformed quote is refused
 * with its line rather than guessed at — the lenient reading merged every row after an unclosed quote into one
 * comment (issue #11).
 */
export function readCsvRecords(text: string): CsvRecordsResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problems[0] as CsvProblem };
  const records = parsed.records.map((cells) => ({ line: cells[0]?.line ?? 1, cells: cells.map((c) => c.text) }));
  return { ok: true, records };
}

/** The records of well-formed text (readCsvRecords says what is wrong with malformed text). */
export function parseCsvRecords(text: string): CsvRecord[] {
  const read = readCsvRecords(text);
  if (!read.ok) throw new Error(`CSV line ${read.problem.line}: ${read.problem.message}`);
  return read.records;
}

/** parseCsv is called without the options that report the other kinds (a cell limit, a record limit). */
const SYNTAX_CODES: Readonly<Record<string, CommentProblemCode>> = {
  unclosedQuote: "unclosedQuote",
  quoteInField: "quoteInField",
  textAfterQuote: "textAfterQuote",
};

/** A malformed CSV as one problem at 「CSV 3行目 内容」: the column by the header row's name when it has one. */
export function syntaxProblem(text: string, p: CsvProblem): CommentProblem {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/, 1)[0] ?? "";
  const header = p.line > 1 && p.field !== undefined ? readCsvRecords(firstLine) : null;
  const name = header?.ok ? header.records[0]?.cells[(p.field ?? 0) - 1]?.trim() : undefined;
  const column = name || (p.field !== undefined ? `${p.field}列目` : "");
  return problem(`CSV ${p.line}行目${column ? ` ${column}` : ""}`, SYNTAX_CODES[p.kind] ?? "quoteInField");
}

const CSV_COLUMNS = [
  { key: "meeting", header: "会議", required: true },
  { key: "target", header: "対象", required: true },
  { key: "speaker", header: "発言者", required: true },
  { key: "category", header: "区分", required: true },
  { key: "text", header: "内容", required: true },
  { key: "response", header: "市の回答・対応", required: false },
  { key: "status", header: "対応状況", required: false },
  { key: "recordedBy", header: "記録者", required: false },
] as const;

type CsvKey = (typeof CSV_COLUMNS)[number]["key"];

export interface CsvImportOptions {
  /** 記録者 for rows that leave it blank. */
  readonly recordedBy: string;
}

/** Where a problem is: 「CSV 3行目 区分」. */
function at(line: number, header: string): string {
  return `CSV ${line}行目 ${header}`;
}

/** Field of a record → the CSV header it came from (発言者 is one column for both id and name). */
const HEADER_OF_FIELD: Readonly<Record<string, string>> = {
  meeting: "会議",
  target: "対象",
  speakerId: "発言者",
  category: "区分",
  text: "内容",
  response: "市の回答・対応",
  status: "対応状況",
  recordedBy: "記録者",
};

export function importCommentsCsv(
  text: string,
  context: CommentContext,
  ids: IdSource,
  options: CsvImportOptions,
): { ok: true; records: CommentRecord[] } | { ok: false; problems: CommentProblem[] } {
  const read = readCsvRecords(text);
  if (!read.ok) return { ok: false, problems: [syntaxProblem(text, read.problem)] };
  const records = read.records;
  const header = records[0];
  if (!header) return { ok: false, problems: [problem("CSV 1行目", "required", { field: "meeting" })] };
  const headers = header.cells.map((h) => h.trim());
  const index = {} as Record<CsvKey, number>;
  const problems: CommentProblem[] = [];
  for (const c of CSV_COLUMNS) {
    const i = headers.indexOf(c.header);
    if (i >= 0) index[c.key] = i;
    else if (c.required)
      problems.push(problem(`CSV ${header.line}行目`, "missingHeader", { sheet: "CSV", header: c.header }));
  }
  if (problems.length > 0) return { ok: false, problems };

  const taken = new Set(context.takenIds);
  const out: CommentRecord[] = [];
  for (const rec of records.slice(1)) {
    const get = (key: CsvKey): string => (index[key] === undefined ? "" : (rec.cells[index[key]] ?? ""));
    const speakerText = get("speaker").trim();
    const byId = context.members.find((m) => m.id === speakerText);
    const byName = context.members.filter((m) => m.name.replace(/\s/g, "") === speakerText.replace(/\s/g, ""));
    const speakerId = byId?.id ?? (byName.length === 1 ? (byName[0]?.id ?? speakerText) : speakerText);
    const meeting = meetingNumber(get("meeting"));
    const rowProblems: CommentProblem[] = [];
    if (get("meeting").trim() === "") rowProblems.push(problem(at(rec.line, "会議"), "required", { field: "meeting" }));
    else if (!Number.isInteger(meeting))
      rowProblems.push(problem(at(rec.line, "会議"), "badNumber", { field: "meeting", value: get("meeting") }));
    const built = buildComment(
      {
        meeting,
        target: get("target"),
        speakerId,
        category: get("category").trim(),
        // Verbatim, as on paper; only line breaks are normalised (by buildComment).
        text: get("text"),
        response: get("response"),
        status: get("status").trim(),
        recordedBy: get("recordedBy").trim() || options.recordedBy,
      },
      { ...context, takenIds: taken },
      ids,
    );
    if (built.ok && rowProblems.length === 0) {
      out.push(built.value);
      taken.add(built.value.id);
      continue;
    }
    if (!built.ok) {
      for (const p of built.problems) {
        if (rowProblems.length > 0 && p.path === "meeting") continue;
        const headerName = HEADER_OF_FIELD[p.path] ?? fieldLabel(p.path, "ja");
        rowProblems.push({ ...p, path: at(rec.line, headerName) });
      }
    }
    problems.push(...rowProblems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records: out };
}
