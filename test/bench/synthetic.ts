/**
 * Synthetic datasets of N indicators, valid against the schema and the rules, for benchmarks and large-plan tests.
 * Indicators are copies of the seed's (so every kind of row appears in proportion) with fresh unique ids and a few
 * actuals, under the seed's goals and measures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDatasetText } from "../../src/domain/dataset/parse";
import type { Dataset, Indicator } from "../../src/domain/dataset/schema";
import { validateDataset } from "../../src/domain/dataset/validate";

export const SEED_DATASET = join(__dirname, "..", "..", "seeds", "kpi-dataset.json");

export function loadSeedDataset(file = SEED_DATASET): Dataset {
  const parsed = parseDatasetText(readFileSync(file, "utf8"), file);
  if (!parsed.ok)
    throw new Error(`seed dataset invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return parsed.dataset;
}

function syntheticId(template: Indicator, n: number): string {
  const part = /[a-z]$/.exec(template.id)?.[0] ?? "";
  if (template.kind === "numeric-target") return `${template.subGoalId}-N${n}${part}`;
  const measureNo = (template.measureId ?? "").split("-")[2] ?? "1";
  return `${template.subGoalId}-K${measureNo}-${n}${part}`;
}

/** N indicators cycling through the base dataset's; validated, so a change in the rules shows up here first. */
export function syntheticDataset(base: Dataset, n: number): Dataset {
  const indicators: Indicator[] = [];
  for (let i = 0; i < n; i++) {
    const template = base.indicators[i % base.indicators.length] as Indicator;
    const start = template.baseline.value ?? 10;
    const actuals = [2021, 2022, 2023].slice(0, i % 4).map((year, j) => ({ year, value: start + j + 1 }));
    indicators.push({ ...template, id: syntheticId(template, i + 1), actuals });
  }
  const dataset: Dataset = { ...base, indicators };
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    throw new Error(
      `synthetic dataset invalid: ${checked.problems
        .slice(0, 5)
        .map((p) => `${p.path}: ${p.message}`)
        .join("; ")}`,
    );
  }
  return checked.dataset;
}
