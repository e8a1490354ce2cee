/**
 * What the minutes need from an .xlsx, read through exceljs: the committee's record (the comments store's reader),
 * the 「KPI一覧」 table rows, and 評価年度 / 順調閾値 from their defined names. exceljs has no calculation engine, so
 * the status snapshot is the TypeScript twin over the typed actuals (snapshotsFromActuals). No I/O: the CLI loads.
 */
import type ExcelJS from "exceljs";
import { formatProblems, type CommentRecord, type Meeting, type Member } from "../../domain/comments";
import type { Dataset } from "../../domain/dataset/schema";
import { type StatusSnapshot } from "../../domain/minutes";
import { snapshotsFromActuals, type KpiRows, type KpiScalar } from "../../workbook/kpi-snapshots";
import { lastCompletedFiscalYear } from "../../domain/periods";
import type { StatusSettings } from "../../domain/status";
import { EVALUATION_YEAR_NAME, KPI_TABLE, THRESHOLD_NAME } from "../../workbook/names";
import { parseRange } from "../../lib/a1";
import { readCommentBook, scalarOf } from "./comments-store";

export interface MinutesSource {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly comments: readonly CommentRecord[];
  readonly statusById: ReadonlyMap<string, StatusSnapshot>;
  readonly settings: StatusSettings;
  /** Japanese lines: rows the store could not read, settings that fell back to defaults. */
  readonly problems: readonly string[];
}

/** The table's header and data rows as scalars, or null when no sheet has it. */
export function readTableRows(wb: ExcelJS.Workbook, name: string): KpiRows | null {
  for (const ws of wb.worksheets) {
    const model = (ws.getTable(name) as unknown as { table?: { tableRef?: string; ref?: string } } | undefined)?.table;
    const ref = model?.tableRef ?? model?.ref;
    if (!ref) continue;
    const r = parseRange(ref);
    const line = (row: number): KpiScalar[] => {
      const cells: KpiScalar[] = [];
      for (let c = r.left; c <= r.right; c++) cells.push(scalarOf(ws.getRow(row).getCell(c).value));
      return cells;
    };
    const rows: KpiScalar[][] = [];
    for (let row = r.top + 1; row <= r.bottom; row++) rows.push(line(row));
    return { headers: line(r.top), rows };
  }
  return null;
}

/** The number in the cell a workbook-level defined name points at ('設定'!$B$4), or null. */
export function readNamedNumber(wb: ExcelJS.Workbook, name: string): number | null {
  const ranges =
    (wb.definedNames as unknown as { getRanges(n: string): { ranges?: string[] } }).getRanges(name)?.ranges ?? [];
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
  if (!m) return null;
  const v = scalarOf(wb.getWorksheet((m[1] as string).replace(/''/g, "'"))?.getCell(`${m[2]}${m[3]}`).value ?? null);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function readMinutesSource(
  wb: ExcelJS.Workbook,
  dataset: Pick<Dataset, "indicators">,
  today = new Date(),
): MinutesSource {
  const book = readCommentBook(wb);
  const problems = formatProblems([...book.members.problems, ...book.meetings.problems, ...book.comments.problems]);
  const year = readNamedNumber(wb, EVALUATION_YEAR_NAME);
  const k = readNamedNumber(wb, THRESHOLD_NAME);
  const settings: StatusSettings = { evaluationYear: year ?? lastCompletedFiscalYear(today), k: k ?? 1 };
  if (year === null)
    problems.push(`名前「${EVALUATION_YEAR_NAME}」の値が読めないため、${settings.evaluationYear}年度で評価しました`);
  if (k === null) problems.push(`名前「${THRESHOLD_NAME}」の値が読めないため、1 で評価しました`);
  const kpi = readTableRows(wb, KPI_TABLE);
  let statusById: ReadonlyMap<string, StatusSnapshot> = new Map();
  if (!kpi) problems.push(`テーブル「${KPI_TABLE}」（シート「KPI一覧」）がないため、指標の状況は表示しません`);
  else {
    const s = snapshotsFromActuals(kpi, dataset, settings);
    if (s.missing.length > 0)
      problems.push(`テーブル「${KPI_TABLE}」に見出し ${s.missing.map((h) => `「${h}」`).join("")} がありません`);
    statusById = s.map;
  }
  return {
    members: book.members.records.map((r) => r.record),
    meetings: book.meetings.records.map((r) => r.record),
    comments: book.comments.records.map((r) => r.record),
    statusById,
    settings,
    problems,
  };
}
