/**
 * What each named CellStyle looks like, as one declarative table both renderers translate (exceljs styles,
 * Office.js range formats). Inputs are visibly inputs (light yellow), computed cells grey-blue text.
 */
import type { CellStyle } from "./types";

/**
 * The one font of every planned cell, in both backends (exceljs font.name, Office.js range.format.font.name) and in
 * the xlsx chart's labels. A cell takes one font name, not a stack, so the choice is the font that Excel has wherever
 * the workbook is opened: 游ゴシック (Yu Gothic) is Excel's own default Japanese font since Office 2016 on Windows,
 * ships with Windows 8.1 and later and with macOS since 10.9 (Office for Mac uses it), and is among Excel for the
 * web's fonts. Assumption, not measured on every host: where it is missing (Windows 7 without the 游 font pack,
 * LibreOffice on Linux) the application substitutes its own Japanese gothic, which LibreOffice here does
 * (Noto Sans CJK JP through fontconfig). Meiryo UI would be narrower but is Windows-only.
 */
export const UI_FONT = "游ゴシック";
/** Points, Excel's default body size. */
export const UI_FONT_SIZE = 11;

/** How much of the sheet a chart covers from its anchor cell, in both backends (the xlsx drawing, Office.js setPosition). */
export const CHART_SPAN = { columns: 8, rows: 20 } as const;

export interface StyleLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
  /** Thin border around the cell. */
  readonly border?: boolean;
  readonly verticalTop?: boolean;
}

export const STYLE_LOOKS: Readonly<Record<CellStyle, StyleLook>> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: "#D9E1F2", wrap: true, border: true, verticalTop: true },
  group: { bold: true, fill: "#EDEDED" },
  definition: { border: true, verticalTop: true },
  // Top-aligned like the definitions: in a row made tall by a wrapped name, the figures stay on the name's first line.
  input: { fill: "#FFF9C4", border: true, fontColor: "#000000", verticalTop: true },
  longInput: { fill: "#FFF9C4", border: true, fontColor: "#000000", wrap: true, verticalTop: true },
  formula: { fontColor: "#1F4E79", fill: "#F2F2F2", border: true, verticalTop: true },
  note: { italic: true, wrap: true, fontColor: "#595959", verticalTop: true },
  warning: { fill: "#FCE4D6", fontColor: "#9C0006", border: true, verticalTop: true },
};

export const BORDER_COLOR = "#BFBFBF";
