/**
 * From the text of a dataset file to a validated dataset: empty files, files that are not JSON (with the
 * line and column where it breaks) and files over the size limit become problems, not exceptions.
 * The caller does the reading; this stays pure.
 */
import { jsonErrorOffset } from "./json-position";
import type { Problem, ValidationResult } from "./problems";
import { validateDataset } from "./validate";

/** The bundled dataset is about 0.1 MB; anything past 2 MiB is not a hand-maintained KPI list. */
export const MAX_DATASET_BYTES = 2 * 1024 * 1024;

function fail(path: string, message: string): ValidationResult {
  const problem: Problem = { path, message };
  return { ok: false, problems: [problem] };
}

/** Size of a text in UTF-8 bytes, the way the file is stored. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Line and column (both 1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1] as string).length + 1 };
}

/** Where the JSON breaks; the scanner recurses, so absurd nesting falls back to "at the end". */
function offsetOfJsonError(text: string): number {
  try {
    return jsonErrorOffset(text) ?? text.length;
  } catch {
    return text.length;
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Parses and validates the text of a dataset file; `sourceName` names the file in file-level problems. */
export function parseDatasetText(text: string, sourceName: string): ValidationResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_DATASET_BYTES) {
    return fail(
      sourceName,
      `the file is ${formatMegabytes(bytes)}, over the limit of ${formatMegabytes(MAX_DATASET_BYTES)} (${MAX_DATASET_BYTES} bytes)`,
    );
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return fail(sourceName, "the file is empty");
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const { line, column } = lineColumnAt(body, offsetOfJsonError(body));
    return fail(sourceName, `not valid JSON at line ${line}, column ${column}: ${reason}`);
  }
  return validateDataset(input);
}
