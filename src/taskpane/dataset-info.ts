/**
 * What the pane's first screen says about the bundled dataset (seeds/kpi-dataset.json), kept by hand so the first
 * chunk does not carry the dataset and its validator (zod) just for the header. test/taskpane/dataset-info.test.ts
 * keeps it equal to the seeds file: change both together.
 */
import type { DatasetInfo } from "./components/app/App.types";

export interface BundledDatasetSummary extends DatasetInfo {
  /** How many indicators the dataset lists (the create panel's introduction). */
  readonly indicators: number;
}

export const BUNDLED_DATASET: BundledDatasetSummary = { version: "1.0.0", date: "2026-11-24", indicators: 50 };
