/** Queues the Office.js writes for a style rectangle, columns, rules and validations (no syncs here). */
import type { CellStyle, ColumnPlan, ConditionalFormatPlan, ValidationPlan } from "../../plan/types";
import { columnLetter } from "../../lib/a1";
import { BORDER_COLOR, STYLE_LOOKS, UI_FONT } from "../../plan/style-palette";
import { columnWidthPoints, type StyleRect } from "./cell-blocks";

/** Rough bytes of one queued action in a request (ids, names, object paths): for the payload estimate. */
export const ACTION_BYTES = 250;

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Most areas per RangeAreas request, and most characters in its address, to stay well inside Excel's limits. */
const MAX_AREAS = 200;
const MAX_ADDRESS_CHARS = 2000;

function rectAddress(rect: StyleRect): string {
  const a = `${columnLetter(rect.left)}${rect.top}`;
  const b = `${columnLetter(rect.right)}${rect.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** Rectangles of one style grouped into comma-separated RangeAreas addresses. */
export function areaAddresses(rects: readonly StyleRect[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const rect of rects) {
    const address = rectAddress(rect);
    if (current.length > 0 && (current.length >= MAX_AREAS || chars + address.length + 1 > MAX_ADDRESS_CHARS)) {
      out.push(current.join(","));
      current = [];
      chars = 0;
    }
    current.push(address);
    chars += address.length + 1;
  }
  if (current.length > 0) out.push(current.join(","));
  return out;
}

/** Queues one style's look on a range or range areas. */
function queueLook(format: Excel.RangeFormat, style: CellStyle, inside: { rows: boolean; columns: boolean }): void {
  const look = STYLE_LOOKS[style];
  // Every styled cell in the plan's UI font (why 游ゴシック: style-palette.ts), as the xlsx side writes it.
  format.font.name = UI_FONT;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.fontColor) format.font.color = look.fontColor;
  if (look.fill) format.fill.color = look.fill;
  if (look.wrap) format.wrapText = true;
  if (look.verticalTop) format.verticalAlignment = "Top";
  if (look.border) {
    for (const edge of EDGES) {
      // Inside edges of single rows/columns do not exist: leave them out to keep requests small.
      if (edge === "InsideVertical" && !inside.columns) continue;
      if (edge === "InsideHorizontal" && !inside.rows) continue;
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
}

/** A unit of queued writes and its estimated action count, so the caller can sync before it when needed. */
export interface QueueJob {
  readonly actions: number;
  readonly queue: () => void;
}

/** Upper bound of actions queueLook queues for one range: 8 properties and 6 borders of 3 actions each. */
const LOOK_ACTIONS = 8 + 6 * 3;

/**
 * The formats of a sheet's style rectangles as jobs. With RangeAreas (ExcelApi 1.9) each style costs a few requests
 * however scattered its cells are (a 要確認 column alternating with plain rows); without, one per rectangle.
 */
export function styleJobs(sheet: Excel.Worksheet, rects: readonly StyleRect[], useAreas: boolean): QueueJob[] {
  if (!useAreas) {
    return rects.map((rect) => ({
      actions: LOOK_ACTIONS,
      queue: () => {
        const inside = { rows: rect.top !== rect.bottom, columns: rect.left !== rect.right };
        queueLook(sheet.getRange(rectAddress(rect)).format, rect.style, inside);
      },
    }));
  }
  const byStyle = new Map<CellStyle, StyleRect[]>();
  for (const rect of rects) {
    const list = byStyle.get(rect.style);
    if (list) list.push(rect);
    else byStyle.set(rect.style, [rect]);
  }
  const jobs: QueueJob[] = [];
  for (const [style, list] of byStyle) {
    const inside = { rows: list.some((r) => r.top !== r.bottom), columns: list.some((r) => r.left !== r.right) };
    for (const address of areaAddresses(list)) {
      // The long address travels once per object path: count it as a few actions' worth of bytes.
      jobs.push({
        actions: LOOK_ACTIONS + Math.ceil(address.length / 50),
        queue: () => {
          queueLook(sheet.getRanges(address).format, style, inside);
        },
      });
    }
  }
  return jobs;
}

/** The plan's column widths (from A), runs of equal width as one range; returns the actions queued. */
export function queueColumnWidths(sheet: Excel.Worksheet, columns: readonly ColumnPlan[]): number {
  let actions = 0;
  let i = 0;
  while (i < columns.length) {
    const width = (columns[i] as ColumnPlan).width;
    let end = i;
    while (end + 1 < columns.length && (columns[end + 1] as ColumnPlan).width === width) end++;
    sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(end + 1)}`).format.columnWidth = columnWidthPoints(width);
    actions += 2;
    i = end + 1;
  }
  return actions;
}

/** Column widths (runs of equal width in one request) and hidden columns. */
export function queueColumns(sheet: Excel.Worksheet, columns: readonly ColumnPlan[]): number {
  let actions = queueColumnWidths(sheet, columns);
  columns.forEach((col, c) => {
    if (!col.hidden) return;
    sheet.getRange(`${columnLetter(c + 1)}:${columnLetter(c + 1)}`).columnHidden = true;
    actions += 2;
  });
  return actions;
}

/**
 * Conditional formats. Office.js puts each new format at the top priority, so the plan's rules are added in
 * reverse: the plan's first rule ends up first.
 */
export function queueConditionalFormats(sheet: Excel.Worksheet, rules: readonly ConditionalFormatPlan[]): number {
  let actions = 0;
  for (const rule of [...rules].reverse()) {
    const collection = sheet.getRange(rule.range).conditionalFormats;
    if (rule.kind === "dataBar") {
      const cf = collection.add("DataBar");
      cf.dataBar.lowerBoundRule = { type: "Number", formula: String(rule.min) };
      cf.dataBar.upperBoundRule = { type: "Number", formula: String(rule.max) };
      cf.dataBar.positiveFormat.fillColor = rule.color;
      cf.dataBar.positiveFormat.gradientFill = false;
      actions += 6;
      continue;
    }
    const cf = collection.add("Custom");
    cf.custom.rule.formula = rule.formula;
    if (rule.fill) cf.custom.format.fill.color = rule.fill;
    if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
    if (rule.bold) cf.custom.format.font.bold = true;
    // ConditionalRangeFormat.numberFormat (ExcelApi 1.6, as conditional formats themselves): a year's label.
    if (rule.numberFormat) cf.custom.format.numberFormat = rule.numberFormat;
    if (rule.stopIfTrue) cf.stopIfTrue = true;
    actions += 8;
  }
  return actions;
}

/** Excel's limits for a decimal rule without a bound. */
const DECIMAL_MIN = -9.99e307;
const DECIMAL_MAX = 9.99e307;

export function queueValidations(sheet: Excel.Worksheet, validations: readonly ValidationPlan[]): number {
  let actions = 0;
  for (const v of validations) {
    const dv = sheet.getRange(v.range).dataValidation;
    if (v.kind === "list") {
      dv.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
    } else {
      const hasMin = v.min !== undefined;
      const hasMax = v.max !== undefined;
      const decimal: Excel.BasicDataValidation =
        hasMin && hasMax
          ? { formula1: v.min as number, formula2: v.max as number, operator: "Between" }
          : hasMin
            ? { formula1: v.min as number, operator: "GreaterThanOrEqualTo" }
            : hasMax
              ? { formula1: v.max as number, operator: "LessThanOrEqualTo" }
              : { formula1: DECIMAL_MIN, formula2: DECIMAL_MAX, operator: "Between" };
      dv.rule = { decimal };
      dv.errorAlert = { message: v.error, showAlert: true, style: "Stop", title: "入力エラー" };
      actions++;
    }
    if (v.prompt) {
      dv.prompt = { message: v.prompt, showPrompt: true, title: "" };
      actions++;
    }
    actions += 2;
  }
  return actions;
}
