/**
 * 「概要」 of an older plan rebuilt by the refresh (issue #13). The sheet is derived: titles, labels, COUNTIFS over
 * 「KPI一覧」, the C・D list and its chart — nothing anyone types (plan/summary-sheet.ts) —, so the refresh can write
 * the current plan's sheet in its place rather than only re-point its formulas at moved columns (kpi-references.ts),
 * which kept an older layout (no 数値目標/KPI split, no C・D list …). It does so when the workbook's plan version is
 * older than PLAN_VERSION: the version the build recorded is what decides the layout, and the refresh records
 * PLAN_VERSION after it (adapters' metadata writes), so the rebuild happens once. A workbook without 「概要」 (people
 * deleted it) gets none: the refresh never adds a sheet nobody's formulas read. Nor is it rebuilt while the workbook
 * lacks 「評価」, which the current sheet's 外的要因 count reads (a workbook built before issue #12 and never given the
 * 効果検証 sheets): Excel refuses a formula naming a missing sheet, so that 「概要」 keeps its layout, re-pointed.
 */
import type { Dataset } from "../domain/dataset/schema";
import { buildSummarySheet } from "../plan/summary-sheet";
import type { WorkbookPlan } from "../plan/types";
import { EVALUATION_SHEET } from "../workbook/evaluation-columns";
import { SHEET_ONLY_METADATA } from "../workbook/metadata";
import { PLAN_VERSION, SUMMARY_SHEET } from "../workbook/names";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";
import type { FormulaWrite } from "./kpi-references";
import { isOlderPlanVersion } from "./plan-version";

export interface SummaryRebuild {
  /** The plan version the workbook was built with (null: 「概要」 stays). */
  readonly from: string | null;
}

export const NO_SUMMARY_REBUILD: SummaryRebuild = { from: null };

/** Whether 「概要」 is rebuilt: the sheet is there and the workbook's plan is older than this one. */
export function findSummaryRebuild(input: {
  readonly planVersion: string | null | undefined;
  readonly sheetNames: readonly string[];
}): SummaryRebuild {
  const { planVersion } = input;
  const has = (sheet: string): boolean => input.sheetNames.includes(sheet);
  if (!planVersion || !has(SUMMARY_SHEET) || !has(EVALUATION_SHEET)) return NO_SUMMARY_REBUILD;
  return isOlderPlanVersion(planVersion, PLAN_VERSION) ? { from: planVersion } : NO_SUMMARY_REBUILD;
}

export const rebuildsSummary = (r: SummaryRebuild): boolean => r.from !== null;

/** What the preview and the result say (before anything is written). */
export function summaryRebuildNotices(r: SummaryRebuild): RefreshNotice[] {
  if (r.from === null) return [];
  return [
    refreshNotice(
      "SummaryRebuilt",
      { sheet: SUMMARY_SHEET, from: r.from, version: PLAN_VERSION },
      { sheet: SUMMARY_SHEET },
    ),
  ];
}

/** The formula re-points left once 「概要」 is rebuilt (its new formulas already read the plan's columns). */
export function repointsBesideSummary(writes: readonly FormulaWrite[], r: SummaryRebuild): readonly FormulaWrite[] {
  return r.from === null ? writes : writes.filter((w) => w.sheet !== SUMMARY_SHEET);
}

/**
 * The current plan's 「概要」 as a plan fragment for a backend's plan writer (which replaces the sheet; the
 * workbook's metadata is never written by it). Its header lines show the dataset now in the workbook and when the
 * workbook was built.
 */
export function summaryRebuildPlan(dataset: Dataset, builtAt: string): WorkbookPlan {
  const sheet = buildSummarySheet(dataset, {
    planVersion: PLAN_VERSION,
    datasetVersion: dataset.datasetVersion,
    datasetDate: dataset.datasetDate,
    builtAt,
  });
  return { metadata: SHEET_ONLY_METADATA, sheets: [sheet], names: [] };
}
