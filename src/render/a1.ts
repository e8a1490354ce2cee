/** A1 addresses: the little arithmetic both renderers need to turn plan rows/columns into ranges. */
import { columnLetter } from "../plan/a1";

/** 1-based column number → letters (1 → A, 27 → AA): the plan's, so there is one implementation. */
export { columnLetter };

/** Letters → 1-based column number (A → 1, AA → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 address of a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses "B3" or "$B$3". */
export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 cell address: "${address}"`);
  return { row: Number(m[2]), column: columnNumber(m[1] as string) };
}

/** Parses "A3:AB53" (or a single cell) into 1-based bounds. */
export function parseRange(address: string): RangeRef {
  const [first, second] = address.split(":");
  const a = parseCell(first as string);
  const b = second === undefined ? a : parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function rangeAddress(r: RangeRef): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Sheet names are always quoted in references, as the plan's formulas do: '設定'!$B$3. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
