/**
 * buildWorkbookPlan: the whole workbook as data (pure). The adapters (src/adapters/office, src/adapters/xlsx) apply it;
 * the CLI and the task pane call it. Sheets: 「KPI一覧」「設定」「概要」「委員名簿」「会議」「委員意見」「評価」「総括意見」「評価履歴」「指標見直し」「確認事項」.
 */
import type { Problem } from "../domain/dataset/problems";
import type { Dataset } from "../domain/dataset/schema";
import { datasetLimitProblems } from "../domain/dataset/workbook-limits";
import { lastCompletedFiscalYear } from "../domain/periods";
import { addCommentsToPlan } from "./comments-sheets";
import { addEvaluationSheetsToPlan } from "./evaluation-sheets";
import { revisionsOfDataset } from "../domain/evaluation/dataset-revisions";
import { addRevisionSheetsToPlan } from "./revisions-sheet";
import { addVerificationSheetToPlan } from "./verification-sheet";
import { buildKpiSheet } from "./kpi-sheet";
import { KPI_ROWS, layoutOf, planYearsOf } from "../workbook/kpi-columns";
import { PLAN_VERSION } from "../workbook/names";
import { buildSettingsSheet, settingsProblems } from "./settings-sheet";
import { buildSummarySheet } from "./summary-sheet";
import type { WorkbookMetadata, WorkbookPlan } from "./types";

export interface WorkbookPlanOptions {
  readonly builtAt: Date;
  /** 評価年度; default: the last fiscal year completed at builtAt (April–March). */
  readonly evaluationYear?: number;
}

/** What buildWorkbookPlan refuses, as problems with their paths (`indicators[3].actuals[1].year: …`). */
export class WorkbookInputError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    this.name = "WorkbookInputError";
  }
}

/** 評価年度 as the plan uses it: the one given, or the default that stays within the year columns. */
function evaluationYearOf(dataset: Dataset, options: WorkbookPlanOptions): number {
  // The default stays within the year columns (and the 設定 validation): for 令和3〜9年度, a workbook built after
  // FY2028 starts at 2027, one built before FY2021 at 2020.
  const years = planYearsOf(dataset.plan);
  return (
    options.evaluationYear ?? Math.min(years.last, Math.max(years.first, lastCompletedFiscalYear(options.builtAt)))
  );
}

/**
 * Values the workbook cannot hold, which buildWorkbookPlan would refuse: the dataset's (validateDataset reports
 * them too) and the options' (a 評価年度 outside 設定's validation). Callers with user input check this first.
 */
export function workbookPlanProblems(dataset: Dataset, options: WorkbookPlanOptions): Problem[] {
  return [
    ...datasetLimitProblems(dataset),
    ...settingsProblems(evaluationYearOf(dataset, options), planYearsOf(dataset.plan)),
  ];
}

/** The workbook as data; throws WorkbookInputError for what workbookPlanProblems reports (never drops it). */
export function buildWorkbookPlan(dataset: Dataset, options: WorkbookPlanOptions): WorkbookPlan {
  const refused = workbookPlanProblems(dataset, options);
  if (refused.length > 0) throw new WorkbookInputError(refused);
  const metadata: WorkbookMetadata = {
    planVersion: PLAN_VERSION,
    datasetVersion: dataset.datasetVersion,
    datasetDate: dataset.datasetDate,
    builtAt: options.builtAt.toISOString(),
  };
  const settings = buildSettingsSheet(evaluationYearOf(dataset, options), planYearsOf(dataset.plan));
  // The committee's record (委員名簿・会議・委員意見) and KPI一覧's comment counts: src/plan/comments-sheets.ts.
  const withComments = addCommentsToPlan({
    metadata,
    sheets: [
      buildKpiSheet(dataset, `${dataset.plan.title} KPI一覧`),
      settings.sheet,
      buildSummarySheet(dataset, metadata),
    ],
    names: settings.names,
  });
  // 「評価」「総括意見」 of 評価年度 (one 評価 row per indicator): src/plan/evaluation-sheets.ts.
  const withEvaluation = addEvaluationSheetsToPlan(withComments, dataset, evaluationYearOf(dataset, options));
  // 「評価履歴」 and 「指標見直し」, which KPI一覧's 前回評価 and 適用目標値 read: src/plan/revisions-sheet.ts.
  const withRevisions = addRevisionSheetsToPlan(withEvaluation, revisionsOfDataset(dataset));
  // 「確認事項」 (staff), which KPI一覧's 要確認 reads: src/plan/verification-sheet.ts.
  const kpiRows = { first: KPI_ROWS.firstData, last: KPI_ROWS.firstData + Math.max(1, dataset.indicators.length) - 1 };
  return addVerificationSheetToPlan(withRevisions, dataset, layoutOf(dataset), kpiRows);
}
