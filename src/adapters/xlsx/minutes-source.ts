/**
 * The minutes' port over a loaded .xlsx (src/app/minutes.ts MinutesPort), through exceljs: the committee's record
 * (the comments store's reader), the 「KPI一覧」 table rows, and 評価年度 / 順調閾値 from their defined names.
 * exceljs has no calculation engine, so the KPI values are "typed": the statuses are the status twin over the typed
 * actuals. The printable sheet is added to the workbook like any plan. No I/O: the caller loads and saves.
 */
import type ExcelJS from "exceljs";
import type { CommentProblem, CommentRecord, Meeting, Member } from "../../domain/comments";
import type { KpiRows } from "../../workbook/kpi-snapshots";
import { SHEET_ONLY_METADATA } from "../../workbook/metadata";
import { EVALUATION_YEAR_NAME, KPI_TABLE, THRESHOLD_NAME } from "../../workbook/names";
import type { SheetPlan } from "../../plan/types";
import { readCommentBook } from "./comments-store";
import { definedNameRanges, findTable, rowScalars, scalarOf } from "./exceljs-internals";
import { applyPlanToWorkbook, type PlanWriteResult } from "./write-workbook";

/** The table's header and data rows as scalars, or null when no sheet has it. */
export function readTableRows(wb: ExcelJS.Workbook, name: string): KpiRows | null {
  const t = findTable(wb, name);
  if (!t) return null;
  const { top, bottom, left, right } = t.range;
  const rows: KpiRows["rows"][number][] = [];
  for (let row = top + 1; row <= bottom; row++) rows.push(rowScalars(t.ws, row, left, right));
  return { headers: rowScalars(t.ws, top, left, right), rows };
}

/** The number in the cell a workbook-level defined name points at ('設定'!$B$4), or null. */
export function readNamedNumber(wb: ExcelJS.Workbook, name: string): number | null {
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(definedNameRanges(wb, name)[0] ?? "");
  if (!m) return null;
  const v = scalarOf(wb.getWorksheet((m[1] as string).replace(/''/g, "'"))?.getCell(`${m[2]}${m[3]}`).value ?? null);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export interface XlsxMinutesRecords {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly comments: readonly CommentRecord[];
  readonly problems: readonly CommentProblem[];
  readonly kpi: KpiRows | null;
  readonly kpiValues: "typed";
  readonly evaluationYear: number | null;
  readonly threshold: number | null;
}

export function readMinutesRecords(wb: ExcelJS.Workbook): XlsxMinutesRecords {
  const book = readCommentBook(wb);
  return {
    members: book.members.records.map((r) => r.record),
    meetings: book.meetings.records.map((r) => r.record),
    comments: book.comments.records.map((r) => r.record),
    problems: [...book.members.problems, ...book.meetings.problems, ...book.comments.problems],
    kpi: readTableRows(wb, KPI_TABLE),
    kpiValues: "typed",
    evaluationYear: readNamedNumber(wb, EVALUATION_YEAR_NAME),
    threshold: readNamedNumber(wb, THRESHOLD_NAME),
  };
}

export function xlsxMinutesPort(wb: ExcelJS.Workbook) {
  return {
    readMinutesRecords: async (): Promise<XlsxMinutesRecords> => readMinutesRecords(wb),
    writeMinutesSheet: async (sheet: SheetPlan, options: { readonly replace: boolean }): Promise<PlanWriteResult> =>
      applyPlanToWorkbook(
        wb,
        { metadata: SHEET_ONLY_METADATA, sheets: [sheet], names: [] },
        { replace: options.replace, writeMetadata: false },
      ),
  };
}
