/**
 * A1 addressing (1-based rows and columns), column first everywhere: `cellAddress(column, row)` reads as "B3".
 * One module for the plan, the workbook readers and both adapters, so no caller can swap the arguments' order.
 */

/** 1 → "A", 28 → "AB". */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`column must be a positive integer: ${column}`);
  let n = column;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 1-based column number (A → 1, AA → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeAddress(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${cellAddress(fromColumn, fromRow)}:${cellAddress(toColumn, toRow)}`;
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

/** Sheet names are always quoted in references (the formula dialect in plan/types.ts): '設定'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'KPI一覧'!$C:$C */
export function sheetRef(sheet: string, ref: string): string {
  return `${quoteSheet(sheet)}!${ref}`;
}
