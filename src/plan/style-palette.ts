/**
 * What each named CellStyle looks like, as one declarative table both renderers translate (exceljs styles,
 * Office.js range formats). Inputs are visibly inputs (light yellow), computed cells grey-blue text.
 */
import type { CellStyle } from "./types";

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
  input: { fill: "#FFF9C4", border: true, fontColor: "#000000" },
  longInput: { fill: "#FFF9C4", border: true, fontColor: "#000000", wrap: true, verticalTop: true },
  formula: { fontColor: "#1F4E79", fill: "#F2F2F2", border: true },
  note: { italic: true, wrap: true, fontColor: "#595959", verticalTop: true },
  warning: { fill: "#FCE4D6", fontColor: "#9C0006", border: true },
};

export const BORDER_COLOR = "#BFBFBF";
