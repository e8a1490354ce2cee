/**
 * zod issues → Problems with plain, specific messages ("expected a number, got "1,563"") instead of zod's
 * generic ones, because staff read them when they edit the JSON by hand.
 */
import type { z } from "zod";
import { describeValue, formatPath, type PathPart, type Problem } from "./problems";

const ARTICLE: Readonly<Record<string, string>> = {
  number: "a number",
  int: "a whole number",
  string: "a text",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null",
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function messageOf(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return "is required";
      if (issue.expected === "number" && typeof value === "number") {
        return Number.isNaN(value) ? "expected a number, got NaN" : `expected a finite number, got ${value}`;
      }
      const expected = ARTICLE[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${describeValue(value)}`;
    }
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}`;
    case "too_small":
      if (issue.origin === "array")
        return `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`;
      if (issue.origin === "number") return `must be at least ${String(issue.minimum)}, got ${describeValue(value)}`;
      return issue.message;
    case "too_big":
      if (issue.origin === "number") return `must be at most ${String(issue.maximum)}, got ${describeValue(value)}`;
      return issue.message;
    case "invalid_format":
      return `${issue.message}, got ${describeValue(value)}`;
    default:
      return issue.message;
  }
}

/** One Problem per zod issue, in zod's order, paths prefixed with `prefix` (for items checked one by one). */
export function problemsFromZod(error: z.ZodError, input: unknown, prefix: readonly PathPart[] = []): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path.filter((p): p is string | number => typeof p !== "symbol")]),
    message: messageOf(issue, input),
  }));
}

/**
 * Fields the schema does not know. zod drops them silently, which would hide a misspelt optional field
 * (「interpretaton」); the generated JSON Schema forbids them too, so editors and this check agree.
 */
export function unknownFieldProblems(schema: z.ZodType, input: unknown, path: readonly PathPart[] = []): Problem[] {
  const def = (
    schema as unknown as {
      def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
    }
  ).def;
  if ((def.type === "nullable" || def.type === "optional") && def.innerType)
    return unknownFieldProblems(def.innerType, input, path);
  if (def.type === "array" && def.element && Array.isArray(input)) {
    const element = def.element;
    return input.flatMap((item: unknown, i) => unknownFieldProblems(element, item, [...path, i]));
  }
  if (def.type !== "object" || !def.shape || input === null || typeof input !== "object" || Array.isArray(input))
    return [];
  const shape = def.shape;
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const field = shape[key];
    if (field === undefined)
      problems.push({
        path: formatPath([...path, key]),
        message: `unknown field "${key}" (known: ${Object.keys(shape).join(", ")})`,
      });
    else problems.push(...unknownFieldProblems(field, value, [...path, key]));
  }
  return problems;
}
