/**
 * The dataset the pane ships with (seeds/kpi-dataset.json, bundled by webpack), validated once on first use.
 * Problems come back as data, so the pane can say the bundle is broken instead of failing. Only the panels' lazy
 * chunks import this module (with zod behind validateDataset); the header reads dataset-info.ts.
 */
import datasetJson from "../../seeds/kpi-dataset.json";
import type { ValidationResult } from "../domain/dataset/validate";
import { validateDataset } from "../domain/dataset/validate";

let cached: ValidationResult | undefined;

export function loadBundledDataset(): ValidationResult {
  cached ??= validateDataset(datasetJson);
  return cached;
}
