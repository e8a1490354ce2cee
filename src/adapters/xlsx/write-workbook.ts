/**
 * WorkbookPlan → .xlsx through exceljs. Generic over the plan: it knows sheets, cells and rules, not KPIs.
 * `buildExcelWorkbook` is the formatter (plan → exceljs model, no I/O); `writeWorkbookXlsx` / `writeWorkbookXlsxTo`
 * are the packers.
 *
 * Charts: exceljs 4.4 cannot write charts, so the model only remembers the ChartPlans and the packer adds them as
 * DrawingML parts to the bytes exceljs wrote (chart-part.ts), with the UI font as the workbook's default font.
 * Expression rules' stopIfTrue is not written either: exceljs 4.4 drops the attribute for expression rules.
 */
import ExcelJS from "exceljs";
import type { Writable } from "node:stream";
import type {
  CellPlan,
  ConditionalFormatPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "../../plan/types";
import { parseRange, quoteSheet, type RangeRef } from "../../lib/a1";
import { keepMetadataSheetLast, writeMetadataXlsx } from "./metadata-sheet";
import { definedNameRanges, findTable, removeDefinedName, runtimeSheet } from "./exceljs-internals";
import { StyleCache, argb } from "./styles";
import { addChartParts, plannedCharts, rememberCharts } from "./chart-part";

type CellValue = ExcelJS.CellValue;

/** The exceljs value of a plan cell: formulas without their "=", text always as text. */
function cellValue(cell: CellPlan): CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return cell.value ?? null;
}

/** Is (row, column) inside one of the sheet's tables? Those values are written by addTable (see below). */
function tableAreas(sheet: SheetPlan): RangeRef[] {
  return sheet.tables.map((t) => parseRange(t.range));
}

/**
 * Values and styles of every planned cell. Cells inside a table get only their style here: exceljs' addTable
 * writes the table's values itself, and writing them twice would cost a tenth of a 10,000-row build.
 */
function writeCells(ws: ExcelJS.Worksheet, sheet: SheetPlan, styles: StyleCache): void {
  const rows = sheet.rows;
  const tables = tableAreas(sheet);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r] as readonly (CellPlan | null)[];
    if (cells.length === 0) continue;
    const row = ws.getRow(r + 1);
    const table = tables.find((t) => r + 1 >= t.top && r + 1 <= t.bottom);
    for (let c = 0; c < cells.length; c++) {
      const plan = cells[c];
      if (!plan) continue;
      const cell = row.getCell(c + 1);
      if (!table || c + 1 < table.left || c + 1 > table.right) cell.value = cellValue(plan);
      const style = styles.get(plan.style, plan.numberFormat);
      // Shared object on purpose (see styles.ts); exceljs only reads it when writing.
      if (style) cell.style = style;
    }
  }
}

/**
 * Wrap on the planned cells of the columns that ask for it. A cell's style object is shared with every cell of its
 * kind (styles.ts), so a wrapped copy is made once per style object instead of changing the shared one.
 */
function wrapColumns(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  const wrapped = sheet.columns.flatMap((c, i) => (c.wrap ? [i + 1] : []));
  if (wrapped.length === 0) return;
  const copies = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  const wrappedStyle = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => {
    let copy = copies.get(style);
    if (!copy) copies.set(style, (copy = { ...style, alignment: { ...style.alignment, wrapText: true } }));
    return copy;
  };
  sheet.rows.forEach((cells, r) => {
    for (const c of wrapped) {
      if (!cells[c - 1]) continue;
      const cell = ws.getRow(r + 1).getCell(c);
      cell.style = wrappedStyle(cell.style);
    }
  });
}

/** Column outline groups (outlineLevel 1; a collapsed group's columns hidden) and row heights. */
function writeOutlineAndHeights(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  for (const g of sheet.columnGroups ?? []) {
    for (let c = g.from; c <= g.to; c++) {
      const column = ws.getColumn(c);
      column.outlineLevel = 1;
      if (g.collapsed) column.hidden = true;
    }
  }
  if ((sheet.columnGroups ?? []).length > 0) ws.properties.outlineLevelCol = 1;
  for (const h of sheet.rowHeights ?? []) ws.getRow(h.row).height = h.height;
}

function writeColumns(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  sheet.columns.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = col.width;
    if (col.hidden) column.hidden = true;
  });
}

function planCell(sheet: SheetPlan, row: number, column: number): CellPlan | null | undefined {
  return sheet.rows[row - 1]?.[column - 1];
}

function addTable(ws: ExcelJS.Worksheet, sheet: SheetPlan, table: TablePlan): void {
  const r = parseRange(table.range);
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = r.left; c <= r.right; c++) {
    const header = planCell(sheet, r.top, c)?.value;
    columns.push({
      name: header === null || header === undefined ? `列${c - r.left + 1}` : String(header),
      filterButton: table.showFilterButton,
    });
  }
  const rows: CellValue[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const values: CellValue[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const cell = planCell(sheet, row, c);
      values.push(cell ? cellValue(cell) : null);
    }
    rows.push(values);
  }
  ws.addTable({
    name: table.name,
    ref: `${parseRangeTopLeft(table.range)}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
}

function parseRangeTopLeft(range: string): string {
  return range.split(":")[0] as string;
}

function addConditionalFormats(ws: ExcelJS.Worksheet, rules: readonly ConditionalFormatPlan[]): void {
  rules.forEach((rule, i) => addConditionalFormatRule(ws, rule, i + 1));
}

/** One plan rule as exceljs conditional formatting (also used by the refresh writer, which re-anchors the ranges). */
export function addConditionalFormatRule(ws: ExcelJS.Worksheet, rule: ConditionalFormatPlan, priority: number): void {
  if (rule.kind === "dataBar") {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "dataBar",
          priority,
          gradient: false,
          cfvo: [
            { type: "num", value: rule.min },
            { type: "num", value: rule.max },
          ],
          color: { argb: argb(rule.color) },
        } as unknown as ExcelJS.DataBarRuleType, // exceljs' typings omit the data bar's colour and gradient
      ],
    });
    return;
  }
  const style: Partial<ExcelJS.Style> = {};
  if (rule.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } };
  if (rule.fontColor || rule.bold) {
    style.font = {
      ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}),
      ...(rule.bold ? { bold: true } : {}),
    };
  }
  // A dxf number format: exceljs registers its numFmtId in styles.xml (styles-xform addDxfStyle).
  if (rule.numberFormat) style.numFmt = rule.numberFormat;
  ws.addConditionalFormatting({
    ref: rule.range,
    rules: [{ type: "expression", priority, formulae: [rule.formula.replace(/^=/, "")], style }],
  });
}

/** Excel's limits for a decimal rule without a bound. */
const DECIMAL_MIN = -9.99e307;
const DECIMAL_MAX = 9.99e307;

function addValidations(ws: ExcelJS.Worksheet, validations: readonly ValidationPlan[]): void {
  const store = runtimeSheet(ws).dataValidations;
  for (const v of validations) {
    const prompt = v.prompt ? { showInputMessage: true, prompt: v.prompt } : {};
    if (v.kind === "list") {
      // An inline list is a quoted, comma-separated formula; quotes inside are doubled.
      const list = `"${v.values.map((s) => s.replace(/"/g, '""')).join(",")}"`;
      store.add(v.range, { type: "list", allowBlank: true, formulae: [list], ...prompt });
      continue;
    }
    const hasMin = v.min !== undefined;
    const hasMax = v.max !== undefined;
    const operator: ExcelJS.DataValidationOperator =
      hasMin && hasMax ? "between" : hasMin ? "greaterThanOrEqual" : hasMax ? "lessThanOrEqual" : "between";
    const formulae =
      hasMin && hasMax ? [v.min, v.max] : hasMin ? [v.min] : hasMax ? [v.max] : [DECIMAL_MIN, DECIMAL_MAX];
    store.add(v.range, {
      type: "decimal",
      operator,
      allowBlank: true,
      formulae: formulae as number[],
      showErrorMessage: true,
      errorStyle: "error",
      errorTitle: "入力エラー",
      error: v.error,
      ...prompt,
    });
  }
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetPlan, styles: StyleCache): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
      : [{ state: "normal" }],
  });
  rememberCharts(wb, sheet.name, sheet.charts);
  writeColumns(ws, sheet);
  writeCells(ws, sheet, styles);
  wrapColumns(ws, sheet);
  writeOutlineAndHeights(ws, sheet);
  for (const table of sheet.tables) addTable(ws, sheet, table);
  addConditionalFormats(ws, sheet.conditionalFormats);
  addValidations(ws, sheet.validations);
  if (sheet.rowGroups && sheet.rowGroups.length > 0) {
    for (const g of sheet.rowGroups) {
      for (let r = g.from; r <= g.to; r++) ws.getRow(r).outlineLevel = 1;
    }
    ws.properties.outlineLevelRow = 1;
  }
  if (sheet.pageSetup) {
    const p = sheet.pageSetup;
    ws.pageSetup.orientation = p.orientation;
    // The file format's paper codes (ECMA-376 paperSize): 8 A3, 9 A4; exceljs' PaperSize enum lists no A3.
    ws.pageSetup.paperSize = (p.paperSize === "A3" ? 8 : 9) as ExcelJS.PaperSize;
    if (p.printTitleRows) ws.pageSetup.printTitlesRow = p.printTitleRows.replace(/\$/g, "");
    if (p.printTitleColumns) ws.pageSetup.printTitlesColumn = p.printTitleColumns.replace(/\$/g, "");
    if (p.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
  }
}

export interface PlanWriteOptions {
  /** Replace sheets, names and tables of the same names (their contents are lost). Default: refuse. */
  readonly replace?: boolean;
  /** Write the plan's metadata into the document (default true; false for a sheet added to a built workbook). */
  readonly writeMetadata?: boolean;
}

export type PlanWriteResult =
  | { readonly ok: true; readonly sheets: readonly string[]; readonly skipped: readonly never[] }
  | {
      readonly ok: false;
      readonly code: "SheetsExist";
      readonly sheets: readonly string[];
      readonly names: readonly string[];
      readonly tables: readonly string[];
    };

/** The plan's sheets, names and tables that already exist in `wb` (tables: name → the sheet holding it). */
function conflictsOf(wb: ExcelJS.Workbook, plan: WorkbookPlan) {
  const tables = new Map<string, ExcelJS.Worksheet>();
  for (const name of plan.sheets.flatMap((s) => s.tables.map((t) => t.name))) {
    const found = findTable(wb, name);
    if (found) tables.set(name, found.ws);
  }
  return {
    sheets: plan.sheets.map((s) => s.name).filter((name) => wb.getWorksheet(name) !== undefined),
    names: plan.names.map((n) => n.name).filter((name) => definedNameRanges(wb, name).length > 0),
    tables,
  };
}

/**
 * Writes the plan's sheets and names into `wb` (a new workbook or one loaded from a file), as the Office renderer
 * does into the open workbook: sheets of the same names, defined names or tables make it refuse (SheetsExist) unless
 * `replace`, which drops them (a table of the same name on a sheet that stays becomes a plain range).
 */
export function applyPlanToWorkbook(
  wb: ExcelJS.Workbook,
  plan: WorkbookPlan,
  options: PlanWriteOptions = {},
): PlanWriteResult {
  const conflicts = conflictsOf(wb, plan);
  if (conflicts.sheets.length + conflicts.names.length + conflicts.tables.size > 0) {
    if (!options.replace) {
      return {
        ok: false,
        code: "SheetsExist",
        sheets: conflicts.sheets,
        names: conflicts.names,
        tables: [...conflicts.tables.keys()],
      };
    }
    for (const [table, ws] of conflicts.tables) if (!conflicts.sheets.includes(ws.name)) ws.removeTable(table);
    for (const name of conflicts.sheets) wb.removeWorksheet(name);
    for (const name of conflicts.names) removeDefinedName(wb, name);
  }
  const fresh = wb.worksheets.length === 0;
  if (options.writeMetadata !== false) {
    const built = new Date(plan.metadata.builtAt);
    if (fresh) wb.creator = "kpi-review";
    wb.lastModifiedBy = "kpi-review";
    if (!Number.isNaN(built.getTime())) {
      if (fresh) wb.created = built;
      wb.modified = built;
    }
  }
  // Formula results are not cached in the file: ask Excel to compute them when it opens the workbook.
  wb.calcProperties.fullCalcOnLoad = true;
  const styles = new StyleCache();
  for (const sheet of plan.sheets) addSheet(wb, sheet, styles);
  for (const n of plan.names) wb.definedNames.add(`${quoteSheet(n.sheet)}!${n.address}`, n.name);
  // Both copies of the metadata (the description and the very hidden sheet, after the plan's sheets so that the
  // workbook opens on the first of those): src/workbook/metadata.ts.
  if (options.writeMetadata !== false) writeMetadataXlsx(wb, plan.metadata);
  else keepMetadataSheetLast(wb);
  return { ok: true, sheets: plan.sheets.map((s) => s.name), skipped: [] };
}

/** Plan → exceljs workbook model (no I/O). */
export function buildExcelWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, plan);
  return wb;
}

/** A workbook model → .xlsx bytes, with the charts of the plans applied to it (chart-part.ts). */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return addChartParts(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), plannedCharts(wb));
}

/** Plan → .xlsx bytes. */
export async function writeWorkbookXlsx(plan: WorkbookPlan): Promise<Buffer> {
  return workbookBytes(buildExcelWorkbook(plan));
}

/** Plan → .xlsx written to a stream (a file, an HTTP response). */
export async function writeWorkbookXlsxTo(plan: WorkbookPlan, stream: Writable): Promise<void> {
  const bytes = await writeWorkbookXlsx(plan);
  // Ends the stream, as exceljs' own xlsx.write does.
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.end(bytes, () => resolve());
  });
}
