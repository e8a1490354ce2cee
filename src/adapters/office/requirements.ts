/**
 * Which Excel API requirement sets a plan needs, as one table: feature → set. The pane shows `missing` so the user
 * learns what their Excel lacks; the renderer skips optional features whose set is missing and says so.
 *
 * manifest.xml declares ExcelApi 1.8 as the minimum: Excel does not load the add-in without it. So everything the
 * adapters use at or below 1.8 is the core (required; CORE_FEATURES says what it covers and each one's own set), and
 * only the features above it are optional and checked at run time. A test reads the minimum from manifest.xml and
 * holds this table to it (test/adapters/office/requirements-manifest.test.ts).
 */

export type Feature =
  | "core" // sheets, values, formulas, formats, tables, names, and what CORE_FEATURES lists
  | "suspendCalculation"
  | "conditionalFormats"
  | "freezePanes"
  | "tabColor"
  | "metadata" // workbook.properties.comments
  | "dataValidation"
  | "pageLayout"
  | "rangeAreas" // one format request for many scattered cells (else one per rectangle: slower, same look)
  | "rowGroups"
  | "columnGroups"
  | "charts";

export interface FeatureRequirement {
  readonly feature: Feature;
  readonly set: "ExcelApi";
  readonly version: string;
  /** Without a required feature nothing is built; an optional one is skipped and reported. */
  readonly required: boolean;
}

/** The ExcelApi version manifest.xml requires (its `<Set Name="ExcelApi" MinVersion>`). */
export const MANIFEST_EXCEL_API = "1.8";

/**
 * Features within the manifest's minimum: available wherever the add-in loads, so part of the core (supported when
 * the core is). Their own sets are kept for the record. The labels stay: a job Excel refuses is still reported by
 * its feature (apply-plan.ts).
 */
export const CORE_FEATURES: readonly { readonly feature: Feature; readonly version: string }[] = [
  { feature: "charts", version: "1.1" },
  { feature: "suspendCalculation", version: "1.6" },
  { feature: "conditionalFormats", version: "1.6" },
  { feature: "freezePanes", version: "1.7" },
  { feature: "tabColor", version: "1.7" },
  { feature: "metadata", version: "1.7" },
  { feature: "dataValidation", version: "1.8" },
];

export const FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = [
  { feature: "core", set: "ExcelApi", version: MANIFEST_EXCEL_API, required: true },
  { feature: "pageLayout", set: "ExcelApi", version: "1.9", required: false },
  { feature: "rangeAreas", set: "ExcelApi", version: "1.9", required: false },
  { feature: "rowGroups", set: "ExcelApi", version: "1.10", required: false },
  // Range.group("ByColumns") and hideGroupDetails, the same set as the row groups.
  { feature: "columnGroups", set: "ExcelApi", version: "1.10", required: false },
];

export type IsSetSupported = (name: string, version: string) => boolean;

export interface RequirementReport {
  /** All required features are available. */
  readonly canBuild: boolean;
  readonly supported: readonly Feature[];
  /** Missing features with the set they need, e.g. { feature: "rowGroups", set: "ExcelApi", version: "1.10" }. */
  readonly missing: readonly FeatureRequirement[];
}

/** Office.js' own check, when running inside Office; null outside it (tests, a plain browser). */
function officeIsSetSupported(): IsSetSupported | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? (name, version) => requirements.isSetSupported(name, version) : null;
}

/**
 * Checks each feature's requirement set. `isSetSupported` is injectable for tests; by default Office's own check,
 * and outside Office every feature counts as supported (nothing to ask).
 */
export function checkRequirements(isSetSupported?: IsSetSupported): RequirementReport {
  const check = isSetSupported ?? officeIsSetSupported() ?? (() => true);
  const supported: Feature[] = [];
  const missing: FeatureRequirement[] = [];
  for (const req of FEATURE_REQUIREMENTS) {
    if (!check(req.set, req.version)) missing.push(req);
    else if (req.feature === "core") supported.push("core", ...CORE_FEATURES.map((c) => c.feature));
    else supported.push(req.feature);
  }
  return { canBuild: missing.every((m) => !m.required), supported, missing };
}
