/** Reads back what a workbook built by either renderer says about itself, through Office.js (one sync). */
import { decodeMetadata, type MetadataReadResult } from "../../workbook/metadata";
import { describeOfficeError } from "./errors";

/**
 * The metadata in the document's comments property (ExcelApi 1.7), decoded; Office errors come back as
 * `MetadataInvalid` with the error's message key in the message, never thrown.
 */
export async function readOfficeMetadata(context: Excel.RequestContext): Promise<MetadataReadResult> {
  try {
    const properties = context.workbook.properties.load("comments");
    await context.sync();
    return decodeMetadata(properties.comments);
  } catch (error) {
    const info = describeOfficeError(error);
    return { ok: false, code: "MetadataInvalid", message: `${info.key}: ${info.message}` };
  }
}
