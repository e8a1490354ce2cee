/**
 * The CLI's one file side: which file a path really is, reading inputs (a dataset's size checked before it is read,
 * since the limit also protects memory), writing outputs (a temporary file renamed into place, so a failure never
 * leaves half a file; never over an input), loading and saving .xlsx, and printing problems. Verbs parse their
 * arguments, call the core and print; everything that touches the file system goes through here.
 */
import type ExcelJS from "exceljs";
import { constants as fsConstants, promises as fs } from "node:fs";
import { dirname, extname, isAbsolute, relative, resolve } from "node:path";
import { MAX_DATASET_BYTES, parseDatasetText } from "../domain/dataset/parse";
import type { Problem } from "../domain/dataset/problems";
import type { Dataset } from "../domain/dataset/schema";

/**
 * The bundled dataset, found from this file's place (src/cli under tsx and jest, dist/cli in the bundle: both two
 * levels below the project, like seeds/), so the CLI finds it from any directory; shown as `seeds/kpi-dataset.json`
 * when run inside the project.
 */
export const DEFAULT_DATASET = bundledDatasetPath(process.cwd());

function bundledDatasetPath(cwd: string): string {
  const file = resolve(__dirname, "../../seeds/kpi-dataset.json");
  const shown = relative(cwd, file);
  return shown.startsWith("..") || isAbsolute(shown) ? file : shown;
}

/** Where a verb prints: a line to stdout, a line to stderr (tests capture both). */
export interface Lines {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const STD_LINES: Lines = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Prints each problem as `path: message`. */
export function printProblems(print: (line: string) => void, problems: readonly Problem[]): void {
  for (const p of problems) print(`${p.path}: ${p.message}`);
}

/** The real path when the file exists, so a symlink or ./x cannot pass for a different file. */
export async function canonical(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

/** The input that writing `out` would overwrite, or null. */
export async function overwrittenInput(out: string, inputs: readonly string[]): Promise<string | null> {
  const target = await canonical(out);
  for (const input of inputs) if ((await canonical(input)) === target) return input;
  return null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

export type InputRead =
  { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly problem: Problem };

/** An input file's bytes, or one `path: message` problem (no such file, over `limit` bytes, unreadable). */
export async function readInput(path: string, limit?: number): Promise<InputRead> {
  try {
    if (limit !== undefined) {
      const { size } = await fs.stat(path);
      if (size > limit) {
        return { ok: false, problem: { path, message: `the file is ${size} bytes, over the limit of ${limit} bytes` } };
      }
    }
    return { ok: true, bytes: await fs.readFile(path) };
  } catch (error) {
    return { ok: false, problem: { path, message: isMissing(error) ? "no such file" : errorText(error) } };
  }
}

export type DatasetRead =
  | { readonly ok: true; readonly dataset: Dataset }
  /** "file": the file could not be read (one problem); "parse": it was read and has these problems. */
  | { readonly ok: false; readonly stage: "file" | "parse"; readonly problems: readonly Problem[] };

/** A dataset JSON file, read (within the size limit) and validated. */
export async function readDatasetFile(path: string): Promise<DatasetRead> {
  const read = await readInput(path, MAX_DATASET_BYTES);
  if (!read.ok) return { ok: false, stage: "file", problems: [read.problem] };
  const parsed = parseDatasetText(read.bytes.toString("utf8"), path);
  return parsed.ok ? parsed : { ok: false, stage: "parse", problems: parsed.problems };
}

/**
 * A dataset that did not pass: each problem as `path: message` on stdout and, when the file was read but is wrong,
 * `FILE: N problems` and `then` (what was not done) on stderr.
 */
export function printDatasetProblems(lines: Lines, file: string, failed: DatasetRead & { ok: false }, then = ""): void {
  printProblems(lines.out, failed.problems);
  const n = failed.problems.length;
  if (failed.stage === "parse") lines.err(`${file}: ${n} problem${n === 1 ? "" : "s"}${then}`);
  // the file could not be read: its one problem is also the summary
  else for (const p of failed.problems) lines.err(`${p.path}: ${p.message}${then}`);
}

/**
 * mkdir -p one level at a time. Node's own `recursive: true` never returns where a level cannot be made and the
 * system answers ENOENT (any path under /proc: Node 20 retries forever); here that is an error like any other.
 */
async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  let at = folder;
  while ((await fs.stat(at).catch(() => null)) === null && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }
  for (const level of missing) {
    try {
      await fs.mkdir(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/** Writes an output: the folder is made, the bytes go to a temporary file beside it, which is renamed into place. */
export async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  await makeFolders(dirname(resolve(path)));
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

export type OutputWrite = { readonly ok: true } | { readonly ok: false; readonly problem: Problem };

/** Why an output could not be written, in one line: the user's terms for the usual causes, else the system's. */
export function outputProblem(path: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === "EISDIR"
      ? "is a folder, not a file"
      : code === "ENOTDIR" || code === "EEXIST"
        ? "part of the path is a file, not a folder"
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? "cannot be written there (permission denied)"
          : code === "ENOENT"
            ? "its folder cannot be made there"
            : code === "ENOSPC"
              ? "the disk is full"
              : `cannot be written (${errorText(error).replace(/\s+/g, " ")})`;
  return { path, message };
}

/** writeOutput with its failure as one problem (nothing is left behind either way); a folder is never replaced. */
export async function writeOutputFile(path: string, data: Uint8Array | string): Promise<OutputWrite> {
  try {
    const existing = await fs.stat(path).catch(() => null);
    if (existing?.isDirectory()) return { ok: false, problem: { path, message: "is a folder, not a file" } };
    await writeOutput(path, data);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: outputProblem(path, error) };
  }
}

/** An output that could not be written: `kpi-review VERB: PATH: why; nothing written`, exit code 1. */
export function outputFailed(lines: Lines, verb: string, problem: Problem): number {
  lines.err(`kpi-review ${verb}: ${problem.path}: ${problem.message}; nothing written / 書き込めませんでした`);
  return 1;
}

/** 20261124-120000: the time in Japan (UTC+9, no daylight saving), where the committee works, as a file name part. */
function stamp(at: Date): string {
  const iso = new Date(at.getTime() + 9 * 3600_000).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}`;
}

export type DatedCopy =
  { readonly ok: true; readonly copy: string | null } | { readonly ok: false; readonly problem: Problem };

/**
 * Keeps the file at `path`, when there is one, as a dated copy beside it (out/kpi-review.20261124-120000.xlsx; -2,
 * -3 … when that name is taken), so writing a new file there loses nothing anyone typed into the old one.
 */
export async function keepDatedCopy(path: string, at: Date): Promise<DatedCopy> {
  const existing = await fs.stat(path).catch(() => null);
  if (!existing?.isFile()) return { ok: true, copy: null };
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 1; ; n++) {
    const copy = `${stem}.${stamp(at)}${n === 1 ? "" : `-${n}`}${ext}`;
    try {
      await fs.copyFile(path, copy, fsConstants.COPYFILE_EXCL);
      return { ok: true, copy };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return { ok: false, problem: outputProblem(copy, error) };
    }
  }
}

/**
 * Writes an output that may replace a file someone has worked on (a workbook with typed actuals and the committee's
 * record, an edited CSV): the file there is kept as a dated copy first and the copy is named; when the write fails
 * the copy goes again (the old file is still in place). The exit code of a failure (its one line printed), or null.
 * `refreshHint`: the file is a workbook built afresh, so say that refresh is the way to keep what was typed.
 */
export async function writeKeepingPrevious(
  lines: Lines,
  verb: string,
  path: string,
  data: Uint8Array | string,
  now: Date,
  refreshHint = false,
): Promise<number | null> {
  const kept = await keepDatedCopy(path, now);
  if (!kept.ok) return outputFailed(lines, verb, kept.problem);
  const written = await writeOutputFile(path, data);
  if (!written.ok) {
    if (kept.copy !== null) await fs.rm(kept.copy, { force: true });
    return outputFailed(lines, verb, written.problem);
  }
  if (kept.copy !== null && refreshHint) {
    lines.out(`以前の ${path} を ${kept.copy} として残しました（入力済みの値は kpi-review refresh で引き継げます）`);
    lines.out(
      `Kept the previous ${path} as ${kept.copy} (kpi-review refresh updates a workbook keeping what was typed).`,
    );
  } else if (kept.copy !== null) {
    lines.out(`以前の ${path} を ${kept.copy} として残しました / Kept the previous ${path} as ${kept.copy}.`);
  }
  return null;
}

/** The xlsx adapter (and exceljs) load when a verb first touches an .xlsx, so `validate` starts without them. */
const xlsxAdapter = () => import("../adapters/xlsx/refresh-book");

export type XlsxRead =
  { readonly ok: true; readonly workbook: ExcelJS.Workbook } | { readonly ok: false; readonly problem: Problem };

/** An .xlsx file loaded (by the xlsx adapter), or one problem: no such file, or not a readable .xlsx (the reason). */
export async function loadXlsxFile(path: string): Promise<XlsxRead> {
  const read = await readInput(path);
  if (!read.ok) return read;
  if (read.bytes.length === 0)
    return { ok: false, problem: { path, message: "not a readable .xlsx (the file is empty)" } };
  const { loadXlsx } = await xlsxAdapter();
  const loaded = await loadXlsx(read.bytes);
  // Any zip loads; an .xlsx always has a sheet (Excel keeps at least one).
  if (loaded.ok && loaded.workbook.worksheets.length === 0) {
    return { ok: false, problem: { path, message: "not a readable .xlsx (no sheets: is it another kind of file?)" } };
  }
  if (loaded.ok) return loaded;
  return { ok: false, problem: { path, message: `not a readable .xlsx (${String(loaded.problem.params.reason)})` } };
}

/**
 * Saves a workbook that was loaded from a file (made fit for exceljs to write first); a file already at `path` is
 * kept as a dated copy (writeKeepingPrevious). The exit code of a failure, or null.
 */
export async function saveXlsxFile(
  lines: Lines,
  verb: string,
  workbook: ExcelJS.Workbook,
  path: string,
  now: Date,
): Promise<number | null> {
  const { packXlsx } = await xlsxAdapter();
  return writeKeepingPrevious(lines, verb, path, await packXlsx(workbook), now);
}
