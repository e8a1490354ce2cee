/**
 * `kpi-review workbook [--dataset FILE] [--out FILE] [--evaluation-year N]`: validates the dataset, builds the
 * workbook (createWorkbook, src/app/create-workbook.ts, over a new exceljs workbook) and writes it as .xlsx (default
 * out/kpi-review.xlsx). Never writes over its input; a file already at --out is kept as a dated copy beside it
 * (out/kpi-review.20261124-120000.xlsx), since it may hold typed actuals and the committee's record.
 */
import { createWorkbook } from "../../app/create-workbook";
import { xlsxWorkbookPort } from "../../adapters/xlsx/workbook-port";
import { workbookBytes } from "../../adapters/xlsx/write-workbook";
import { workbookPlanProblems } from "../../plan/workbook";
import { parseVerbArgs } from "../args";
import {
  DEFAULT_DATASET,
  overwrittenInput,
  printDatasetProblems,
  readDatasetFile,
  STD_LINES,
  writeKeepingPrevious,
  type Lines,
} from "../io";
import { usageError, type CliVerb } from "../verb";

export const DEFAULT_OUT = "out/kpi-review.xlsx";

const HELP = [
  "usage: kpi-review workbook [--dataset FILE] [--out FILE] [--evaluation-year N]",
  "",
  `Builds the KPI review workbook (.xlsx) from a dataset (default ${DEFAULT_DATASET}) into --out (default ${DEFAULT_OUT}).`,
  "The dataset is validated first; every problem is printed as `path: message` and the exit code is 1.",
  "--evaluation-year N  評価年度 (western fiscal year); default: the last completed fiscal year.",
  "A file already at --out is kept as a dated copy beside it (NAME.YYYYMMDD-HHMMSS.xlsx, Japan time), never lost;",
  "to bring a workbook people have typed into up to date, use kpi-review refresh.",
  "KPIレビュー用ブック(.xlsx)をデータセットから作成します。",
].join("\n");

export interface WorkbookIo extends Lines {
  /** The build time recorded in the workbook (injectable for tests). */
  readonly now: () => Date;
}

const STD_IO: WorkbookIo = { ...STD_LINES, now: () => new Date() };

const OPTIONS = {
  dataset: { type: "string" },
  out: { type: "string" },
  "evaluation-year": { type: "string" },
} as const;

export async function runWorkbook(args: readonly string[], io: WorkbookIo = STD_IO): Promise<number> {
  const parsed = parseVerbArgs(args, { options: OPTIONS });
  if (parsed.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === "usage") return usageError(io, "workbook", parsed.message);
  const { dataset: datasetFile = DEFAULT_DATASET, out = DEFAULT_OUT, "evaluation-year": year } = parsed.values;
  if (year !== undefined && !/^\d{4}$/.test(year)) {
    return usageError(io, "workbook", `--evaluation-year must be a western year like 2025, got "${year}"`);
  }
  if ((await overwrittenInput(out, [datasetFile])) !== null) {
    io.err(`kpi-review workbook: --out ${out} is the dataset itself; refusing to overwrite an input`);
    return 2;
  }
  const read = await readDatasetFile(datasetFile);
  if (!read.ok) {
    printDatasetProblems(io, datasetFile, read, "; no workbook written");
    return 1;
  }
  // 評価年度 outside the plan's year columns: 設定's own validation would reject it (buildWorkbookPlan refuses it).
  const badYear =
    year === undefined
      ? undefined
      : workbookPlanProblems(read.dataset, { builtAt: io.now(), evaluationYear: Number(year) }).find(
          (p) => p.path === "evaluationYear",
        );
  if (badYear) return usageError(io, "workbook", `--evaluation-year ${badYear.message}`);
  const port = xlsxWorkbookPort();
  const created = await createWorkbook(port, read.dataset, {
    builtAt: io.now(),
    ...(year !== undefined ? { evaluationYear: Number(year) } : {}),
  });
  // A new workbook has no sheets to refuse over; anything else is a bug, not the user's.
  if (!created.ok) throw new Error(`createWorkbook on a new workbook failed: ${created.code}`);
  const bytes = await workbookBytes(port.workbook);
  // A workbook already there may hold typed actuals and the committee's record: it is kept as a dated copy first.
  const failed = await writeKeepingPrevious(io, "workbook", out, bytes, io.now(), true);
  if (failed !== null) return failed;
  const indicators = read.dataset.indicators.length;
  const sheets = created.sheets.map((s) => `「${s}」`).join("");
  io.out(`ブックを作成しました: ${out}（指標 ${indicators} 行、シート ${created.sheets.length} 枚 ${sheets}）`);
  io.out(`Wrote ${out}: ${indicators} indicator rows, ${created.sheets.length} sheets, ${bytes.length} bytes.`);
  return 0;
}

export const verb: CliVerb = {
  name: "workbook",
  summary: "build the KPI review workbook (.xlsx) from the dataset",
  run: (args) => runWorkbook(args),
};
