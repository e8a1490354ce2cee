/**
 * Workbook metadata, kept twice. Both renderers write the same text into the document's description (core property
 * dc:description; Office.js `workbook.properties.comments`) and into cell A1 of a very hidden sheet
 * 「_kpi-review」 (METADATA_SHEET), so a workbook built by the CLI and one built in the pane read back the same way.
 * The sheet copy is there because document properties written in Excel on the web may not be saved with the file
 * (office-js issue #1318: properties set in Excel Online are gone after reopening). A marker prefix keeps the text
 * recognisable among user edits. Readers take `readMetadataCopies`: the sheet's copy when it is valid, else the
 * description's.
 */
/** What a workbook records about itself, so a refresh knows what it is looking at. */
export interface WorkbookMetadata {
  readonly planVersion: string;
  readonly datasetVersion: string;
  readonly datasetDate: string;
  /** ISO timestamp of the build. */
  readonly builtAt: string;
}

export const METADATA_PREFIX = "kpi-review-metadata:";

/** The metadata of a plan that only adds a sheet (the minutes'): never written, as such plans turn writeMetadata off. */
export const SHEET_ONLY_METADATA: WorkbookMetadata = {
  planVersion: "",
  datasetVersion: "",
  datasetDate: "",
  builtAt: "",
};

export function encodeMetadata(metadata: WorkbookMetadata): string {
  const { planVersion, datasetVersion, datasetDate, builtAt } = metadata;
  return METADATA_PREFIX + JSON.stringify({ planVersion, datasetVersion, datasetDate, builtAt });
}

export type MetadataReadResult =
  | { readonly ok: true; readonly metadata: WorkbookMetadata }
  | { readonly ok: false; readonly code: "MetadataMissing" | "MetadataInvalid"; readonly message: string };

const FIELDS = ["planVersion", "datasetVersion", "datasetDate", "builtAt"] as const;

/** Finds and checks the metadata in a document property's text; errors are returned as data. */
export function decodeMetadata(text: string | null | undefined): MetadataReadResult {
  const at = text ? text.indexOf(METADATA_PREFIX) : -1;
  if (!text || at < 0) {
    return { ok: false, code: "MetadataMissing", message: "the workbook carries no kpi-review metadata" };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(at + METADATA_PREFIX.length).split("\n")[0] ?? "");
  } catch {
    return { ok: false, code: "MetadataInvalid", message: "the kpi-review metadata is not valid JSON" };
  }
  if (typeof parsed !== "object" || parsed === null) {
    return { ok: false, code: "MetadataInvalid", message: "the kpi-review metadata is not an object" };
  }
  const record = parsed as Record<string, unknown>;
  for (const field of FIELDS) {
    if (typeof record[field] !== "string") {
      return { ok: false, code: "MetadataInvalid", message: `metadata field "${field}" is missing or not text` };
    }
  }
  return {
    ok: true,
    metadata: {
      planVersion: record.planVersion as string,
      datasetVersion: record.datasetVersion as string,
      datasetDate: record.datasetDate as string,
      builtAt: record.builtAt as string,
    },
  };
}

/** The very hidden sheet holding the metadata's second copy, in METADATA_CELL (the same text as the description). */
export const METADATA_SHEET = "_kpi-review";
export const METADATA_CELL = "A1";

/**
 * The metadata from its two copies: the hidden sheet's when it is valid (Excel on the web may keep a stale or no
 * description, office-js #1318, while a cell is always saved), else the description's; both missing or invalid: the
 * description's problem, or the sheet's when only the sheet holds something.
 */
export function readMetadataCopies(copies: {
  readonly description: string | null | undefined;
  readonly sheet: string | null | undefined;
}): MetadataReadResult {
  const sheet = decodeMetadata(copies.sheet);
  if (sheet.ok) return sheet;
  const description = decodeMetadata(copies.description);
  if (description.ok) return description;
  return description.code === "MetadataMissing" && sheet.code === "MetadataInvalid" ? sheet : description;
}
