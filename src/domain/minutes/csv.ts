/**
 * MinutesDocument → CSV for the city's document systems: one row per comment in the minutes' order, UTF-8 with a BOM
 * (so Japanese Excel opens it as UTF-8), CRLF between records, RFC 4180 quoting (line breaks inside a field kept).
 *
 * Formula guard: a field that begins with = + - @ or a tab/CR would be evaluated by Excel when the CSV is opened
 * (CSV injection), so such a field gets one leading apostrophe — the form Excel itself shows for literal text. This
 * is the only change to typed text; `csvFormulaGuard: false` turns it off for systems that import the CSV as data.
 */
import { csvRow, guardFormula } from "../../lib/csv";
import { commentsInOrder } from "./build";
import type { CommentEntry, MinutesDocument } from "./types";

export const CSV_BOM = "\uFEFF";

export const CSV_HEADERS = [
  "会議",
  "意見ID",
  "対象区分",
  "対象ID",
  "対象",
  "発言者",
  "区分",
  "内容",
  "市の回答・対応",
  "対応状況",
  "記録日時",
  "記録者",
] as const;

const TARGET_KIND: Readonly<Record<CommentEntry["target"]["kind"], string>> = {
  indicator: "指標",
  measure: "施策",
  subGoal: "基本目標",
  strategy: "全体",
};

export interface CsvOptions {
  readonly csvFormulaGuard?: boolean;
}

export function minutesToCsvRows(doc: MinutesDocument, options: CsvOptions = {}): string[][] {
  const on = options.csvFormulaGuard ?? true;
  const rows = commentsInOrder(doc).map((c) => [
    `第${doc.meetingNumber}回`,
    c.id,
    TARGET_KIND[c.target.kind],
    c.target.kind === "strategy" ? "全体" : c.target.id,
    c.targetLabel,
    c.speakerName,
    c.category,
    c.text,
    c.response,
    c.status,
    c.recordedAt,
    c.recordedBy,
  ]);
  return [[...CSV_HEADERS], ...(on ? rows.map((r) => r.map((v) => guardFormula(v))) : rows)];
}

export function minutesToCsv(doc: MinutesDocument, options: CsvOptions = {}): string {
  return (
    CSV_BOM +
    minutesToCsvRows(doc, options)
      .map((r) => csvRow(r, { quoteTabs: false }))
      .join("\r\n") +
    "\r\n"
  );
}
