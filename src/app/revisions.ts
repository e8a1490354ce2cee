/**
 * Revising a target (issue #12 §3): one row appended to 「指標見直し」, checked first against 「KPI一覧」 (the indicator,
 * its original 目標値 / 目標年度 read through the KPI reader), the plan period, the closed years of 「評価履歴」 and the
 * ledger (domain/evaluation/revising.ts). 適用中 is the plan's formula for the row it lands on. The original target
 * stays in 「KPI一覧」; its 適用目標値 follows the ledger. The CLI's `revise` and the pane (a later task) call this.
 */
import type { Dataset } from "../domain/dataset/schema";
import { closedYears } from "../domain/evaluation/closing";
import { evaluationProblem } from "../domain/evaluation/problems";
import { buildRevision, type RevisionRequest } from "../domain/evaluation/revising";
import type { TargetRevision } from "../domain/evaluation/types";
import { revisionRecordCells } from "../plan/revisions-sheet";
import { kpiRowsOf } from "../workbook/evaluation-kpi";
import { RECORD_HEADER_ROW, REVISIONS_CONTRACT } from "../workbook/evaluation-columns";
import { planYearsOf } from "../workbook/kpi-columns";
import { KPI_SHEET, KPI_TABLE } from "../workbook/names";
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

export interface ReviseOptions extends RevisionRequest {
  readonly now: Date;
}

export type ReviseResult =
  | { readonly ok: true; readonly revision: TargetRevision }
  | { readonly ok: false; readonly failure: EvaluationFailure };

const failed = (failure: EvaluationFailure): ReviseResult => ({ ok: false, failure });

export async function reviseTarget(
  port: EvaluationRecordsPort,
  dataset: Pick<Dataset, "plan">,
  options: ReviseOptions,
): Promise<ReviseResult> {
  const setUp = await setUpEvaluationSheets(port);
  if (!setUp.ok) return failed(setUp.failure);
  const read = await port.readEvaluationKpi();
  if (!read.kpi) {
    return failed(refused([evaluationProblem(KPI_TABLE, "missingTable", { table: KPI_TABLE, sheet: KPI_SHEET })]));
  }
  const kpi = kpiRowsOf(read, dataset);
  if (kpi.missing.length > 0) {
    return failed(
      refused(kpi.missing.map((header) => evaluationProblem(KPI_TABLE, "missingHeader", { sheet: KPI_SHEET, header }))),
    );
  }
  const history = await readHistory(port);
  if (isFailure(history)) return failed(history);
  const ledger = await readLedger(port);
  if (isFailure(ledger)) return failed(ledger);
  const built = buildRevision(options, {
    indicators: kpi.rows,
    planYears: planYearsOf(dataset.plan),
    closedYears: closedYears(history.records),
    revisions: ledger.records.map((r) => ({
      record: r.record,
      at: `${REVISIONS_CONTRACT.sheet} ${r.index + RECORD_HEADER_ROW + 1}行目`,
    })),
    recordedAt: options.now.toISOString(),
  });
  if (!built.ok) return failed(refused(built.problems));
  const appended = writeFailure(await port.appendRecordRows(REVISIONS_CONTRACT, [revisionRecordCells(built.revision)]));
  return appended ? failed(appended) : { ok: true, revision: built.revision };
}
