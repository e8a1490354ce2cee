/** Reads back what a workbook built by either renderer says about itself, through Office.js. */
import type { MetadataReadResult } from "../../workbook/metadata";
import { describeOfficeError } from "./errors";
import { readMetadataOffice } from "./metadata-sheet";

/**
 * The metadata from its two copies (the document's comments property, ExcelApi 1.7, and the very hidden sheet
 * 「_kpi-review」: metadata-sheet.ts), decoded; Office errors come back as `MetadataInvalid` with the error's
 * message key in the message, never thrown.
 */
export async function readOfficeMetadata(context: Excel.RequestContext): Promise<MetadataReadResult> {
  try {
    return await readMetadataOffice(context);
  } catch (error) {
    const info = describeOfficeError(error);
    return { ok: false, code: "MetadataInvalid", message: `${info.key}: ${info.message}` };
  }
}
