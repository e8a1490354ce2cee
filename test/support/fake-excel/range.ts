/** Fake Range: 2-D writes with Excel's input rules, formats, conditional formats, validation, groups. */
import { FakeContext, FakeOfficeError, notLoaded, recorder } from "./context";
import { checkFormula } from "./calc";
import { addressWithout, boundsToAddress } from "./area-math";
import { filteredTargetRows } from "./filters";
import {
  ensureCell,
  markChanged,
  withoutSettling,
  type FakeScalar,
  type FakeSheetState,
  type FakeWorkbookState,
} from "./state";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1", "A1:K8", "A:B" (whole columns), "4:8" (whole rows); "$" allowed. */
export function parseAddress(address: string): Bounds {
  const clean = address.replace(/\$/g, "").replace(/^.*!/, "");
  const [a, b = a] = clean.split(":") as [string, string?];
  const cols = /^([A-Z]+)$/i;
  const rows = /^(\d+)$/;
  const cell = /^([A-Z]+)(\d+)$/i;
  if (cols.test(a) && cols.test(b as string)) {
    return { top: 1, bottom: MAX_ROWS, left: colNumber(a), right: colNumber(b as string) };
  }
  if (rows.test(a) && rows.test(b as string)) {
    return { top: Number(a), bottom: Number(b), left: 1, right: MAX_COLUMNS };
  }
  const m1 = cell.exec(a);
  const m2 = cell.exec(b as string);
  if (!m1 || !m2) throw new FakeOfficeError("InvalidArgument", `bad address "${address}"`);
  return {
    top: Math.min(Number(m1[2]), Number(m2[2])),
    bottom: Math.max(Number(m1[2]), Number(m2[2])),
    left: Math.min(colNumber(m1[1] as string), colNumber(m2[1] as string)),
    right: Math.max(colNumber(m1[1] as string), colNumber(m2[1] as string)),
  };
}

function checkShape(bounds: Bounds, data: unknown, what: string): FakeScalar[][] {
  const rows = bounds.bottom - bounds.top + 1;
  const columns = bounds.right - bounds.left + 1;
  if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== columns)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return data as FakeScalar[][];
}

/**
 * How Excel takes a typed input: formulas, numbers and dates from text unless the cell is formatted as text.
 * A formula Excel would refuse (calc.ts: checkFormula) fails the whole request, before the cell changes.
 */
export function writeInput(
  state: FakeWorkbookState,
  sheet: FakeSheetState,
  row: number,
  column: number,
  input: FakeScalar,
): void {
  if (input === null) return; // null leaves the cell untouched
  if (typeof input === "string" && isFormulaInput(sheet, row, column, input)) checkFormula(state, formulaText(input));
  const cell = ensureCell(sheet, row, column);
  delete cell.formula;
  delete cell.coercedFrom;
  if (typeof input !== "string") {
    cell.value = input;
    return;
  }
  if (input === "") {
    delete cell.value;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    // Excel's text prefix: kept out of the value.
    cell.value = input.slice(1);
    cell.coercedFrom = input;
    return;
  }
  if (isFormulaText(input)) {
    cell.formula = formulaText(input);
    delete cell.value;
    return;
  }
  if (/^[+-]?\d+(\.\d+)?%?$/.test(input.trim())) {
    const pct = input.trim().endsWith("%");
    cell.value = Number(input.trim().replace("%", "")) / (pct ? 100 : 1);
    cell.coercedFrom = input;
    return;
  }
  if (/^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(input.trim())) {
    cell.value = `date(${input})`;
    cell.coercedFrom = input;
    return;
  }
  cell.value = input;
}

const isFormulaText = (input: string): boolean => /^[=+\-@]/.test(input) && !/^[+-]?\d+(\.\d+)?$/.test(input);
const formulaText = (input: string): string => (input.startsWith("=") ? input : `=${input}`);

/** Would writeInput store `input` as a formula (not text: no "@" format, no apostrophe)? */
function isFormulaInput(sheet: FakeSheetState, row: number, column: number, input: string): boolean {
  const format = sheet.cells.get(row * 16384 + column)?.numberFormat;
  return format !== "@" && isFormulaText(input);
}

/**
 * A 2-D write of `rows` into `b`: cell by cell with writeInput; over rows a table filter hides, the rows go into the
 * visible rows only (filters.ts explains why).
 */
export function writeRows(state: FakeWorkbookState, sheet: FakeSheetState, b: Bounds, rows: FakeScalar[][]): void {
  const visible = filteredTargetRows(sheet, b);
  if (visible) state.filteredWrites.push({ sheet: sheet.name, address: boundsToAddress(b) });
  rows.forEach((row, i) => {
    const target = visible ? visible[i] : b.top + i;
    if (target === undefined) return;
    row.forEach((v, j) => writeInput(state, sheet, target, b.left + j, v));
  });
}

/** True when `a` lies entirely inside `b`. */
export function inside(a: Bounds, b: Bounds): boolean {
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

function eachCell(sheet: FakeSheetState, b: Bounds, fn: (row: number, column: number) => void): void {
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(r, c);
}

const CELL_FORMAT_PROPS: Readonly<Record<string, string>> = {
  wrapText: "wrapText",
  verticalAlignment: "verticalAlignment",
};

export class FakeRange {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
    readonly address: string,
  ) {}

  private get path(): string {
    return `range(${this.address})`;
  }

  /** The single area a 2-D write needs; RangeAreas (comma-separated) only take formats. */
  private get bounds(): Bounds {
    if (this.address.includes(",")) throw new FakeOfficeError("InvalidArgument", "a 2-D write needs a single area");
    return parseAddress(this.address);
  }

  private get areas(): Bounds[] {
    return this.address.split(",").map(parseAddress);
  }

  set numberFormat(data: FakeScalar[][]) {
    this.ctx.enqueue(this.path, "set numberFormat", data, () => {
      const sheet = this.sheet();
      const b = this.bounds;
      const rows = checkShape(b, data, "numberFormat");
      rows.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null) ensureCell(sheet, b.top + i, b.left + j).numberFormat = String(f);
        }),
      );
    });
  }
  get numberFormat(): FakeScalar[][] {
    throw notLoaded(`${this.path}.numberFormat`);
  }

  set formulas(data: FakeScalar[][]) {
    this.ctx.enqueue(this.path, "set formulas", data, () => {
      const sheet = this.sheet();
      const b = this.bounds;
      writeRows(this.ctx.state, sheet, b, checkShape(b, data, "formulas"));
    });
  }
  get formulas(): FakeScalar[][] {
    throw notLoaded(`${this.path}.formulas`);
  }

  set values(data: FakeScalar[][]) {
    this.formulas = data;
  }
  get values(): FakeScalar[][] {
    throw notLoaded(`${this.path}.values`);
  }

  /**
   * Refresh: inserts whole sheet rows ("5:5" or "5:7"), shifting everything below down as Excel does: cells, the
   * references to them, rules, validations, tables (insert.ts; applied lazily so that many inserts stay linear).
   */
  insert(shift: string): void {
    this.ctx.enqueue(this.path, "insert", shift, () => {
      const b = this.bounds;
      if (shift !== "Down" || b.left !== 1 || b.right !== MAX_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", "the fake inserts whole rows downwards only");
      }
      const n = b.bottom - b.top + 1;
      const sheet = withoutSettling(() => this.sheet());
      (sheet.pendingInserts ??= []).push({ at: b.top, count: n });
      (sheet.insertedRows ??= []).push({ at: b.top, count: n });
    });
  }

  /** Hides or shows whole rows (Range.rowHidden); the rows a filter hides stay with the filter. */
  set rowHidden(hidden: boolean) {
    this.ctx.enqueue(this.path, "set rowHidden", hidden, () => {
      const b = this.bounds;
      const set = (this.sheet().rowHidden ??= new Set());
      for (let r = b.top; r <= b.bottom; r++) {
        if (hidden) set.add(r);
        else set.delete(r);
      }
    });
  }

  set columnHidden(hidden: boolean) {
    this.ctx.enqueue(this.path, "set columnHidden", hidden, () => {
      const b = this.bounds;
      const sheet = this.sheet();
      for (let c = b.left; c <= b.right; c++) sheet.columns.set(c, { ...sheet.columns.get(c), hidden });
    });
  }

  get format(): Record<string, unknown> {
    const ctx = this.ctx;
    const path = `${this.path}.format`;
    const applyCells = (fn: (f: Record<string, unknown>) => void) => () => {
      const sheet = this.sheet();
      for (const area of this.areas) {
        eachCell(sheet, area, (r, c) => fn(ensureCell(sheet, r, c).format as Record<string, unknown>));
      }
    };
    const fontMap: Readonly<Record<string, string>> = {
      color: "fontColor",
      name: "fontName",
      bold: "bold",
      italic: "italic",
      size: "size",
    };
    const self = this;
    return {
      set columnWidth(points: number) {
        ctx.enqueue(path, "set columnWidth", points, () => {
          const sheet = self.sheet();
          for (const b of self.areas) {
            for (let c = b.left; c <= b.right; c++)
              sheet.columns.set(c, { ...sheet.columns.get(c), widthPoints: points });
          }
        });
      },
      set rowHeight(points: number) {
        ctx.enqueue(path, "set rowHeight", points, () => {
          const sheet = self.sheet();
          sheet.rowHeights ??= new Map();
          for (const b of self.areas) for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r, points);
        });
      },
      set wrapText(v: boolean) {
        ctx.enqueue(
          path,
          "set wrapText",
          v,
          applyCells((f) => (f[CELL_FORMAT_PROPS.wrapText as string] = v)),
        );
      },
      set verticalAlignment(v: string) {
        ctx.enqueue(
          path,
          "set verticalAlignment",
          v,
          applyCells((f) => (f.verticalAlignment = v)),
        );
      },
      fill: {
        set color(v: string) {
          ctx.enqueue(
            `${path}.fill`,
            "set color",
            v,
            applyCells((f) => (f.fill = v)),
          );
        },
      },
      font: new Proxy(
        {},
        {
          set(_o, prop, v: unknown) {
            const key = typeof prop === "string" ? fontMap[prop] : undefined;
            if (!key) throw new FakeOfficeError("InvalidArgument", `fake font has no ${String(prop)}`);
            ctx.enqueue(
              `${path}.font`,
              `set ${String(prop)}`,
              v,
              applyCells((f) => (f[key] = v)),
            );
            return true;
          },
          get(_o, prop) {
            throw notLoaded(`${path}.font.${String(prop)}`);
          },
        },
      ),
      borders: {
        getItem(edge: string) {
          const record = { address: self.address, edge } as { address: string; edge: string; [k: string]: unknown };
          let added = false;
          return recorder(ctx, `${path}.borders(${edge})`, () => {
            if (!added) {
              self.sheet().borders.push(record as never);
              added = true;
            }
            return record;
          });
        },
      },
    };
  }

  get conditionalFormats(): { add(type: string): Record<string, unknown>; clearAll(): void } {
    const ctx = this.ctx;
    return {
      // Every rule loses the cells of this range; a rule left with no cells goes.
      clearAll: () =>
        ctx.enqueue(this.path, "conditionalFormats.clearAll", null, () => {
          const b = this.bounds;
          const sheet = this.sheet();
          sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
            const rest = addressWithout(cf.address, b);
            if (rest !== null) cf.address = rest; // the same record: a queued property write still reaches it
            return rest === null ? [] : [cf];
          });
        }),
      add: (type: string) => {
        const record: Record<string, unknown> = { type, address: this.address };
        ctx.enqueue(this.path, "conditionalFormats.add", type, () => {
          // Excel puts a new format at the top priority.
          this.sheet().conditionalFormats.unshift(record as never);
        });
        // A custom rule's formula is parsed as a cell's is: Excel refuses one it cannot read (calc.ts, README).
        const checkRule = (path: string, prop: string, value: unknown): void => {
          if (path.endsWith(".custom.rule") && prop === "formula") checkFormula(ctx.state, String(value));
        };
        return recorder(
          ctx,
          `${this.path}.cf(${type})`,
          () => record,
          { dataBar: { positiveFormat: {} }, custom: { rule: {}, format: { fill: {}, font: {} } } },
          checkRule,
        );
      },
    };
  }

  get dataValidation(): Record<string, unknown> {
    let record: Record<string, unknown> | undefined;
    return recorder(
      this.ctx,
      `${this.path}.dataValidation`,
      () => {
        if (!record) {
          record = { address: this.address };
          this.sheet().validations.push(record as never);
        }
        return record;
      },
      {
        // Every validation loses the cells of this range, as conditionalFormats.clearAll above.
        clear: () => {
          const b = this.bounds;
          const sheet = this.sheet();
          sheet.validations = sheet.validations.flatMap((v) => {
            const rest = addressWithout(v.address, b);
            if (rest !== null) v.address = rest;
            return rest === null ? [] : [v];
          });
        },
      },
    );
  }

  /**
   * Range.clear (ExcelApi 1.1). "Formats" (and "All") takes the number format, the cell formats (fill, font, wrap,
   * alignment) and the borders off the range's cells; "All" and "Contents" empty them. Conditional formats and data
   * validation stay (assumed: the reference's ClearApplyTo says only "formats"; the refresh clears rules itself).
   */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.ctx.enqueue(this.path, "clear", applyTo, () => {
      const sheet = this.sheet();
      const b = this.bounds;
      for (const [key, cell] of sheet.cells) {
        const row = Math.floor(key / 16384);
        const column = key % 16384;
        if (row < b.top || row > b.bottom || column < b.left || column > b.right) continue;
        if (applyTo !== "Contents") {
          cell.format = {};
          delete cell.numberFormat;
        }
        if (applyTo !== "Formats") {
          delete cell.formula;
          delete cell.coercedFrom;
          cell.value = null;
        }
      }
      if (applyTo !== "Contents") {
        sheet.borders = sheet.borders.flatMap((border) => {
          const rest = addressWithout(border.address, b);
          if (rest !== null) border.address = rest;
          return rest === null ? [] : [border];
        });
      }
      markChanged();
    });
  }

  group(option: string): void {
    this.ctx.enqueue(this.path, "group", option, () => {
      this.sheet().groups.push({ address: this.address, option });
    });
  }

  /**
   * Folds a group (ExcelApi 1.10): the group of this address and option is marked, and its columns (ByColumns) or
   * rows (ByRows) are hidden, as Excel shows a folded group. A range that is no group is refused (assumed: the
   * reference only says it "hides the details of the row or column group").
   */
  hideGroupDetails(option: string): void {
    this.ctx.enqueue(this.path, "hideGroupDetails", option, () => {
      const sheet = this.sheet();
      const group = sheet.groups.find((g) => g.address === this.address && g.option === option);
      if (!group) throw new FakeOfficeError("InvalidArgument", `no ${option} group at ${this.address}`);
      group.detailsHidden = true;
      const b = this.bounds;
      if (option === "ByColumns") {
        for (let c = b.left; c <= b.right; c++) sheet.columns.set(c, { ...sheet.columns.get(c), hidden: true });
      } else {
        sheet.rowHidden ??= new Set();
        for (let r = b.top; r <= b.bottom; r++) sheet.rowHidden.add(r);
      }
    });
  }
}
