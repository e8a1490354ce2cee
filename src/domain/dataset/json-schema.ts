/**
 * seeds/kpi-dataset.schema.json is generated from the zod schema (the single source of truth) so editors
 * such as VS Code can check the JSON while staff type. A test fails when the committed file is stale;
 * `kpi-review validate --write-schema FILE` regenerates it.
 */
import { z } from "zod";
import { datasetSchema } from "./schema";

export const DATASET_SCHEMA_ID = "https://isesaki-kpi-review.invalid/seeds/kpi-dataset.schema.json";

/** The JSON Schema (draft 2020-12) of the dataset file. */
export function datasetJsonSchema(): Record<string, unknown> {
  // The file as people write it (io "input"): a field with a default (indicators[].department) is optional, not
  // required. Input mode leaves objects open, so they are closed again: unknown fields are refused as by the validator.
  const generated = z.toJSONSchema(datasetSchema, {
    target: "draft-2020-12",
    io: "input",
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === "object") ctx.jsonSchema.additionalProperties = false;
    },
  }) as Record<string, unknown>;
  return {
    ...generated,
    $id: DATASET_SCHEMA_ID,
    title: "kpi-review dataset: 第２期伊勢崎市まち・ひと・しごと創生総合戦略 KPI",
    description: "Generated from src/domain/dataset/schema.ts; do not edit by hand.",
  };
}

/** The file's text exactly as committed: two-space indentation and a final newline. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
