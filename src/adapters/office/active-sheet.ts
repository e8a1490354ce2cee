/**
 * The sheet the user is on, kept across a refresh. The plan writer activates its first sheet (a new workbook opens
 * there), so a refresh that goes through it (a repair, 「概要」's rebuild) would otherwise leave someone working in
 * 「KPI一覧」 looking at 「設定」 or 「概要」. WorksheetCollection.getActiveWorksheet and Worksheet.activate are ExcelApi
 * 1.1. The name is kept, not the Worksheet: the sheet may be the one the rebuild replaces (same name, new object).
 */

/** The active sheet's name (one sync). */
export async function activeSheetName(context: Excel.RequestContext): Promise<string> {
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  return active.name;
}

/** Makes `name` the active sheet again (one sync). */
export async function activateSheet(context: Excel.RequestContext, name: string): Promise<void> {
  context.workbook.worksheets.getItem(name).activate();
  await context.sync();
}
