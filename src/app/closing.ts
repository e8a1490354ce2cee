/**
 * Closing a 評価年度 (issue #12 §2) and an indicator's closed history, over the record tables and 「KPI一覧」. The pane
 * (a later task) and the CLI's `evaluation close` call these; every check runs before anything is written.
 *
 * closeEvaluationYear: sets the 効果検証 sheets up when missing (setUpEvaluationSheets, app/evaluation.ts); reads 「KPI一覧」 as typed, 評価年度, 順調閾値,
 * the ledger, the history and the year's 「評価」 rows; works the records out in the domain (domain/evaluation/closing.ts,
 * the status twin over the workbook's actuals against the target in force); then marks the year's earlier records
 * 旧記録 (キー emptied, so lookups find the new ones) and appends the new records as values. The earlier records are
 * superseded before the new ones are appended: finding a row by キー needs it to be unique.
 */
import type { Dataset } from "../domain/dataset/schema";
import { closeYear, historyOf } from "../domain/evaluation/closing";
import { evaluationProblem, type EvaluationProblem } from "../domain/evaluation/problems";
import type { ClosedRecord, EvaluationEntry } from "../domain/evaluation/types";
import type { Scalar } from "../lib/scalar";
import { closedCellFormat } from "../plan/closed-history-sheet";
import { closedRecordCells, SUPERSEDED_CELLS } from "../workbook/closed-rows";
import { closingIndicators, kpiRowsOf, type EvaluationKpiRead } from "../workbook/evaluation-kpi";
import { CLOSED_CONTRACT, closedKey, EVALUATION_CONTRACT, type ClosedColumnKey } from "../workbook/evaluation-columns";
import { planYearsOf } from "../workbook/kpi-columns";
import { EVALUATION_YEAR_NAME, KPI_SHEET, KPI_TABLE, THRESHOLD_NAME } from "../workbook/names";
import { readEvaluationEntries } from "../workbook/evaluation-rows";
import type { RecordCells } from "../workbook/record-rows";
import { setUpEvaluationSheets } from "./evaluation";
import {
  isFailure,
  readHistory,
  readLedger,
  refused,
  writeFailure,
  type EvaluationFailure,
  type EvaluationRecordsPort,
} from "./evaluation-reads";
import type { RecordTablesPort } from "./record-tables";

/** What closing needs of the dataset: the definitions that grade (rule, 判定基準, target), the plan period, its version. */
export type ClosingDataset = Pick<Dataset, "indicators" | "plan" | "datasetVersion">;

export interface CloseOptions {
  readonly year: number;
  /** Close a year already closed again (its earlier records become 旧記録). */
  readonly replace: boolean;
  /** 確定者. */
  readonly by: string;
  readonly now: Date;
}

export type CloseResult =
  | {
      readonly ok: true;
      readonly year: number;
      readonly records: readonly ClosedRecord[];
      /** How many earlier records of the year became 旧記録. */
      readonly superseded: number;
      /** 「KPI一覧」 rows the dataset does not define (not closed: their rule and target are unknown). */
      readonly skipped: readonly string[];
    }
  | { readonly ok: false; readonly failure: EvaluationFailure };

const failed = (failure: EvaluationFailure): CloseResult => ({ ok: false, failure });

/** 「KPI一覧」, 評価年度 and 順調閾値 as the closing needs them, or why they cannot be used. */
function settingsProblems(read: EvaluationKpiRead, dataset: ClosingDataset): EvaluationProblem[] {
  const problems: EvaluationProblem[] = [];
  if (!read.kpi) problems.push(evaluationProblem(KPI_TABLE, "missingTable", { table: KPI_TABLE, sheet: KPI_SHEET }));
  if (read.evaluationYear === null)
    problems.push(evaluationProblem(EVALUATION_YEAR_NAME, "unreadableName", { name: EVALUATION_YEAR_NAME }));
  if (read.threshold === null)
    problems.push(evaluationProblem(THRESHOLD_NAME, "unreadableName", { name: THRESHOLD_NAME }));
  // Another dataset's definitions would grade the year differently from what 「KPI一覧」 showed.
  if (read.datasetVersion !== null && read.datasetVersion !== dataset.datasetVersion) {
    problems.push(
      evaluationProblem("dataset", "datasetMismatch", { given: dataset.datasetVersion, workbook: read.datasetVersion }),
    );
  }
  return problems;
}

/**
 * The rows of 「評価」 as its reader reads them (委員会評価 normalised: 「A」→「A 達成」, 「保留」→「評価保留」); none when the
 * workbook has no 「評価」. A row it cannot read refuses: its committee grade would be frozen as empty.
 */
async function readEntries(port: RecordTablesPort): Promise<readonly EvaluationEntry[] | EvaluationFailure> {
  const table = await port.readRecordTable(EVALUATION_CONTRACT);
  if (table.kind === "missing") return [];
  const read = readEvaluationEntries(table);
  return read.problems.length > 0 ? refused(read.problems) : read.records.map((r) => r.record);
}

/**
 * A closed record as the cells appended: values only, numbers in their columns' formats. An empty value is left
 * out (the cell stays empty) rather than written as "": LibreOffice drops empty strings when it saves, and a frozen
 * row must read back the same after any engine has saved it.
 */
function appendedCells(record: ClosedRecord): RecordCells<ClosedColumnKey> {
  const cells = closedRecordCells(record);
  const out: Partial<Record<ClosedColumnKey, { value: Scalar; numberFormat?: string }>> = {};
  for (const c of CLOSED_CONTRACT.columns) {
    const value = cells[c.key];
    if (value === null || value === "") continue;
    const format = closedCellFormat(c.key, value);
    out[c.key] = format !== undefined ? { value, numberFormat: format } : { value };
  }
  return out;
}

export async function closeEvaluationYear(
  port: EvaluationRecordsPort,
  dataset: ClosingDataset,
  options: CloseOptions,
): Promise<CloseResult> {
  const setUp = await setUpEvaluationSheets(port);
  if (!setUp.ok) return failed(setUp.failure);
  const read = await port.readEvaluationKpi();
  const problems = settingsProblems(read, dataset);
  const kpi = kpiRowsOf(read, dataset);
  if (kpi.missing.length > 0) {
    for (const header of kpi.missing) {
      problems.push(evaluationProblem(KPI_TABLE, "missingHeader", { sheet: KPI_SHEET, header }));
    }
  }
  if (problems.length > 0) return failed(refused(problems));
  const history = await readHistory(port);
  if (isFailure(history)) return failed(history);
  const ledger = await readLedger(port);
  if (isFailure(ledger)) return failed(ledger);
  const entries = await readEntries(port);
  if (isFailure(entries)) return failed(entries);
  const { indicators, unknown } = closingIndicators(kpi.rows, dataset);
  const closed = closeYear({
    year: options.year,
    planYears: planYearsOf(dataset.plan),
    evaluationYear: read.evaluationYear as number,
    k: read.threshold as number,
    indicators,
    revisions: ledger.records.map((r) => r.record),
    entries,
    history: history.records,
    replace: options.replace,
    datasetVersion: read.datasetVersion ?? dataset.datasetVersion,
    closedBy: options.by,
    closedAt: options.now.toISOString(),
  });
  if (!closed.ok) return failed(refused(closed.problems));
  if (closed.superseded.length > 0) {
    const updates = closed.superseded.map((s) => ({
      key: { key: closedKey(s.record.year, s.record.indicatorId) },
      cells: {
        key: { value: SUPERSEDED_CELLS.key ?? "" },
        state: { value: SUPERSEDED_CELLS.state ?? "" },
      },
    }));
    const superseded = writeFailure(await port.updateRecordRows(CLOSED_CONTRACT, updates));
    if (superseded) return failed(superseded);
  }
  const appended = writeFailure(await port.appendRecordRows(CLOSED_CONTRACT, closed.records.map(appendedCells)));
  if (appended) return failed(appended);
  return {
    ok: true,
    year: options.year,
    records: closed.records,
    superseded: closed.superseded.length,
    skipped: unknown,
  };
}

export type ListClosedResult =
  | { readonly ok: true; readonly records: readonly ClosedRecord[] }
  | { readonly ok: false; readonly failure: EvaluationFailure };

/** An indicator's closed records (the pane's history), oldest year first; none when 「評価履歴」 is missing. */
export async function listClosed(port: RecordTablesPort, indicatorId: string): Promise<ListClosedResult> {
  const history = await readHistory(port);
  if (!isFailure(history)) return { ok: true, records: historyOf(history.records, indicatorId) };
  const missing = history.kind === "refused" && history.problems.every((p) => p.code === "missingTable");
  return missing ? { ok: true, records: [] } : { ok: false, failure: history };
}
