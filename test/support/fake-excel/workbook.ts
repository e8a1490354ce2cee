/** Fake Workbook, Worksheets, Worksheet, Tables, NamedItems, charts and properties over FakeWorkbookState. */
import { FakeContext, FakeOfficeError, notLoaded, recorder } from "./context";
import { checkNewName, nameTarget } from "./names";
import { FakeRange, parseAddress } from "./range";
import type { FakeChart, FakeSheetState, FakeTable } from "./state";
import { FakeDynamicRange, FakeTableHandle, sheetHandle } from "./tables";

/** A loaded collection: `items` can be read only after load() and a sync. */
class Loadable<T> {
  private loaded: T[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
    private readonly snapshot: () => T[],
  ) {}

  load(properties?: string): this {
    this.ctx.enqueue(this.path, "load", properties ?? null, () => {
      this.loaded = this.snapshot();
    });
    return this;
  }

  get items(): T[] {
    if (!this.loaded) throw notLoaded(`${this.path}.items`);
    return this.loaded;
  }
}

export class FakeWorksheet {
  private resolved: FakeSheetState | undefined;
  constructor(
    private readonly ctx: FakeContext,
    private readonly find: () => FakeSheetState,
    private readonly label: string,
  ) {}

  /** The sheet this proxy stands for, found once (at the first action that runs) and kept across renames. */
  readonly state = (): FakeSheetState => {
    this.ctx.state.settle();
    return (this.resolved ??= this.find());
  };

  private get path(): string {
    return `worksheet(${this.label})`;
  }

  private loadedName: string | undefined;

  /** Worksheet.load: only `name` is modelled (read at the sync, as Excel reads it). */
  load(properties?: string): this {
    if (properties !== undefined && properties !== "name") {
      throw new Error(`fake Excel: Worksheet.load(${properties}) is not modelled, only "name"`);
    }
    this.ctx.enqueue(this.path, "load", properties ?? null, () => {
      this.loadedName = this.state().name;
    });
    return this;
  }

  get name(): string {
    if (this.loadedName === undefined) throw notLoaded(`${this.path}.name`);
    return this.loadedName;
  }
  set name(value: string) {
    this.ctx.enqueue(this.path, "set name", value, () => {
      if (this.ctx.state.sheets.some((s) => s.name === value && s !== this.state())) {
        throw new FakeOfficeError("ItemAlreadyExists", `sheet ${value} exists`);
      }
      const state = this.ctx.state;
      if (state.activeSheet === this.state().name) state.activeSheet = value;
      this.state().name = value;
    });
  }

  set tabColor(value: string) {
    this.ctx.enqueue(this.path, "set tabColor", value, () => {
      this.state().tabColor = value;
    });
  }

  /** Worksheet.visibility (ExcelApi 1.1): "Visible" | "Hidden" | "VeryHidden" (the metadata's sheet copy). */
  set visibility(value: string) {
    this.ctx.enqueue(this.path, "set visibility", value, () => {
      this.state().visibility = value;
    });
  }

  /** Worksheet.position (ExcelApi 1.1): the sheet moves to that 0-based place among the tabs, the others keep their order. */
  set position(index: number) {
    this.ctx.enqueue(this.path, "set position", index, () => {
      const sheets = this.ctx.state.sheets;
      const sheet = this.state();
      if (!Number.isInteger(index) || index < 0 || index >= sheets.length) {
        throw new FakeOfficeError("InvalidArgument", `no position ${index}`);
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(index, 0, sheet);
    });
  }

  activate(): void {
    this.ctx.enqueue(this.path, "activate", null, () => {
      this.ctx.state.activeSheet = this.state().name;
    });
  }

  delete(): void {
    this.ctx.enqueue(this.path, "delete", null, () => {
      const state = this.ctx.state;
      const sheets = state.sheets;
      if (sheets.length <= 1) throw new FakeOfficeError("InvalidOperation", "a workbook must keep one sheet");
      // The active sheet deleted: the next visible sheet to its right becomes active, else the nearest to its left
      // (README, point 16).
      const active = state.activeWorksheet() === this.state();
      const at = sheets.indexOf(this.state());
      sheets.splice(at, 1);
      if (active) {
        const visible = (s: FakeSheetState): boolean => (s.visibility ?? "Visible") === "Visible";
        const next = sheets.slice(at).find(visible) ?? sheets.slice(0, at).reverse().find(visible);
        state.activeSheet = next?.name;
      }
    });
  }

  /** Refresh: the used range of this sheet (a dynamic range, resolved when it runs). */
  getUsedRange(): FakeDynamicRange {
    return sheetHandle(this.ctx, this.state, this.label).getUsedRange();
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeDynamicRange {
    return sheetHandle(this.ctx, this.state, this.label).getRangeByIndexes(row, column, rows, columns);
  }

  getRange(address: string): FakeRange {
    if (address.includes(",")) throw new FakeOfficeError("InvalidArgument", "getRange takes one area; use getRanges");
    parseAddress(address); // an unparsable address fails at once, as Office.js validates arguments on the client
    return new FakeRange(this.ctx, this.state, address);
  }

  /** RangeAreas: comma-separated areas; the fake supports formats on them. */
  getRanges(address: string): FakeRange {
    address.split(",").forEach(parseAddress);
    return new FakeRange(this.ctx, this.state, address);
  }

  get tables(): { add(address: string | FakeRange, hasHeaders: boolean): Record<string, unknown> } {
    const ctx = this.ctx;
    return {
      add: (address: string | FakeRange, hasHeaders: boolean) => {
        const addr = typeof address === "string" ? address : address.address;
        const record: FakeTable = { name: "", address: addr, hasHeaders, headersAtCreation: [], sheet: "" };
        ctx.enqueue(this.path, "tables.add", [addr, hasHeaders], () => {
          const sheet = this.state();
          const b = parseAddress(addr);
          const overlapping = ctx.state.allTables().find((t) => {
            if (t.sheet !== sheet.name) return false;
            const o = parseAddress(t.address);
            return !(o.right < b.left || o.left > b.right || o.bottom < b.top || o.top > b.bottom);
          });
          if (overlapping) throw new FakeOfficeError("InvalidArgument", "tables cannot overlap");
          for (let c = b.left; c <= b.right; c++) {
            const cell = sheet.cells.get(b.top * 16384 + c);
            record.headersAtCreation.push(cell?.value ?? null);
          }
          record.sheet = sheet.name;
          record.name = `Table${ctx.state.allTables().length + 1}`;
          sheet.tables.push(record);
        });
        return this.tableProxy(record, addr);
      },
    };
  }

  private tableProxy(record: FakeTable, addr: string): Record<string, unknown> {
    const ctx = this.ctx;
    const path = `${this.path}.table(${addr})`;
    const base = recorder(ctx, path, () => record as unknown as Record<string, unknown>);
    return new Proxy(base, {
      // The returned Table's columns (filters): the same handle as tables.getItem gives, bound to this table.
      get(target, prop, receiver) {
        if (prop === "columns") return new FakeTableHandle(ctx, record, false).columns;
        return Reflect.get(target, prop, receiver) as unknown;
      },
      set(target, prop, value: unknown) {
        if (prop === "name") {
          ctx.enqueue(path, "set name", value, () => {
            checkNewName(ctx.state, String(value), record);
            record.name = String(value);
          });
          return true;
        }
        return Reflect.set(target, prop, value);
      },
    });
  }

  get onSelectionChanged(): {
    add(handler: (args: { address: string; worksheetId: string }) => unknown): { remove(): void; context: FakeContext };
  } {
    const ctx = this.ctx;
    return {
      add: (handler) => {
        let entry: (typeof ctx.state.selectionHandlers)[number] | undefined;
        ctx.enqueue(this.path, "onSelectionChanged.add", null, () => {
          const sheetId = this.state().id;
          entry = {
            sheetId,
            get sheet(): string {
              return ctx.state.sheetNameOf(sheetId);
            },
            handler,
          };
          ctx.state.selectionHandlers.push(entry);
        });
        return {
          context: ctx,
          remove: () =>
            ctx.enqueue(this.path, "onSelectionChanged.remove", null, () => {
              const i = entry ? ctx.state.selectionHandlers.indexOf(entry) : -1;
              if (i >= 0) ctx.state.selectionHandlers.splice(i, 1);
            }),
        };
      },
    };
  }

  get freezePanes(): Record<string, (arg: unknown) => void> {
    const ctx = this.ctx;
    const set = (rows: number, columns: number) => () => {
      this.state().freeze = { rows, columns };
    };
    return {
      freezeAt: (range: unknown) => {
        const addr = typeof range === "string" ? range : (range as FakeRange).address;
        const b = parseAddress(addr);
        if (b.top !== 1 || b.left !== 1) throw new FakeOfficeError("InvalidArgument", "freezeAt needs a range at A1");
        ctx.enqueue(this.path, "freezePanes.freezeAt", addr, set(b.bottom, b.right));
      },
      freezeRows: (n: unknown) => ctx.enqueue(this.path, "freezePanes.freezeRows", n, set(Number(n), 0)),
      freezeColumns: (n: unknown) => ctx.enqueue(this.path, "freezePanes.freezeColumns", n, set(0, Number(n))),
    };
  }

  get pageLayout(): Record<string, unknown> {
    return recorder(this.ctx, `${this.path}.pageLayout`, () => this.state().pageLayout, {
      setPrintTitleRows: (target, rows) => {
        target.printTitleRows = typeof rows === "string" ? rows : (rows as FakeRange).address;
      },
      setPrintTitleColumns: (target, columns) => {
        target.printTitleColumns = typeof columns === "string" ? columns : (columns as FakeRange).address;
      },
    });
  }

  get charts(): { add(type: string, source: FakeRange, seriesBy: string): Record<string, unknown> } {
    const ctx = this.ctx;
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart: FakeChart = { type, source: source.address, seriesBy, title: {}, seriesColors: [] };
        ctx.enqueue(this.path, "charts.add", [type, source.address, seriesBy], () => {
          this.state().charts.push(chart);
        });
        const path = `${this.path}.chart(${source.address})`;
        return {
          title: recorder(ctx, `${path}.title`, () => chart.title as Record<string, unknown>),
          setPosition: (anchor: string, end?: string) =>
            ctx.enqueue(path, "setPosition", end === undefined ? anchor : [anchor, end], () => {
              chart.position = anchor;
              if (end !== undefined) chart.positionEnd = end;
            }),
          format: {
            font: {
              set name(value: string) {
                ctx.enqueue(`${path}.format.font`, "set name", value, () => {
                  chart.fontName = value;
                });
              },
            },
          },
          series: {
            getItemAt: (i: number) => ({
              format: {
                fill: {
                  setSolidColor: (color: string) =>
                    ctx.enqueue(`${path}.series(${i})`, "setSolidColor", color, () => {
                      chart.seriesColors[i] = color;
                    }),
                },
              },
            }),
          },
        };
      },
    };
  }
}

export class FakeWorksheets extends Loadable<{ name: string }> {
  constructor(private readonly ctxRef: FakeContext) {
    super(ctxRef, "worksheets", () => ctxRef.state.sheets.map((s) => ({ name: s.name })));
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheetState | undefined;
    this.ctxRef.enqueue("worksheets", "add", name, () => {
      if (this.ctxRef.state.sheets.some((s) => s.name === name)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
      }
      created = this.ctxRef.state.addSheet(name);
    });
    return new FakeWorksheet(
      this.ctxRef,
      () => {
        if (!created) throw new FakeOfficeError("ItemNotFound", `sheet ${name} was not created`);
        return created;
      },
      name,
    );
  }

  /** WorksheetCollection.getActiveWorksheet (ExcelApi 1.1): the sheet active when the request runs (README, point 16). */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctxRef, () => this.ctxRef.state.activeWorksheet(), "active");
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctxRef,
      () => {
        const found = this.ctxRef.state.sheets.find((s) => s.name === name);
        if (!found) throw new FakeOfficeError("ItemNotFound", `no sheet ${name}`);
        return found;
      },
      name,
    );
  }
}

/** NamedItem.type as the fake knows it: a range of an existing sheet, or an error (see README, names). */
function nameType(state: FakeContext["state"], reference: string): "Range" | "Error" {
  const target = nameTarget(reference);
  return target && state.sheets.some((s) => s.name === target.sheet) ? "Range" : "Error";
}

export class FakeNamedItems extends Loadable<{ name: string; type: "Range" | "Error" }> {
  constructor(private readonly ctxRef: FakeContext) {
    super(ctxRef, "names", () => {
      ctxRef.state.settle();
      return [...ctxRef.state.names.values()].map((n) => ({ name: n.name, type: nameType(ctxRef.state, n.reference) }));
    });
  }

  add(name: string, reference: string, comment?: string): void {
    this.ctxRef.enqueue("names", "add", [name, reference, comment ?? null], () => {
      checkNewName(this.ctxRef.state, name);
      if (!reference.startsWith("=")) throw new FakeOfficeError("InvalidArgument", "reference must start with =");
      this.ctxRef.state.names.set(name, { name, reference, ...(comment !== undefined ? { comment } : {}) });
    });
  }

  getItem(name: string): { delete(): void; getRange(): FakeDynamicRange } {
    return {
      delete: () =>
        this.ctxRef.enqueue(`names(${name})`, "delete", null, () => {
          if (!this.ctxRef.state.names.delete(name)) throw new FakeOfficeError("ItemNotFound", `no name ${name}`);
        }),
      getRange: () => this.rangeOf(name),
    };
  }

  /**
   * NamedItem.getRange (ExcelApi 1.3): the range the name refers to, resolved when each queued action runs (at sync,
   * after pending row inserts moved the name), as Excel resolves it. A missing name fails the request with
   * ItemNotFound, a name that is no range of a sheet with InvalidArgument (assumed, README).
   */
  private rangeOf(name: string): FakeDynamicRange {
    const state = this.ctxRef.state;
    const target = () => {
      state.settle();
      const lower = name.toLowerCase();
      const named = [...state.names.values()].find((n) => n.name.toLowerCase() === lower);
      if (!named) throw new FakeOfficeError("ItemNotFound", `no name ${name}`);
      const at = nameTarget(named.reference);
      const sheet = at && state.sheets.find((s) => s.name === at.sheet);
      if (!at || !sheet) throw new FakeOfficeError("InvalidArgument", `the name ${name} is not a range`);
      return { sheet, bounds: parseAddress(at.address) };
    };
    return new FakeDynamicRange(
      this.ctxRef,
      () => target().sheet,
      () => target().bounds,
      `names(${name}).range`,
    );
  }
}

export class FakeTables extends Loadable<{ name: string; worksheet: { name: string } }> {
  constructor(private readonly ctxRef: FakeContext) {
    super(ctxRef, "tables", () =>
      ctxRef.state.allTables().map((t) => ({ name: t.name, worksheet: { name: t.sheet } })),
    );
  }

  getItemOrNullObject(name: string): FakeTableHandle {
    return new FakeTableHandle(this.ctxRef, name, true);
  }

  getItem(name: string): FakeTableHandle {
    return new FakeTableHandle(this.ctxRef, name, false);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNamedItems;
  readonly tables: FakeTables;
  readonly properties: Record<string, unknown>;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  /** The selected range (state.selection; A1 of the first sheet when nothing was selected). */
  getSelectedRange(): FakeDynamicRange & { worksheet: { load(p?: string): { name: string } } } {
    const ctx = this.ctx;
    const current = () => ctx.state.selection ?? { sheet: ctx.state.sheets[0]?.name ?? "Sheet1", address: "A1" };
    const range = new FakeDynamicRange(
      ctx,
      () => ctx.state.sheet(current().sheet),
      () => parseAddress(current().address),
      "selectedRange",
    );
    let name: string | undefined;
    const worksheet = {
      load: () => {
        ctx.enqueue("selectedRange.worksheet", "load", null, () => {
          name = current().sheet;
        });
        return {
          get name(): string {
            if (name === undefined) throw notLoaded("selectedRange.worksheet.name");
            return name;
          },
        };
      },
    };
    return Object.assign(range, { worksheet });
  }

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNamedItems(ctx);
    this.tables = new FakeTables(ctx);
    this.properties = documentProperties(ctx);
    this.application = { suspendApiCalculationUntilNextSync: () => ctx.suspendCalculation() };
  }
}

/**
 * workbook.properties: writes are queued like any property; `load("comments")` + sync makes the loaded properties
 * readable (a snapshot at that sync), and reading anything not loaded throws, as in Office.js.
 */
function documentProperties(ctx: FakeContext): Record<string, unknown> {
  const writes = recorder(ctx, "properties", () => ctx.state.properties);
  let loaded: Record<string, unknown> | null = null;
  const load = (names?: string | string[]): unknown => {
    const wanted = (Array.isArray(names) ? names : (names ?? "").split(",")).map((n) => n.trim()).filter(Boolean);
    ctx.enqueue("properties", "load", wanted, () => {
      loaded = {};
      for (const name of wanted) loaded[name] = ctx.state.properties[name] ?? "";
    });
    return proxy;
  };
  const proxy: Record<string, unknown> = new Proxy({} as Record<string, unknown>, {
    get(_o, prop) {
      if (prop === "load") return load;
      if (typeof prop === "string" && loaded && prop in loaded) return loaded[prop];
      return writes[prop as string];
    },
    set(_o, prop, value: unknown) {
      writes[prop as string] = value;
      return true;
    },
  });
  return proxy;
}
