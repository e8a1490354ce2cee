/**
 * `kpi-review minutes --workbook IN.xlsx --meeting N --format docx|md|csv --out FILE [--dataset FILE]`: the 会議録 of
 * one meeting from a workbook: comments, members and meetings through the comments store, each indicator's status by
 * the status twin over the actuals typed into 「KPI一覧」 (exceljs computes nothing). The dataset gives the strategy's
 * structure and order (default seeds/kpi-dataset.json). Files in, files out: --out must differ from the inputs.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { MAX_DATASET_BYTES, parseDatasetText } from "../../domain/dataset/parse";
import type { Dataset } from "../../domain/dataset/schema";
import { buildMinutes, minutesToCsv, minutesToMarkdown } from "../../domain/minutes";
import { packMinutesDocx } from "../../adapters/docx/minutes-docx";
import { readMinutesSource } from "../../adapters/xlsx/minutes-source";
import type { CliVerb } from "../verb";
import { DEFAULT_DATASET } from "./workbook";

export const MINUTES_FORMATS = ["docx", "md", "csv"] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

const HELP = [
  "usage: kpi-review minutes --workbook IN.xlsx --meeting N [--format docx|md|csv] --out FILE [--dataset FILE]",
  "",
  "会議録（第N回）をブックの委員意見・会議・委員名簿と「KPI一覧」の実績から作成します。",
  "--format を省くと --out の拡張子（.docx / .md / .csv）で決めます。CSV は UTF-8（BOM付き）、1行に1件の意見です。",
  `指標の並びと見出しはデータセット（既定 ${DEFAULT_DATASET}）から取ります。入力ファイルは上書きしません。`,
  "Writes the minutes of meeting N from a workbook as .docx, Markdown or CSV (UTF-8 with BOM).",
].join("\n");

export interface MinutesIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly today: () => Date;
}

const STD_IO: MinutesIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  today: () => new Date(),
};

interface Options {
  readonly workbook: string;
  readonly meeting: number;
  readonly format: MinutesFormat;
  readonly out: string;
  readonly dataset: string;
}

function parseArgs(args: readonly string[]): Options | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!["--workbook", "--meeting", "--format", "--out", "--dataset"].includes(arg))
      return `unknown argument "${arg}"`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) return `${arg} needs a value`;
    values[arg.slice(2)] = value;
    i++;
  }
  for (const required of ["workbook", "meeting", "out"]) if (!values[required]) return `--${required} is required`;
  const meeting = (values.meeting as string).replace(/^第|回$/g, "");
  if (!/^\d{1,3}$/.test(meeting) || Number(meeting) < 1)
    return `--meeting must be a meeting number like 3, got "${values.meeting}"`;
  const format =
    values.format ??
    extname(values.out as string)
      .slice(1)
      .toLowerCase();
  if (!(MINUTES_FORMATS as readonly string[]).includes(format)) {
    return `--format must be one of ${MINUTES_FORMATS.join(", ")}${values.format ? `, got "${values.format}"` : " (or give --out a .docx/.md/.csv name)"}`;
  }
  return {
    workbook: values.workbook as string,
    meeting: Number(meeting),
    format: format as MinutesFormat,
    out: values.out as string,
    dataset: values.dataset ?? DEFAULT_DATASET,
  };
}

async function canonical(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

async function readDataset(file: string, io: MinutesIo): Promise<Dataset | null> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_DATASET_BYTES) {
      io.err(`${file}: the file is ${stat.size} bytes, over the limit of ${MAX_DATASET_BYTES} bytes`);
      return null;
    }
    const parsed = parseDatasetText(await fs.readFile(file, "utf8"), file);
    if (parsed.ok) return parsed.dataset;
    for (const p of parsed.problems) io.err(`${p.path}: ${p.message}`);
    return null;
  } catch (error) {
    io.err(`${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error)}`);
    return null;
  }
}

export async function runMinutes(args: readonly string[], io: MinutesIo = STD_IO): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(HELP);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === "string") {
    io.err(`kpi-review minutes: ${options}\n${HELP}`);
    return 2;
  }
  const out = await canonical(options.out);
  if (out === (await canonical(options.workbook)) || out === (await canonical(options.dataset))) {
    io.err(`kpi-review minutes: --out ${options.out} is an input; refusing to overwrite it`);
    return 2;
  }
  const dataset = await readDataset(options.dataset, io);
  if (!dataset) return 1;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((await fs.readFile(options.workbook)) as unknown as ArrayBuffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      `${options.workbook}: ${code === "ENOENT" ? "no such file" : `not a readable .xlsx (${error instanceof Error ? error.message : String(error)})`}`,
    );
    return 1;
  }
  const source = readMinutesSource(wb, dataset, io.today());
  const result = buildMinutes({ dataset, meetingNumber: options.meeting, ...source });
  if (!result.ok) {
    // e.g. a workbook without the committee's tables: say that before "no such meeting"
    for (const p of source.problems) io.err(`注意: ${p}`);
    io.err(result.message);
    io.err(result.messageEn);
    return 1;
  }
  const doc = result.minutes;
  for (const p of [...source.problems, ...doc.problems]) io.err(`注意: ${p}`);
  const bytes =
    options.format === "docx"
      ? await packMinutesDocx(doc)
      : Buffer.from(options.format === "md" ? minutesToMarkdown(doc) : minutesToCsv(doc), "utf8");
  await fs.mkdir(dirname(resolve(options.out)), { recursive: true });
  await fs.writeFile(options.out, bytes);
  const n = doc.summary.total;
  io.out(
    `会議録を作成しました: ${options.out}（${doc.meetingName}、意見 ${n}件、評価年度 ${source.settings.evaluationYear}）`,
  );
  io.out(
    `Wrote ${options.out}: minutes of meeting ${doc.meetingNumber}, ${n} comment${n === 1 ? "" : "s"}, ${bytes.length} bytes.`,
  );
  return 0;
}

export const verb: CliVerb = {
  name: "minutes",
  summary: "write the minutes (会議録) of a meeting as .docx, Markdown or CSV",
  run: (args) => runMinutes(args),
};
