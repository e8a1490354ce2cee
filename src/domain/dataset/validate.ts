/**
 * validateDataset: structure (zod), meaning (rules.ts) and what the workbook can hold (workbook-limits.ts) in one
 * pass, every problem at once, as data.
 * When the whole file fails the schema, each list is still checked item by item, so one bad indicator
 * does not hide the duplicate id two rows further down.
 */
import type { z } from "zod";
import { checkRules, type DatasetParts, type Indexed } from "./rules";
import { revisionProblems } from "./revision-rules";
import {
  basicGoalSchema,
  datasetSchema,
  indicatorSchema,
  measureSchema,
  planSchema,
  revisionSchema,
  subGoalSchema,
} from "./schema";
import type { Problem, ValidationResult } from "./problems";
import { workbookLimitProblems } from "./workbook-limits";
import { problemsFromZod, unknownFieldProblems } from "./zod-problems";

export type { Problem, ValidationResult } from "./problems";

function idsOf(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(list)) {
    for (const item of list) {
      const id: unknown = item !== null && typeof item === "object" ? (item as Record<string, unknown>).id : undefined;
      if (typeof id === "string") ids.add(id);
    }
  }
  return ids;
}

/** The items of `list` that pass `schema` on their own, with their index in the file. */
function passing<T>(list: unknown, schema: z.ZodType<T>): Indexed<T>[] {
  if (!Array.isArray(list)) return [];
  const out: Indexed<T>[] = [];
  list.forEach((item: unknown, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push({ index, item: parsed.data });
  });
  return out;
}

function partsOf(input: Record<string, unknown>): DatasetParts {
  const plan = planSchema.safeParse(input.plan);
  return {
    plan: plan.success ? plan.data : null,
    basicGoals: passing(input.basicGoals, basicGoalSchema),
    subGoals: passing(input.subGoals, subGoalSchema),
    measures: passing(input.measures, measureSchema),
    indicators: passing(input.indicators, indicatorSchema),
    knownIds: { basicGoals: idsOf(input.basicGoals), subGoals: idsOf(input.subGoals), measures: idsOf(input.measures) },
  };
}

/** Checks a parsed JSON value against the dataset schema and the rules; returns the typed dataset or every problem. */
export function validateDataset(input: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(input);
  const problems: Problem[] = parsed.success ? [] : problemsFromZod(parsed.error, input);
  problems.push(...unknownFieldProblems(datasetSchema, input));
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    const source = parsed.success
      ? (parsed.data as unknown as Record<string, unknown>)
      : (input as Record<string, unknown>);
    const parts = partsOf(source);
    problems.push(...checkRules(parts));
    // Target revisions (issue #12): after the indicators, as they come in the file.
    const revisions = passing(source.revisions, revisionSchema);
    problems.push(...revisionProblems(parts.plan, revisions, idsOf(source.indicators)));
    // Values the workbook cannot hold (actuals with no year column, text over a cell's limit): workbook-limits.ts.
    problems.push(...workbookLimitProblems(input, parts));
  }
  if (parsed.success && problems.length === 0) return { ok: true, dataset: parsed.data };
  return { ok: false, problems };
}
