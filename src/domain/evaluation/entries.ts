/**
 * What people give for 「評価」 and 「総括意見」, made into the record's words and checked, with no workbook in sight:
 * a committee grade typed as "A" or 「保留」 becomes 「A 達成」 / 「評価保留」; a direction must be one of the list;
 * an entry's year must lie within the plan years and its id be an indicator of the workbook. The import CSV
 * (評価年度, 対象, 要因分析, 課題, 今後の方向性, 外的要因, 委員会評価, 理由, and optionally 総括意見) is read strictly
 * (lib/csv through the comments CSV's reader) and every problem names its CSV line and column.
 */
import { readCsvRecords, syntaxProblem } from "../comments/csv";
import { normalizeLineBreaks } from "../comments/text";
import { evaluationProblem, type EvaluationProblem } from "./problems";
import {
  COMMITTEE_GRADES,
  EVALUATION_DIRECTIONS,
  WHOLE_STRATEGY,
  type CommitteeGrade,
  type EvaluationDirection,
  type EvaluationEntry,
  type SummaryOpinion,
} from "./types";

/** Full-width letters and digits as ASCII, spaces (full-width too) collapsed: how people type grades. */
function folded(text: string): string {
  return text
    .replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, " ")
    .trim();
}

/** 委員会評価 as the record holds it: "" when blank, the grade text, or null when it is none of them. */
export function normalizeCommitteeGrade(text: string): CommitteeGrade | "" | null {
  const t = folded(text);
  if (t === "") return "";
  const deferred = COMMITTEE_GRADES[COMMITTEE_GRADES.length - 1] as CommitteeGrade;
  if (t === "保留" || t === deferred) return deferred;
  // "A", "a", "A 達成", "A達成": the letter decides, but a text after it must be that grade's own word.
  const m = /^([A-Da-d])\s?(.*)$/.exec(t);
  if (!m) return null;
  const grade = COMMITTEE_GRADES.find((g) => g.startsWith((m[1] as string).toUpperCase()));
  if (!grade) return null;
  return m[2] === "" || grade === `${(m[1] as string).toUpperCase()} ${m[2]}` ? grade : null;
}

/** 今後の方向性 as the record holds it: "" when blank, one of the list, or null. */
export function normalizeDirection(text: string): EvaluationDirection | "" | null {
  const t = folded(text);
  if (t === "") return "";
  return (EVALUATION_DIRECTIONS as readonly string[]).includes(t) ? (t as EvaluationDirection) : null;
}

/** What an entry or an opinion is checked against: the plan years, the workbook's indicators and 基本目標. */
export interface EntryContext {
  readonly years: { readonly first: number; readonly last: number };
  readonly knownIds: ReadonlySet<string>;
  /** 「総括意見」's targets: 全体 and 基本目標1…n. */
  readonly summaryTargets: readonly string[];
}

/** A year within the plan years, at `path`; `field` names the column. */
export function yearProblems(year: number, context: EntryContext, path: string, field = "year"): EvaluationProblem[] {
  const { first, last } = context.years;
  if (year >= first && year <= last) return [];
  return [evaluationProblem(path, "yearOutsidePlan", { field, year, from: first, to: last })];
}

/** An entry's year and indicator checked; `at` names where each field came from. */
export function entryProblems(
  entry: { readonly year: number; readonly indicatorId: string },
  context: EntryContext,
  at: (field: "year" | "indicatorId") => string = (f) => f,
): EvaluationProblem[] {
  const problems = yearProblems(entry.year, context, at("year"));
  if (!context.knownIds.has(entry.indicatorId)) {
    problems.push(evaluationProblem(at("indicatorId"), "unknownIndicator", { value: entry.indicatorId }));
  }
  return problems;
}

/** An opinion's year and target checked. */
export function opinionProblems(
  opinion: { readonly year: number; readonly target: string },
  context: EntryContext,
  at: (field: "year" | "target") => string = (f) => f,
): EvaluationProblem[] {
  const problems = yearProblems(opinion.year, context, at("year"));
  if (!context.summaryTargets.includes(opinion.target)) {
    const allowed = context.summaryTargets.join("、");
    problems.push(evaluationProblem(at("target"), "badSummaryTarget", { value: opinion.target, allowed }));
  }
  return problems;
}

/** The department's and the committee's input for one indicator and year (name and 担当課 come from the workbook). */
export type EntryInput = Omit<EvaluationEntry, "name" | "department" | "updatedAt" | "updatedBy">;

/** A 総括意見 as given (who and when are the writer's). */
export type OpinionInput = Omit<SummaryOpinion, "updatedAt" | "updatedBy">;

/** A record of the CSV with the line it starts on. */
export interface Lined<T> {
  readonly line: number;
  readonly value: T;
}

export type EvaluationCsvResult =
  | { readonly ok: true; readonly entries: Lined<EntryInput>[]; readonly opinions: Lined<OpinionInput>[] }
  | { readonly ok: false; readonly problems: EvaluationProblem[] };

const CSV_COLUMNS = [
  { key: "year", header: "評価年度", required: true },
  { key: "target", header: "対象", required: true },
  { key: "analysis", header: "要因分析", required: true },
  { key: "issues", header: "課題", required: true },
  { key: "direction", header: "今後の方向性", required: true },
  { key: "externalFactor", header: "外的要因", required: true },
  { key: "committeeGrade", header: "委員会評価", required: true },
  { key: "reason", header: "理由", required: true },
  { key: "opinion", header: "総括意見", required: false },
] as const;
type CsvKey = (typeof CSV_COLUMNS)[number]["key"];
const headerOf = (key: CsvKey): string => CSV_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** Full-width digits and separators read as the year they show; null when not a western year. */
function csvYear(text: string): number | null {
  const t = folded(text).replace(/(年度|年)$/, "");
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

/**
 * The CSV's rows as inputs: 対象 an indicator id → a 「評価」 entry (理由 = 委員会評価の理由); 「全体」 or
 * 「基本目標N」 → a 「総括意見」 (its text from 総括意見, else 理由). All-or-nothing: any problem, and no input is
 * returned. Two rows for one entry or opinion are refused (which one is meant is unclear).
 */
export function parseEvaluationCsv(text: string, context: EntryContext): EvaluationCsvResult {
  const read = readCsvRecords(text);
  if (!read.ok) {
    const p = syntaxProblem(text, read.problem);
    return { ok: false, problems: [evaluationProblem(p.path, p.code as "unclosedQuote")] };
  }
  const [header, ...rows] = read.records;
  if (!header) return { ok: false, problems: [evaluationProblem("CSV 1行目", "required", { field: "year" })] };
  const headers = header.cells.map((h) => h.replace(/^\uFEFF/, "").trim());
  const index = {} as Record<CsvKey, number>;
  const problems: EvaluationProblem[] = [];
  for (const c of CSV_COLUMNS) {
    const i = headers.indexOf(c.header);
    if (i >= 0) index[c.key] = i;
    else if (c.required)
      problems.push(evaluationProblem(`CSV ${header.line}行目`, "missingHeader", { sheet: "CSV", header: c.header }));
  }
  if (problems.length > 0) return { ok: false, problems };

  const entries: Lined<EntryInput>[] = [];
  const opinions: Lined<OpinionInput>[] = [];
  const seen = new Map<string, string>();
  for (const rec of rows) {
    const get = (key: CsvKey): string => (index[key] === undefined ? "" : (rec.cells[index[key]] ?? ""));
    if (rec.cells.every((c) => c.trim() === "")) continue;
    const at = (key: CsvKey): string => `CSV ${rec.line}行目 ${headerOf(key)}`;
    const rowProblems: EvaluationProblem[] = [];
    const year = csvYear(get("year"));
    if (get("year").trim() === "") rowProblems.push(evaluationProblem(at("year"), "required", { field: "year" }));
    else if (year === null)
      rowProblems.push(evaluationProblem(at("year"), "badYear", { field: "year", value: get("year") }));
    const target = folded(get("target"));
    if (target === "") rowProblems.push(evaluationProblem(at("target"), "required", { field: "target" }));
    const isOpinion = target === WHOLE_STRATEGY || target.startsWith("基本目標");
    if (year !== null && target !== "") {
      rowProblems.push(
        ...(isOpinion
          ? opinionProblems({ year, target }, context, (f) => at(f))
          : entryProblems({ year, indicatorId: target }, context, (f) => at(f === "indicatorId" ? "target" : f))),
      );
    }
    const direction = normalizeDirection(get("direction"));
    if (direction === null)
      rowProblems.push(notInList(at("direction"), "direction", get("direction"), EVALUATION_DIRECTIONS));
    const grade = normalizeCommitteeGrade(get("committeeGrade"));
    if (grade === null)
      rowProblems.push(notInList(at("committeeGrade"), "committeeGrade", get("committeeGrade"), COMMITTEE_GRADES));
    const key = `${year}|${target}`;
    const first = seen.get(key);
    if (year !== null && target !== "" && first !== undefined) {
      rowProblems.push(
        evaluationProblem(at("target"), "duplicateRow", { what: key, first, second: `CSV ${rec.line}行目` }),
      );
    } else seen.set(key, `CSV ${rec.line}行目`);
    problems.push(...rowProblems);
    if (rowProblems.length > 0 || year === null) continue;
    if (isOpinion) {
      const opinion = get("opinion").trim() !== "" ? get("opinion") : get("reason");
      opinions.push({ line: rec.line, value: { year, target, text: normalizeText(opinion) } });
    } else {
      entries.push({
        line: rec.line,
        value: {
          year,
          indicatorId: target,
          analysis: normalizeText(get("analysis")),
          issues: normalizeText(get("issues")),
          direction: direction ?? "",
          externalFactor: normalizeText(get("externalFactor")).trim(),
          committeeGrade: grade ?? "",
          committeeReason: normalizeText(get("reason")),
        },
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries, opinions };
}

/** Line breaks as "\n" (a CSV from Windows has "\r\n"), surrounding space trimmed; the text otherwise verbatim. */
const normalizeText = (text: string): string => normalizeLineBreaks(text).trim();

function notInList(path: string, field: string, value: string, allowed: readonly string[]): EvaluationProblem {
  return evaluationProblem(path, "notInList", { field, value, allowed: allowed.join("、") });
}
