/**
 * The 効果検証報告書's table as open data (issue #12 §6): one row per indicator, Japanese headers, UTF-8 with a BOM
 * (Japanese Excel opens it as UTF-8), CRLF between records, RFC 4180 quoting through src/lib/csv.ts.
 *
 * Numbers are plain (no thousands separator, no unit; 達成率 in percent, 85.3 = 85.3 %), years western. The formula
 * guard is on for text (a name or an outside factor that starts with = + - @ gets a leading apostrophe so Excel does
 * not evaluate it); numbers are written as numbers, so a negative 達成率 stays a number.
 */
import { csvField } from "../../lib/csv";
import type { ReportModel } from "./report";

export const REPORT_CSV_BOM = "\uFEFF";

export const REPORT_CSV_HEADERS = [
  "評価年度",
  "ID",
  "指標名",
  "基本目標",
  "施策",
  "担当課",
  "単位",
  "基準値",
  "基準年度",
  "目標値",
  "目標年度",
  "適用目標値",
  "最新実績",
  "実績年度",
  "達成率",
  "評価（算定）",
  "委員会評価",
  "外的要因",
  "今後の方向性",
  "確定",
] as const;

type Field = { readonly text: string } | { readonly number: number | null };

const text = (t: string): Field => ({ text: t });
const num = (n: number | null): Field => ({ number: n });

/** A number as open data writes it: no exponent, no noise from binary fractions (at most 10 decimals). */
function plainNumber(n: number): string {
  const rounded = Number(n.toFixed(10));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

function field(f: Field): string {
  if ("text" in f) return csvField(f.text, { formulaGuard: true });
  return f.number === null ? "" : plainNumber(f.number);
}

export function reportCsvRows(report: ReportModel): Field[][] {
  return report.goals.flatMap((goal) =>
    goal.indicators.map((i) => [
      num(report.year),
      text(i.id),
      text(i.name),
      text(goal.heading),
      text(i.measure),
      text(i.department),
      text(i.unit),
      num(i.baseline.value),
      num(i.baseline.year),
      num(i.target.value),
      num(i.target.year),
      num(i.revision ? i.revision.revisedTarget : i.target.value),
      num(i.latest),
      num(i.latestYear),
      num(i.progress === null ? null : Math.round(i.progress * 1000) / 10),
      text(i.formulaGrade),
      text(i.committeeGrade),
      text(i.externalFactor),
      text(i.direction),
      text(i.provisional ? "暫定" : "確定"),
    ]),
  );
}

/** The CSV text, BOM first. */
export function reportToCsv(report: ReportModel): string {
  const lines = [
    REPORT_CSV_HEADERS.map((h) => csvField(h)).join(","),
    ...reportCsvRows(report).map((r) => r.map(field).join(",")),
  ];
  return `${REPORT_CSV_BOM}${lines.join("\r\n")}\r\n`;
}
