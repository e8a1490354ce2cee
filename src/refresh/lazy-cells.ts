/**
 * A merged row's cells are built when first read (by a writer, or a test): the merge decides, the 30 cell objects
 * per row are made only for rows that get written. A preview of 10,000 rows does not build 300,000 objects it never
 * shows. One getter shared by every row, its maker (then its cells) kept in a private field of the row: a getter
 * closure per row gave each row its own hidden class (a dictionary object, ~0.5 kB a row for the garbage collector);
 * a WeakMap beside the rows, or a hidden symbol property put there by defineProperty, cost twice as much as the field.
 */
import type { CellPlan } from "../plan/types";
import type { KpiColumnKey } from "../workbook/kpi-columns";
import type { RowToWrite } from "./refresh-plan";

type Cells = Record<KpiColumnKey, CellPlan>;

/** Its constructor returns the object it is given, so a subclass's private field lands on that object. */
class OnObject {
  constructor(target: object) {
    return target;
  }
}

/**
 * The row's maker, then its cells, in a private field: invisible to spreads, Object.keys, JSON and test equality,
 * the row keeps its own prototype, and every row shares one hidden class.
 */
class HeldCells extends OnObject {
  #held: Cells | (() => Cells);

  private constructor(row: object, make: () => Cells) {
    super(row);
    this.#held = make;
  }

  static hold(row: object, make: () => Cells): void {
    new HeldCells(row, make);
  }

  static cells(row: object): Cells {
    const self = row as HeldCells;
    const held = self.#held;
    if (typeof held !== "function") return held;
    const cells = held();
    self.#held = cells;
    return cells;
  }
}

const LAZY_CELLS: PropertyDescriptor = {
  enumerable: true,
  get(this: object): Cells {
    return HeldCells.cells(this);
  },
};

/** `row` with `cells` made by `make` when first read. */
export function withLazyCells(row: Omit<RowToWrite, "cells">, make: () => Cells): RowToWrite {
  // `row` is the caller's fresh literal: the field and the getter go on it, no copy.
  HeldCells.hold(row, make);
  return Object.defineProperty(row, "cells", LAZY_CELLS) as RowToWrite;
}
