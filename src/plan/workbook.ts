/**
 * buildWorkbookPlan: the whole workbook as data (pure). The renderers (src/render/office, src/render/xlsx) apply it;
 * the CLI and the task pane call it. Sheets: 「KPI一覧」「設定」「概要」.
 */
import type { Dataset } from "../domain/dataset/schema";
import { lastCompletedFiscalYear } from "../domain/periods";
import { buildKpiSheet } from "./kpi-sheet";
import { PLAN_VERSION } from "./names";
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
  const evaluationYear = options.evaluationYear ?? lastCompletedFiscalYear(options.builtAt);
  const settings = buildSettingsSheet(evaluationYear);
  return {
    metadata,
    sheets: [
      buildKpiSheet(dataset, `${dataset.plan.title} KPI一覧`),
      settings.sheet,
      buildSummarySheet(dataset, metadata),
    ],
    names: settings.names,
  };
}
