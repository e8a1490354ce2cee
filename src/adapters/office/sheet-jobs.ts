/**
 * What applyWorkbookPlan queues on one sheet after its values and styles, as jobs with their action counts (for the
 * request size budget): what the sheet cannot be without, the optional features one job each, the print settings.
 */
import type { SheetPlan } from "../../plan/types";
import { cellAddress, columnLetter, parseCell, parseRange, rangeAddress } from "../../lib/a1";
import { CHART_SPAN, UI_FONT } from "../../plan/style-palette";
import { jsonBytes } from "./cell-blocks";
import { ACTION_BYTES, queueColumns, queueConditionalFormats, queueValidations, type QueueJob } from "./formats";
import type { Feature } from "./requirements";

/** One optional feature's writes: left out (and reported) when Excel refuses them. */
export interface OptionalJob extends QueueJob {
  readonly feature: Feature;
}

/**
 * The column widths of a sheet (its tables go first, with their header rows: tableJobs), wrap on the columns that
 * ask for it, and the planned row heights. The heights are the plan's (plan/row-heights.ts) rather than Excel's
 * autofitRows: the same on both backends, and autofit would also measure wrapped text in a folded column group.
 */
export function sheetCoreJobs(sheet: Excel.Worksheet, plan: SheetPlan): QueueJob[] {
  const jobs: QueueJob[] = [{ actions: 2 * plan.columns.length + 2, queue: () => queueColumns(sheet, plan.columns) }];
  plan.columns.forEach((column, i) => {
    if (!column.wrap) return;
    const letter = columnLetter(i + 1);
    for (const run of runsOf(plan.rows.map((cells) => (cells[i] ? 1 : null)))) {
      jobs.push({
        actions: 2,
        queue: () => (sheet.getRange(`${letter}${run.from}:${letter}${run.to}`).format.wrapText = true),
      });
    }
  });
  const heights: (number | null)[] = [];
  for (const h of plan.rowHeights ?? []) heights[h.row - 1] = h.height;
  for (const run of runsOf(Array.from(heights, (h) => h ?? null))) {
    jobs.push({ actions: 2, queue: () => (sheet.getRange(`${run.from}:${run.to}`).format.rowHeight = run.value) });
  }
  return jobs;
}

/** Runs of equal non-null values in a list indexed from row 1: { from, to, value } (1-based rows). */
function runsOf<T>(values: readonly (T | null)[]): { from: number; to: number; value: T }[] {
  const out: { from: number; to: number; value: T }[] = [];
  values.forEach((value, i) => {
    if (value === null || value === undefined) return;
    const last = out[out.length - 1];
    if (last && last.to === i && last.value === value) last.to = i + 1;
    else out.push({ from: i + 1, to: i + 1, value });
  });
  return out;
}

/**
 * A sheet's tables, each with its header row written just before it (a table takes its column names from that row).
 * They go before any formula: Excel refuses a formula whose structured reference (KPI[評価]) names a table or a
 * column that does not exist yet. The cell blocks write the same header text again later, which changes nothing.
 */
export function tableJobs(sheet: Excel.Worksheet, plan: SheetPlan): QueueJob[] {
  return plan.tables.map((t) => {
    const r = parseRange(t.range);
    const header: string[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const cell = plan.rows[r.top - 1]?.[c - 1];
      header.push(cell?.value === undefined || cell.value === null ? "" : String(cell.value));
    }
    return {
      actions: 6 + Math.ceil(jsonBytes(header) / ACTION_BYTES),
      queue: () => {
        sheet.getRange(rangeAddress(r.left, r.top, r.right, r.top)).values = [header];
        const table = sheet.tables.add(t.range, true);
        table.name = t.name;
        table.style = t.style;
        table.showFilterButton = t.showFilterButton;
      },
    };
  });
}

/**
 * Everything else on one sheet, one job per rule, validation and chart, so that when they go one request each (after
 * a refusal) a refused rule costs only itself. Conditional formats go in reverse: Office.js puts each new one at the
 * top priority, so the plan's first rule ends up first.
 */
export function sheetOptionalJobs(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  supported: ReadonlySet<Feature>,
): OptionalJob[] {
  const jobs: OptionalJob[] = [];
  const job = (feature: Feature, actions: number, queue: () => void, extraBytes = 0): void => {
    jobs.push({ feature, actions: actions + Math.ceil(extraBytes / ACTION_BYTES), queue });
  };
  if (supported.has("conditionalFormats")) {
    for (const rule of [...plan.conditionalFormats].reverse()) {
      job("conditionalFormats", 7, () => queueConditionalFormats(sheet, [rule]), jsonBytes(rule));
    }
  }
  if (supported.has("dataValidation")) {
    for (const v of plan.validations) job("dataValidation", 4, () => queueValidations(sheet, [v]), jsonBytes(v));
  }
  const freeze = plan.freeze;
  if (freeze && supported.has("freezePanes")) {
    job("freezePanes", 2, () => {
      const { rows, columns } = freeze;
      if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(columns)}${rows}`));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
    });
  }
  if (plan.rowGroups && supported.has("rowGroups")) {
    for (const g of plan.rowGroups) job("rowGroups", 2, () => sheet.getRange(`${g.from}:${g.to}`).group("ByRows"));
  }
  if (plan.columnGroups && supported.has("columnGroups")) {
    for (const g of plan.columnGroups) {
      job("columnGroups", g.collapsed ? 3 : 2, () => {
        const columns = sheet.getRange(`${columnLetter(g.from)}:${columnLetter(g.to)}`);
        columns.group("ByColumns");
        if (g.collapsed) columns.hideGroupDetails("ByColumns");
      });
    }
  }
  const tabColor = plan.tabColor;
  if (tabColor && supported.has("tabColor")) job("tabColor", 1, () => (sheet.tabColor = tabColor));
  if (supported.has("charts")) {
    for (const c of plan.charts) {
      job("charts", 5 + 2 * (c.seriesColors?.length ?? 0), () => {
        const chart = sheet.charts.add("ColumnStacked", sheet.getRange(c.sourceRange), "Columns");
        chart.title.text = c.title;
        // The same cells as the xlsx drawing covers (CHART_SPAN), so the plan's rows below the chart stay clear.
        const from = parseCell(c.anchor);
        chart.setPosition(c.anchor, cellAddress(from.column + CHART_SPAN.columns - 1, from.row + CHART_SPAN.rows - 1));
        // Labels and title in the UI font, as the cells (the chart area's font is what they inherit).
        chart.format.font.name = UI_FONT;
        (c.seriesColors ?? []).forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(color));
      });
    }
  }
  return jobs;
}

/**
 * Print settings, one job per setting, sent in a request of their own after everything else: they are cosmetic, and
 * a value this Excel refuses (zoom options vary between hosts) must not cost the build, nor the other settings.
 */
export function pageLayoutJobs(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  supported: ReadonlySet<Feature>,
): (() => void)[] {
  const page = plan.pageSetup;
  if (!page || !supported.has("pageLayout")) return [];
  const layout = () => sheet.pageLayout;
  const jobs: (() => void)[] = [
    () => (layout().orientation = page.orientation === "landscape" ? "Landscape" : "Portrait"),
    () => (layout().paperSize = page.paperSize),
  ];
  const titles = page.printTitleRows;
  if (titles) jobs.push(() => layout().setPrintTitleRows(titles));
  const titleColumns = page.printTitleColumns;
  if (titleColumns) jobs.push(() => layout().setPrintTitleColumns(titleColumns));
  // 0 pages tall = as many as needed, as fitToHeight="0" in the file format.
  if (page.fitToWidth) jobs.push(() => (layout().zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }));
  return jobs;
}
