/**
 * `kpi-review evaluation import | prepare | close`: the yearly 効果検証 in an .xlsx.
 * - import --workbook IN --out OUT --csv FILE: the departments' and the committee's entries and 総括意見 from a CSV
 *   (UTF-8 or Shift_JIS, detected), by importEvaluationCsv (src/app/evaluation.ts): all-or-nothing.
 * - prepare --workbook IN --out OUT --year 2026: adds the year's 「評価」 and 「総括意見」 rows.
 * - close: evaluation-close.ts (closeVerb).
 * Missing sheets (a workbook built before them) are set up first. Refusals are one line naming the first problem,
 * exit 1, nothing written; --out is never an input, and a file there is kept as a dated copy.
 */
import { yearLabel } from "../../i18n/dates";
import { importEvaluationCsv, prepareEvaluationYear } from "../../app/evaluation";
import { decodeBytes } from "../../domain/dataset/ingest/decode";
import { parseVerbArgs } from "../args";
import { DEFAULT_DATASET, readInput } from "../io";
import { usageError, type CliVerb } from "../verb";
import { runOnWorkbook, STD_EVALUATION_IO, yearOption, type EvaluationIo } from "./evaluation-records";

const HELP = [
  "usage:",
  "  kpi-review evaluation import  --workbook IN.xlsx --out OUT.xlsx --csv FILE.csv [--by NAME]",
  "  kpi-review evaluation prepare --workbook IN.xlsx --out OUT.xlsx --year 2026",
  "  kpi-review evaluation close   --workbook IN.xlsx --out OUT.xlsx --year 2025 [--replace] [--by NAME]",
  "",
  "import   CSV（UTF-8 または Shift_JIS）の評価・総括意見を「評価」「総括意見」シートに取り込みます。",
  "         見出し: 評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由（任意: 総括意見）",
  "         対象が指標ID → 「評価」の行（理由は委員会評価の理由）。「全体」「基本目標1」など → 「総括意見」",
  "         （総括意見の列が空なら理由）。委員会評価は A〜D（例 B → 「B 順調」）または「保留」でも可。",
  "         空欄のセルはシートの内容をそのまま残します。1件でも問題があれば何も書き込みません。",
  "prepare  指定した年度の「評価」（指標ごと）と「総括意見」の行を追加します（既にある行はそのまま）。",
  "close    評価年度を確定します（kpi-review evaluation close --help）。",
  "--by     記録者（既定: ログインユーザー名）",
  "Import the committee's and departments' evaluations from a CSV (all-or-nothing), prepare a year's rows, or",
  "close a year. Refused (exit 1, nothing written): a malformed CSV line, an unknown indicator id, a year outside",
  "the plan, a closed year (「評価履歴」 holds it).",
].join("\n");

const VERB = "evaluation";

const OPTIONS = {
  workbook: { type: "string" },
  out: { type: "string" },
  csv: { type: "string" },
  year: { type: "string" },
  by: { type: "string" },
} as const;

type Sub = "import" | "prepare";

export async function runEvaluation(args: readonly string[], io: EvaluationIo = STD_EVALUATION_IO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h") {
    io.out(HELP);
    return sub === undefined ? 2 : 0;
  }
  // Behind a dynamic import: the close verb is its own module.
  if (sub === "close") return (await import("./evaluation-close")).runClose(rest, io);
  if (sub !== "import" && sub !== "prepare")
    return usageError(io, VERB, `unknown subcommand "${sub}" (import, prepare, close)`);
  return runSub(sub, rest, io);
}

async function runSub(sub: Sub, args: readonly string[], io: EvaluationIo): Promise<number> {
  const verb = `${VERB} ${sub}`;
  const parsed = parseVerbArgs(args, { options: OPTIONS });
  if (parsed.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === "usage") return usageError(io, verb, parsed.message);
  const { workbook, out, csv } = parsed.values;
  if (!workbook) return usageError(io, verb, "--workbook is required");
  if (!out) return usageError(io, verb, "--out is required");
  const stamp = { at: io.now().toISOString(), by: parsed.values.by?.trim() || io.user() || "kpi-review" };
  // The use cases need no dataset; the bundled one satisfies the shared runner.
  const files = { workbook, out, dataset: DEFAULT_DATASET };
  if (sub === "prepare") {
    const year = yearOption("--year", parsed.values.year);
    if (year === undefined) return usageError(io, verb, "--year is required");
    if (typeof year === "string") return usageError(io, verb, year);
    return runOnWorkbook(
      io,
      verb,
      files,
      (port) => prepareEvaluationYear(port, year),
      (added) => {
        io.out(
          `${yearLabel("ja", year)}の行を追加しました: ${out}（評価 ${added.entries}行、総括意見 ${added.opinions}行）`,
        );
        io.out(`Prepared ${year}: ${added.entries} evaluation rows and ${added.opinions} summary rows added.`);
      },
    );
  }
  if (!csv) return usageError(io, verb, "--csv is required");
  if (csv === out) return usageError(io, verb, `--out ${out} is an input; refusing to overwrite it`);
  const read = await readInput(csv);
  const decoded = read.ok ? decodeBytes(new Uint8Array(read.bytes)) : null;
  if (!read.ok || !decoded?.ok) {
    const why = !read.ok ? read.problem.message : decoded && !decoded.ok ? decoded.message : "?";
    io.err(`kpi-review ${verb}: ${csv}: ${why}; nothing written / 何も書き込んでいません`);
    return 1;
  }
  return runOnWorkbook(
    io,
    verb,
    files,
    (port) => importEvaluationCsv(port, decoded.text, stamp),
    (imported) => {
      io.out(`取り込みました: ${out}（評価 ${imported.entries}件、総括意見 ${imported.opinions}件）`);
      io.out(`Imported ${imported.entries} evaluations and ${imported.opinions} summary opinions.`);
    },
  );
}

export const verb: CliVerb = {
  name: VERB,
  summary: "import, prepare or close the yearly evaluation (評価・総括意見・評価履歴)",
  run: (args) => runEvaluation(args),
};
