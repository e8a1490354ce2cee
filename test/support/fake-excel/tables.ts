/**
 * Reading and growing tables in the recording fake: getItemOrNullObject, header/body ranges whose address is
 * resolved when the action runs (a table grows between requests, possibly by another writer), load() snapshots of
 * values/text/rowIndex, rows.add, per-cell writes, and a helper that sorts a table's rows as a person would in Excel.
 */
import { FakeContext, FakeOfficeError, notLoaded } from "./context";
import { boundsToAddress } from "./area-math";
import { cellValue, FakeDynamicRange } from "./dynamic-range";
import { applyTableFilters, type FilterCriteria } from "./filters";
import { parseAddress, writeInput, type Bounds } from "./range";
import {
  getCell,
  markChanged,
  type FakeScalar,
  type FakeSheetState,
  type FakeTable,
  type FakeWorkbookState,
} from "./state";

export { FakeDynamicRange } from "./dynamic-range";

/** The bounds of everything a sheet holds (A1 when empty), as Excel's used range. */
export function usedBounds(sheet: FakeSheetState): Bounds {
  let bottom = 1;
  let right = 1;
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === undefined && (cell.value === undefined || cell.value === null || cell.value === "")) continue;
    const row = Math.floor(key / 16384);
    const column = key % 16384;
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return { top: 1, left: 1, bottom, right };
}

export interface FakeSheetHandle {
  load(properties?: string): FakeSheetHandle;
  readonly name: string;
  getUsedRange(): FakeDynamicRange;
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeDynamicRange;
}

export function sheetHandle(ctx: FakeContext, sheet: () => FakeSheetState, label: string): FakeSheetHandle {
  let name: string | undefined;
  const handle: FakeSheetHandle = {
    load: () => {
      ctx.enqueue(label, "load", "name", () => {
        name = sheet().name;
      });
      return handle;
    },
    get name(): string {
      if (name === undefined) throw notLoaded(`${label}.name`);
      return name;
    },
    getUsedRange: () => new FakeDynamicRange(ctx, sheet, () => usedBounds(sheet()), `${label}.usedRange`),
    getRangeByIndexes: (row, column, rows, columns) =>
      new FakeDynamicRange(
        ctx,
        sheet,
        () => ({ top: row + 1, left: column + 1, bottom: row + rows, right: column + columns }),
        `${label}.rangeByIndexes`,
      ),
  };
  return handle;
}

/** A loaded table column: its header text and its filter's criteria (null when it has none). */
export interface FakeColumnItem {
  readonly name: string;
  readonly filter: { readonly criteria: FilterCriteria | null };
}

export interface FakeColumnCollection {
  readonly items: FakeColumnItem[];
}

/** The table proxy of getItem / getItemOrNullObject. */
export class FakeTableHandle {
  private resolved: { found: FakeTable | null } | null = null;

  private readonly name: string;
  private readonly record: FakeTable | null;

  /** By name (tables.getItem), or the record of a table that `tables.add` queued (its returned Table object). */
  constructor(
    private readonly ctx: FakeContext,
    nameOrRecord: string | FakeTable,
    private readonly orNull: boolean,
  ) {
    this.record = typeof nameOrRecord === "string" ? null : nameOrRecord;
    this.name = typeof nameOrRecord === "string" ? nameOrRecord : "(added)";
    // Office resolves a null object with the next sync; the fake does the same.
    ctx.enqueue(`tables(${this.name})`, "resolve", null, () => {
      const found = this.record ?? ctx.state.allTables().find((t) => t.name === this.name) ?? null;
      if (!found && !orNull) throw new FakeOfficeError("ItemNotFound", `no table ${this.name}`);
      this.resolved = { found };
    });
  }

  /** Table properties are not modelled; load() only keeps the Office.js call shape. */
  load(_properties?: string): this {
    return this;
  }

  /** The whole table (header and body). */
  getRange(): FakeDynamicRange {
    return new FakeDynamicRange(
      this.ctx,
      this.sheet,
      () => parseAddress(this.table().address),
      `table(${this.name}).range`,
    );
  }

  /** The table's sheet: its name (after load + sync), used range and ranges by index. */
  get worksheet(): FakeSheetHandle {
    return sheetHandle(this.ctx, this.sheet, `table(${this.name}).worksheet`);
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw notLoaded(`tables(${this.name}).isNullObject`);
    return this.resolved.found === null;
  }

  private table(): FakeTable {
    if (this.record) return this.record;
    const t = this.ctx.state.allTables().find((x) => x.name === this.name);
    if (!t) throw new FakeOfficeError("ItemNotFound", `no table ${this.name}`);
    return t;
  }

  private sheet = (): FakeSheetState => this.ctx.state.sheet(this.table().sheet);

  getHeaderRowRange(): FakeDynamicRange {
    return new FakeDynamicRange(
      this.ctx,
      this.sheet,
      () => {
        const b = parseAddress(this.table().address);
        return { ...b, bottom: b.top };
      },
      `table(${this.name}).header`,
    );
  }

  getDataBodyRange(): FakeDynamicRange {
    return new FakeDynamicRange(
      this.ctx,
      this.sheet,
      () => {
        const b = parseAddress(this.table().address);
        return { ...b, top: b.top + 1 };
      },
      `table(${this.name}).body`,
    );
  }

  /** Recomputes the rows this table's filters hide (after a filter changes). */
  private refilter(table: FakeTable): void {
    const sheet = this.sheet();
    const b = parseAddress(table.address);
    applyTableFilters(sheet, table, b, (r, c) => cellValue(this.ctx.state, sheet, r, c));
  }

  private setFilter(label: string, column: (t: FakeTable) => number, criteria: FilterCriteria | null): void {
    const copy = criteria === null ? null : (JSON.parse(JSON.stringify(criteria)) as FilterCriteria);
    this.ctx.enqueue(`table(${this.name})`, label, copy, () => {
      const t = this.table();
      const index = column(t);
      t.filters ??= new Map();
      if (copy === null) t.filters.delete(index);
      else t.filters.set(index, copy);
      this.refilter(t);
    });
  }

  /** table.autoFilter.apply(range, columnIndex, criteria) (ExcelApi 1.9); the range is the table's own. */
  get autoFilter(): {
    apply(range: unknown, columnIndex: number, criteria: FilterCriteria): void;
    clearCriteria(): void;
  } {
    return {
      apply: (_range, columnIndex, criteria) => this.setFilter("autoFilter.apply", () => columnIndex, criteria),
      clearCriteria: () => this.clearFilters(),
    };
  }

  /** Shows every row the table's filters hid. */
  clearFilters(): void {
    this.ctx.enqueue(`table(${this.name})`, "clearFilters", null, () => {
      const t = this.table();
      t.filters = new Map();
      this.refilter(t);
    });
  }

  /** Excel keeps the data as a plain range; the fake assumes the rows a filter hid stay hidden (README). */
  convertToRange(): void {
    this.ctx.enqueue(`tables(${this.name})`, "convertToRange", null, () => {
      const t = this.table();
      t.convertedToRange = true;
      t.filters = new Map();
    });
  }

  get columns(): {
    add(index?: number | null, values?: FakeScalar[][]): void;
    getItem(name: string): {
      filter: { apply(criteria: FilterCriteria): void; applyValuesFilter(values: unknown[]): void; clear(): void };
    };
    load(properties?: string): FakeColumnCollection;
  } {
    const columnOf = (name: string) => (t: FakeTable) => {
      const b = parseAddress(t.address);
      const sheet = this.sheet();
      for (let c = b.left; c <= b.right; c++)
        if (cellValue(this.ctx.state, sheet, b.top, c) === name) return c - b.left;
      throw new FakeOfficeError("ItemNotFound", `table ${this.name} has no column ${name}`);
    };
    return {
      getItem: (name: string) => ({
        filter: {
          apply: (criteria: FilterCriteria) => this.setFilter("filter.apply", columnOf(name), criteria),
          applyValuesFilter: (values: unknown[]) =>
            this.setFilter("filter.applyValuesFilter", columnOf(name), { filterOn: "Values", values }),
          clear: () => this.setFilter("filter.clear", columnOf(name), null),
        },
      }),
      // columns.load("items/name,items/filter/criteria"): each column's header text and its filter's criteria (a
      // copy; null for a column without a filter, assumed — README), read when the load runs at sync.
      load: () => {
        let items: FakeColumnItem[] | null = null;
        this.ctx.enqueue(`table(${this.name}).columns`, "load", null, () => {
          const t = this.table();
          const b = parseAddress(t.address);
          const sheet = this.sheet();
          items = [];
          for (let c = b.left; c <= b.right; c++) {
            const criteria = t.filters?.get(c - b.left);
            items.push({
              name: String(cellValue(this.ctx.state, sheet, b.top, c) ?? ""),
              filter: { criteria: criteria ? (JSON.parse(JSON.stringify(criteria)) as FilterCriteria) : null },
            });
          }
        });
        const label = `table(${this.name}).columns.items`;
        return {
          get items(): FakeColumnItem[] {
            if (items === null) throw notLoaded(label);
            return items;
          },
        };
      },
      // Appends only; values[0] is the header; a used cell right of the table refuses the add (README point 17).
      add: (index?: number | null, values?: FakeScalar[][]) => {
        if (index !== undefined && index !== null)
          throw new FakeOfficeError("InvalidArgument", "the fake appends only");
        const copy = values ? (JSON.parse(JSON.stringify(values)) as FakeScalar[][]) : undefined;
        this.ctx.enqueue(`table(${this.name}).columns`, "add", copy ?? null, () => {
          const t = this.table();
          const b = parseAddress(t.address);
          const sheet = this.sheet();
          const column = b.right + 1;
          if (copy && copy.length !== b.bottom - b.top + 1) {
            throw new FakeOfficeError("InvalidArgument", "column values must cover the header and every row");
          }
          for (let r = b.top; r <= b.bottom; r++) {
            if (getCell(sheet, r, column)?.value !== undefined)
              throw new FakeOfficeError("InsertDeleteConflict", "cell right of table is used");
          }
          t.address = boundsToAddress({ ...b, right: column });
          (copy ?? []).forEach((row, i) => writeInput(this.ctx.state, sheet, b.top + i, column, row[0] ?? null));
        });
      },
    };
  }

  get rows(): { add(index?: number | null, values?: FakeScalar[][]): { getRange(): FakeDynamicRange } } {
    return {
      add: (index?: number | null, values?: FakeScalar[][]) => {
        if (index !== undefined && index !== null)
          throw new FakeOfficeError("InvalidArgument", "the fake appends only");
        let added: number | null = null;
        this.ctx.enqueue(`table(${this.name}).rows`, "add", values ?? null, () => {
          const t = this.table();
          const b = parseAddress(t.address);
          const sheet = this.sheet();
          const row = b.bottom + 1;
          // Excel inserts cells below a table; the fake only checks that it does not overwrite anything.
          for (let c = b.left; c <= b.right; c++) {
            if (getCell(sheet, row, c)?.value !== undefined)
              throw new FakeOfficeError("InsertDeleteConflict", "cell below table is used");
          }
          t.address = boundsToAddress({ ...b, bottom: row });
          added = row;
          (values?.[0] ?? []).forEach((v, j) => writeInput(this.ctx.state, sheet, row, b.left + j, v));
          this.ctx.state.rowAdds.push({ table: this.name, row });
        });
        return {
          getRange: () =>
            new FakeDynamicRange(
              this.ctx,
              this.sheet,
              () => {
                if (added === null) throw new FakeOfficeError("InvalidOperation", "row not added yet");
                const b = parseAddress(this.table().address);
                return { ...b, top: added, bottom: added };
              },
              `table(${this.name}).addedRow`,
            ),
        };
      },
    };
  }
}

/** Sorts a table's data rows in place, as Excel's sort does (all cells of each row move together). */
export function sortTableRows(
  state: FakeWorkbookState,
  tableName: string,
  compare: (a: FakeScalar[], b: FakeScalar[]) => number,
): void {
  const table = state.allTables().find((t) => t.name === tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const sheet = state.sheet(table.sheet);
  const b = parseAddress(table.address);
  const rows: { cells: ReturnType<typeof getCell>[]; values: FakeScalar[] }[] = [];
  for (let r = b.top + 1; r <= b.bottom; r++) {
    const cells = [];
    const values: FakeScalar[] = [];
    for (let c = b.left; c <= b.right; c++) {
      cells.push(getCell(sheet, r, c));
      values.push(cellValue(state, sheet, r, c));
    }
    rows.push({ cells, values });
  }
  rows.sort((x, y) => compare(x.values, y.values));
  markChanged();
  rows.forEach((row, i) =>
    row.cells.forEach((cell, j) => {
      const key = (b.top + 1 + i) * 16384 + b.left + j;
      if (cell) sheet.cells.set(key, cell);
      else sheet.cells.delete(key);
    }),
  );
}
