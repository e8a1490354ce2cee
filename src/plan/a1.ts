/** A1 addressing helpers (1-based rows and columns). */

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

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeAddress(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${cellAddress(fromColumn, fromRow)}:${cellAddress(toColumn, toRow)}`;
}

/** 'KPI一覧'!$C:$C style references always quote the sheet name (the formula dialect in types.ts). */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
