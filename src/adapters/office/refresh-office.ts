/**
 * The Office.js side of the refresh use case (src/app/refresh.ts RefreshPort): reads the KPI sheet
 * (read-kpi-sheet.ts) and applies a RefreshPlan: the KPI table becomes a plain range, its region is rewritten as 2-D
 * formulas + number formats in blocks under the request budget (4 MB splits, as apply-plan), the table is created
 * again over the new rows, then the plan's conditional formats and validations, the years row, the metadata and a
 * line in 「更新履歴」. Syncs: the reader's, one per write block, one to finish (and the record tables' when the
 * dataset carries target revisions: app/refresh-revisions.ts).
 *
 * New indicators' rows are inserted as whole sheet rows first, so Excel moves cell notes, comments and cells beside
 * the table along with the rows below; existing rows never move otherwise (the merge keeps their order).
 */
import { addTableColumnsOffice, officeTableHeaders } from "./refresh-record-columns";
import { GROWING_CONTRACTS, type TableColumnsAddition } from "../../refresh/record-columns";
import { KPI_ROWS, layoutOf, type KpiLayout, type PlanYears } from "../../workbook/kpi-columns";
import { buildKpiSheet, kpiLabelYears, kpiRowHeight, textOf } from "../../plan/kpi-sheet";
import { KPI_TABLE, PLAN_VERSION, SUMMARY_SHEET } from "../../workbook/names";
import type { ConditionalFormatPlan, ValidationPlan } from "../../plan/types";
import type { Dataset } from "../../domain/dataset/schema";
import { HISTORY_HEADERS, HISTORY_SHEET, historyRow, type HistoryEntry } from "../../refresh/history";
import type { RefreshPlan } from "../../refresh/merge";
import { columnLetter } from "../../lib/a1";
import { METADATA_SHEET } from "../../workbook/metadata";
import { queueMetadataWrite } from "./metadata-sheet";
import { isCountColumn, refreshRules } from "../../refresh/kpi-rules";
import { applyWorkbookPlan, DEFAULT_MAX_REQUEST_BYTES } from "./apply-plan";
import {
  findRepair,
  needsRepair,
  NO_REPAIR,
  repairNotices,
  repairPlan,
  type WorkbookRepair,
} from "../../refresh/repair";
import { cellBlocks, jsonBytes } from "./cell-blocks";
import { queueColumnWidths, queueConditionalFormats, queueValidations } from "./formats";
import { readKpiStateOffice, type OfficeKpiRead } from "./read-kpi-sheet";
import { officeRecordTablesPort } from "./record-tables";
import { filtersToRestore, queueFilters, type SavedFilter } from "./table-filters";
import { refreshNotice } from "../../workbook/refresh-notice";
import { repointNotices, type FormulaWrite } from "../../refresh/kpi-references";
import { findRepointOffice, writeRepointOffice } from "./repoint-formulas";
import { movedPlanColumns, movedStyleJobs, queueClearFormats } from "./refresh-moved-looks";
import { rebuildSummaryOffice } from "./refresh-summary";
import { countingContext, insertionRuns, regionPlan } from "./refresh-region";
import {
  findSummaryRebuild,
  NO_SUMMARY_REBUILD,
  rebuildsSummary,
  repointsBesideSummary,
  summaryRebuildNotices,
  summaryRebuildPlan,
  type SummaryRebuild,
} from "../../refresh/summary-rebuild";

export interface RefreshOfficeProgress {
  readonly step: "read" | "rows" | "finish";
  readonly done: number;
  readonly total: number;
}

export interface RefreshOfficeOptions {
  readonly onProgress?: (p: RefreshOfficeProgress) => void;
  readonly maxRequestBytes?: number;
  /** The refresh's clock (the default 評価年度 of a rebuilt 「設定」); default now. */
  readonly now?: () => Date;
}

const withBottom = (range: string, bottom: number): string => range.replace(/(\d+)$/, String(bottom));

/**
 * The refresh port (src/app/refresh.ts RefreshPort) over one Office.js batch: what the read found (table address,
 * data bottom, the history's next row) is kept for the write. Syncs are counted (`syncs()`), and each write
 * request's estimated size is recorded (`requestBytes`).
 */
export function officeRefreshPort(rawContext: Excel.RequestContext, options: RefreshOfficeOptions = {}) {
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const counted = countingContext(rawContext);
  const context = counted.context;
  const requestBytes: number[] = [];
  let read: OfficeKpiRead | null = null;
  let repair: WorkbookRepair = NO_REPAIR;
  let years: PlanYears = { first: 0, last: 0 };
  let filters: readonly SavedFilter[] = [];
  let repoint: readonly FormulaWrite[] = [];
  let summary: SummaryRebuild = NO_SUMMARY_REBUILD;
  // The record tables in the same batch (the dataset's revisions in 「指標見直し」, app/refresh-revisions.ts; its
  // verification notes in 「確認事項」, app/refresh-verification.ts). Only the read, the append and the update are
  // taken; none asks the host for a requirement set.
  const records = officeRecordTablesPort({ run: (batch) => batch(context), isSetSupported: () => true });
  // The committee's tables' headers, for the columns an older table lacks (app/refresh-record-columns.ts): read
  // riding the requests the refresh makes anyway.
  const recordHeaders = officeTableHeaders(context, counted.syncs);
  return {
    readRecordTable: records.readRecordTable,
    appendRecordRows: records.appendRecordRows,
    // 「確認事項」's rows the dataset dropped are marked, not removed (app/refresh-verification.ts).
    updateRecordRows: records.updateRecordRows,
    // The heights of the rows it wrote (app/refresh-verification.ts), as the build gives them: one request.
    async setRowHeights(sheet: string, heights: readonly { readonly row: number; readonly height: number }[]) {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const h of heights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
      await context.sync();
    },
    // The columns an older record table lacks (app/refresh-record-columns.ts): headers read, columns added.
    readTableHeaders: (tables: readonly string[]) => recordHeaders.read(tables),
    hasRoomRight: (table: string, width: number) => recordHeaders.hasRoomRight(table, width),
    addTableColumns: (addition: TableColumnsAddition) => addTableColumnsOffice(context, addition),
    syncs: counted.syncs,
    requestBytes: requestBytes as readonly number[],
    async readKpi(layout: KpiLayout) {
      options.onProgress?.({ step: "read", done: 0, total: 1 });
      recordHeaders.listTables();
      const result = await readKpiStateOffice(context, HISTORY_SHEET, layout);
      read = result.ok ? result : null;
      if (!result.ok) return { ok: false as const, problems: result.problems };
      recordHeaders.queueHeaders(GROWING_CONTRACTS.map((c) => c.table));
      // Sheets and names the formulas read that were deleted are rebuilt from the plan (refresh/repair.ts).
      years = { first: layout.firstYear, last: layout.lastYear };
      repair = findRepair({
        sheetNames: result.sheetNames,
        resolvedNames: result.resolvedNames,
        countsComments: result.state.extraColumns.some(isCountColumn),
        years,
        at: (options.now ?? (() => new Date()))(),
      });
      // The table's filters go back on the new table by header; a filtered column it will not have is told.
      const restore = filtersToRestore(result.filters, layout, result.state.extraColumns);
      filters = restore.apply;
      const lost =
        restore.skipped.length > 0
          ? [
              refreshNotice(
                "FilterNotRestored",
                { sheet: result.state.sheetName, columns: restore.skipped },
                { sheet: result.state.sheetName },
              ),
            ]
          : [];
      // 「概要」「評価」's formulas that read 「KPI一覧」 columns by letter follow the columns' moves (kpi-references.ts).
      // 「概要」 of an older plan is rebuilt (summary-rebuild.ts): its formulas are not re-pointed then.
      summary = findSummaryRebuild({ planVersion: result.state.planVersion, sheetNames: result.sheetNames });
      repoint = repointsBesideSummary(
        await findRepointOffice(context, result.state, layout, result.sheetNames),
        summary,
      );
      const notices = [
        ...result.state.notices,
        ...lost,
        ...repairNotices(repair),
        ...repointNotices(repoint, result.state.sheetName),
        ...summaryRebuildNotices(summary),
      ];
      return { ok: true as const, state: { ...result.state, notices } };
    },
    async writeRefresh(change: { plan: RefreshPlan; dataset: Dataset; history: HistoryEntry }): Promise<void> {
      if (!read) throw new Error("writeRefresh before a successful readKpi");
      // The plan writer (repair, 「概要」's rebuild) keeps the sheet the user is on (keepActiveSheet).
      if (needsRepair(repair)) {
        // The plan writer of the whole workbook adds the sheets and names; a name left pointing at #REF! is
        // replaced (its sheets are missing by construction, so nothing else is).
        const written = await applyWorkbookPlan(context, repairPlan(repair, years), {
          replace: true,
          writeMetadata: false,
          keepActiveSheet: true,
        });
        if (!written.ok) throw new Error(`repair refused: ${written.code}`);
      }
      await writeRefresh(context, read, change, { ...options, budget, requestBytes, filters });
      await writeRepointOffice(context, repoint, budget);
      if (rebuildsSummary(summary)) {
        const meta = read.metadata;
        const builtAt = meta.ok ? meta.metadata.builtAt : change.history.at;
        await rebuildSummaryOffice(
          context,
          summaryRebuildPlan(change.dataset, builtAt),
          read.sheetNames.indexOf(SUMMARY_SHEET),
        );
      }
    },
  };
}

async function writeRefresh(
  context: Excel.RequestContext,
  read: OfficeKpiRead,
  input: { readonly plan: RefreshPlan; readonly dataset: Dataset; readonly history: HistoryEntry },
  options: RefreshOfficeOptions & {
    readonly budget: number;
    readonly requestBytes: number[];
    readonly filters: readonly SavedFilter[];
  },
): Promise<void> {
  const { plan } = input;
  const { budget, requestBytes } = options;
  const layout = layoutOf(input.dataset);
  const wb = context.workbook;
  const sheet = wb.worksheets.getItem(read.state.sheetName);
  // The year-label rules cover the whole dataset's years, not the sample indicator's (kpiLabelYears).
  const sample = buildKpiSheet(
    { ...input.dataset, indicators: input.dataset.indicators.slice(0, 1) },
    "",
    kpiLabelYears(input.dataset),
  );
  const { sheet: region } = regionPlan(layout, read, plan, sample);
  const last = KPI_ROWS.firstData + Math.max(1, plan.rows.length) - 1;
  let pending = 0;
  const flush = async (): Promise<void> => {
    await context.sync();
    requestBytes.push(pending);
    pending = 0;
  };

  // The table becomes a plain range (its data stays), and the old rules on its columns go.
  // A filter or hidden rows go first: Excel writes a 2-D array over filtered rows into the wrong cells (office-js
  // issue #224, "Setting range data when filter is applied doesn't work"; its workaround: clear the filter). The
  // table's filter is cleared (Table.clearFilters, ExcelApi 1.2) and the data rows shown (Range.rowHidden, 1.2). The
  // filters read with the table are applied again to the new table at the end (table-filters.ts); rows hidden by
  // hand stay shown (the FilterCleared notice says so).
  if (read.hiddenRows) {
    if (read.tableAddress !== null) wb.tables.getItem(KPI_TABLE).clearFilters();
    sheet.getRange(`${KPI_ROWS.firstData}:${Math.max(read.dataBottom, KPI_ROWS.firstData)}`).rowHidden = false;
    pending += 500;
  }
  if (read.tableAddress !== null) wb.tables.getItem(KPI_TABLE).convertToRange();
  // New rows are inserted as whole sheet rows at their place, top to bottom, so Excel moves what sits on the rows
  // below with them (cell notes and comments, other columns' cells, row formats) instead of leaving it behind.
  const inserted = insertionRuns(plan);
  for (const run of inserted) sheet.getRange(`${run.at}:${run.at + run.count - 1}`).insert("Down");
  pending += 250 * inserted.length;

  // The plan's columns only: rules of columns people (or the comments feature) added stay.
  const dataArea = sheet.getRange(
    `A${KPI_ROWS.firstData}:${columnLetter(layout.columns.length)}${Math.max(read.dataBottom + plan.added.length, last)}`,
  );
  dataArea.conditionalFormats.clearAll();
  dataArea.dataValidation.clear();
  pending += 1000;
  // The count columns' open-comment mark is written again with the plan's rules (refresh/kpi-rules.ts): its old copy
  // goes, or it would be there twice.
  const { rules: planRules, countColumns } = refreshRules({
    layout,
    sample,
    extraColumns: read.state.extraColumns,
    lastRow: last,
  });
  for (const c of countColumns) {
    const bottom = Math.max(read.dataBottom + plan.added.length, last);
    sheet.getRange(`${columnLetter(c)}${KPI_ROWS.firstData}:${columnLetter(c)}${bottom}`).conditionalFormats.clearAll();
    pending += 250;
  }

  // Plan columns that land where another column was (or none): that column's look goes before the blocks write the
  // number formats, and the plan's styles come after them (refresh-moved-looks.ts).
  const moved = movedPlanColumns(layout, read.state);
  const regionBottom = Math.max(read.dataBottom + plan.added.length, last);
  if (moved.length > 0) pending += 250 * queueClearFormats(sheet, moved, KPI_ROWS.firstData, regionBottom);

  const blocks = cellBlocks(region, budget - 2000);
  let done = 0;
  for (const block of blocks) {
    if (pending > 1000 && pending + block.estimatedBytes > budget) await flush();
    const range = sheet.getRange(`A${block.top}:${columnLetter(block.columns)}${block.top + block.rows - 1}`);
    if (block.hasNumberFormat) range.numberFormat = block.numberFormat as string[][];
    range.formulas = block.formulas as (string | number | boolean)[][];
    pending += block.estimatedBytes;
    done += block.rows;
    options.onProgress?.({ step: "rows", done, total: region.rows.length });
  }
  for (const job of movedStyleJobs(sheet, region, moved, KPI_ROWS.firstData)) {
    if (pending + job.actions * 250 > budget) await flush();
    job.queue();
    pending += job.actions * 250;
  }

  /**
   * The plan's wrapped columns over the rows and the heights rows need for their names and labels, as the build sets
   * them (issue #13): inserted rows take no height from their neighbours. Runs of equal heights go as one range.
   */
  const queueWrapAndHeights = (): number => {
    let actions = 0;
    sample.columns.forEach((c, i) => {
      if (!c.wrap) return;
      const letter = columnLetter(i + 1);
      sheet.getRange(`${letter}${KPI_ROWS.firstData}:${letter}${last}`).format.wrapText = true;
      actions += 2;
    });
    const headerHeight = sample.rowHeights?.find((h) => h.row === KPI_ROWS.header)?.height;
    const heights = plan.rows
      .map((r) => ({ row: r.sheetRow, height: kpiRowHeight(layout, (key) => textOf(r.cells[key])) }))
      .sort((a, b) => a.row - b.row);
    if (headerHeight !== undefined) heights.unshift({ row: KPI_ROWS.header, height: headerHeight });
    let run: { from: number; to: number; height: number } | null = null;
    const flushRun = () => {
      if (!run) return;
      sheet.getRange(`${run.from}:${run.to}`).format.rowHeight = run.height;
      actions += 2;
      run = null;
    };
    for (const { row, height } of heights) {
      if (run && run.to === row - 1 && run.height === height) run.to = row;
      else {
        flushRun();
        run = { from: row, to: row, height };
      }
    }
    flushRun();
    return actions;
  };

  const finish = (): number => {
    const headerWidth = layout.columns.length + read.state.extraColumns.filter((e) => e.text !== "").length;
    const table = sheet.tables.add(`A${KPI_ROWS.header}:${columnLetter(headerWidth)}${last}`, true);
    table.name = KPI_TABLE;
    table.style = sample.tables[0]?.style ?? "TableStyleLight9";
    const rules: readonly ConditionalFormatPlan[] = planRules;
    const validations: ValidationPlan[] = sample.validations.map((v) => ({ ...v, range: withBottom(v.range, last) }));
    let actions = queueConditionalFormats(sheet, rules) + queueValidations(sheet, validations);
    actions += queueWrapAndHeights();
    // A workbook of an older plan takes the plan's widths (the ones it has were that plan's, for other columns).
    if (plan.planUpdated) actions += queueColumnWidths(sheet, sample.columns.slice(0, layout.columns.length));
    // Both copies (metadata-sheet.ts), the build's fields kept as the xlsx refresh keeps them.
    const meta = read.metadata;
    actions += queueMetadataWrite(
      wb,
      {
        // The plan's version once the refresh updated an older plan's formulas.
        planVersion: meta.ok && !plan.planUpdated ? meta.metadata.planVersion : PLAN_VERSION,
        builtAt: meta.ok ? meta.metadata.builtAt : input.history.at,
        datasetVersion: input.dataset.datasetVersion,
        datasetDate: input.dataset.datasetDate,
      },
      { sheetExists: read.sheetNames.includes(METADATA_SHEET), properties: true },
    );
    const line = historyRow(input.history, plan);
    const text = (row: readonly (string | number)[]): string[][] => [
      row.map((v) => (typeof v === "string" ? "@" : "General")),
    ];
    if (read.historyNextRow === null) {
      const history = wb.worksheets.add(HISTORY_SHEET);
      const head = history.getRange(`A1:${columnLetter(HISTORY_HEADERS.length)}1`);
      head.values = [[...HISTORY_HEADERS]];
      head.format.font.bold = true;
      const first = history.getRange(`A2:${columnLetter(line.length)}2`);
      first.numberFormat = text(line);
      first.values = [line];
      actions += 6;
    } else {
      const r = Math.max(2, read.historyNextRow);
      const range = wb.worksheets.getItem(HISTORY_SHEET).getRange(`A${r}:${columnLetter(line.length)}${r}`);
      range.numberFormat = text(line);
      range.values = [line];
      actions += 3;
    }
    // Last in the request: the new table's header cells are written by then, and a refused criterion stops nothing
    // else of the refresh.
    actions += queueFilters(table, options.filters);
    return actions * 250 + jsonBytes(rules) + jsonBytes(validations);
  };
  pending += finish();
  await flush();
  options.onProgress?.({ step: "finish", done: 1, total: 1 });
}
