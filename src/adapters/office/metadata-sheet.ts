/**
 * The workbook metadata's two copies through Office.js (contract: src/workbook/metadata.ts): the document
 * description (`workbook.properties.comments`, ExcelApi 1.7) and cell A1 of the very hidden sheet 「_kpi-review」
 * (`Worksheet.visibility = "VeryHidden"`, ExcelApi 1.1: hidden so that a person cannot unhide it from Excel's UI).
 * The sheet copy is there because document properties written in Excel on the web may not be saved with the file
 * (office-js issue #1318); a cell always is.
 */
import {
  encodeMetadata,
  METADATA_CELL,
  METADATA_SHEET,
  readMetadataCopies,
  type MetadataReadResult,
  type WorkbookMetadata,
} from "../../workbook/metadata";

/**
 * Queues both copies (no sync). `sheetExists`: whether 「_kpi-review」 is there already (the caller has read the sheet
 * names); `properties`: whether this Excel has document properties (ExcelApi 1.7). Returns the actions queued.
 */
export function queueMetadataWrite(
  wb: Excel.Workbook,
  metadata: WorkbookMetadata,
  options: { readonly sheetExists: boolean; readonly properties: boolean },
): number {
  const text = encodeMetadata(metadata);
  if (options.properties) wb.properties.comments = text;
  const sheet = options.sheetExists ? wb.worksheets.getItem(METADATA_SHEET) : wb.worksheets.add(METADATA_SHEET);
  sheet.visibility = "VeryHidden";
  const cell = sheet.getRange(METADATA_CELL);
  // Text format first, so the JSON is never read as a number or a formula.
  cell.numberFormat = [["@"]];
  cell.values = [[text]];
  return 6;
}

/**
 * The range holding the sheet copy: the sheet's used range (ExcelApi 1.1), which is A1 as the writers leave it; its
 * top-left cell is read.
 */
export function sheetCopyRange(wb: Excel.Workbook): Excel.Range {
  return wb.worksheets.getItem(METADATA_SHEET).getUsedRange();
}

/** The sheet copy's text, given the loaded values of sheetCopyRange (null when the sheet is not there). */
export function sheetCopyText(values: unknown[][] | null | undefined): string | null {
  const v = values?.[0]?.[0];
  return typeof v === "string" ? v : null;
}

/** Both copies read in two syncs (the sheet's only when it exists); Office errors are thrown to the caller. */
export async function readMetadataOffice(context: Excel.RequestContext): Promise<MetadataReadResult> {
  const properties = context.workbook.properties.load("comments");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  let sheet: string | null = null;
  if (sheets.items.some((s) => s.name === METADATA_SHEET)) {
    const cell = sheetCopyRange(context.workbook).load("values");
    await context.sync();
    sheet = sheetCopyText(cell.values);
  }
  return readMetadataCopies({ description: properties.comments, sheet });
}
