/**
 * What the recording fake of Excel holds after its syncs: plain data that tests compare with a plan.
 * No jest in here: the fake can be bundled into a browser test page as well.
 */

export type FakeScalar = string | number | boolean | null;

export interface FakeCellFormat {
  fill?: string;
  fontColor?: string;
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
  groups: { address: string; option: string }[];
  pageLayout: Record<string, unknown>;
  tabColor?: string;
  charts: FakeChart[];
  /** Whole rows inserted through range.insert("Down"), in order (refresh). */
  insertedRows?: { at: number; count: number }[];
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

export class FakeWorkbookState {
  readonly sheets: FakeSheetState[] = [];
  readonly names = new Map<string, FakeNamedItem>();
  readonly properties: Record<string, unknown> = {};
  readonly requests: FakeRequest[] = [];
  /** Name of the sheet last activated through the API. */
  activeSheet: string | undefined;
  /** Every table.rows.add, in the order they ran (several writers may share one state). */
  readonly rowAdds: { table: string; row: number }[] = [];
  /** The selected range, and the onSelectionChanged handlers registered per sheet. */
  selection: { sheet: string; address: string } | undefined;
  readonly selectionHandlers: {
    sheet: string;
    handler: (args: { address: string; worksheetId: string }) => unknown;
  }[] = [];

  /** A person selects `address` on `sheet`: handlers registered on that sheet run, as Excel's events do. */
  async select(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
    for (const h of this.selectionHandlers.filter((x) => x.sheet === sheet)) {
      await h.handler({ address, worksheetId: sheet });
    }
  }

  sheet(name: string): FakeSheetState {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`fake Excel: no sheet "${name}"`);
    return found;
  }

  addSheet(name: string): FakeSheetState {
    const sheet: FakeSheetState = {
      name,
      cells: new Map(),
      columns: new Map(),
      borders: [],
      tables: [],
      conditionalFormats: [],
      validations: [],
      groups: [],
      pageLayout: {},
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  allTables(): FakeTable[] {
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
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}
