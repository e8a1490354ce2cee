/**
 * The 効果検証報告書 of a 評価年度 (issue #12 §6): read 「KPI一覧」 (typed actuals, 順調閾値), 「評価」「総括意見」
 * 「評価履歴」「指標見直し」 and the committee's record through the ports, build the ReportModel
 * (domain/evaluation/report.ts) and render it as .docx or open-data CSV. The CLI's `report` verb (xlsx) and the pane's
 * export (Office) both call `exportReport`.
 *
 * What is missing: a workbook built before the 効果検証 sheets gets its report from what is there (「KPI一覧」 and the
 * committee's record), each missing sheet named in a warning and its part of the report blank; no 「KPI一覧」 table,
 * or a row of the 効果検証 sheets that cannot be read, refuses (the report would print a guess), naming the cell.
 */
import type { CommentBook } from "../workbook/comment-rows";
import { formatProblems } from "../domain/comments/problems";
import type { Dataset } from "../domain/dataset/schema";
import { evaluationProblem, formatEvaluationProblems, type EvaluationProblem } from "../domain/evaluation/problems";
import { buildReport, type ReportModel } from "../domain/evaluation/report";
import { reportToCsv } from "../domain/evaluation/report-csv";
import type { ClosedRecord, EvaluationEntry, SummaryOpinion, TargetRevision } from "../domain/evaluation/types";
import { translate, type MessageKey } from "../i18n/messages";
import type { Lang } from "../lib/lang";
import { readClosedRecords } from "../workbook/closed-rows";
import type { ReadRecords, RecordRows } from "../workbook/evaluation-cells";
import {
  CLOSED_CONTRACT,
  EVALUATION_CONTRACT,
  REVISIONS_CONTRACT,
  SUMMARY_OPINIONS_CONTRACT,
  type RecordSheetContract,
} from "../workbook/evaluation-columns";
import type { EvaluationKpiRead } from "../workbook/evaluation-kpi";
import { layoutOf } from "../workbook/kpi-columns";
import { typedKpiRows } from "../workbook/kpi-snapshots";
import { KPI_SHEET, KPI_TABLE, THRESHOLD_NAME } from "../workbook/names";
import { kpiEvaluationContext, readEvaluationEntries, readSummaryOpinions } from "../workbook/evaluation-rows";
import { readRevisions } from "../workbook/revision-rows";
import type { RecordTablesPort } from "./record-tables";

/** What the report reads: 「KPI一覧」 as typed with its settings, the record tables, the committee's record. */
export interface ReportPort {
  readEvaluationKpi(): Promise<EvaluationKpiRead>;
  readRecordTable: RecordTablesPort["readRecordTable"];
  /** The committee's three tables (CommentsPort.readBook). */
  readBook(): Promise<CommentBook>;
}

export type ReportDataset = Pick<
  Dataset,
  "plan" | "basicGoals" | "subGoals" | "measures" | "indicators" | "datasetVersion"
>;

export const REPORT_FORMATS = ["docx", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const MIME: Readonly<Record<ReportFormat, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  csv: "text/csv;charset=utf-8",
};

export interface ReportFile {
  /** 「効果検証報告書_2025.docx」 */
  readonly fileName: string;
  readonly type: string;
  /** CSV text (BOM first) or the .docx bytes. */
  readonly data: string | Uint8Array<ArrayBuffer>;
}

export type ReportLoad =
  | { readonly ok: true; readonly report: ReportModel; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly lines: readonly string[] };

/** 順調閾値 when the workbook's cannot be read (the plan's default, as the minutes use). */
const DEFAULT_THRESHOLD = 1;

type Part = "entries" | "opinions" | "closed" | "revisions";

async function readPart<T>(
  port: ReportPort,
  contract: RecordSheetContract<string>,
  read: (rows: RecordRows) => ReadRecords<T>,
  part: Part,
  lang: Lang,
  warnings: string[],
  problems: EvaluationProblem[],
): Promise<T[]> {
  const table = await port.readRecordTable(contract);
  if (table.kind === "missing") {
    const what = translate(lang, `evaluation.report.what.${part}` as MessageKey);
    warnings.push(
      translate(lang, "evaluation.report.missingSheet", { sheet: contract.sheet, table: contract.table, what }),
    );
    return [];
  }
  const records = read(table);
  problems.push(...records.problems);
  return records.records.map((r) => r.record);
}

/** 「KPI一覧」's 担当課 by id (empty cells left out). */
function departmentsOf(kpi: NonNullable<EvaluationKpiRead["kpi"]>): Map<string, string> {
  const indicators = kpiEvaluationContext(kpi)?.indicators ?? [];
  return new Map(indicators.filter((i) => i.department !== "").map((i) => [i.id, i.department]));
}

/** Reads everything once and builds the model of `year`. */
export async function loadReport(
  port: ReportPort,
  dataset: ReportDataset,
  options: { readonly year: number; readonly lang: Lang },
): Promise<ReportLoad> {
  const { lang, year } = options;
  const kpi = await port.readEvaluationKpi();
  if (!kpi.kpi)
    return {
      ok: false,
      lines: [translate(lang, "evaluation.report.noKpiTable", { table: KPI_TABLE, sheet: KPI_SHEET })],
    };
  if (kpi.datasetVersion !== null && kpi.datasetVersion !== dataset.datasetVersion) {
    const p = evaluationProblem("dataset", "datasetMismatch", {
      given: dataset.datasetVersion,
      workbook: kpi.datasetVersion,
    });
    return { ok: false, lines: formatEvaluationProblems([p], lang) };
  }
  const typed = typedKpiRows(kpi.kpi, layoutOf(dataset));
  if (typed.missing.length > 0) {
    const headers = typed.missing.map((h) => `「${h}」`).join("");
    return { ok: false, lines: [translate(lang, "evaluation.report.missingHeaders", { table: KPI_TABLE, headers })] };
  }
  const warnings: string[] = [];
  const problems: EvaluationProblem[] = [];
  const entries: EvaluationEntry[] = await readPart(
    port,
    EVALUATION_CONTRACT,
    readEvaluationEntries,
    "entries",
    lang,
    warnings,
    problems,
  );
  const opinions: SummaryOpinion[] = await readPart(
    port,
    SUMMARY_OPINIONS_CONTRACT,
    readSummaryOpinions,
    "opinions",
    lang,
    warnings,
    problems,
  );
  const closed: ClosedRecord[] = await readPart(
    port,
    CLOSED_CONTRACT,
    readClosedRecords,
    "closed",
    lang,
    warnings,
    problems,
  );
  const revisions: TargetRevision[] = await readPart(
    port,
    REVISIONS_CONTRACT,
    readRevisions,
    "revisions",
    lang,
    warnings,
    problems,
  );
  if (problems.length > 0) return { ok: false, lines: formatEvaluationProblems(problems, lang) };

  const book = await port.readBook();
  warnings.push(
    ...formatProblems([...book.members.problems, ...book.meetings.problems, ...book.comments.problems], lang),
  );
  if (kpi.threshold === null) {
    warnings.push(translate(lang, "minutes.problem.threshold", { name: THRESHOLD_NAME, value: DEFAULT_THRESHOLD }));
  }
  const known = new Set(dataset.indicators.map((i) => i.id));
  const inSheet = new Set(typed.rows.map((r) => r.id));
  const unknown = typed.rows.filter((r) => !known.has(r.id)).map((r) => r.id);
  if (unknown.length > 0) warnings.push(translate(lang, "evaluation.report.unknownRows", { ids: unknown.join("、") }));
  const absent = dataset.indicators.filter((i) => !inSheet.has(i.id)).map((i) => i.id);
  if (absent.length > 0) warnings.push(translate(lang, "evaluation.report.missingRows", { ids: absent.join("、") }));

  const built = buildReport({
    year,
    dataset,
    k: kpi.threshold ?? DEFAULT_THRESHOLD,
    actualsById: new Map(typed.rows.map((r) => [r.id, r.actuals])),
    departmentById: departmentsOf(kpi.kpi),
    entries,
    opinions,
    closed,
    revisions,
    comments: book.comments.records.map((r) => r.record),
    meetings: book.meetings.records.map((r) => r.record),
  });
  if (!built.ok) return { ok: false, lines: formatEvaluationProblems(built.problems, lang) };
  return { ok: true, report: built.report, warnings };
}

/** The report as a file. docx is large and only needed for a .docx: loaded then, not with the pane. */
export async function renderReportFile(report: ReportModel, format: ReportFormat): Promise<ReportFile> {
  const fileName = `効果検証報告書_${report.year}.${format}`;
  if (format === "csv") return { fileName, type: MIME.csv, data: reportToCsv(report) };
  const { packReportDocx } = await import(/* webpackChunkName: "report-docx" */ "../adapters/docx/report-docx");
  return { fileName, type: MIME.docx, data: await packReportDocx(report) };
}

export type ReportExport =
  | { readonly ok: true; readonly report: ReportModel; readonly file: ReportFile; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly lines: readonly string[] };

/** Read, build and render in one go: the CLI's whole job, and the pane's export button. */
export async function exportReport(
  port: ReportPort,
  dataset: ReportDataset,
  options: { readonly year: number; readonly format: ReportFormat; readonly lang: Lang },
): Promise<ReportExport> {
  const loaded = await loadReport(port, dataset, options);
  if (!loaded.ok) return loaded;
  return { ...loaded, file: await renderReportFile(loaded.report, options.format) };
}
