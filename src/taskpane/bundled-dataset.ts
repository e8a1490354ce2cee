/**
 * The dataset the pane ships with (seeds/kpi-dataset.json, bundled by webpack), validated once on first use.
 * Problems come back as data, so the pane can say the bundle is broken instead of failing.
 */
import datasetJson from "../../seeds/kpi-dataset.json";
import type { ValidationResult } from "../domain/dataset/validate";
import { validateDataset } from "../domain/dataset/validate";
import type { DatasetInfo } from "./components/app/App.types";

let cached: ValidationResult | undefined;

export function loadBundledDataset(): ValidationResult {
  cached ??= validateDataset(datasetJson);
  return cached;
}

/** Version and date for the header; read from the raw JSON so the header shows even when validation fails. */
export function bundledDatasetInfo(): DatasetInfo {
  const raw = datasetJson as { datasetVersion?: unknown; datasetDate?: unknown };
  return { version: String(raw.datasetVersion ?? "?"), date: String(raw.datasetDate ?? "?") };
}
