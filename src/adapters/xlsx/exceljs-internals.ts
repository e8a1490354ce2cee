/**
 * The one home of the exceljs internals its typings leave out (the loaded table model, the runtime sheet fields for
 * conditional formats and validations, the cell-note internals) and of the one exceljs cell value → scalar
 * converter. Every other xlsx module goes through here, so an exceljs upgrade that moves these is fixed in one file.
 */
import ExcelJS from "exceljs";
import { parseRange, type RangeRef } from "../../lib/a1";
import type { Scalar } from "../../lib/scalar";
import { dateToSerial } from "../../lib/excel-date";

/** exceljs keeps a loaded (or added) table's model here: `(ws.getTable(name) as any).table`. */
export interface TableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  style?: unknown;
}

/** The table `name` on `ws`, or null when the sheet has none with a range. */
export function tableModel(ws: ExcelJS.Worksheet, name: string): TableModel | null {
  const table = ws.getTable(name) as unknown as { table?: TableModel } | undefined;
  const model = table?.table;
  return model && (model.tableRef ?? model.ref) ? model : null;
}

/** The range a table model covers (header row included). */
export function tableRange(model: TableModel): RangeRef {
  return parseRange((model.tableRef ?? model.ref) as string);
}

/** Sets a table's range (after growing it): tableRef, ref when the model has one, and the autofilter. */
export function setTableRef(model: TableModel, ref: string): void {
  model.tableRef = ref;
  if (model.ref !== undefined) model.ref = ref;
  model.autoFilterRef = ref;
}

export interface LocatedTable {
  readonly ws: ExcelJS.Worksheet;
  readonly model: TableModel;
  readonly range: RangeRef;
}

/** The table `name` on whatever sheet holds it (table names are workbook-wide), or null. */
export function findTable(wb: ExcelJS.Workbook, name: string): LocatedTable | null {
  for (const ws of wb.worksheets) {
    const model = tableModel(ws, name);
    if (model) return { ws, model, range: tableRange(model) };
  }
  return null;
}

/** Every table model on a sheet (exceljs's runtime `tables` field). */
export function tableModelsOf(ws: ExcelJS.Worksheet): TableModel[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: TableModel }> }).tables ?? {};
  return Object.values(tables).flatMap((t) => (t.table ? [t.table] : []));
}

/** exceljs keeps conditional formats and validations in these runtime fields (its typings leave them out). */
export interface ConditionalFormatting {
  ref: string;
  rules: unknown[];
}
export interface RuntimeSheet {
  conditionalFormattings: ConditionalFormatting[];
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(range: string, v: ExcelJS.DataValidation): void;
  };
}

export const runtimeSheet = (ws: ExcelJS.Worksheet): RuntimeSheet => ws as unknown as RuntimeSheet;

/**
 * An exceljs cell value as a plain scalar: rich text joined, hyperlinks by their text, formulas by their cached
 * result, errors by their code.
 *
 * Dates become Excel serials (days since 1899-12-30, the time as the fraction). Of the converters this replaces, one
 * gave serials (the comments store) and one ISO dates (the KPI reader). Serials were chosen because they are what the
 * Office backend reads (Range.values gives serials), so one grid reader sees the same cells from both backends, and
 * because they keep the time of day (a meeting's 開始時刻 typed as a time is pinned by the comments store tests; an
 * ISO date would lose it). Readers that want a date text format the serial (lib/excel-date serialToDate).
 */
export function scalarOf(value: ExcelJS.CellValue): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date) return scalarOf(result);
    return typeof result === "string" || typeof result === "number" || typeof result === "boolean" ? result : null;
  }
  if ("text" in value) return String((value as { text: unknown }).text);
  if ("error" in value) return String((value as { error: unknown }).error);
  return null;
}

/** A cell's formula without "=", resolving shared formulas (Excel stores a table's calculated column that way). */
export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  return cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
}

/** The scalars of columns left..right of sheet row `row`. */
export function rowScalars(ws: ExcelJS.Worksheet, row: number, left: number, right: number): Scalar[] {
  const r = ws.getRow(row);
  const out: Scalar[] = [];
  for (let c = left; c <= right; c++) out.push(scalarOf(r.getCell(c).value));
  return out;
}

/** A cell note's plain text (a rich note's runs joined), or undefined when the cell has none. */
export function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join("") : undefined;
}

/** Removes a cell's note: exceljs has no way to (its setter always makes one), so this drops the internal comment. */
export function clearNote(cell: ExcelJS.Cell): void {
  if (cell.note !== undefined) (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/** The ranges a workbook-level defined name points at ("'設定'!$B$4"); exceljs's typings leave getRanges out. */
export function definedNameRanges(wb: ExcelJS.Workbook, name: string): string[] {
  return (wb.definedNames as unknown as { getRanges(n: string): { ranges?: string[] } }).getRanges(name)?.ranges ?? [];
}

/** Removes a workbook-level defined name wherever it points (exceljs can only remove one cell of a name). */
export function removeDefinedName(wb: ExcelJS.Workbook, name: string): void {
  delete (wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap[name];
}

/** Moves `ws` to the end of the tab order (exceljs sorts `worksheets` by `orderNo`, which its typings leave out). */
/** Puts `ws` at 0-based `index` among the sheets (the others keep their order): exceljs orders tabs by orderNo. */
export function placeSheetAt(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, index: number): void {
  const order = wb.worksheets.filter((w) => w !== ws);
  order.splice(Math.min(index, order.length), 0, ws);
  order.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i));
}

export function moveSheetLast(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const order = (w: ExcelJS.Worksheet): number => (w as unknown as { orderNo: number }).orderNo;
  const last = Math.max(...wb.worksheets.filter((w) => w !== ws).map((w) => order(w) + 1), order(ws));
  (ws as unknown as { orderNo: number }).orderNo = last;
}
