/**
 * Office.js side of the minutes panel: its two trips to the workbook, over the request context the host gives (never the Excel global):
 * read the committee's record (the comments store) and the 「KPI一覧」 table as Excel calculated it; write the
 * printable 「会議録_第N回」 sheet through the plan renderer with writeMetadata off (a minutes sheet must not change
 * what the workbook records about itself).
 */
import type { KpiRows } from "../../workbook/kpi-snapshots";
import type { SheetPlan, WorkbookPlan } from "../../plan/types";
import { SHEET_ONLY_METADATA } from "../../workbook/metadata";
import { KPI_TABLE } from "../../workbook/names";
import { columnLetter } from "../../lib/a1";
import { applyWorkbookPlan, type ApplyOptions, type ApplyResult } from "./apply-plan";
import { readCommentBookOffice, type OfficeCommentBook } from "./comments-store";
import type { OfficeHost } from "./host";
import { scalarRows } from "./values";

export interface MinutesWorkbook {
  readonly book: OfficeCommentBook;
  /** Null when the workbook has no 「KPI」 table. */
  readonly kpi: KpiRows | null;
}

export async function readMinutesWorkbook(context: Excel.RequestContext): Promise<MinutesWorkbook> {
  const book = await readCommentBookOffice(context);
  const probe = context.workbook.tables.getItemOrNullObject(KPI_TABLE);
  await context.sync();
  if (probe.isNullObject) return { book, kpi: null };
  const header = probe.getHeaderRowRange().load("values");
  const body = probe.getDataBodyRange().load("values");
  await context.sync();
  return {
    book,
    kpi: { headers: scalarRows(header.values as unknown[][])[0] ?? [], rows: scalarRows(body.values as unknown[][]) },
  };
}

export async function writeMinutesSheet(
  context: Excel.RequestContext,
  sheet: SheetPlan,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const plan: WorkbookPlan = { metadata: SHEET_ONLY_METADATA, sheets: [sheet], names: [] };
  // No keepActiveSheet: the secretariat asked for this sheet, to check and print it (Ctrl+P prints the active sheet),
  // so the pane shows it, unlike the sheets the comments and evaluation features add on the way.
  const result = await applyWorkbookPlan(context, plan, { ...options, writeMetadata: false });
  if (!result.ok) return result;
  // Multi-line comments need taller rows; the plan has no row heights, so let Excel fit them (ExcelApi 1.2, below
  // the 1.4 the apply already required). The recording fake does not model autofit, hence the feature check.
  const range = context.workbook.worksheets
    .getItem(sheet.name)
    .getRange(`A1:${columnLetter(sheet.columns.length)}${sheet.rows.length}`);
  const format = range.format as Partial<Pick<Excel.RangeFormat, "autofitRows">>;
  if (typeof format.autofitRows === "function") {
    format.autofitRows();
    await context.sync();
  }
  return result;
}

/**
 * The minutes' port over the host (src/app/minutes.ts MinutesPort): the record and 「KPI一覧」 as Excel calculated it
 * (so 評価年度/順調閾値 are not read), and the printable sheet.
 */
export function officeMinutesPort(host: OfficeHost) {
  return {
    async readMinutesRecords() {
      const { book, kpi } = await host.run((context) => readMinutesWorkbook(context));
      return {
        members: book.members.records.map((r) => r.record),
        meetings: book.meetings.records.map((r) => r.record),
        comments: book.comments.records.map((r) => r.record),
        problems: [...book.members.problems, ...book.meetings.problems, ...book.comments.problems],
        kpi,
        kpiValues: "calculated" as const,
        evaluationYear: null,
        threshold: null,
      };
    },
    writeMinutesSheet(sheet: SheetPlan, options: { readonly replace: boolean }): Promise<ApplyResult> {
      return host.run((context) =>
        writeMinutesSheet(context, sheet, {
          replace: options.replace,
          isSetSupported: (name, version) => host.isSetSupported(name, version),
        }),
      );
    },
  };
}
