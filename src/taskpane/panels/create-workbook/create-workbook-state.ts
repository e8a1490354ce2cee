/**
 * Pure mapping from the renderer's progress and createWorkbook's result to what the panel shows (message keys, not text), so the
 * view stays declarative and the rules are testable without React.
 */
import type { ApplyProgress, ApplyResult, Feature } from "../../../adapters/office";
import type { PlanApplyResult } from "../../../app/create-workbook";
import type { MessageKey } from "../../../i18n/messages";
import type { CreateWorkbookState, Message } from "./CreateWorkbook.types";

/** Share of the progress bar each step covers: [start, width]. Writing cells is most of the work. */
const STEP_SPAN: Readonly<Record<ApplyProgress["step"], readonly [number, number]>> = {
  read: [0.02, 0.08],
  cells: [0.1, 0.6],
  formats: [0.7, 0.25],
  finish: [0.95, 0.05],
};

const STEP_KEY: Readonly<Record<ApplyProgress["step"], MessageKey>> = {
  read: "workbook.step.read",
  cells: "workbook.step.cells",
  formats: "workbook.step.formats",
  finish: "workbook.step.finish",
};

/** The catalogue label of each optional or required feature (a new Feature fails to compile until named here). */
export const FEATURE_KEYS: Readonly<Record<Feature, MessageKey>> = {
  core: "feature.core",
  suspendCalculation: "feature.suspendCalculation",
  conditionalFormats: "feature.conditionalFormats",
  freezePanes: "feature.freezePanes",
  tabColor: "feature.tabColor",
  metadata: "feature.metadata",
  dataValidation: "feature.dataValidation",
  pageLayout: "feature.pageLayout",
  rowGroups: "feature.rowGroups",
  columnGroups: "feature.columnGroups",
  charts: "feature.charts",
  rangeAreas: "feature.rangeAreas",
};

export function progressView(p: ApplyProgress): { step: Message; fraction: number } {
  const [start, width] = STEP_SPAN[p.step];
  const share = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
  return { step: { key: STEP_KEY[p.step], params: { done: p.done, total: p.total } }, fraction: start + width * share };
}

/** createWorkbook's result (the Office renderer's own ApplyResult, with its request figures, is one too). */
export function stateFromResult(result: PlanApplyResult | ApplyResult): CreateWorkbookState {
  if (result.ok) return { kind: "done", sheets: result.sheets, skipped: result.skipped };
  switch (result.code) {
    case "SheetsExist":
      return { kind: "confirmReplace", conflicts: [...new Set([...result.sheets, ...result.tables, ...result.names])] };
    case "Unsupported":
      return { kind: "unsupported", missing: result.missing };
    case "OfficeError":
      return {
        kind: "error",
        message: { key: result.error.key, params: { code: result.error.code } },
        code: result.error.code,
        details: result.error.message,
      };
  }
}
