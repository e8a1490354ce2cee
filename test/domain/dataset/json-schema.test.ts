import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetJsonSchema, datasetJsonSchemaText } from "../../../src/domain/dataset/json-schema";
import { ROOT } from "./seed-text";

describe("seeds/kpi-dataset.schema.json", () => {
  it("is what the zod schema generates today (regenerate: npm run validate:data -- --write-schema seeds/kpi-dataset.schema.json)", () => {
    const committed = readFileSync(join(ROOT, "seeds", "kpi-dataset.schema.json"), "utf8");
    expect(committed).toBe(datasetJsonSchemaText());
  });

  it("describes the dataset: required lists, id patterns, nullable values", () => {
    const schema = datasetJsonSchema() as {
      required: string[];
      properties: { indicators: { items: { required: string[]; properties: Record<string, { pattern?: string }> } } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(["datasetVersion", "plan", "indicators"]));
    const item = schema.properties.indicators.items;
    expect(item.required).toEqual(
      expect.arrayContaining(["id", "name", "baseline", "target", "direction", "verification"]),
    );
    expect(new RegExp(item.properties.id?.pattern ?? "^$").test("3-1-K1-1a")).toBe(true);
    expect(new RegExp(item.properties.id?.pattern ?? "^$").test("3-1-KPI")).toBe(false);
  });

  it("leaves department and revisions optional (files written before them stay valid) and still refuses unknown fields", () => {
    interface ObjectSchema {
      required?: string[];
      additionalProperties?: unknown;
      properties: Record<string, { anyOf?: { type: string }[]; items?: ObjectSchema }>;
    }
    const schema = datasetJsonSchema() as unknown as ObjectSchema;
    const indicator = schema.properties.indicators?.items as ObjectSchema;
    expect(indicator.required).not.toContain("department");
    expect(indicator.properties.department?.anyOf?.map((t) => t.type)).toEqual(["string", "null"]);
    expect(indicator.additionalProperties).toBe(false);
    expect(schema.required).not.toContain("revisions");
    expect(schema.additionalProperties).toBe(false);
    const revision = schema.properties.revisions?.items as ObjectSchema;
    expect(revision.required?.sort()).toEqual(["fromYear", "indicatorId", "reason", "target"]);
    expect(revision.additionalProperties).toBe(false);
  });
});
