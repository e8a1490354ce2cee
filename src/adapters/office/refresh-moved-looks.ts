/**
 * The look of 「KPI一覧」's plan columns that a refresh writes where they were not before: a column new to the
 * workbook, or one a newer plan's order moved (issue #13's member-first order). Their cells kept the look of the
 * column that sat there (the definitions' grey, the inputs' yellow, a text column's "@"), since the refresh rewrites
 * the region in place; the xlsx side rewrites every cell's style (refresh-xlsx.ts). Here those columns' formats are
 * cleared before the cell blocks write number formats and formulas, and the plan's styles are set after, as the
 * build sets them (cell-blocks.ts styleRects, formats.ts styleJobs). Columns that stay where they were keep what they
 * have (a refresh touches no more than it must; 10,000 rows cost nothing extra).
 */
import { columnLetter } from "../../lib/a1";
import type { KpiLayout } from "../../workbook/kpi-columns";
import type { WorkbookState } from "../../workbook/kpi-state";
import type { SheetPlan } from "../../plan/types";
import { styleRects } from "./cell-blocks";
import { styleJobs, type QueueJob } from "./formats";

/** 1-based sheet columns of the plan's columns that were elsewhere, or absent, when the sheet was read. */
export function movedPlanColumns(layout: KpiLayout, state: Pick<WorkbookState, "columns">): number[] {
  return layout.columns.flatMap((c, i) => (state.columns[c.key]?.column === i + 1 ? [] : [i + 1]));
}

/** Runs of consecutive columns, as [first, last]. */
function runs(columns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Clears the formats of `columns` over rows top…bottom; returns the actions queued. */
export function queueClearFormats(
  sheet: Excel.Worksheet,
  columns: readonly number[],
  top: number,
  bottom: number,
): number {
  const ranges = runs(columns);
  for (const [from, to] of ranges) {
    sheet.getRange(`${columnLetter(from)}${top}:${columnLetter(to)}${bottom}`).clear("Formats");
  }
  return ranges.length * 2;
}

/** The plan's styles of `columns` on rows from `top` down, as jobs (the region's other cells are left alone). */
export function movedStyleJobs(
  sheet: Excel.Worksheet,
  region: SheetPlan,
  columns: readonly number[],
  top: number,
): QueueJob[] {
  if (columns.length === 0) return [];
  const keep = new Set(columns.map((c) => c - 1));
  const rows = region.rows.map((cells, r) => (r + 1 < top ? [] : cells.map((cell, i) => (keep.has(i) ? cell : null))));
  return styleJobs(sheet, styleRects({ ...region, rows }), false);
}
