/**
 * `kpi-review datacall export --workbook IN.xlsx --department 課名 --out FILE.xlsx` and
 * `kpi-review datacall import --workbook IN.xlsx --file FILE.xlsx --out OUT.xlsx [--dry-run] [--use-file ID,…]
 * [--keep-workbook] [--by NAME]`: 担当課への照会 (issue #12 §5) by the use cases of src/app/datacall.ts over the xlsx
 * port. A refusal is one line naming the cell, exit 1, nothing written; conflicts without a choice list every
 * conflict (the choice needs them all), exit 1, nothing written. --out is never an input; a file there is kept as a
 * dated copy.
 */
import type { DatacallPort } from "../../app/datacall";
import { exportDatacall, importDatacall } from "../../app/datacall";
import { datacallChangeLine, datacallNoticeLines } from "../../app/datacall-lines";
import { failureLines, type EvaluationFailure } from "../../app/evaluation-reads";
import { xlsxCellNotesPort } from "../../adapters/xlsx/datacall-file";
import { xlsxWorkbookPort } from "../../adapters/xlsx/workbook-port";
import { yearLabel } from "../../i18n/dates";
import { translate } from "../../i18n/messages";
import { parseVerbArgs } from "../args";
import { loadXlsxFile, overwrittenInput, readInput, saveXlsxFile, writeKeepingPrevious } from "../io";
import { usageError, type CliVerb } from "../verb";
import { STD_EVALUATION_IO, type EvaluationIo } from "./evaluation-records";

const VERB = "datacall";
/** Every message of this verb in the CLI's language (the other evaluation verbs print Japanese first, too). */
const LANG = "ja";

const HELP = [
  "usage: kpi-review datacall export --workbook IN.xlsx --department 課名 --out FILE.xlsx",
  "       kpi-review datacall import --workbook IN.xlsx --file FILE.xlsx --out OUT.xlsx [--dry-run]",
  "                                  [--use-file ID,…] [--keep-workbook] [--by NAME]",
  "",
  "担当課への照会。export は担当課の指標だけの実績照会ファイル（評価年度の実績・出典・速報/確定・要因分析・課題・",
  "今後の方向性・外的要因を入力、ほかの欄はシートの保護で固定、パスワードなし）を作ります。",
  "import は返送されたファイルを取り込みます: 実績は「KPI一覧」の評価年度の列へ、出典・速報/確定はその実績セルのメモへ、",
  "要因分析などは「評価」シートへ。ブックに入力済みの値は失われません: 空欄は補完し、異なる値は一覧にして選択を求めます。",
  "--use-file ID,…    その指標の競合は回答の値を採用（繰り返し可）",
  "--keep-workbook    ほかの競合はブックの値を維持",
  "--dry-run          差分を表示するだけで何も書き込まない（--out 不要）",
  "--by               記録者（既定: ログインユーザー名）",
  "Data call to a department: export its indicators as a locked input file; import the answer back. Refused (exit 1,",
  "nothing written): a department with no indicators, a file of another 評価年度 or department, ids changed, added",
  "or removed, conflicts with values typed in the workbook without --use-file / --keep-workbook.",
].join("\n");

const EXPORT_OPTIONS = {
  workbook: { type: "string" },
  department: { type: "string" },
  out: { type: "string" },
} as const;

const IMPORT_OPTIONS = {
  workbook: { type: "string" },
  file: { type: "string" },
  out: { type: "string" },
  "dry-run": { type: "boolean" },
  "use-file": { type: "string", multiple: true },
  "keep-workbook": { type: "boolean" },
  by: { type: "string" },
} as const;

function refusedLine(io: EvaluationIo, sub: string, where: string, failure: EvaluationFailure): number {
  const [first, ...more] = failureLines(failure, LANG);
  const rest = more.length > 0 ? `（ほかに${more.length}件）` : "";
  io.err(`kpi-review ${VERB} ${sub}: ${where}: ${first ?? "?"}${rest}; nothing written / 何も書き込んでいません`);
  return 1;
}

async function runExport(args: readonly string[], io: EvaluationIo): Promise<number> {
  const verb = `${VERB} export`;
  const parsed = parseVerbArgs(args, { options: EXPORT_OPTIONS });
  if (parsed.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === "usage") return usageError(io, verb, parsed.message);
  const { workbook, department, out } = parsed.values;
  if (!workbook) return usageError(io, verb, "--workbook is required");
  if (!department?.trim()) return usageError(io, verb, "--department is required");
  if (!out) return usageError(io, verb, "--out is required");
  if ((await overwrittenInput(out, [workbook])) !== null) {
    io.err(`kpi-review ${verb}: --out ${out} is an input; refusing to overwrite it`);
    return 2;
  }
  const book = await loadXlsxFile(workbook);
  if (!book.ok) return refusedLineText(io, "export", `${book.problem.path}: ${book.problem.message}`);
  const made = await exportDatacall(xlsxWorkbookPort(book.workbook), department, io.now());
  if (!made.ok) return refusedLine(io, "export", workbook, made.failure);
  const failed = await writeKeepingPrevious(io, verb, out, made.value.bytes, io.now());
  if (failed !== null) return failed;
  io.out(
    translate(LANG, "evaluation.datacall.exported", {
      department: made.value.department,
      file: out,
      year: yearLabel(LANG, made.value.year),
      count: made.value.ids.length,
    }),
  );
  return 0;
}

function refusedLineText(io: EvaluationIo, sub: string, line: string): number {
  io.err(`kpi-review ${VERB} ${sub}: ${line}; nothing written / 何も書き込んでいません`);
  return 1;
}

/** --use-file 1-1-K1-1,1-1-K1-2 (repeatable) → the ids. */
const idsOf = (values: readonly string[]): string[] =>
  values.flatMap((v) => v.split(/[,、，]/).map((s) => s.trim())).filter((s) => s !== "");

async function runImport(args: readonly string[], io: EvaluationIo): Promise<number> {
  const verb = `${VERB} import`;
  const parsed = parseVerbArgs(args, { options: IMPORT_OPTIONS });
  if (parsed.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === "usage") return usageError(io, verb, parsed.message);
  const { workbook, file, out } = parsed.values;
  const dryRun = parsed.values["dry-run"] === true;
  if (!workbook) return usageError(io, verb, "--workbook is required");
  if (!file) return usageError(io, verb, "--file is required");
  if (!out && !dryRun) return usageError(io, verb, "--out is required (or --dry-run)");
  const useFile = idsOf(parsed.values["use-file"] ?? []);
  if (out && (await overwrittenInput(out, [workbook, file])) !== null) {
    io.err(`kpi-review ${verb}: --out ${out} is an input; refusing to overwrite it`);
    return 2;
  }
  const answer = await readInput(file);
  if (!answer.ok) return refusedLineText(io, "import", `${answer.problem.path}: ${answer.problem.message}`);
  const book = await loadXlsxFile(workbook);
  if (!book.ok) return refusedLineText(io, "import", `${book.problem.path}: ${book.problem.message}`);
  const port: DatacallPort = { ...xlsxWorkbookPort(book.workbook), ...xlsxCellNotesPort(book.workbook) };
  const by = parsed.values.by?.trim() || io.user() || "kpi-review";
  const result = await importDatacall(port, answer.bytes, {
    choices: { useFile, keepWorkbook: parsed.values["keep-workbook"] === true },
    dryRun,
    stamp: { at: io.now().toISOString(), by },
  });
  if (!result.ok) {
    // A problem of the returned file names its cell; one of the workbook names the workbook.
    const where =
      result.failure.kind === "refused" && /^(実績照会|file|--use-file)/.test(result.failure.problems[0]?.path ?? "")
        ? file
        : workbook;
    return refusedLine(io, "import", where, result.failure);
  }
  const { kind, import: plan, notes } = result.value;
  const changes = plan.changes.map((c) => datacallChangeLine(c, LANG));
  if (kind === "needsChoice") {
    io.err(
      `kpi-review ${verb}: ${file}: ${translate(LANG, "evaluation.datacall.needsChoice", { count: plan.unresolved.length })}`,
    );
    for (const c of plan.unresolved) io.err(`  ${datacallChangeLine(c, LANG)}`);
    return 1;
  }
  if (kind === "dryRun") {
    io.out(translate(LANG, "evaluation.datacall.dryRun", { department: plan.department, count: changes.length }));
    for (const line of changes) io.out(`  ${line}`);
    for (const line of datacallNoticeLines(plan, notes, LANG)) io.out(line);
    return 0;
  }
  const failed = await saveXlsxFile(io, verb, book.workbook, out as string, io.now());
  if (failed !== null) return failed;
  io.out(
    changes.length === 0
      ? translate(LANG, "evaluation.datacall.noChange", { department: plan.department })
      : translate(LANG, "evaluation.datacall.imported", {
          department: plan.department,
          out: out as string,
          actuals: plan.actuals.length,
          entries: plan.entries.length,
        }),
  );
  for (const line of changes) io.out(`  ${line}`);
  for (const line of datacallNoticeLines(plan, notes, LANG)) io.out(line);
  return 0;
}

export async function runDatacall(args: readonly string[], io: EvaluationIo = STD_EVALUATION_IO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "export") return runExport(rest, io);
  if (sub === "import") return runImport(rest, io);
  if (sub === undefined || sub === "--help" || sub === "-h") {
    io.out(HELP);
    return sub === undefined ? 2 : 0;
  }
  return usageError(io, VERB, `unknown action "${sub}" (export, import)`);
}

export const verb: CliVerb = {
  name: VERB,
  summary: "data call to a department: export its input file, import the answer",
  run: (args) => runDatacall(args),
};
