/**
 * What the recording fake of Excel holds after its syncs: plain data that tests compare with a plan.
 * No jest in here: the fake can be bundled into a browser test page as well.
 */

import { flushInserts } from "./insert";

export type FakeScalar = string | number | boolean | null;

export interface FakeCellFormat {
  fill?: string;
  fontColor?: string;
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrapText?: boolean;
  verticalAlignment?: string;
}

export interface FakeCell {
  /** Set when Excel took the input as a formula. */
  formula?: string;
  value?: FakeScalar;
  /** Set when Excel converted typed text (a number or a date-like string) instead of keeping it. */
  coercedFrom?: string;
  numberFormat?: string;
  format: FakeCellFormat;
}

export interface FakeTable {
  name: string;
  address: string;
  hasHeaders: boolean;
  /** Header texts found in the cells when the table was created (values must come first). */
  headersAtCreation: FakeScalar[];
  style?: string;
  showFilterButton?: boolean;
  convertedToRange?: boolean;
  sheet: string;
  /** Column filters by 0-based column index (filters.ts). */
  filters?: Map<number, { filterOn: string; values?: readonly unknown[]; criterion1?: string }>;
}

export interface FakeConditionalFormat {
  type: string;
  address: string;
  [property: string]: unknown;
}

export interface FakeValidation {
  address: string;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: { text?: string };
  position?: string;
  /** The bottom-right cell given to setPosition, when one was. */
  positionEnd?: string;
  /** format.font.name of the chart area (its labels and title). */
  fontName?: string;
  seriesColors: string[];
}

export interface FakeBorder {
  address: string;
  edge: string;
  style?: string;
  color?: string;
}

export interface FakeSheetState {
  name: string;
  /** key = row * 16384 + column (both 1-based) */
  cells: Map<number, FakeCell>;
  columns: Map<number, { widthPoints?: number; hidden?: boolean }>;
  borders: FakeBorder[];
  tables: FakeTable[];
  /** In priority order: index 0 is evaluated first. */
  conditionalFormats: FakeConditionalFormat[];
  validations: FakeValidation[];
  freeze?: { rows: number; columns: number };
  /** Outline groups; `detailsHidden` after hideGroupDetails (a folded group: its rows or columns are hidden too). */
  groups: { address: string; option: string; detailsHidden?: boolean }[];
  /** Row heights in points set through range.format.rowHeight, 1-based rows. */
  rowHeights?: Map<number, number>;
  pageLayout: Record<string, unknown>;
  tabColor?: string;
  /** Set through worksheet.visibility ("Hidden", "VeryHidden"); absent: visible. */
  visibility?: string;
  charts: FakeChart[];
  /** Whole rows inserted through range.insert("Down"), in order (refresh). */
  insertedRows?: { at: number; count: number }[];
  /** Inserts not yet applied to the cells (insert.ts applies them at the next access to `cells`). */
  pendingInserts?: { at: number; count: number }[];
  /** Rows hidden by a person or by the API (range.rowHidden), 1-based. */
  rowHidden?: Set<number>;
  /** Rows a table's filter hides, 1-based (filters.ts). */
  filteredRows?: Set<number>;
  /** Stable id, as Worksheet.id in Office.js (selection events carry it). */
  id: string;
}

export interface FakeNamedItem {
  name: string;
  reference: string;
  comment?: string;
}

export interface FakeRequest {
  /** UTF-8 bytes of the JSON of the queued actions. */
  bytes: number;
  actions: number;
  /** Calculation was suspended (suspendApiCalculationUntilNextSync) during this request. */
  calculationSuspended: boolean;
  /** JSON characters per action name, when FakeContext.measureActions is set. */
  byAction?: Record<string, number>;
}

let changes = 0;
let sheetIds = 0;
let holding = 0;

/** Runs `fn` without applying pending inserts (an insert only records itself: that keeps many inserts linear). */
export function withoutSettling<T>(fn: () => T): T {
  holding++;
  try {
    return fn();
  } finally {
    holding--;
  }
}
const rawCells = new WeakMap<FakeSheetState, Map<number, FakeCell>>();

/** Counts changes to any fake's cells, sheets or names: the calculation engine rebuilds when it moved. */
export function changeCount(): number {
  return changes;
}

/** Marks the calculated values stale (a test that edits FakeCell objects it already holds calls this). */
export function markChanged(): void {
  changes++;
}

export class FakeWorkbookState {
  readonly sheets: FakeSheetState[] = [];
  readonly names = new Map<string, FakeNamedItem>();
  readonly properties: Record<string, unknown> = {};
  readonly requests: FakeRequest[] = [];
  /**
   * Name of the active sheet: set by Worksheet.activate(), moved by deleting or renaming it; a test sets it for a
   * person clicking a tab. Undefined (nothing activated yet): the first visible sheet is active (README, point 16).
   */
  activeSheet: string | undefined;
  /**
   * Formula cells read their HyperFormula-calculated values (calc.ts). A bench timing the adapter itself may turn
   * this off: formula cells then read "" (building the engine for 10,000 KPI rows takes ~16 s on the first read).
   */
  calculate = true;
  /** 2-D writes that met rows hidden by a filter (filters.ts: what the fake did with them). */
  readonly filteredWrites: { sheet: string; address: string }[] = [];
  /** Every table.rows.add, in the order they ran (several writers may share one state). */
  readonly rowAdds: { table: string; row: number }[] = [];
  /** The selected range, and the onSelectionChanged handlers registered per sheet. */
  selection: { sheet: string; address: string } | undefined;
  /**
   * Handlers belong to the sheet object (its id), not to its name, as Excel's events do: a sheet renamed keeps its
   * handlers, and a new sheet given the old name has none. `sheet` reads the current name ("" once deleted).
   */
  readonly selectionHandlers: {
    readonly sheetId: string;
    readonly sheet: string;
    handler: (args: { address: string; worksheetId: string }) => unknown;
  }[] = [];

  /** A person selects `address` on `sheet`: handlers registered on that sheet run, as Excel's events do. */
  async select(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
    const id = this.sheets.find((s) => s.name === sheet)?.id;
    for (const h of this.selectionHandlers.filter((x) => x.sheetId === id)) {
      await h.handler({ address, worksheetId: h.sheetId });
    }
  }

  /** The active sheet (activeSheet, else the first visible one); a workbook always has one. */
  activeWorksheet(): FakeSheetState {
    const named = this.sheets.find((s) => s.name === this.activeSheet);
    const found = named ?? this.sheets.find((s) => (s.visibility ?? "Visible") === "Visible") ?? this.sheets[0];
    if (!found) throw new Error("fake Excel: a workbook without sheets has no active sheet");
    return found;
  }

  /** The name of the sheet with Office.js id `id`, "" when it is gone. */
  sheetNameOf(id: string): string {
    return this.sheets.find((s) => s.id === id)?.name ?? "";
  }

  private settling = false;

  /** Applies pending row inserts (insert.ts) before anything reads or changes a sheet. */
  settle(): void {
    if (this.settling || holding > 0) return;
    if (!this.sheets.some((x) => x.pendingInserts && x.pendingInserts.length > 0)) return;
    this.settling = true;
    try {
      flushInserts(this, (x) => rawCells.get(x) as Map<number, unknown>);
    } finally {
      this.settling = false;
    }
  }

  sheet(name: string): FakeSheetState {
    this.settle();
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`fake Excel: no sheet "${name}"`);
    return found;
  }

  addSheet(name: string): FakeSheetState {
    markChanged();
    const cells = new Map<number, FakeCell>();
    const sheet: FakeSheetState = {
      name,
      id: `{fake-sheet-${++sheetIds}}`,
      cells,
      columns: new Map(),
      borders: [],
      tables: [],
      conditionalFormats: [],
      validations: [],
      groups: [],
      pageLayout: {},
      charts: [],
    };
    // Pending row inserts are applied, all at once, before anyone sees the cells (insert.ts).
    Object.defineProperty(sheet, "cells", {
      enumerable: true,
      get: () => {
        this.settle();
        return cells;
      },
    });
    rawCells.set(sheet, cells);
    this.sheets.push(sheet);
    return sheet;
  }

  allTables(): FakeTable[] {
    this.settle();
    return this.sheets.flatMap((s) => s.tables.filter((t) => !t.convertedToRange));
  }
}

export function cellKey(row: number, column: number): number {
  return row * 16384 + column;
}

export function getCell(sheet: FakeSheetState, row: number, column: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function ensureCell(sheet: FakeSheetState, row: number, column: number): FakeCell {
  // The caller may change the cell it gets (tests type actuals this way).
  markChanged();
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}
