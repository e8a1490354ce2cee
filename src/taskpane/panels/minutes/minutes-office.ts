/**
 * The minutes panel's two trips to the workbook, over the request context the host gives (never the Excel global):
 * read the committee's record (the comments store) and the 「KPI一覧」 table as Excel calculated it; write the
 * printable 「会議録_第N回」 sheet through the plan renderer, keeping the workbook's own metadata as it was
 * (applyWorkbookPlan writes a plan's metadata into workbook.properties.comments; a minutes sheet must not change it).
 */
import type { KpiRows, KpiScalar } from "../../../domain/minutes";
import type { SheetPlan, WorkbookPlan } from "../../../plan/types";
import { KPI_TABLE } from "../../../plan/names";
import { applyWorkbookPlan, type ApplyOptions, type ApplyResult } from "../../../render/office";
import { readCommentBookOffice, type OfficeCommentBook } from "../../../render/office/comments-store";

export interface MinutesWorkbook {
  readonly book: OfficeCommentBook;
  /** Null when the workbook has no 「KPI」 table. */
  readonly kpi: KpiRows | null;
}

const scalars = (values: unknown[][]): KpiScalar[][] =>
  values.map((row) =>
    row.map((v) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null)),
  );

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
    kpi: { headers: scalars(header.values as unknown[][])[0] ?? [], rows: scalars(body.values as unknown[][]) },
  };
}

/** Only a placeholder: the workbook's metadata is put back after the apply (see above). */
const SHEET_ONLY_METADATA = { planVersion: "", datasetVersion: "", datasetDate: "", builtAt: "" };

export async function writeMinutesSheet(
  context: Excel.RequestContext,
  sheet: SheetPlan,
  options: ApplyOptions & { readonly canKeepMetadata: boolean },
): Promise<ApplyResult> {
  const plan: WorkbookPlan = { metadata: SHEET_ONLY_METADATA, sheets: [sheet], names: [] };
  if (!options.canKeepMetadata) return applyWorkbookPlan(context, plan, options);
  const properties = context.workbook.properties.load("comments");
  await context.sync();
  const original = properties.comments;
  try {
    return await applyWorkbookPlan(context, plan, options);
  } finally {
    context.workbook.properties.comments = original;
    await context.sync();
  }
}
