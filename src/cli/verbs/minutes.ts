/**
 * `kpi-review minutes --workbook IN.xlsx --meeting N --format docx|md|csv --out FILE [--dataset FILE]`: the 会議録 of
 * one meeting from a workbook, by the minutes use case (src/app/minutes.ts) over the xlsx port: comments, members and
 * meetings from their tables, each indicator's status by the status twin over the actuals typed into 「KPI一覧」
 * (exceljs computes nothing). The dataset gives the strategy's
 * structure and order (default seeds/kpi-dataset.json). Files in, files out: --out must differ from the inputs.
 */
import { yearLabel } from "../../i18n/dates";
import { exportMinutes, MINUTES_FORMATS, type MinutesFormat } from "../../app/minutes";
import { xlsxMinutesPort } from "../../adapters/xlsx/minutes-source";
import { parseVerbArgs } from "../args";
import { documentFormat, readDocumentInputs } from "../document-verb";
import { DEFAULT_DATASET, STD_LINES, writeKeepingPrevious, type Lines } from "../io";
import { usageError, type CliVerb } from "../verb";

const HELP = [
  "usage: kpi-review minutes --workbook IN.xlsx --meeting N [--format docx|md|csv] --out FILE [--dataset FILE]",
  "",
  "会議録（第N回）をブックの委員意見・会議・委員名簿と「KPI一覧」の実績から作成します。",
  "--format を省くと --out の拡張子（.docx / .md / .csv）で決めます。CSV は UTF-8（BOM付き）、1行に1件の意見です。",
  "--format と --out の拡張子（.docx / .md / .csv）が食い違うときは何も書きません。",
  `指標の並びと見出しはデータセット（既定 ${DEFAULT_DATASET}）から取ります。入力ファイルは上書きしません。`,
  "Writes the minutes of meeting N from a workbook as .docx, Markdown or CSV (UTF-8 with BOM).",
].join("\n");

export interface MinutesIo extends Lines {
  readonly today: () => Date;
}

const STD_IO: MinutesIo = { ...STD_LINES, today: () => new Date() };

const OPTIONS = {
  workbook: { type: "string" },
  meeting: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  dataset: { type: "string" },
} as const;

interface Options {
  readonly workbook: string;
  readonly meeting: number;
  readonly format: MinutesFormat;
  readonly out: string;
  readonly dataset: string;
}

function optionsOf(args: readonly string[]): Options | { readonly help: true } | string {
  const parsed = parseVerbArgs(args, { options: OPTIONS });
  if (parsed.kind === "help") return { help: true };
  if (parsed.kind === "usage") return parsed.message;
  const { workbook, meeting: given, format: named, out, dataset = DEFAULT_DATASET } = parsed.values;
  if (!workbook) return "--workbook is required";
  if (!given) return "--meeting is required";
  if (!out) return "--out is required";
  const meeting = given.replace(/^第|回$/g, "");
  if (!/^\d{1,3}$/.test(meeting) || Number(meeting) < 1) {
    return `--meeting must be a meeting number like 3, got "${given}"`;
  }
  const chosen = documentFormat<MinutesFormat>(MINUTES_FORMATS, named, out);
  if (!chosen.ok) return chosen.message;
  return { workbook, meeting: Number(meeting), format: chosen.format, out, dataset };
}

export async function runMinutes(args: readonly string[], io: MinutesIo = STD_IO): Promise<number> {
  const options = optionsOf(args);
  if (typeof options === "string") return usageError(io, "minutes", options);
  if ("help" in options) {
    io.out(HELP);
    return 0;
  }
  const inputs = await readDocumentInputs(io, "minutes", options, "; no minutes written");
  if (!inputs.ok) return inputs.code;
  const exported = await exportMinutes(xlsxMinutesPort(inputs.workbook), inputs.dataset, {
    lang: "ja",
    today: io.today(),
    meetingNumber: options.meeting,
    format: options.format,
  });
  const { source } = exported;
  if (!exported.ok) {
    // One line, in the CLI's language as its other refusals (English, "nothing written" in both); what reading the
    // committee's tables found (e.g. no 会議 table) is the likely cause of "no such meeting", so it goes on the line.
    const [cause, ...more] = source.problems;
    const why = cause === undefined ? "" : ` (${cause}${more.length > 0 ? ` and ${more.length} more` : ""})`;
    io.err(
      `kpi-review minutes: ${options.workbook}: ${exported.failure.messageEn}${why}; no minutes written / 会議録は作成していません`,
    );
    return 1;
  }
  const doc = exported.minutes;
  for (const p of [...source.problems, ...doc.problems]) io.err(`注意: ${p}`);
  const { data } = exported.file;
  // minutes are often edited in Word before they go out: a file already there is kept as a dated copy
  const failed = await writeKeepingPrevious(io, "minutes", options.out, data, io.today());
  if (failed !== null) return failed;
  const size = typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.length;
  const n = doc.summary.total;
  const year = source.settings ? yearLabel("ja", source.settings.evaluationYear) : "—";
  io.out(`会議録を作成しました: ${options.out}（${doc.meetingName}、意見 ${n}件、評価年度 ${year}）`);
  io.out(
    `Wrote ${options.out}: minutes of meeting ${doc.meetingNumber}, ${n} comment${n === 1 ? "" : "s"}, ${size} bytes.`,
  );
  return 0;
}

export const verb: CliVerb = {
  name: "minutes",
  summary: "write the minutes (会議録) of a meeting as .docx, Markdown or CSV",
  run: (args) => runMinutes(args),
};
