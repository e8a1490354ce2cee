/**
 * The Office backend of the comments use cases (src/app/comments.ts CommentsPort): the Office comments store's
 * functions, each in one batch through the host. Conditional formats are added only where Excel has ExcelApi 1.6.
 */
import type { CommentRecordOf, CommentTableKind } from "../../workbook/comment-rows";
import type { AppendedColumnsLayout, KpiFormulaColumn } from "../../plan/comments-sheets";
import type { ConditionalFormatPlan, WorkbookPlan } from "../../plan/types";
import { applyWorkbookPlan } from "./apply-plan";
import { appendRecordOffice, editRecordOffice, readCommentBookOffice } from "./comments-store";
import type { OfficeHost } from "./host";
import { addKpiColumnsOffice } from "./kpi-formula-columns";

export function officeCommentsPort(host: OfficeHost) {
  return {
    readBook: () => host.run((context) => readCommentBookOffice(context)),
    append: <K extends CommentTableKind>(kind: K, record: CommentRecordOf[K]) =>
      host.run((context) => appendRecordOffice(context, kind, record)),
    edit: <K extends CommentTableKind>(kind: K, record: CommentRecordOf[K]) =>
      host.run((context) => editRecordOffice(context, kind, record)),
    // Only the new sheets: the workbook keeps its own metadata, and the member stays on the sheet they were on (the
    // sheets come as a side effect of setting up or saving, not as something to look at).
    addSheets: (plan: WorkbookPlan) =>
      host.run((context) =>
        applyWorkbookPlan(context, plan, {
          writeMetadata: false,
          keepActiveSheet: true,
          isSetSupported: (name, version) => host.isSetSupported(name, version),
        }),
      ),
    addKpiColumns: (
      columns: readonly KpiFormulaColumn[],
      marks: (layout: AppendedColumnsLayout) => readonly ConditionalFormatPlan[],
    ) =>
      host.run((context) =>
        addKpiColumnsOffice(context, columns, host.isSetSupported("ExcelApi", "1.6") ? marks : undefined),
      ),
  };
}
