/**
 * createWorkbook: the dataset → the workbook plan → the backend. The pane's 「ワークブックを作成」 (Office: the open
 * workbook) and the CLI's `workbook` verb (xlsx: a new file) both call this; each backend implements CreatePort.
 */
import type { Dataset } from "../domain/dataset/schema";
import { keepExistingCommentSheets } from "../plan/comments-sheets";
import type { WorkbookPlan } from "../plan/types";
import { buildWorkbookPlan } from "../plan/workbook";
import type { ApplyProgress, Feature, FeatureRequirement, OfficeErrorInfo } from "../adapters/office";
import type { PlanWriteResult } from "../adapters/xlsx/write-workbook";

export interface PlanApplyOptions {
  /** Replace sheets, names and tables of the same names. Default in every backend: refuse (SheetsExist). */
  readonly replace: boolean;
  /** Write the plan's metadata into the document (default true; false for a sheet added to a built workbook). */
  readonly writeMetadata?: boolean;
  readonly onProgress?: (p: ApplyProgress) => void;
}

/** Sheets, defined names or tables of the plan's names exist (the backends report the refusal alike). */
type SheetsExist = Extract<PlanWriteResult, { readonly ok: false }>;

/** What a backend says after applying a plan: the outcomes the pane shows (and the CLI prints). */
export type PlanApplyResult =
  | {
      readonly ok: true;
      readonly sheets: readonly string[];
      /** Optional features this backend left out (Excel lacking a requirement set). */
      readonly skipped: readonly Feature[];
    }
  | SheetsExist
  | { readonly ok: false; readonly code: "Unsupported"; readonly missing: readonly FeatureRequirement[] }
  | { readonly ok: false; readonly code: "OfficeError"; readonly error: OfficeErrorInfo };

/** The one thing createWorkbook needs of a backend. */
export interface CreatePort {
  applyPlan(plan: WorkbookPlan, options: PlanApplyOptions): Promise<PlanApplyResult>;
}

export interface CreateWorkbookOptions {
  /** The build time recorded in the workbook. */
  readonly builtAt: Date;
  /** 評価年度; default: the last fiscal year completed at builtAt. */
  readonly evaluationYear?: number;
  readonly replace?: boolean;
  /**
   * On a replace: the sheets the refused attempt found (its SheetsExist result). 委員名簿/会議/委員意見 among them
   * are the committee's record, so they are kept rather than rebuilt empty.
   */
  readonly existingSheets?: readonly string[];
  readonly onProgress?: (p: ApplyProgress) => void;
}

/** The plan createWorkbook applies (exposed for callers that report on it, e.g. the sheet count). */
export function workbookPlanFor(dataset: Dataset, options: CreateWorkbookOptions): WorkbookPlan {
  const built = buildWorkbookPlan(dataset, {
    builtAt: options.builtAt,
    ...(options.evaluationYear !== undefined ? { evaluationYear: options.evaluationYear } : {}),
  });
  return options.replace ? keepExistingCommentSheets(built, options.existingSheets ?? []) : built;
}

export async function createWorkbook(
  port: CreatePort,
  dataset: Dataset,
  options: CreateWorkbookOptions,
): Promise<PlanApplyResult> {
  const plan = workbookPlanFor(dataset, options);
  return port.applyPlan(plan, {
    replace: options.replace ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
