/**
 * A range of the recording fake whose bounds are computed when each queued action runs (a table grows between
 * requests, possibly by another writer): load() snapshots of values (calculated for formula cells), formulas, text,
 * number formats, row index and rowHidden; 2-D writes; getCell / getRow; cell formats.
 */
import { boundsToAddress } from "./area-math";
import { calcOf } from "./calc";
import { FakeContext, FakeOfficeError, notLoaded } from "./context";
import { rowHiddenOf } from "./filters";
import { formatText } from "./number-format";
import { writeRows, type Bounds } from "./range";
import { ensureCell, getCell, type FakeScalar, type FakeSheetState, type FakeWorkbookState } from "./state";

/** What a cell reads as in `values`: its value, or the value HyperFormula calculates for a formula (calc.ts). */
export function cellValue(state: FakeWorkbookState, sheet: FakeSheetState, row: number, column: number): FakeScalar {
  const cell = getCell(sheet, row, column);
  if (cell?.formula !== undefined) return state.calculate ? calcOf(state).value(sheet, row, column) : "";
  if (!cell || cell.value === undefined || cell.value === null) return "";
  return cell.value;
}

interface Snapshot {
  values?: FakeScalar[][];
  /** Formula text where the cell holds a formula, else its value (Office.js `formulas`). */
  formulas?: FakeScalar[][];
  text?: string[][];
  numberFormat?: string[][];
  rowIndex?: number;
  columnIndex?: number;
  address?: string;
  rowHidden?: boolean | null;
}

/** A range whose bounds are computed when each queued action runs. */
export class FakeDynamicRange {
  private snapshot: Snapshot | null = null;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
    private readonly bounds: () => Bounds,
    private readonly label: string,
  ) {}

  load(properties?: string): this {
    this.ctx.enqueue(this.label, "load", properties ?? null, () => {
      const sheet = this.sheet();
      const b = this.bounds();
      const rows: FakeScalar[][] = [];
      const formats: string[][] = [];
      const formulas: FakeScalar[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: FakeScalar[] = [];
        const f: string[] = [];
        const fx: FakeScalar[] = [];
        for (let c = b.left; c <= b.right; c++) {
          row.push(cellValue(this.ctx.state, sheet, r, c));
          f.push(getCell(sheet, r, c)?.numberFormat ?? "General");
          fx.push(getCell(sheet, r, c)?.formula ?? (row[row.length - 1] as FakeScalar));
        }
        rows.push(row);
        formats.push(f);
        formulas.push(fx);
      }
      this.snapshot = {
        values: rows,
        formulas,
        text: rows.map((r, i) => r.map((v, j) => formatText(v, formats[i]?.[j]))),
        numberFormat: formats,
        rowIndex: b.top - 1,
        columnIndex: b.left - 1,
        address: `${sheet.name}!${boundsToAddress(b)}`,
        rowHidden: rowHiddenOf(sheet, b.top, b.bottom),
      };
    });
    return this;
  }

  private loaded<K extends keyof Snapshot>(key: K): NonNullable<Snapshot[K]> {
    const v = this.snapshot?.[key];
    if (v === undefined) throw notLoaded(`${this.label}.${key}`);
    return v as NonNullable<Snapshot[K]>;
  }

  get values(): FakeScalar[][] {
    return this.loaded("values");
  }
  set values(data: FakeScalar[][]) {
    this.write("values", data);
  }
  set formulas(data: FakeScalar[][]) {
    this.write("formulas", data);
  }
  get formulas(): FakeScalar[][] {
    return this.loaded("formulas");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get address(): string {
    return this.loaded("address");
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  get rowHidden(): boolean | null {
    if (this.snapshot?.rowHidden === undefined) throw notLoaded(`${this.label}.rowHidden`);
    return this.snapshot.rowHidden;
  }
  set numberFormat(data: FakeScalar[][]) {
    const copy = JSON.parse(JSON.stringify(data)) as FakeScalar[][];
    this.ctx.enqueue(this.label, "set numberFormat", copy, () => {
      const sheet = this.sheet();
      const b = this.checked(copy);
      copy.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null) ensureCell(sheet, b.top + i, b.left + j).numberFormat = String(f);
        }),
      );
    });
  }

  private checked(data: unknown): Bounds {
    const b = this.bounds();
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the range (${this.label}).`,
      );
    }
    return b;
  }

  private write(what: string, data: FakeScalar[][]): void {
    const copy = JSON.parse(JSON.stringify(data)) as FakeScalar[][];
    this.ctx.enqueue(this.label, `set ${what}`, copy, () => {
      const sheet = this.sheet();
      writeRows(this.ctx.state, sheet, this.checked(copy), copy);
    });
  }

  getCell(row: number, column: number): FakeDynamicRange {
    return new FakeDynamicRange(
      this.ctx,
      this.sheet,
      () => {
        const b = this.bounds();
        return { top: b.top + row, bottom: b.top + row, left: b.left + column, right: b.left + column };
      },
      `${this.label}.cell(${row},${column})`,
    );
  }

  getRow(row: number): FakeDynamicRange {
    return new FakeDynamicRange(
      this.ctx,
      this.sheet,
      () => {
        const b = this.bounds();
        return { ...b, top: b.top + row, bottom: b.top + row };
      },
      `${this.label}.row(${row})`,
    );
  }

  get format(): { wrapText: boolean; verticalAlignment: string } {
    const apply = (key: "wrapText" | "verticalAlignment", v: boolean | string) => () => {
      const sheet = this.sheet();
      const b = this.bounds();
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) (ensureCell(sheet, r, c).format as Record<string, unknown>)[key] = v;
    };
    const ctx = this.ctx;
    const label = `${this.label}.format`;
    return {
      set wrapText(v: boolean) {
        ctx.enqueue(label, "set wrapText", v, apply("wrapText", v));
      },
      get wrapText(): boolean {
        throw notLoaded(`${label}.wrapText`);
      },
      set verticalAlignment(v: string) {
        ctx.enqueue(label, "set verticalAlignment", v, apply("verticalAlignment", v));
      },
      get verticalAlignment(): string {
        throw notLoaded(`${label}.verticalAlignment`);
      },
    };
  }
}
