/** Reads back what a built workbook says about itself (plan/dataset version, build time) from an .xlsx. */
import ExcelJS from "exceljs";
import { decodeMetadata, type MetadataReadResult } from "../../workbook/metadata";

/** From a workbook already loaded with exceljs (refresh loads it anyway). */
export function metadataOfWorkbook(wb: ExcelJS.Workbook): MetadataReadResult {
  return decodeMetadata(wb.description);
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
