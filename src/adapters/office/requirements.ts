/**
 * Which Excel API requirement sets a plan needs, as one table: feature → set. The pane shows `missing` so the user
 * learns what their Excel lacks; the renderer skips optional features whose set is missing and says so.
 */

export type Feature =
  | "core" // sheets, values, formulas, number formats, formats, tables, names
  | "suspendCalculation"
  | "conditionalFormats"
  | "freezePanes"
  | "tabColor"
  | "metadata" // workbook.properties.comments
  | "dataValidation"
  | "pageLayout"
  | "rangeAreas" // one format request for many scattered cells (else one per rectangle: slower, same look)
  | "rowGroups"
  | "charts";

export interface FeatureRequirement {
  readonly feature: Feature;
  readonly set: "ExcelApi";
  readonly version: string;
  /** Without a required feature nothing is built; an optional one is skipped and reported. */
  readonly required: boolean;
}

export const FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = [
  { feature: "core", set: "ExcelApi", version: "1.4", required: true },
  { feature: "suspendCalculation", set: "ExcelApi", version: "1.6", required: false },
  { feature: "conditionalFormats", set: "ExcelApi", version: "1.6", required: false },
  { feature: "freezePanes", set: "ExcelApi", version: "1.7", required: false },
  { feature: "tabColor", set: "ExcelApi", version: "1.7", required: false },
  { feature: "metadata", set: "ExcelApi", version: "1.7", required: false },
  { feature: "dataValidation", set: "ExcelApi", version: "1.8", required: false },
  { feature: "pageLayout", set: "ExcelApi", version: "1.9", required: false },
  { feature: "rangeAreas", set: "ExcelApi", version: "1.9", required: false },
  { feature: "rowGroups", set: "ExcelApi", version: "1.10", required: false },
  { feature: "charts", set: "ExcelApi", version: "1.1", required: false },
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
    if (check(req.set, req.version)) supported.push(req.feature);
    else missing.push(req);
  }
  return { canBuild: missing.every((m) => !m.required), supported, missing };
}
