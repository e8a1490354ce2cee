/** Queues the Office.js writes for a style rectangle, columns, rules and validations (no syncs here). */
import type { ColumnPlan, ConditionalFormatPlan, ValidationPlan } from "../../plan/types";
import { columnLetter } from "../a1";
import { BORDER_COLOR, STYLE_LOOKS } from "../style-palette";
import { columnWidthPoints, type StyleRect } from "./cell-blocks";

/** Rough bytes of one queued action in a request (ids, names, object paths): for the payload estimate. */
export const ACTION_BYTES = 250;

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Queues the format of one rectangle; returns the number of actions queued. */
export function queueStyle(sheet: Excel.Worksheet, rect: StyleRect): number {
  const look = STYLE_LOOKS[rect.style];
  const range = sheet.getRange(`${columnLetter(rect.left)}${rect.top}:${columnLetter(rect.right)}${rect.bottom}`);
  const format = range.format;
  let actions = 1;
  if (look.bold) (format.font.bold = true), actions++;
  if (look.italic) (format.font.italic = true), actions++;
  if (look.size !== undefined) (format.font.size = look.size), actions++;
  if (look.fontColor) (format.font.color = look.fontColor), actions++;
  if (look.fill) (format.fill.color = look.fill), actions++;
  if (look.wrap) (format.wrapText = true), actions++;
  if (look.verticalTop) (format.verticalAlignment = "Top"), actions++;
  if (look.border) {
    for (const edge of EDGES) {
      // Inside edges of a single row/column do not exist; Excel ignores them, but skip them to keep requests small.
      if (edge === "InsideVertical" && rect.left === rect.right) continue;
      if (edge === "InsideHorizontal" && rect.top === rect.bottom) continue;
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
      actions += 3;
    }
  }
  return actions;
}

/** Column widths (runs of equal width in one request) and hidden columns. */
export function queueColumns(sheet: Excel.Worksheet, columns: readonly ColumnPlan[]): number {
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
    if (rule.stopIfTrue) cf.stopIfTrue = true;
    actions += 7;
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
