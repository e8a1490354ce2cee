/**
 * The xlsx side of 「概要」's rebuild (refresh/summary-rebuild.ts): the plan writer replaces the worksheet (its chart
 * is remembered for the pack, chart-part.ts, in place of the one read back), then the sheet goes back to the place
 * the old one had among the tabs. No I/O.
 */
import type ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../plan/types";
import { SUMMARY_SHEET } from "../../workbook/names";
import { placeSheetAt } from "./exceljs-internals";
import { applyPlanToWorkbook } from "./write-workbook";

export function rebuildSummaryXlsx(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const index = wb.worksheets.findIndex((ws) => ws.name === SUMMARY_SHEET);
  const written = applyPlanToWorkbook(wb, plan, { replace: true, writeMetadata: false });
  if (!written.ok) throw new Error(`「${SUMMARY_SHEET}」 could not be rebuilt: ${written.code}`);
  const ws = wb.getWorksheet(SUMMARY_SHEET);
  if (ws && index >= 0) placeSheetAt(wb, ws, index);
}
