/**
 * Plan rows → what Office.js writes: blocks of rows as 2-D arrays (number formats, then formulas-or-values),
 * rectangles of equal style, and a payload estimate so a request stays under the size limit. Pure.
 */
import type { Scalar } from "../../lib/scalar";
import type { CellPlan, CellStyle, SheetPlan } from "../../plan/types";

export interface CellBlock {
  /** 1-based first row, first column is always A. */
  readonly top: number;
  readonly rows: number;
  readonly columns: number;
  readonly numberFormat: Scalar[][];
  readonly formulas: Scalar[][];
  /** True when some cell needs a number format (else the numberFormat write is skipped). */
  readonly hasNumberFormat: boolean;
  readonly estimatedBytes: number;
}

/**
 * Text Excel would not keep as typed: formulas (=, +, -, @), a leading apostrophe, numbers, percentages, dates such as 「1-1」 (a sub-goal
 * id that Excel reads as 1 January), booleans. Such cells get the text format "@" before their value is written,
 * which makes Excel keep the string literally (chosen over an apostrophe prefix: the cell then reads back exactly
 * the plan's text, and stays text if someone retypes it).
 */
export function needsTextFormat(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@']/.test(text)) return true; // ' is Excel's text prefix and would be swallowed
  // Excel reads a number after leading spaces as that number (" -0" → -0), so signs count after trimming too.
  if (/^[+-]?[\d.,]+%?$/.test(t)) return true;
  if (/^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}/.test(t)) return true;
  return /^(true|false)$/i.test(t);
}

/** What goes into `range.formulas` for one cell (formulas are taken with their "="; null leaves the cell alone). */
export function officeInput(cell: CellPlan | null | undefined): Scalar {
  if (!cell) return null;
  if (cell.formula !== undefined) return cell.formula;
  // An empty value clears the cell, so the plan's cell is really empty.
  return cell.value === null || cell.value === undefined ? "" : cell.value;
}

export function officeNumberFormat(cell: CellPlan | null | undefined): string | null {
  if (!cell) return null;
  if (cell.formula === undefined && typeof cell.value === "string" && needsTextFormat(cell.value)) return "@";
  return cell.numberFormat ?? null;
}

/** UTF-8 size of a JSON value, without building the JSON (a few MB of strings would be wasteful to encode). */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (typeof value === "string") {
    let n = 2;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code < 0x20) n += code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
      else if (code === 0x22 || code === 0x5c) n += 2;
      else if (code < 0x80) n += 1;
      else if (code < 0x800) n += 2;
      else if (code >= 0xd800 && code <= 0xdbff && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        n += 4; // a surrogate pair: one 4-byte character
        i++;
      } else if (code >= 0xd800 && code <= 0xdfff)
        n += 6; // a lone surrogate is escaped as \udXXX
      else n += 3; // CJK and the rest of the BMP
    }
    return n;
  }
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const item of value) n += jsonBytes(item);
    return n;
  }
  let n = 2;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) n += jsonBytes(k) + 2 + jsonBytes(v);
  return n;
}

/** Splits a sheet's rows into blocks of at most `targetBytes` estimated payload each. */
export function cellBlocks(sheet: SheetPlan, targetBytes: number): CellBlock[] {
  const blocks: CellBlock[] = [];
  let start = 0;
  let formats: Scalar[][] = [];
  let formulas: Scalar[][] = [];
  let bytes = 0;
  let width = 0;
  let hasFormat = false;

  const flush = (end: number): void => {
    if (formulas.length > 0 && width > 0) {
      const pad = (rows: Scalar[][]): Scalar[][] =>
        rows.map((r) => (r.length < width ? r.concat(new Array<Scalar>(width - r.length).fill(null)) : r));
      // Blocks of rows that are entirely untouched are not written at all.
      if (formulas.some((r) => r.some((v) => v !== null))) {
        blocks.push({
          top: start + 1,
          rows: end - start,
          columns: width,
          numberFormat: pad(formats),
          formulas: pad(formulas),
          hasNumberFormat: hasFormat,
          estimatedBytes: bytes,
        });
      }
    }
    start = end;
    formats = [];
    formulas = [];
    bytes = 0;
    width = 0;
    hasFormat = false;
  };

  sheet.rows.forEach((cells, r) => {
    const f: Scalar[] = [];
    const v: Scalar[] = [];
    for (const cell of cells) {
      const nf = officeNumberFormat(cell);
      if (nf !== null) hasFormat = true;
      f.push(nf);
      v.push(officeInput(cell));
    }
    const rowBytes = jsonBytes(f) + jsonBytes(v);
    if (formulas.length > 0 && bytes + rowBytes > targetBytes) flush(r);
    formats.push(f);
    formulas.push(v);
    bytes += rowBytes;
    width = Math.max(width, cells.length);
  });
  flush(sheet.rows.length);
  return blocks;
}

export interface StyleRect {
  readonly style: CellStyle;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Cells of equal style merged into rectangles: horizontal runs per row, extended downwards while the row below has
 * the same run. A table's columns become one rectangle each, so formats cost a handful of requests, not one per cell.
 */
export function styleRects(sheet: SheetPlan): StyleRect[] {
  const done: StyleRect[] = [];
  let open = new Map<string, { style: CellStyle; top: number; left: number; bottom: number; right: number }>();
  sheet.rows.forEach((cells, r) => {
    const row = r + 1;
    const next = new Map<string, { style: CellStyle; top: number; left: number; bottom: number; right: number }>();
    let c = 0;
    while (c < cells.length) {
      const style = cells[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < cells.length && cells[end + 1]?.style === style) end++;
      const key = `${c + 1}:${end + 1}:${style}`;
      const prev = open.get(key);
      if (prev) {
        prev.bottom = row;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { style, top: row, left: c + 1, bottom: row, right: end + 1 });
      c = end + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  });
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Excel column width in characters → points (Office.js' unit): 7 px per character + 5 px padding, 0.75 pt/px. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
