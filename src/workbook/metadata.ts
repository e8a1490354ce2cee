/**
 * Workbook metadata as one document property. Both renderers write the same text into the document's
 * description (core property dc:description; Office.js `workbook.properties.comments`), so a workbook built by the
 * CLI and one built in the pane read back the same way. A marker prefix keeps it recognisable among user edits.
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
