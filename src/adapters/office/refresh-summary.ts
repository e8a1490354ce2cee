/**
 * The Office.js side of 「概要」's rebuild (refresh/summary-rebuild.ts): the plan writer replaces the sheet (the old
 * one, its cells, formats and chart, goes; the new one gets the plan's chart), then the sheet goes back to the place
 * the old one had among the tabs (Worksheet.position, ExcelApi 1.1).
 */
import type { WorkbookPlan } from "../../plan/types";
import { SUMMARY_SHEET } from "../../workbook/names";
import { applyWorkbookPlan } from "./apply-plan";

/** `index`: the old sheet's 0-based position (as the read listed the sheets). */
export async function rebuildSummaryOffice(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  index: number,
): Promise<void> {
  // keepActiveSheet: the user stays where they were (on 「概要」 too: the new sheet is activated by name).
  const written = await applyWorkbookPlan(context, plan, {
    replace: true,
    writeMetadata: false,
    keepActiveSheet: true,
  });
  if (!written.ok) throw new Error(`「${SUMMARY_SHEET}」 could not be rebuilt: ${written.code}`);
  if (index < 0) return;
  context.workbook.worksheets.getItem(SUMMARY_SHEET).position = index;
  await context.sync();
}
