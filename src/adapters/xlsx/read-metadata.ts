/** Reads back what a built workbook says about itself (plan/dataset version, build time) from an .xlsx. */
import ExcelJS from "exceljs";
import type { MetadataReadResult } from "../../workbook/metadata";
import { readMetadataXlsx } from "./metadata-sheet";

/** From a workbook already loaded with exceljs (refresh loads it anyway): both copies (metadata-sheet.ts). */
export function metadataOfWorkbook(wb: ExcelJS.Workbook): MetadataReadResult {
  return readMetadataXlsx(wb);
}

/** From .xlsx bytes; a file that is not an .xlsx is reported as data, not thrown. */
export async function readWorkbookMetadata(xlsx: Buffer | ArrayBuffer | Uint8Array): Promise<MetadataReadResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(xlsx as ArrayBuffer);
  } catch (error) {
    return {
      ok: false,
      code: "MetadataInvalid",
      message: `not a readable .xlsx: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return metadataOfWorkbook(wb);
}
