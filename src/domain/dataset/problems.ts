/**
 * Problems as data: every check in this folder reports `{ path, message }` instead of throwing, so the CLI
 * and the task pane can list all of them at once. Paths read like `indicators[12].target.value`.
 */
import type { Dataset } from "./schema";

export interface Problem {
  /** Where in the file: `indicators[12].target.value`; a file-level problem names the file. */
  readonly path: string;
  /** English, technical, specific: `expected a number, got "1,563"`. */
  readonly message: string;
}

export type ValidationResult =
  { readonly ok: true; readonly dataset: Dataset } | { readonly ok: false; readonly problems: Problem[] };

export type PathPart = string | number;

/** `["indicators", 12, "target", "value"]` → `indicators[12].target.value`; the empty path is `(root)`. */
export function formatPath(parts: readonly PathPart[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}

/** How a JSON value is named in a message: 「got "1,563"」「got null」「got an array」. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  return "an object";
}
