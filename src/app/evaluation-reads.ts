/**
 * What closing a 評価年度 (closing.ts) and revising a target (revisions.ts) share: the port they ask of a backend (the
 * record tables and 「KPI一覧」 with its settings), the reads of 「評価履歴」 and 「指標見直し」 that refuse a damaged
 * table rather than guess, and the failures as lines.
 */
import { formatProblems, type CommentProblem } from "../domain/comments/problems";
import { evaluationProblem, formatEvaluationProblems, type EvaluationProblem } from "../domain/evaluation/problems";
import type { ClosedRecord, TargetRevision } from "../domain/evaluation/types";
import { translate } from "../i18n/messages";
import type { Lang } from "../lib/lang";
import type { OfficeErrorInfo } from "../adapters/office";
import { readClosedRecords } from "../workbook/closed-rows";
import type { EvaluationKpiRead } from "../workbook/evaluation-kpi";
import { CLOSED_CONTRACT, REVISIONS_CONTRACT, type RecordSheetContract } from "../workbook/evaluation-columns";
import type { ReadRecords, RecordRows } from "../workbook/evaluation-cells";
import type { PlanApplyResult } from "./create-workbook";
import type { RecordTablesPort, RecordWriteResult } from "./record-tables";
import { readRevisions } from "../workbook/revision-rows";

/** 「KPI一覧」 as typed, 評価年度 / 順調閾値 and the metadata's dataset version (adapters/{office,xlsx}/evaluation-kpi.ts). */
export interface EvaluationKpiPort {
  readEvaluationKpi(): Promise<EvaluationKpiRead>;
}

export type EvaluationRecordsPort = RecordTablesPort & EvaluationKpiPort;

/** Why nothing (or, after a backend failure part way, not everything) was written. */
export type EvaluationFailure =
  | { readonly kind: "refused"; readonly problems: readonly EvaluationProblem[] }
  | { readonly kind: "table"; readonly problems: readonly CommentProblem[] }
  | { readonly kind: "office"; readonly error: OfficeErrorInfo }
  | { readonly kind: "setUp"; readonly result: Exclude<PlanApplyResult, { ok: true }> };

export const refused = (problems: readonly EvaluationProblem[]): EvaluationFailure => ({ kind: "refused", problems });

/** The failure as 「where: what」 lines in `lang`. */
export function failureLines(failure: EvaluationFailure, lang: Lang): string[] {
  switch (failure.kind) {
    case "refused":
      return formatEvaluationProblems(failure.problems, lang);
    case "table":
      return formatProblems(failure.problems, lang);
    case "office":
      return [`${translate(lang, failure.error.key)} (${failure.error.code})`];
    case "setUp": {
      const r = failure.result;
      if (r.code === "OfficeError") return [`${translate(lang, r.error.key)} (${r.error.code})`];
      return [`${r.code}${"message" in r && typeof r.message === "string" ? `: ${r.message}` : ""}`];
    }
  }
}

/** A write's failure as an EvaluationFailure; null when it was written. */
export function writeFailure(result: RecordWriteResult): EvaluationFailure | null {
  if (result.ok) return null;
  return "error" in result ? { kind: "office", error: result.error } : { kind: "table", problems: result.problems };
}

async function readTable<T>(
  port: RecordTablesPort,
  contract: RecordSheetContract<string>,
  read: (rows: RecordRows) => ReadRecords<T>,
): Promise<ReadRecords<T> | EvaluationFailure> {
  const table = await port.readRecordTable(contract);
  if (table.kind === "missing") {
    return refused([
      evaluationProblem(contract.table, "missingTable", { table: contract.table, sheet: contract.sheet }),
    ]);
  }
  const records = read(table);
  return records.problems.length > 0 ? refused(records.problems) : records;
}

/** 「評価履歴」 as read; any row it cannot read refuses (a re-close or the closed years would be guesses). */
export function readHistory(port: RecordTablesPort): Promise<ReadRecords<ClosedRecord> | EvaluationFailure> {
  return readTable(port, CLOSED_CONTRACT, readClosedRecords);
}

/** 「指標見直し」 as read; any row it cannot read (a duplicate (ID, 適用開始年度) among them) refuses. */
export function readLedger(port: RecordTablesPort): Promise<ReadRecords<TargetRevision> | EvaluationFailure> {
  return readTable(port, REVISIONS_CONTRACT, readRevisions);
}

export const isFailure = (x: object): x is EvaluationFailure => "kind" in x;
