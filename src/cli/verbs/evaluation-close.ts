/**
 * `kpi-review evaluation close --workbook IN.xlsx --out OUT.xlsx --year 2025 [--replace] [--by NAME] [--dataset FILE]`:
 * closes a 評価年度 by the closing use case (src/app/closing.ts) over the xlsx port: each indicator's values and grades
 * of that year, worked out by the status twin from the actuals typed into 「KPI一覧」, appended to 「評価履歴」 as values.
 * The `evaluation` verb dispatches `close` here.
 */
import { yearLabel } from "../../i18n/dates";
import { closeEvaluationYear } from "../../app/closing";
import { parseVerbArgs } from "../args";
import { DEFAULT_DATASET } from "../io";
import { usageError, type CliVerb } from "../verb";
import { runOnWorkbook, STD_EVALUATION_IO, yearOption, type EvaluationIo } from "./evaluation-records";

const VERB = "evaluation close";

const HELP = [
  "usage: kpi-review evaluation close --workbook IN.xlsx --out OUT.xlsx --year 2025 [--replace] [--by NAME] [--dataset FILE]",
  "",
  "評価年度を確定します。各指標の最新実績・実績年度・適用目標値・達成率・期待進捗・評価（算定）と、「評価」シートの",
  "委員会評価・外的要因を、データセット版・確定日時・確定者とともに「評価履歴」シートに値として記録します。",
  "確定した年度は、その後の入力・更新・目標の見直しで変わりません。",
  "--year      確定する評価年度（計画期間内で、ブックの評価年度以前）",
  "--replace   確定済みの年度を確定し直す（以前の記録は「旧記録」として残ります）",
  "--by        確定者（既定: ログインユーザー名）",
  `--dataset   指標の定義（方向・判定基準・目標）を取るデータセット（既定 ${DEFAULT_DATASET}）。ブックの版と同じであること`,
  "Closes a 評価年度: freezes each indicator's values and grades of that year in 「評価履歴」 as values.",
  "Refused (exit 1, nothing written): a year outside the plan or after the workbook's 評価年度, a year already",
  "closed without --replace, a dataset of another version than the workbook's.",
].join("\n");

const OPTIONS = {
  workbook: { type: "string" },
  out: { type: "string" },
  year: { type: "string" },
  replace: { type: "boolean" },
  by: { type: "string" },
  dataset: { type: "string" },
} as const;

export async function runClose(args: readonly string[], io: EvaluationIo = STD_EVALUATION_IO): Promise<number> {
  const parsed = parseVerbArgs(args, { options: OPTIONS });
  if (parsed.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === "usage") return usageError(io, VERB, parsed.message);
  const { workbook, out, replace = false, dataset = DEFAULT_DATASET } = parsed.values;
  if (!workbook) return usageError(io, VERB, "--workbook is required");
  if (!out) return usageError(io, VERB, "--out is required");
  const year = yearOption("--year", parsed.values.year);
  if (year === undefined) return usageError(io, VERB, "--year is required");
  if (typeof year === "string") return usageError(io, VERB, year);
  const by = parsed.values.by?.trim() || io.user() || "kpi-review";
  return runOnWorkbook(
    io,
    VERB,
    { workbook, out, dataset },
    async (port, ds) => {
      const closed = await closeEvaluationYear(port, ds, { year, replace, by, now: io.now() });
      return closed.ok ? { ok: true, value: closed } : closed;
    },
    (closed) => {
      const again = closed.superseded > 0 ? `、旧記録 ${closed.superseded}件` : "";
      io.out(`${yearLabel("ja", closed.year)}を確定しました: ${out}（${closed.records.length}指標${again}）`);
      io.out(
        `Closed ${closed.year}: ${closed.records.length} indicators recorded in 評価履歴` +
          (closed.superseded > 0 ? `, ${closed.superseded} earlier records kept as 旧記録.` : "."),
      );
      if (closed.skipped.length > 0) {
        io.err(
          `注意: データセットにない指標は確定していません / not in the dataset, not closed: ${closed.skipped.join(", ")}`,
        );
      }
    },
  );
}

export const closeVerb: CliVerb = {
  name: VERB,
  summary: "close a 評価年度: freeze its values and grades in 評価履歴",
  run: (args) => runClose(args),
};
