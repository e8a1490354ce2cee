/**
 * A merged row's cells are built when first read (by a writer, or a test): the merge decides, the 30 cell objects
 * per row are made only for rows that get written. A preview of 10,000 rows does not build 300,000 objects it never
 * shows. One getter shared by every row, its maker (then its cells) kept in private fields of the row: a getter
 * closure per row gave each row its own hidden class (a dictionary object, ~0.5 kB a row for the garbage collector);
 * a WeakMap beside the rows, or a hidden symbol property put there by defineProperty, cost twice as much as the fields.
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
 * The row's maker and its argument, then (maker null) its cells, in private fields: invisible to spreads,
 * Object.keys, JSON and test equality, the row keeps its own prototype, and every row shares one hidden class.
 */
class HeldCells extends OnObject {
  #make: ((row: RowToWrite, arg: unknown) => Cells) | null;
  #held: unknown;

  private constructor(row: object, make: (row: RowToWrite, arg: unknown) => Cells, arg: unknown) {
    super(row);
    this.#make = make;
    this.#held = arg;
  }

  static hold<A>(row: object, make: (row: RowToWrite, arg: A) => Cells, arg: A): void {
    new HeldCells(row, make as (row: RowToWrite, arg: unknown) => Cells, arg);
  }

  static cells(row: object): Cells {
    const self = row as HeldCells;
    const make = self.#make;
    if (make === null) return self.#held as Cells;
    const cells = make(row as RowToWrite, self.#held);
    self.#make = null;
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

/**
 * `row` with `cells` made by `make(row, arg)` when first read. One `make` can serve every row (the merge's does): no
 * closure and context per row for the collector to copy.
 */
export function withLazyCells<A>(
  row: Omit<RowToWrite, "cells">,
  make: (row: RowToWrite, arg: A) => Cells,
  arg: A,
): RowToWrite {
  // `row` is the caller's fresh literal: the fields and the getter go on it, no copy.
  HeldCells.hold(row, make, arg);
  return Object.defineProperty(row, "cells", LAZY_CELLS) as RowToWrite;
}
