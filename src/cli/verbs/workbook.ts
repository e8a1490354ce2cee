/**
 * `kpi-review workbook [--dataset FILE] [--out FILE] [--evaluation-year N]`: validates the dataset, builds the
 * workbook plan and writes it as .xlsx (default out/kpi-review.xlsx). Never writes over its input.
 */
import { promises as fs } from "node:fs";
import { dirname, resolve } from "node:path";
import { MAX_DATASET_BYTES, parseDatasetText } from "../../domain/dataset/parse";
import { buildWorkbookPlan } from "../../plan/workbook";
import { writeWorkbookXlsx } from "../../adapters/xlsx";
import type { CliVerb } from "../verb";

export const DEFAULT_DATASET = "seeds/kpi-dataset.json";
export const DEFAULT_OUT = "out/kpi-review.xlsx";

const HELP = [
  "usage: kpi-review workbook [--dataset FILE] [--out FILE] [--evaluation-year N]",
  "",
  `Builds the KPI review workbook (.xlsx) from a dataset (default ${DEFAULT_DATASET}) into --out (default ${DEFAULT_OUT}).`,
  "The dataset is validated first; every problem is printed as `path: message` and the exit code is 1.",
  "--evaluation-year N  評価年度 (western fiscal year); default: the last completed fiscal year.",
  "KPIレビュー用ブック(.xlsx)をデータセットから作成します。",
].join("\n");

export interface WorkbookIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** The build time recorded in the workbook (injectable for tests). */
  readonly now: () => Date;
}

const STD_IO: WorkbookIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
};

interface Options {
  readonly dataset: string;
  readonly out: string;
  readonly evaluationYear?: number;
}

function parseArgs(args: readonly string[]): Options | string {
  let dataset = DEFAULT_DATASET;
  let out = DEFAULT_OUT;
  let evaluationYear: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg === "--dataset" || arg === "--out" || arg === "--evaluation-year") {
      if (value === undefined || value.startsWith("--")) return `${arg} needs a value`;
      i++;
      if (arg === "--dataset") dataset = value;
      else if (arg === "--out") out = value;
      else {
        if (!/^\d{4}$/.test(value)) return `--evaluation-year must be a western year like 2025, got "${value}"`;
        evaluationYear = Number(value);
      }
    } else return `unknown argument "${arg}"`;
  }
  return evaluationYear === undefined ? { dataset, out } : { dataset, out, evaluationYear };
}

/** The real path when the file exists, so a symlink or ./x cannot pass for a different file. */
async function canonical(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

export async function runWorkbook(args: readonly string[], io: WorkbookIo = STD_IO): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(HELP);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === "string") {
    io.err(`kpi-review workbook: ${options}\n${HELP}`);
    return 2;
  }
  if ((await canonical(options.out)) === (await canonical(options.dataset))) {
    io.err(`kpi-review workbook: --out ${options.out} is the dataset itself; refusing to overwrite an input`);
    return 2;
  }
  let text: string;
  try {
    const stat = await fs.stat(options.dataset);
    if (stat.size > MAX_DATASET_BYTES) {
      io.out(`${options.dataset}: the file is ${stat.size} bytes, over the limit of ${MAX_DATASET_BYTES} bytes`);
      return 1;
    }
    text = await fs.readFile(options.dataset, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.out(
      `${options.dataset}: ${code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const parsed = parseDatasetText(text, options.dataset);
  if (!parsed.ok) {
    for (const p of parsed.problems) io.out(`${p.path}: ${p.message}`);
    io.err(
      `${options.dataset}: ${parsed.problems.length} problem${parsed.problems.length === 1 ? "" : "s"}; no workbook written`,
    );
    return 1;
  }
  const plan = buildWorkbookPlan(parsed.dataset, {
    builtAt: io.now(),
    ...(options.evaluationYear !== undefined ? { evaluationYear: options.evaluationYear } : {}),
  });
  const bytes = await writeWorkbookXlsx(plan);
  await fs.mkdir(dirname(resolve(options.out)), { recursive: true });
  await fs.writeFile(options.out, bytes);
  const indicators = parsed.dataset.indicators.length;
  const sheets = plan.sheets.map((s) => `「${s.name}」`).join("");
  io.out(`ブックを作成しました: ${options.out}（指標 ${indicators} 行、シート ${plan.sheets.length} 枚 ${sheets}）`);
  io.out(`Wrote ${options.out}: ${indicators} indicator rows, ${plan.sheets.length} sheets, ${bytes.length} bytes.`);
  return 0;
}

export const verb: CliVerb = {
  name: "workbook",
  summary: "build the KPI review workbook (.xlsx) from the dataset",
  run: (args) => runWorkbook(args),
};
