/**
 * `kpi-review revise --workbook IN.xlsx --out OUT.xlsx --target ID --value V --from-year 2025 --reason TEXT
 * [--meeting N] [--target-year Y] [--dataset FILE]`: one target revision appended to 「指標見直し」 by the revision use
 * case (src/app/revisions.ts) over the xlsx port, the original target from 「KPI一覧」 beside it.
 */
import { yearLabel } from "../../i18n/dates";
import { reviseTarget } from "../../app/revisions";
import { meetingNumber } from "../../domain/comments/meeting-number";
import { parseVerbArgs } from "../args";
import { DEFAULT_DATASET } from "../io";
import { usageError, type CliVerb } from "../verb";
import { runOnWorkbook, STD_EVALUATION_IO, yearOption, type EvaluationIo } from "./evaluation-records";

const HELP = [
  "usage: kpi-review revise --workbook IN.xlsx --out OUT.xlsx --target ID --value V --from-year 2025 --reason TEXT",
  "                         [--meeting N] [--target-year Y] [--dataset FILE]",
  "",
  "指標の目標値を見直し、「指標見直し」シートに1行を追加します。当初の目標値・目標年度は「KPI一覧」から記録し、",
  "そのまま残します。適用開始年度以降の評価は見直し後の目標で行います。",
  "--target       指標ID（例 1-1-K1-1）",
  "--value        改定目標値（数値）",
  "--from-year    適用開始年度（計画期間内で、確定済みの年度より後）",
  "--reason       見直しの理由",
  "--meeting      承認した会議の回（任意）",
  "--target-year  改定目標年度（省くと当初の目標年度）",
  `--dataset      計画期間を取るデータセット（既定 ${DEFAULT_DATASET}）`,
  "Appends a target revision to 「指標見直し」. Refused (exit 1, nothing written): an unknown id, a value that is not",
  "a number, a year outside the plan, a revision from a closed year or before it, a second revision from that year.",
].join("\n");

const OPTIONS = {
  workbook: { type: "string" },
  out: { type: "string" },
  target: { type: "string" },
  value: { type: "string" },
  "from-year": { type: "string" },
  "target-year": { type: "string" },
  reason: { type: "string" },
  meeting: { type: "string" },
  dataset: { type: "string" },
} as const;

export async function runRevise(args: readonly string[], io: EvaluationIo = STD_EVALUATION_IO): Promise<number> {
  const parsed = parseVerbArgs(args, { options: OPTIONS });
  if (parsed.kind === "help") {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === "usage") return usageError(io, "revise", parsed.message);
  const v = parsed.values;
  for (const name of ["workbook", "out", "target", "value", "from-year", "reason"] as const) {
    if (v[name] === undefined) return usageError(io, "revise", `--${name} is required`);
  }
  const fromYear = yearOption("--from-year", v["from-year"]);
  const targetYear = yearOption("--target-year", v["target-year"]);
  if (typeof fromYear === "string") return usageError(io, "revise", fromYear);
  if (typeof targetYear === "string") return usageError(io, "revise", targetYear);
  let meeting: number | null = null;
  if (v.meeting !== undefined) {
    meeting = meetingNumber(v.meeting);
    if (!Number.isInteger(meeting) || meeting < 1) {
      return usageError(io, "revise", `--meeting must be a meeting number like 3, got "${v.meeting}"`);
    }
  }
  const files = { workbook: v.workbook as string, out: v.out as string, dataset: v.dataset ?? DEFAULT_DATASET };
  return runOnWorkbook(
    io,
    "revise",
    files,
    async (port, dataset) => {
      const revised = await reviseTarget(port, dataset, {
        indicatorId: v.target as string,
        value: v.value as string,
        targetYear: targetYear ?? null,
        fromYear: fromYear as number,
        reason: v.reason as string,
        meeting,
        now: io.now(),
      });
      return revised.ok ? { ok: true, value: revised.revision } : revised;
    },
    (r) => {
      const original = r.originalTarget === null ? "—" : String(r.originalTarget);
      io.out(
        `目標を見直しました: ${files.out}（${r.indicatorId} ${original} → ${r.revisedTarget}、${yearLabel("ja", r.fromYear)}から適用）`,
      );
      io.out(`Revised ${r.indicatorId}: ${original} → ${r.revisedTarget} from ${r.fromYear}.`);
    },
  );
}

export const verb: CliVerb = {
  name: "revise",
  summary: "revise an indicator's target (指標見直し), the original kept",
  run: (args) => runRevise(args),
};
