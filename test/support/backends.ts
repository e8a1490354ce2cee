/**
 * The two backends of the use cases, each behind the same small view, so one test runs against both and fails if
 * either drops what the other keeps: Office (the recording fake Excel through the pane's host shape) and xlsx (a
 * real exceljs workbook, written to bytes and loaded back when asked).
 */
import ExcelJS from "exceljs";
import { officeWorkbookPort } from "../../src/adapters/office/workbook-port";
import { xlsxWorkbookPort } from "../../src/adapters/xlsx/workbook-port";
import { workbookBytes } from "../../src/adapters/xlsx/write-workbook";
import { definedNameRanges, scalarOf, tableModelsOf } from "../../src/adapters/xlsx/exceljs-internals";
import type { HostWorkbookPort, WorkbookPort } from "../../src/app/port";
import { decodeMetadata, type MetadataReadResult } from "../../src/workbook/metadata";
import { cellKey, createFakeExcel, ensureCell, getCell, parseAddress } from "./fake-excel";

export interface Backend {
  /** Typed as the ports the backends compose: a backend that misses a use case's part fails to compile here. */
  readonly port: HostWorkbookPort;
  sheets(): string[];
  metadata(): MetadataReadResult;
  cell(sheet: string, row: number, column: number): unknown;
  setCell(sheet: string, row: number, column: number, value: string | number): void;
  /** The value of the cell a workbook-level name points at. */
  named(name: string): unknown;
  tableNames(): string[];
}

export interface BackendMaker {
  readonly name: "office" | "xlsx";
  make(): Backend;
  /** The same workbook after a save and a reload (xlsx: through bytes; Office: itself). */
  reloaded(b: Backend): Promise<Backend>;
}

/** A new Excel workbook has one sheet, 「Sheet1」 (Excel never has none: the add-in reads the active sheet). */
function officeBackend(fx = createFakeExcel({ sheets: ["Sheet1"] })): Backend {
  const host = {
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(fx.context),
    isSetSupported: () => true,
  };
  const state = fx.fake.state;
  const port: HostWorkbookPort = officeWorkbookPort(host, { retryDelayMs: 0 });
  return {
    port,
    sheets: () => state.sheets.map((s) => s.name),
    metadata: () => decodeMetadata(state.properties.comments as string | undefined),
    cell: (sheet, row, column) => getCell(state.sheet(sheet), row, column)?.value ?? null,
    setCell: (sheet, row, column, value) => void (ensureCell(state.sheet(sheet), row, column).value = value),
    named: (name) => {
      const m = /^=(?:'?(.+?)'?)!\$?([A-Z]+\$?\d+)$/.exec(state.names.get(name)?.reference ?? "");
      if (!m) return undefined;
      const at = parseAddress((m[2] as string).replace(/\$/g, ""));
      return state.sheet(m[1] as string).cells.get(cellKey(at.top, at.left))?.value ?? null;
    },
    tableNames: () => state.allTables().map((t) => t.name),
  };
}

function xlsxBackend(wb = new ExcelJS.Workbook()): Backend {
  const port: WorkbookPort = xlsxWorkbookPort(wb);
  const ws = (name: string) => {
    const found = wb.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return {
    port,
    sheets: () => wb.worksheets.map((s) => s.name),
    metadata: () => decodeMetadata(wb.description),
    cell: (sheet, row, column) => scalarOf(ws(sheet).getCell(row, column).value),
    setCell: (sheet, row, column, value) => void (ws(sheet).getCell(row, column).value = value),
    named: (name) => {
      const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(definedNameRanges(wb, name)[0] ?? "");
      return m ? scalarOf(ws(m[1] as string).getCell(`${m[2]}${m[3]}`).value) : undefined;
    },
    tableNames: () => wb.worksheets.flatMap((s) => tableModelsOf(s).map((t) => t.name ?? "")),
  };
}

/** The workbook a backend holds, for a reload (xlsx only). */
const workbooks = new WeakMap<Backend, ExcelJS.Workbook>();

export const BACKENDS: readonly BackendMaker[] = [
  { name: "office", make: () => officeBackend(), reloaded: async (b) => b },
  {
    name: "xlsx",
    make: () => {
      const wb = new ExcelJS.Workbook();
      const b = xlsxBackend(wb);
      workbooks.set(b, wb);
      return b;
    },
    reloaded: async (b) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await workbookBytes(workbooks.get(b) as ExcelJS.Workbook)) as unknown as ArrayBuffer);
      const again = xlsxBackend(wb);
      workbooks.set(again, wb);
      return again;
    },
  },
];
