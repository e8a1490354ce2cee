/**
 * A merged row's cells are built when first read (by a writer, or a test): the merge decides, the 30 cell objects
 * per row are made only for rows that get written. A preview of 10,000 rows does not build 300,000 objects it never
 * shows. One getter shared by every row, its maker (then its cells) kept aside: a getter closure per row gave each
 * row its own hidden class (a dictionary object, ~0.5 kB a row for the garbage collector).
 */
import type { CellPlan } from "../plan/types";
import type { KpiColumnKey } from "../workbook/kpi-columns";
import type { RowToWrite } from "./refresh-plan";

type Cells = Record<KpiColumnKey, CellPlan>;
const lazyCells = new WeakMap<object, Cells | (() => Cells)>();
const LAZY_CELLS: PropertyDescriptor = {
  enumerable: true,
  get(this: object): Cells {
    const held = lazyCells.get(this) as Cells | (() => Cells);
    if (typeof held !== "function") return held;
    const cells = held();
    lazyCells.set(this, cells);
    return cells;
  },
};

/** `row` with `cells` made by `make` when first read. */
export function withLazyCells(row: Omit<RowToWrite, "cells">, make: () => Cells): RowToWrite {
  // `row` is the caller's fresh literal: the getter goes on it, no copy.
  lazyCells.set(row, make);
  return Object.defineProperty(row, "cells", LAZY_CELLS) as RowToWrite;
}
