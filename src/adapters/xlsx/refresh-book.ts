/**
 * The xlsx side of the refresh use case (src/app/refresh.ts RefreshPort): load the bytes, read the KPI sheet
 * (read-kpi-sheet.ts), write the plan (refresh-xlsx.ts), pack the bytes. I/O only; the use case merges and decides.
 */
import ExcelJS from "exceljs";
import type { Dataset } from "../../domain/dataset/schema";
import type { HistoryEntry } from "../../refresh/history";
import type { RefreshPlan } from "../../refresh/merge";
import type { KpiLayout, PlanYears } from "../../workbook/kpi-columns";
import { refreshNotice, type RefreshNotice } from "../../workbook/refresh-notice";
import { prepareLoadedWorkbookForWrite } from "./prepare-loaded";
import { readKpiState, type ReadKpiResult } from "./read-kpi-sheet";
import { applyRefreshXlsx } from "./refresh-xlsx";
import { definedNameRanges, removeDefinedName } from "./exceljs-internals";
import { applyPlanToWorkbook } from "./write-workbook";
import { addChartParts, plannedCharts, rememberCharts } from "./chart-part";
import { chartsInPackage } from "./chart-readback";
import { xlsxRecordTablesPort } from "./record-tables";
import { addTableColumnsXlsx, hasRoomRightXlsx, readTableHeadersXlsx } from "./refresh-record-columns";
import type { TableColumnsAddition } from "../../refresh/record-columns";
import { isCountColumn } from "../../refresh/kpi-rules";
import { repointNotices, type FormulaWrite } from "../../refresh/kpi-references";
import { findRepointXlsx, writeRepointXlsx } from "./repoint-formulas";
import { readMetadataXlsx } from "./metadata-sheet";
import { rebuildSummaryXlsx } from "./refresh-summary";
import {
  findSummaryRebuild,
  NO_SUMMARY_REBUILD,
  rebuildsSummary,
  repointsBesideSummary,
  summaryRebuildNotices,
  summaryRebuildPlan,
  type SummaryRebuild,
} from "../../refresh/summary-rebuild";
import {
  findRepair,
  needsRepair,
  NO_REPAIR,
  repairNotices,
  repairPlan,
  SETTINGS_NAMES,
  type WorkbookRepair,
} from "../../refresh/repair";

export async function loadXlsx(
  xlsx: Uint8Array,
): Promise<
  { readonly ok: true; readonly workbook: ExcelJS.Workbook } | { readonly ok: false; readonly problem: RefreshNotice }
> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    // exceljs drops charts on load: 「概要」's is remembered and written again by packXlsx (chart-readback.ts).
    // A chart part it cannot read only loses the chart, as before, never the workbook.
    const charts = await chartsInPackage(xlsx).catch(() => []);
    for (const sheet of charts) rememberCharts(wb, sheet.sheetName, sheet.charts);
    return { ok: true, workbook: wb };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: refreshNotice("NotXlsx", { reason }) };
  }
}

/** The workbook as .xlsx bytes (tables LibreOffice saved made fit to write first), with its charts kept. */
export async function packXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  prepareLoadedWorkbookForWrite(wb);
  return addChartParts(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), plannedCharts(wb));
}

/** Names that point at a cell of a sheet the workbook has (not #REF!, not a deleted sheet). */
function resolvedNames(wb: ExcelJS.Workbook, names: readonly string[]): Set<string> {
  const sheets = new Set(wb.worksheets.map((ws) => ws.name));
  return new Set(
    names.filter((name) => {
      const ranges = definedNameRanges(wb, name);
      return (
        ranges.length > 0 &&
        ranges.every((r) => {
          const sheet = r.slice(0, r.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
          return !r.includes("#REF!") && sheets.has(sheet);
        })
      );
    }),
  );
}

/**
 * The refresh port over one loaded workbook: what was read is kept for the write. The record tables of the same
 * workbook come with it (the dataset's revisions in 「指標見直し」, app/refresh-revisions.ts).
 */
export function xlsxRefreshPort(wb: ExcelJS.Workbook, options: { readonly now?: () => Date } = {}) {
  let read: Extract<ReadKpiResult, { ok: true }> | null = null;
  let repair: WorkbookRepair = NO_REPAIR;
  let years: PlanYears = { first: 0, last: 0 };
  let repoint: readonly FormulaWrite[] = [];
  let summary: SummaryRebuild = NO_SUMMARY_REBUILD;
  const records = xlsxRecordTablesPort(wb);
  return {
    readRecordTable: records.readRecordTable,
    appendRecordRows: records.appendRecordRows,
    // 「確認事項」's rows the dataset dropped are marked, not removed (app/refresh-verification.ts).
    updateRecordRows: records.updateRecordRows,
    // The heights of the rows it wrote (app/refresh-verification.ts), as the build gives them.
    async setRowHeights(sheet: string, heights: readonly { readonly row: number; readonly height: number }[]) {
      const ws = wb.getWorksheet(sheet);
      if (ws) for (const h of heights) ws.getRow(h.row).height = h.height;
    },
    // The columns an older record table lacks (app/refresh-record-columns.ts): headers read, columns added.
    readTableHeaders: async (tables: readonly string[]) => readTableHeadersXlsx(wb, tables),
    hasRoomRight: async (table: string, width: number) => hasRoomRightXlsx(wb, table, width),
    addTableColumns: async (addition: TableColumnsAddition) => addTableColumnsXlsx(wb, addition),
    async readKpi(layout: KpiLayout) {
      const result = readKpiState(wb, layout);
      read = result.ok ? result : null;
      if (!result.ok) return result;
      // Sheets and names the formulas read that were deleted are rebuilt from the plan (refresh/repair.ts).
      years = { first: layout.firstYear, last: layout.lastYear };
      repair = findRepair({
        sheetNames: wb.worksheets.map((ws) => ws.name),
        resolvedNames: resolvedNames(wb, SETTINGS_NAMES),
        countsComments: result.state.extraColumns.some(isCountColumn),
        years,
        at: (options.now ?? (() => new Date()))(),
      });
      // 「概要」「評価」's formulas that read 「KPI一覧」 columns by letter follow the columns' moves (kpi-references.ts).
      // 「概要」 of an older plan is rebuilt (summary-rebuild.ts): its formulas are not re-pointed then.
      summary = findSummaryRebuild({
        planVersion: result.state.planVersion,
        sheetNames: wb.worksheets.map((ws) => ws.name),
      });
      repoint = repointsBesideSummary(findRepointXlsx(wb, result.state, layout), summary);
      const notices = [
        ...result.state.notices,
        ...repairNotices(repair),
        ...repointNotices(repoint, result.state.sheetName),
        ...summaryRebuildNotices(summary),
      ];
      const state = { ...result.state, notices };
      return { ok: true as const, state };
    },
    async writeRefresh(change: { plan: RefreshPlan; dataset: Dataset; history: HistoryEntry }): Promise<void> {
      if (!read) throw new Error("writeRefresh before a successful readKpi");
      if (needsRepair(repair)) {
        for (const name of repair.names) removeDefinedName(wb, name);
        const written = applyPlanToWorkbook(wb, repairPlan(repair, years), { writeMetadata: false });
        if (!written.ok) throw new Error(`repair refused: ${[...written.sheets, ...written.names].join(", ")}`);
      }
      applyRefreshXlsx({
        workbook: wb,
        worksheet: read.worksheet,
        state: read.state,
        dataBottom: read.dataBottom,
        ...change,
      });
      writeRepointXlsx(wb, repoint);
      if (rebuildsSummary(summary)) {
        const meta = readMetadataXlsx(wb);
        rebuildSummaryXlsx(wb, summaryRebuildPlan(change.dataset, meta.ok ? meta.metadata.builtAt : change.history.at));
      }
    },
  };
}
