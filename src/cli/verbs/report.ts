/**
 * `kpi-review report --workbook IN.xlsx --year 2025 --format docx|csv --out FILE [--dataset FILE]`: the 効果検証報告書
 * of a 評価年度 (issue #12 §6) by the report use case (src/app/report.ts) over the xlsx ports. The dataset gives the
 * strategy's structure, baselines and targets (default: the bundled one); it must be the version the workbook was
 * built or refreshed from. Files in, files out: --out is never an input, and a file already there is kept as a dated
 * copy (a report edited in Word before it went out).
 */
import { exportReport, REPORT_FORMATS, type ReportFormat } from "../../app/report";
import { xlsxWorkbookPort } from "../../adapters/xlsx/workbook-port";
import { parseVerbArgs } from "../args";
import { documentFormat, readDocumentInputs } from "../document-verb";
import { DEFAULT_DATASET, STD_LINES, writeKeepingPrevious, type Lines } from "../io";
import { usageError, type CliVerb } from "../verb";

const HELP = [
  "usage: kpi-review report --workbook IN.xlsx --year YYYY [--format docx|csv] --out FILE [--dataset FILE]",
  "",
  "評価年度（西暦、例 2025）の効果検証報告書を作成します。",
  "  docx: A4 縦、目次・ページ番号付き。評価の方法と凡例、基本目標ごとの評価の集計（図）、指標ごとの基準値→目標値・実績の推移（図）・",
  "        評価（算定）と委員会評価・外的要因・要因分析・課題・今後の方向性・委員意見と市の回答・前年度意見への対応、総括意見。",
  "  csv:  オープンデータ用。UTF-8（BOM付き）、1行に1指標。達成率はパーセント（85.3 は 85.3%）。",
  "確定済みの年度は「評価履歴」の確定値を、未確定の年度は「KPI一覧」の現在の実績による値を「暫定」として載せます。",
  "「評価」などのシートがないブックでも、ある情報で作成します（ないシートは注意として表示）。",
  "--format を省くと --out の拡張子で決めます。--format と --out の拡張子が食い違うときは何も書きません。",
  `データセット（既定 ${DEFAULT_DATASET}）はブックを作成・更新した版を指定してください。入力ファイルは上書きしません。`,
  "Writes the annual evaluation report of a fiscal year as .docx or as open-data CSV (UTF-8 with BOM).",
].join("\n");

export interface ReportIo extends Lines {
  readonly today: () => Date;
}

const STD_IO: ReportIo = { ...STD_LINES, today: () => new Date() };

const OPTIONS = {
  workbook: { type: "string" },
  year: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  dataset: { type: "string" },
} as const;

interface Options {
  readonly workbook: string;
  readonly year: number;
  readonly format: ReportFormat;
  readonly out: string;
  readonly dataset: string;
}

function optionsOf(args: readonly string[]): Options | { readonly help: true } | string {
  const parsed = parseVerbArgs(args, { options: OPTIONS });
  if (parsed.kind === "help") return { help: true };
  if (parsed.kind === "usage") return parsed.message;
  const { workbook, year, format: named, out, dataset = DEFAULT_DATASET } = parsed.values;
  if (!workbook) return "--workbook is required";
  if (!year) return "--year is required";
  if (!out) return "--out is required";
  const y = year.trim().replace(/年度$/, "");
  if (!/^\d{4}$/.test(y)) return `--year must be a western year like 2025, got "${year}"`;
  const chosen = documentFormat<ReportFormat>(REPORT_FORMATS, named, out);
  if (!chosen.ok) return chosen.message;
  return { workbook, year: Number(y), format: chosen.format, out, dataset };
}

export async function runReport(args: readonly string[], io: ReportIo = STD_IO): Promise<number> {
  const options = optionsOf(args);
  if (typeof options === "string") return usageError(io, "report", options);
  if ("help" in options) {
    io.out(HELP);
    return 0;
  }
  const inputs = await readDocumentInputs(io, "report", options, "; no report written");
  if (!inputs.ok) return inputs.code;
  const exported = await exportReport(xlsxWorkbookPort(inputs.workbook), inputs.dataset, {
    year: options.year,
    format: options.format,
    lang: "ja",
  });
  if (!exported.ok) {
    const [first, ...more] = exported.lines;
    const also = more.length > 0 ? `（ほか${more.length}件: ${more.join(" / ")}）` : "";
    io.err(
      `kpi-review report: ${options.workbook}: ${first ?? ""}${also} 報告書は作成していません / no report written`,
    );
    return 1;
  }
  for (const w of exported.warnings) io.err(`注意: ${w}`);
  const { data } = exported.file;
  const failed = await writeKeepingPrevious(io, "report", options.out, data, io.today());
  if (failed !== null) return failed;
  const { report } = exported;
  const n = report.goals.reduce((sum, g) => sum + g.indicators.length, 0);
  const state = report.state === "closed" ? "確定" : report.state === "mixed" ? "確定（一部暫定）" : "暫定";
  io.out(`効果検証報告書を作成しました: ${options.out}（${report.yearLabel}、${n}指標、${state}）`);
  const size = typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.length;
  io.out(`Wrote ${options.out}: the ${report.year} evaluation report, ${n} indicators, ${size} bytes.`);
  return 0;
}

export const verb: CliVerb = {
  name: "report",
  summary: "write the annual evaluation report (効果検証報告書) of a fiscal year as .docx or open-data CSV",
  run: (args) => runReport(args),
};
