/**
 * CellStyle (+ number format) → one shared exceljs style object. exceljs caches style ids by object identity
 * (a WeakMap in its styles writer), so handing every cell of a kind the same object keeps 10,000-row builds cheap.
 */
import type { Style, Borders, Fill, Font, Alignment } from "exceljs";
import type { CellStyle } from "../../plan/types";
import { BORDER_COLOR, STYLE_LOOKS, UI_FONT, UI_FONT_SIZE, type StyleLook } from "../../plan/style-palette";

/** "#RRGGBB" → exceljs ARGB. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function toStyle(look: StyleLook | undefined, numberFormat: string | undefined): Partial<Style> {
  const style: { -readonly [K in keyof Style]?: Style[K] } = {};
  // Every styled cell in the plan's UI font (style-palette.ts), also one that only has a number format; with the
  // size (a font without one is read differently by applications) and the Japanese charset Excel writes for it.
  const font: Partial<Font> = { name: UI_FONT, family: 2, charset: 128, size: UI_FONT_SIZE };
  if (numberFormat !== undefined) style.numFmt = numberFormat;
  if (!look) {
    style.font = font;
    return style;
  }
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size !== undefined) font.size = look.size;
  if (look.fontColor) font.color = { argb: argb(look.fontColor) };
  style.font = font;
  if (look.fill) {
    const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
    style.fill = fill;
  }
  if (look.border) {
    const side = { style: "thin" as const, color: { argb: argb(BORDER_COLOR) } };
    const borders: Partial<Borders> = { top: side, left: side, bottom: side, right: side };
    style.border = borders;
  }
  const alignment: Partial<Alignment> = {};
  if (look.wrap) alignment.wrapText = true;
  if (look.verticalTop) alignment.vertical = "top";
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return style;
}

/** Memoises one style object per (style, number format) pair for one workbook. */
export class StyleCache {
  private readonly cache = new Map<string, Partial<Style>>();

  get(style: CellStyle | undefined, numberFormat: string | undefined): Partial<Style> | undefined {
    if (style === undefined && numberFormat === undefined) return undefined;
    const key = `${style ?? ""}\u0000${numberFormat ?? ""}`;
    let found = this.cache.get(key);
    if (!found) {
      found = toStyle(style ? STYLE_LOOKS[style] : undefined, numberFormat);
      this.cache.set(key, found);
    }
    return found;
  }
}
