/**
 * What a backend reads of a sheet region, as plain data: the one input of the grid readers (kpi-grid-reader …), so
 * every backend (exceljs, Office.js) reads a sheet once into this shape and the rules that find meaning in it are
 * written once. Rows are sheet rows from `top`, columns sheet columns from `left`; a row may be shorter than the
 * region (its missing cells are empty). What a backend cannot read cheaply (Office.js: notes, hidden rows) is left
 * out, and the readers treat it as absent.
 */
import { cellAddress } from "../lib/a1";
import type { Scalar } from "../lib/scalar";

export interface Grid {
  readonly sheetName: string;
  /** 1-based sheet row and column of `values[0][0]`. */
  readonly top: number;
  readonly left: number;
  /** Cell values (a formula cell: its cached result, or null), by row then column. */
  readonly values: readonly (readonly Scalar[] | undefined)[];
  /** As Office.js `formulas`: a formula cell's text with its "=", anything else for the other cells. */
  readonly formulas?: readonly (readonly Scalar[] | undefined)[];
  /** Number formats, by row then column ("General" and absent alike mean none). */
  readonly numberFormats?: readonly (readonly Scalar[] | undefined)[];
  /** Cell notes by A1 address ("P7"). */
  readonly notes?: ReadonlyMap<string, string>;
  /** Sheet rows hidden by a person (a filter, or hidden by hand). */
  readonly hiddenRows?: ReadonlySet<number>;
  /** Sheet columns hidden by a person. */
  readonly hiddenColumns?: ReadonlySet<number>;
  /** Widths of the sheet columns someone sized (absent: the default width). */
  readonly columnWidths?: ReadonlyMap<number, number>;
}

/** The sheet rows and columns a grid spans (`right` the widest row's last column). */
export function gridBounds(grid: Grid): { top: number; left: number; bottom: number; right: number } {
  let width = 0;
  for (const row of grid.values) if (row && row.length > width) width = row.length;
  return {
    top: grid.top,
    left: grid.left,
    bottom: grid.top + grid.values.length - 1,
    right: grid.left + Math.max(1, width) - 1,
  };
}

/** A cell's value ("" read as empty), or null outside the grid. */
export function gridValue(grid: Grid, row: number, column: number): Scalar {
  const v = grid.values[row - grid.top]?.[column - grid.left];
  return v === undefined || v === "" ? null : v;
}

/** A cell's text, trimmed ("" when empty). */
export function gridText(grid: Grid, row: number, column: number): string {
  const v = gridValue(grid, row, column);
  return v === null ? "" : String(v).trim();
}

/** A cell's formula with its "=", when it holds one. */
export function gridFormula(grid: Grid, row: number, column: number): string | undefined {
  const f = grid.formulas?.[row - grid.top]?.[column - grid.left];
  return typeof f === "string" && f.startsWith("=") ? f : undefined;
}

/** A cell's number format, unless it has none ("General"). */
export function gridNumberFormat(grid: Grid, row: number, column: number): string | undefined {
  const nf = grid.numberFormats?.[row - grid.top]?.[column - grid.left];
  return typeof nf === "string" && nf !== "" && nf !== "General" ? nf : undefined;
}

/** A cell's note, when it has a non-empty one. */
export function gridNote(grid: Grid, row: number, column: number): string | undefined {
  if (!grid.notes || grid.notes.size === 0) return undefined;
  const note = grid.notes.get(cellAddress(column, row));
  return note === undefined || note === "" ? undefined : note;
}
