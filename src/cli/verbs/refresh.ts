/**
 * `kpi-review refresh --workbook IN.xlsx [--dataset FILE] --out OUT.xlsx [--use-dataset ID:YEAR]… [--dry-run]`:
 * refreshes an annotated workbook from the dataset (bundled by default; a JSON or CSV file, UTF-8 or Shift_JIS,
 * detected). Prints the preview (added, changed old → new, 廃止, conflicts, restored formulas), then writes OUT.
 * Conflicts keep the workbook's value unless --use-dataset names them. Nothing is written when any check fails,
 * and OUT may never be an input. `--csv-template OUT.csv` writes the dataset in the CSV layout, to edit.
 */
import { promises as fs } from "node:fs";
import { userInfo } from "node:os";
import { basename, dirname, resolve } from "node:path";
import { parseDatasetText } from "../../domain/dataset/parse";
import { datasetToCsv } from "../../domain/dataset/ingest/csv-dataset";
import { conflictKey, type ConflictChoice } from "../../refresh/merge";
import { previewLines, previewOf } from "../../refresh/preview";
import { loadSource, type RefreshSource } from "../../domain/dataset/ingest/source";
import { refreshXlsx, previewRefreshXlsx } from "../../adapters/xlsx/refresh-book";
import type { CliVerb } from "../verb";
import { DEFAULT_DATASET } from "./workbook";

const HELP = [
  "usage: kpi-review refresh --workbook IN.xlsx --out OUT.xlsx [--dataset FILE] [--use-dataset ID:YEAR]… [--dry-run]",
  "",
  "Refreshes a workbook from the dataset without losing what people typed: typed actuals, notes, added columns",
  "and comments stay; definitions come from the dataset; indicators that left it are marked 廃止 and kept.",
  `--dataset FILE      JSON (the dataset) or CSV (its column layout; UTF-8 or Shift_JIS); default ${DEFAULT_DATASET}`,
  "--use-dataset ID:YEAR  take the dataset's value for that conflict (repeatable); otherwise the workbook's stays",
  "--dry-run           print the preview only; write nothing",
  "",
  "kpi-review refresh --csv-template OUT.csv [--dataset FILE]",
  "  writes the dataset's indicators in the CSV layout (UTF-8 with BOM, opens in Excel): a template to edit",
  "ブックの入力値・意見を残したまま、データセットから「KPI一覧」を更新します。入力ファイルは上書きしません。",
].join("\n");

export interface RefreshIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly now: () => Date;
  readonly user: () => string;
}

const STD_IO: RefreshIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
  user: () => {
    try {
      return userInfo().username;
    } catch {
      return "";
    }
  },
};

interface TemplateOptions {
  readonly template: string;
  readonly dataset: string | null;
}

interface Options {
  readonly workbook: string;
  readonly out: string | null;
  readonly dataset: string | null;
  readonly choices: Record<string, ConflictChoice>;
  readonly dryRun: boolean;
}

function parseTemplateArgs(args: readonly string[]): TemplateOptions | string {
  let template: string | null = null;
  let dataset: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg !== "--csv-template" && arg !== "--dataset") return `--csv-template takes only --dataset, got "${arg}"`;
    if (value === undefined || value.startsWith("--")) return `${arg} needs a value`;
    i++;
    if (arg === "--csv-template") template = value;
    else dataset = value;
  }
  return { template: template as string, dataset };
}

function parseArgs(args: readonly string[]): Options | string {
  let workbook: string | null = null;
  let out: string | null = null;
  let dataset: string | null = null;
  let dryRun = false;
  const choices: Record<string, ConflictChoice> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--dry-run") {
      dryRun = true;
      continue;
    }
    const value = args[i + 1];
    if (arg === "--workbook" || arg === "--out" || arg === "--dataset" || arg === "--use-dataset") {
      if (value === undefined || value.startsWith("--")) return `${arg} needs a value`;
      i++;
      if (arg === "--workbook") workbook = value;
      else if (arg === "--out") out = value;
      else if (arg === "--dataset") dataset = value;
      else {
        const m = /^(.+):(\d{4})$/.exec(value);
        if (!m) return `--use-dataset takes ID:YEAR (e.g. 1-1-K1-1:2024), got "${value}"`;
        choices[conflictKey(m[1] as string, Number(m[2]))] = "dataset";
      }
    } else return `unknown argument "${arg}"`;
  }
  if (workbook === null) return "--workbook is required";
  if (out === null && !dryRun) return "--out is required (or --dry-run)";
  return { workbook, out, dataset, choices, dryRun };
}

async function canonical(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

async function readBytes(path: string, io: RefreshIo): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.out(`${path}: ${code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

export async function runRefresh(args: readonly string[], io: RefreshIo = STD_IO): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(HELP);
    return 0;
  }
  if (args.includes("--csv-template")) return writeTemplate(args, io);
  const options = parseArgs(args);
  if (typeof options === "string") {
    io.err(`kpi-review refresh: ${options}\n${HELP}`);
    return 2;
  }
  if (options.out !== null) {
    const out = await canonical(options.out);
    const inputs = [options.workbook, options.dataset ?? DEFAULT_DATASET];
    for (const input of inputs) {
      if (out === (await canonical(input))) {
        io.err(`kpi-review refresh: --out ${options.out} is an input (${input}); refusing to overwrite it`);
        return 2;
      }
    }
  }
  // The bundled dataset is the base of a CSV source (plan, goals, 施策) and the default source.
  const bundledText = await fs.readFile(DEFAULT_DATASET, "utf8").catch(() => null);
  const bundled = bundledText === null ? null : parseDatasetText(bundledText, DEFAULT_DATASET);
  if (!bundled || !bundled.ok) {
    io.out(`${DEFAULT_DATASET}: the bundled dataset is missing or invalid; run kpi-review validate`);
    return 1;
  }
  let source: RefreshSource = { kind: "bundled" };
  if (options.dataset !== null) {
    const bytes = await readBytes(options.dataset, io);
    if (!bytes) return 1;
    source = { kind: "file", name: basename(options.dataset), bytes };
  }
  const loaded = loadSource(source, bundled.dataset);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.out(`${p.path}: ${p.message}`);
    io.err(
      `${options.dataset}: ${loaded.problems.length} problem(s); nothing written / 問題があるため何も書き込みません`,
    );
    return 1;
  }
  const xlsx = await readBytes(options.workbook, io);
  if (!xlsx) return 1;
  const input = { xlsx, dataset: loaded.dataset, choices: options.choices };
  const result = options.dryRun
    ? await previewRefreshXlsx(input)
    : await refreshXlsx({ ...input, history: { at: io.now().toISOString(), who: io.user(), source: loaded.label } });
  if (!result.ok) {
    for (const p of result.problems)
      io.out(`${p.sheet ? `${p.sheet}!${p.cell ?? ""}` : options.workbook}: ${p.ja} / ${p.en}`);
    io.err(
      `${options.workbook}: the workbook cannot be refreshed as it is; nothing written / 更新できません。何も書き込みません`,
    );
    return 1;
  }
  const preview = previewOf(result.plan);
  for (const line of previewLines(preview, "ja")) io.out(line);
  io.out(previewLines(preview, "en")[0] as string);
  if (loaded.encoding) io.out(`source ${loaded.label}: ${loaded.format}, ${loaded.encoding}`);
  if (options.dryRun || !("bytes" in result)) return 0;
  const outPath = options.out as string;
  await fs.mkdir(dirname(resolve(outPath)), { recursive: true });
  await fs.writeFile(outPath, result.bytes);
  io.out(`更新したブックを保存しました: ${outPath} / Wrote ${outPath} (${result.bytes.length} bytes)`);
  return 0;
}

async function writeTemplate(args: readonly string[], io: RefreshIo): Promise<number> {
  const options = parseTemplateArgs(args);
  if (typeof options === "string") {
    io.err(`kpi-review refresh: ${options}\n${HELP}`);
    return 2;
  }
  const source = options.dataset ?? DEFAULT_DATASET;
  if ((await canonical(options.template)) === (await canonical(source))) {
    io.err(`kpi-review refresh: --csv-template ${options.template} is the dataset itself; refusing to overwrite it`);
    return 2;
  }
  const text = await fs.readFile(source, "utf8").catch(() => null);
  const parsed = text === null ? null : parseDatasetText(text, source);
  if (!parsed || !parsed.ok) {
    for (const p of parsed && !parsed.ok ? parsed.problems : [{ path: source, message: "no such file" }]) {
      io.out(`${p.path}: ${p.message}`);
    }
    return 1;
  }
  await fs.mkdir(dirname(resolve(options.template)), { recursive: true });
  await fs.writeFile(options.template, datasetToCsv(parsed.dataset), "utf8");
  io.out(`CSV のひな形を保存しました: ${options.template}（${parsed.dataset.indicators.length} 指標）`);
  io.out(`Wrote the CSV template ${options.template} (${parsed.dataset.indicators.length} indicators).`);
  return 0;
}

export const verb: CliVerb = {
  name: "refresh",
  summary: "refresh a workbook from the dataset, keeping what people typed",
  run: (args) => runRefresh(args),
};
