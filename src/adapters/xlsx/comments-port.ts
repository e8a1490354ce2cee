/**
 * The xlsx backend of the comments use cases (src/app/comments.ts CommentsPort) over one loaded exceljs workbook.
 * No I/O: the caller loads the file and saves the workbook (after prepareLoadedWorkbookForWrite).
 */
import type ExcelJS from "exceljs";
import type { CommentRecordOf, CommentTableKind } from "../../workbook/comment-rows";
import type { AppendedColumnsLayout, KpiFormulaColumn } from "../../plan/comments-sheets";
import type { ConditionalFormatPlan, WorkbookPlan } from "../../plan/types";
import { appendRecord, editRecord, readCommentBook } from "./comments-store";
import { addKpiColumnsXlsx } from "./kpi-formula-columns";
import { applyPlanToWorkbook } from "./write-workbook";

export function xlsxCommentsPort(wb: ExcelJS.Workbook) {
  return {
    readBook: async () => readCommentBook(wb),
    append: async <K extends CommentTableKind>(kind: K, record: CommentRecordOf[K]) => appendRecord(wb, kind, record),
    edit: async <K extends CommentTableKind>(kind: K, record: CommentRecordOf[K]) => editRecord(wb, kind, record),
    // Only the new sheets: the workbook keeps its own metadata.
    addSheets: async (plan: WorkbookPlan) => applyPlanToWorkbook(wb, plan, { writeMetadata: false }),
    addKpiColumns: async (
      columns: readonly KpiFormulaColumn[],
      marks: (layout: AppendedColumnsLayout) => readonly ConditionalFormatPlan[],
    ) => addKpiColumnsXlsx(wb, columns, marks),
  };
}
