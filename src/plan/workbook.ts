/**
 * buildWorkbookPlan: the whole workbook as data (pure). The adapters (src/adapters/office, src/adapters/xlsx) apply it;
 * the CLI and the task pane call it. Sheets: 「KPI一覧」「設定」「概要」「委員名簿」「会議」「委員意見」.
 */
import type { Dataset } from "../domain/dataset/schema";
import { lastCompletedFiscalYear } from "../domain/periods";
import { addCommentsToPlan } from "./comments-sheets";
import { buildKpiSheet } from "./kpi-sheet";
import { planYearsOf } from "../workbook/kpi-columns";
import { PLAN_VERSION } from "../workbook/names";
import { buildSettingsSheet } from "./settings-sheet";
import { buildSummarySheet } from "./summary-sheet";
import type { WorkbookMetadata, WorkbookPlan } from "./types";

export interface WorkbookPlanOptions {
  readonly builtAt: Date;
  /** 評価年度; default: the last fiscal year completed at builtAt (April–March). */
  readonly evaluationYear?: number;
}

export function buildWorkbookPlan(dataset: Dataset, options: WorkbookPlanOptions): WorkbookPlan {
  const metadata: WorkbookMetadata = {
    planVersion: PLAN_VERSION,
    datasetVersion: dataset.datasetVersion,
    datasetDate: dataset.datasetDate,
    builtAt: options.builtAt.toISOString(),
  };
  // The default stays within the year columns (and the 設定 validation): for 令和3〜9年度, a workbook built after
  // FY2028 starts at 2027, one built before FY2021 at 2020.
  const years = planYearsOf(dataset.plan);
  const evaluationYear =
    options.evaluationYear ?? Math.min(years.last, Math.max(years.first, lastCompletedFiscalYear(options.builtAt)));
  const settings = buildSettingsSheet(evaluationYear, years);
  // The committee's record (委員名簿・会議・委員意見) and KPI一覧's comment counts: src/plan/comments-sheets.ts.
  return addCommentsToPlan({
    metadata,
    sheets: [
      buildKpiSheet(dataset, `${dataset.plan.title} KPI一覧`),
      settings.sheet,
      buildSummarySheet(dataset, metadata),
    ],
    names: settings.names,
  });
}
