/**
 * What `evaluation close` and `revise` share: the workbook loaded, the dataset read, the use case run over the xlsx
 * port, and the outcome — the workbook saved to --out (a file there kept as a dated copy), or one line naming the
 * first problem, exit 1, nothing written. --out may never be an input.
 */
import { userInfo } from "node:os";
import type ExcelJS from "exceljs";
import { failureLines, type EvaluationFailure, type EvaluationRecordsPort } from "../../app/evaluation-reads";
import type { Dataset } from "../../domain/dataset/schema";
import { xlsxWorkbookPort } from "../../adapters/xlsx/workbook-port";
import { loadXlsxFile, overwrittenInput, readDatasetFile, saveXlsxFile, STD_LINES, type Lines } from "../io";

export interface EvaluationIo extends Lines {
  readonly now: () => Date;
  readonly user: () => string;
}

export const STD_EVALUATION_IO: EvaluationIo = {
  ...STD_LINES,
  now: () => new Date(),
  user: () => {
    try {
      return userInfo().username;
    } catch {
      return "";
    }
  },
};

export interface FileOptions {
  readonly workbook: string;
  readonly out: string;
  readonly dataset: string;
}

/** A year option (「2025」) as a number, or the usage error's text. */
export function yearOption(name: string, value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const digits = value.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^\d{4}$/.test(digits) ? Number(digits) : `${name} must be a western year like 2025, got "${value}"`;
}

/**
 * Loads the inputs, runs `use` over the workbook's port and saves the workbook to --out; a refusal is one line and
 * exit 1 (nothing saved). Returns the exit code; `done` prints what was written.
 */
export async function runOnWorkbook<T>(
  io: EvaluationIo,
  verb: string,
  files: FileOptions,
  use: (
    port: EvaluationRecordsPort,
    dataset: Dataset,
  ) => Promise<{ ok: true; value: T } | { ok: false; failure: EvaluationFailure }>,
  done: (value: T) => void,
): Promise<number> {
  const fail = (what: string): number => {
    io.err(`kpi-review ${verb}: ${what}; nothing written / 何も書き込んでいません`);
    return 1;
  };
  if ((await overwrittenInput(files.out, [files.workbook, files.dataset])) !== null) {
    io.err(`kpi-review ${verb}: --out ${files.out} is an input; refusing to overwrite it`);
    return 2;
  }
  const dataset = await readDatasetFile(files.dataset);
  if (!dataset.ok) {
    const first = dataset.problems[0];
    return fail(`${files.dataset}: ${first ? `${first.path}: ${first.message}` : "not a valid dataset"}`);
  }
  const book = await loadXlsxFile(files.workbook);
  if (!book.ok) return fail(`${book.problem.path}: ${book.problem.message}`);
  const workbook: ExcelJS.Workbook = book.workbook;
  const result = await use(xlsxWorkbookPort(workbook), dataset.dataset);
  if (!result.ok) {
    const [first, ...more] = failureLines(result.failure, "ja");
    return fail(`${files.workbook}: ${first ?? "?"}${more.length > 0 ? `（ほかに${more.length}件）` : ""}`);
  }
  const failed = await saveXlsxFile(io, verb, workbook, files.out, io.now());
  if (failed !== null) return failed;
  done(result.value);
  return 0;
}
