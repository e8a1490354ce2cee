/**
 * `kpi-review refresh --workbook IN.xlsx [--dataset FILE] --out OUT.xlsx [--use-dataset ID:YEAR]… [--dry-run]`:
 * refreshes an annotated workbook from the dataset (bundled by default; a JSON or CSV file, UTF-8 or Shift_JIS,
 * detected) by the refresh use case (src/app/refresh.ts) over the file's bytes. Prints the preview (added, changed old → new, 廃止, conflicts, restored formulas), then writes OUT.
 * Conflicts keep the workbook's value unless --use-dataset names them. Nothing is written when any check fails,
 * and OUT may never be an input. `--csv-template OUT.csv` writes the dataset in the CSV layout, to edit.
 */
import { userInfo } from "node:os";
import { basename } from "node:path";
import { datasetToCsv } from "../../domain/dataset/ingest/csv-dataset";
import { conflictKey, type ConflictChoice, type RefreshPlan } from "../../refresh/merge";
import { previewLines, previewOf } from "../../refresh/preview";
import { loadSource, type RefreshSource, type SourceResult } from "../../domain/dataset/ingest/source";
import { refreshXlsx, previewRefreshXlsx } from "../../app/refresh-xlsx";
import { noticeText, type RefreshNotice } from "../../workbook/refresh-notice";
import { parseVerbArgs } from "../args";
import {
  DEFAULT_DATASET,
  overwrittenInput,
  printDatasetProblems,
  printProblems,
  readDatasetFile,
  readInput,
  STD_LINES,
  writeKeepingPrevious,
  type Lines,
} from "../io";
import type { Problem } from "../../domain/dataset/problems";
import { usageError, type CliVerb } from "../verb";

const HELP = [
  "usage: kpi-review refresh --workbook IN.xlsx --out OUT.xlsx [--dataset FILE] [--use-dataset ID:YEAR]… [--dry-run]",
  "",
  "Refreshes a workbook from the dataset without losing what people typed: typed actuals, notes, added columns",
  "and comments stay; definitions come from the dataset; indicators that left it are marked 廃止 and kept.",
  `--dataset FILE      JSON (the dataset) or CSV (its column layout; UTF-8 or Shift_JIS); default ${DEFAULT_DATASET}`,
  "--use-dataset ID:YEAR  take the dataset's value for that conflict (repeatable); otherwise the workbook's stays;",
  "                    one that names no conflict is refused",
  "--dry-run           print the preview only; write nothing",
  "",
  "kpi-review refresh --csv-template OUT.csv [--dataset FILE]",
  "  writes the dataset's indicators in the CSV layout (UTF-8 with BOM, opens in Excel): a template to edit",
  "ブックの入力値・意見を残したまま、データセットから「KPI一覧」を更新します。入力ファイルは上書きしません。",
].join("\n");

export interface RefreshIo extends Lines {
  readonly now: () => Date;
  readonly user: () => string;
}

const STD_IO: RefreshIo = {
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

const OPTIONS = {
  workbook: { type: "string" },
  out: { type: "string" },
  dataset: { type: "string" },
  "use-dataset": { type: "string", multiple: true },
  "dry-run": { type: "boolean" },
  "csv-template": { type: "string" },
} as const;

type Options =
  | { readonly kind: "help" }
  | { readonly kind: "template"; readonly template: string; readonly dataset: string | null }
  | {
      readonly kind: "refresh";
      readonly workbook: string;
      readonly out: string | null;
      readonly dataset: string | null;
      readonly choices: Record<string, ConflictChoice>;
      /** Each --use-dataset as typed, by its conflict key: a choice that names no conflict is refused. */
      readonly chosen: ReadonlyMap<string, string>;
      readonly dryRun: boolean;
    };

function optionsOf(args: readonly string[]): Options | string {
  const parsed = parseVerbArgs(args, { options: OPTIONS });
  if (parsed.kind !== "ok") return parsed.kind === "help" ? parsed : parsed.message;
  const v = parsed.values;
  const dataset = v.dataset ?? null;
  if (v["csv-template"] !== undefined) {
    const other = parsed.given.find((name) => name !== "--csv-template" && name !== "--dataset");
    if (other !== undefined) return `--csv-template takes only --dataset, got "${other}"`;
    return { kind: "template", template: v["csv-template"], dataset };
  }
  const choices: Record<string, ConflictChoice> = {};
  const chosen = new Map<string, string>();
  for (const value of v["use-dataset"] ?? []) {
    const m = /^(.+):(\d{4})$/.exec(value);
    if (!m) return `--use-dataset takes ID:YEAR (e.g. 1-1-K1-1:2024), got "${value}"`;
    const key = conflictKey(m[1] as string, Number(m[2]));
    choices[key] = "dataset";
    chosen.set(key, value);
  }
  const dryRun = v["dry-run"] === true;
  if (v.workbook === undefined) return "--workbook is required";
  if (v.out === undefined && !dryRun) return "--out is required (or --dry-run)";
  return { kind: "refresh", workbook: v.workbook, out: v.out ?? null, dataset, choices, chosen, dryRun };
}

export async function runRefresh(args: readonly string[], io: RefreshIo = STD_IO): Promise<number> {
  const options = optionsOf(args);
  if (typeof options === "string") return usageError(io, "refresh", options);
  if (options.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (options.kind === "template") return writeTemplate(options.template, options.dataset ?? DEFAULT_DATASET, io);
  if (options.out !== null) {
    const input = await overwrittenInput(options.out, [options.workbook, options.dataset ?? DEFAULT_DATASET]);
    if (input !== null) {
      io.err(`kpi-review refresh: --out ${options.out} is an input (${input}); refusing to overwrite it`);
      return 2;
    }
  }
  // The bundled dataset is the base of a CSV source (plan, goals, 施策) and the default source.
  const bundled = await readDatasetFile(DEFAULT_DATASET);
  if (!bundled.ok) {
    io.err(`${DEFAULT_DATASET}: the bundled dataset is missing or invalid; run kpi-review validate`);
    return 1;
  }
  let source: RefreshSource = { kind: "bundled" };
  if (options.dataset !== null) {
    const read = await readInput(options.dataset);
    if (!read.ok) return unreadable(io, read.problem);
    source = { kind: "file", name: basename(options.dataset), bytes: new Uint8Array(read.bytes) };
  }
  const loaded = loadSource(source, bundled.dataset);
  if (!loaded.ok) {
    printProblems(io.out, loaded.problems);
    io.err(
      `${options.dataset}: ${loaded.problems.length} problem(s); nothing written / 問題があるため何も書き込みません`,
    );
    return 1;
  }
  const xlsx = await readInput(options.workbook);
  if (!xlsx.ok) return unreadable(io, xlsx.problem);
  const input = { xlsx: new Uint8Array(xlsx.bytes), dataset: loaded.dataset, choices: options.choices };
  const now = io.now();
  if (options.dryRun || options.out === null) {
    const preview = await previewRefreshXlsx({ ...input, date: now.toISOString().slice(0, 10) });
    if (!preview.ok) return refused(io, options.workbook, preview.problems);
    printPreview(io, preview.plan, loaded);
    return unchosen(io, options.chosen, preview.plan);
  }
  const result = await refreshXlsx({
    ...input,
    history: { at: now.toISOString(), who: io.user(), source: loaded.label },
  });
  if (!result.ok) return refused(io, options.workbook, result.problems);
  printPreview(io, result.plan, loaded);
  if (unchosen(io, options.chosen, result.plan) !== 0) return 1;
  // OUT may be a workbook people have typed into: kept as a dated copy, never replaced unseen
  const failed = await writeKeepingPrevious(io, "refresh", options.out, result.bytes, now);
  if (failed !== null) return failed;
  io.out(`更新したブックを保存しました: ${options.out} / Wrote ${options.out} (${result.bytes.length} bytes)`);
  return 0;
}

/** An input that could not be read: its problem on stdout, as before, and the one line on stderr. */
function unreadable(io: RefreshIo, problem: Problem): number {
  printProblems(io.out, [problem]);
  io.err(`kpi-review refresh: ${problem.path}: ${problem.message}; nothing written`);
  return 1;
}

/**
 * A --use-dataset that names no conflict of this refresh (a typo, or a value that is no longer in conflict) would
 * otherwise be ignored silently: it is refused, with the conflicts there are. 0 when every choice named one.
 */
function unchosen(io: RefreshIo, chosen: ReadonlyMap<string, string>, plan: RefreshPlan): number {
  const keys = new Set(plan.conflicts.map((c) => c.key));
  const stray = [...chosen].filter(([key]) => !keys.has(key)).map(([, typed]) => typed);
  if (stray.length === 0) return 0;
  const there = plan.conflicts.map((c) => `${c.id}:${c.year}`).join(", ") || "none";
  io.err(
    `kpi-review refresh: --use-dataset ${stray.join(", ")} names no conflict of this refresh (conflicts: ${there}); ` +
      "nothing written / 指定した競合がありません。何も書き込みません",
  );
  return 1;
}

/** The preview: every line in Japanese, the summary in English, and the source's encoding when one was detected. */
function printPreview(io: RefreshIo, plan: RefreshPlan, loaded: Extract<SourceResult, { ok: true }>): void {
  const preview = previewOf(plan);
  for (const line of previewLines(preview, "ja")) io.out(line);
  io.out(previewLines(preview, "en")[0] as string);
  if (loaded.encoding) io.out(`source ${loaded.label}: ${loaded.format}, ${loaded.encoding}`);
}

/** A workbook the refresh cannot work on: each notice with its sheet and cell; nothing written. */
function refused(io: RefreshIo, workbook: string, problems: readonly RefreshNotice[]): number {
  for (const p of problems) {
    const where = p.sheet ? `${p.sheet}!${p.cell ?? ""}` : workbook;
    io.out(`${where}: ${noticeText("ja", p)} / ${noticeText("en", p)}`);
  }
  io.err(
    `${workbook}: the workbook cannot be refreshed as it is; nothing written / 更新できません。何も書き込みません`,
  );
  return 1;
}

/** `--csv-template OUT.csv`: the dataset's indicators in the CSV layout, a template to edit. */
async function writeTemplate(template: string, source: string, io: RefreshIo): Promise<number> {
  if ((await overwrittenInput(template, [source])) !== null) {
    io.err(`kpi-review refresh: --csv-template ${template} is the dataset itself; refusing to overwrite it`);
    return 2;
  }
  const read = await readDatasetFile(source);
  if (!read.ok) {
    printDatasetProblems(io, source, read, "; no template written");
    return 1;
  }
  // an edited template is someone's work: kept as a dated copy
  const failed = await writeKeepingPrevious(io, "refresh", template, datasetToCsv(read.dataset), io.now());
  if (failed !== null) return failed;
  io.out(`CSV のひな形を保存しました: ${template}（${read.dataset.indicators.length} 指標）`);
  io.out(`Wrote the CSV template ${template} (${read.dataset.indicators.length} indicators).`);
  return 0;
}

export const verb: CliVerb = {
  name: "refresh",
  summary: "refresh a workbook from the dataset, keeping what people typed",
  run: (args) => runRefresh(args),
};
