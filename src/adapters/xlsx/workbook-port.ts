/**
 * The xlsx backend of the use cases (src/app/port.ts WorkbookPort) over one exceljs workbook: a new one for a build
 * (the CLI's `workbook`), or one loaded from a file. Each use case's part is its own function; `xlsxWorkbookPort`
 * composes them (add a use case's part with one line). No I/O: the caller loads the file and saves `workbook`.
 */
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../plan/types";
import { xlsxCommentsPort } from "./comments-port";
import { xlsxMinutesPort } from "./minutes-source";
import { xlsxRecordTablesPort } from "./record-tables";
import { xlsxEvaluationKpiPort } from "./evaluation-kpi";
import { xlsxRefreshPort } from "./refresh-book";
import { applyPlanToWorkbook, type PlanWriteOptions, type PlanWriteResult } from "./write-workbook";

/** The one progress step an in-memory write reports (the Office renderer reports each of its round trips). */
interface FinishProgress {
  readonly step: "finish";
  readonly done: number;
  readonly total: number;
}

/** createWorkbook's part: the plan written into the workbook (refused on existing sheets unless replace). */
export function xlsxCreatePort(wb: ExcelJS.Workbook) {
  return {
    async applyPlan(
      plan: WorkbookPlan,
      options: PlanWriteOptions & { readonly onProgress?: (p: FinishProgress) => void },
    ): Promise<PlanWriteResult> {
      const result = applyPlanToWorkbook(wb, plan, options);
      if (result.ok) options.onProgress?.({ step: "finish", done: 1, total: 1 });
      return result;
    },
  };
}

export function xlsxWorkbookPort(wb: ExcelJS.Workbook = new ExcelJS.Workbook()) {
  return {
    workbook: wb,
    ...xlsxCreatePort(wb),
    ...xlsxMinutesPort(wb),
    ...xlsxCommentsPort(wb),
    ...xlsxRecordTablesPort(wb),
    ...xlsxEvaluationKpiPort(wb),
    ...xlsxRefreshPort(wb),
  };
}
