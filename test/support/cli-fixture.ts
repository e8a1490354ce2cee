/**
 * What the CLI verbs' end-to-end tests set up alike: a scratch folder with numbered outputs, an io that records its
 * lines, an .xlsx built from a dataset fixture, and a file loaded back through exceljs.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import type { Dataset } from "../../src/domain/dataset/schema";
import { validateDataset } from "../../src/domain/dataset/validate";
import { buildWorkbookPlan } from "../../src/plan/workbook";

/** The small dataset most verb tests build from. */
export const MINIMAL_DATASET_FILE = join(__dirname, "../fixtures/datasets/valid-minimal.json");

export interface Scratch {
  readonly dir: string;
  /** A file in the folder. */
  readonly file: (name: string) => string;
  /** A new numbered file each call: out-1.xlsx, out-2.xlsx, … (or another prefix and extension). */
  readonly next: (prefix?: string, ext?: string) => string;
}

export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let n = 0;
  return {
    dir,
    file: (name) => join(dir, name),
    next: (p = "out", ext = "xlsx") => join(dir, `${p}-${++n}.${ext}`),
  };
}

export interface Recorded {
  readonly lines: string[];
  readonly errors: string[];
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** An io whose out/err lines are kept, with the verb's other members (clock, user) as given. */
export function recordingIo<T extends object>(extra: T): T & Recorded {
  const lines: string[] = [];
  const errors: string[] = [];
  return { ...extra, lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

/** A dataset fixture file, validated (a broken fixture fails the test's set-up, not a verb). */
export function datasetFromFile(file: string): Dataset {
  const v = validateDataset(JSON.parse(readFileSync(file, "utf8")));
  if (!v.ok) throw new Error(`fixture dataset invalid: ${file}`);
  return v.dataset;
}

/** Writes the .xlsx the workbook verb would build from `dataset` for 評価年度 `evaluationYear`. */
export async function writeBuiltWorkbook(
  path: string,
  dataset: Dataset,
  options: { readonly evaluationYear?: number; readonly builtAt?: Date } = {},
): Promise<void> {
  const plan = buildWorkbookPlan(dataset, {
    builtAt: options.builtAt ?? new Date("2026-05-01T00:00:00Z"),
    ...(options.evaluationYear !== undefined ? { evaluationYear: options.evaluationYear } : {}),
  });
  writeFileSync(path, await writeWorkbookXlsx(plan));
}

/** An .xlsx file as exceljs reads it. */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}
