/**
 * Every sheet a build makes, in the workbook's order, as the panel's intro names them. Taken from the contract's
 * names (src/workbook) rather than the plan itself, which would bring the plan builder into the panel's chunk before
 * anyone presses the button; test/taskpane/panels/create-workbook/sheets-made.test.ts keeps it equal to the sheets
 * buildWorkbookPlan makes, so a sheet added to the plan fails that test until it is named here too.
 */
import { COMMENT_SHEET_NAMES } from "../../../workbook/comment-columns";
import { EVALUATION_SHEET_NAMES } from "../../../workbook/evaluation-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../../workbook/names";
import { VERIFICATION_SHEET } from "../../../workbook/verification-columns";

export const SHEETS_MADE: readonly string[] = [
  KPI_SHEET,
  SETTINGS_SHEET,
  SUMMARY_SHEET,
  ...COMMENT_SHEET_NAMES,
  ...EVALUATION_SHEET_NAMES,
  VERIFICATION_SHEET,
];
