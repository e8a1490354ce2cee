/**
 * The workbook metadata's two copies in an .xlsx (contract: src/workbook/metadata.ts): the document description and
 * cell A1 of the very hidden sheet 「_kpi-review」, the same text in both, written and read here only.
 */
import type ExcelJS from "exceljs";
import type { MetadataReadResult, WorkbookMetadata } from "../../workbook/metadata";
import { encodeMetadata, METADATA_CELL, METADATA_SHEET, readMetadataCopies } from "../../workbook/metadata";
import { moveSheetLast, scalarOf } from "./exceljs-internals";

/** Writes both copies (the sheet made when missing, placed last, and kept very hidden: no one edits it by hand). */
export function writeMetadataXlsx(wb: ExcelJS.Workbook, metadata: WorkbookMetadata): void {
  const text = encodeMetadata(metadata);
  wb.description = text;
  const ws = wb.getWorksheet(METADATA_SHEET) ?? wb.addWorksheet(METADATA_SHEET);
  ws.state = "veryHidden";
  // Last in the tab order (sheets replaced by a rebuild are added after it): the workbook opens on its first sheet,
  // which must be a visible one.
  moveSheetLast(wb, ws);
  const cell = ws.getCell(METADATA_CELL);
  cell.numFmt = "@";
  cell.value = text;
}

/** The metadata as both copies give it (the sheet's when valid, else the description's). */
export function readMetadataXlsx(wb: ExcelJS.Workbook): MetadataReadResult {
  const sheet = wb.getWorksheet(METADATA_SHEET);
  const value = sheet ? scalarOf(sheet.getCell(METADATA_CELL).value) : null;
  return readMetadataCopies({ description: wb.description, sheet: typeof value === "string" ? value : null });
}

/** The metadata's sheet, when there, put back behind sheets added after it (a rebuild's, the minutes'). */
export function keepMetadataSheetLast(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(METADATA_SHEET);
  if (ws) moveSheetLast(wb, ws);
}
