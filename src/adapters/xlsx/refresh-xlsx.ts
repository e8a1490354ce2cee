/**
 * Applies a RefreshPlan to an .xlsx loaded with exceljs, then appends a line to 「更新履歴」. Only the KPI table's
 * region, its row 2 (the western years the formulas read), the table's rules and validations, the metadata and the
 * history sheet are written; every other sheet (委員意見 …) and the rows above the table stay as they are.
 *
 * Layout after a refresh: the plan's columns in the plan's order (moved columns come back), then the columns people
 * added, in their order; rows in the plan's order. Cell notes travel with their cell. Widths and hidden flags of
 * existing columns are kept.
 */
import ExcelJS from "exceljs";
import { KPI_ROWS, layoutOf, type KpiLayout } from "../../workbook/kpi-columns";
import { buildKpiSheet, kpiLabelYears, kpiRowHeight, textOf } from "../../plan/kpi-sheet";
import { KPI_TABLE, PLAN_VERSION } from "../../workbook/names";
import type { CellPlan } from "../../plan/types";
import type { Dataset } from "../../domain/dataset/schema";
import { HISTORY_HEADERS, HISTORY_SHEET, HISTORY_WIDTHS, historyRow, type HistoryEntry } from "../../refresh/history";
import type { RefreshPlan } from "../../refresh/merge";
import { structureOfId } from "../../refresh/placement";
import { refreshRules } from "../../refresh/kpi-rules";
import type { FoundHeader, WorkbookState } from "../../workbook/kpi-state";
import { columnLetter, parseRange } from "../../lib/a1";
import { readMetadataXlsx, writeMetadataXlsx } from "./metadata-sheet";
import { clearNote, runtimeSheet, type ConditionalFormatting } from "./exceljs-internals";
import { StyleCache } from "./styles";
import { addConditionalFormatRule } from "./write-workbook";

type CellValue = ExcelJS.CellValue;

function cellValue(cell: CellPlan): CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return cell.value ?? null;
}

/** The extra columns' new positions: right after the plan's columns, in their order. */
function extraLayout(state: WorkbookState, layout: KpiLayout): { header: FoundHeader; key: string; column: number }[] {
  return state.extraColumns.map((header, i) => ({
    header,
    key: header.key ?? header.text,
    column: layout.columns.length + 1 + i,
  }));
}

function moveRange(
  range: string,
  columnMap: ReadonlyMap<number, number>,
  lastRow: number,
  oldLast: number,
): string | null {
  const r = parseRange(range);
  const left = columnMap.get(r.left);
  const right = columnMap.get(r.right);
  if (left === undefined || right === undefined || right - left !== r.right - r.left) return null;
  const bottom = r.bottom === oldLast ? lastRow : r.bottom;
  return `${columnLetter(left)}${r.top}:${columnLetter(right)}${bottom}`;
}

const withBottom = (range: string, bottom: number): string => range.replace(/(\d+)$/, String(bottom));

/** The first row of a sheet's autoFilter (a range string or exceljs's from/to form), null when it has none. */
function sheetFilterTop(filter: ExcelJS.AutoFilter | undefined): number | null {
  if (!filter) return null;
  if (typeof filter === "string") return parseRange(filter).top;
  const from = filter.from;
  return typeof from === "string" ? parseRange(from).top : from.row;
}

export interface ApplyRefreshXlsxInput {
  readonly workbook: ExcelJS.Workbook;
  readonly worksheet: ExcelJS.Worksheet;
  readonly state: WorkbookState;
  readonly plan: RefreshPlan;
  readonly dataset: Dataset;
  readonly history: HistoryEntry;
  /** Last row of the KPI data as read (readKpiState's dataBottom). */
  readonly dataBottom: number;
}

/** Moves the rows below `after` down by `by` rows (values, styles, notes, heights), bottom first. */
function moveRowsBelow(ws: ExcelJS.Worksheet, after: number, by: number): void {
  if (by <= 0) return;
  for (let r = ws.rowCount; r > after; r--) {
    const from = ws.getRow(r);
    const to = ws.getRow(r + by);
    if (from.height !== undefined) to.height = from.height;
    from.eachCell({ includeEmpty: false }, (cell, c) => {
      const target = to.getCell(c);
      target.value = cell.value;
      target.style = { ...cell.style };
      if (cell.note !== undefined) target.note = cell.note;
      cell.value = null;
      cell.style = {};
      clearNote(cell);
    });
  }
}

/** Writes the refresh into the loaded workbook (no I/O; the caller packs it). */
export function applyRefreshXlsx(input: ApplyRefreshXlsxInput): void {
  const { workbook: wb, worksheet: ws, state, plan, dataset } = input;
  const layout = layoutOf(dataset);
  const runtime = runtimeSheet(ws);
  const styles = new StyleCache();
  const headerRow = state.headerRow;
  const first = headerRow + 1;
  const rowCount = Math.max(1, plan.rows.length);
  const last = first + rowCount - 1;
  const extras = extraLayout(state, layout);
  const planWidth = layout.columns.length;
  const width = planWidth + extras.length;

  // Old extent of the data; what lies below it is people's own and moves down if the table grows into it.
  const oldLast = Math.max(headerRow, input.dataBottom, ...state.rows.map((r) => r.sheetRow));
  moveRowsBelow(ws, oldLast, Math.max(0, last - oldLast));
  const oldColumns = Math.max(ws.columnCount, width, ...state.extraColumns.map((c) => c.column));

  // Snapshot what moves with a row but is not in the state: styles and validations of the extra columns.
  const oldStyles = new Map<string, Partial<ExcelJS.Style>>();
  const oldValidations = new Map<string, ExcelJS.DataValidation>();
  const validations = runtime.dataValidations.model;
  for (const r of plan.rows) {
    if (r.fromRow === null) continue;
    for (const e of extras) {
      const addr = `${columnLetter(e.header.column)}${r.fromRow}`;
      const cell = ws.getRow(r.fromRow).getCell(e.header.column);
      oldStyles.set(`${r.id}\u0000${e.key}`, { ...cell.style });
      const v = validations[addr];
      if (v) oldValidations.set(`${r.id}\u0000${e.key}`, v);
    }
  }
  const oldHeaderStyles = extras.map((e) => ({ ...ws.getRow(headerRow).getCell(e.header.column).style }));

  // Clear the table region (values, styles, notes, validations, outline, hidden rows). A sheet filter over it goes
  // too: its hidden rows are shown below, and Excel refuses a file whose table overlaps a sheet autoFilter.
  if (ws.getTable(KPI_TABLE)) ws.removeTable(KPI_TABLE);
  const filterTop = sheetFilterTop(ws.autoFilter);
  if (filterTop !== null && filterTop <= Math.max(last, oldLast)) ws.autoFilter = undefined;
  for (let r = headerRow; r <= oldLast; r++) {
    const row = ws.getRow(r);
    row.hidden = false;
    row.outlineLevel = 0;
    for (let c = 1; c <= oldColumns; c++) {
      const cell = row.getCell(c);
      cell.value = null;
      cell.style = {};
      clearNote(cell);
      delete validations[`${columnLetter(c)}${r}`];
    }
  }

  // Columns: plan widths unless someone resized; hidden flags kept.
  layout.columns.forEach((c, i) => {
    const found = state.columns[c.key];
    const column = ws.getColumn(i + 1);
    // A workbook of an older plan takes the plan's widths (its widths were that plan's, for other columns' places).
    column.width = (plan.planUpdated ? undefined : found?.width) ?? c.width;
    column.hidden = found?.hidden ?? false;
  });
  for (const e of extras) {
    const column = ws.getColumn(e.column);
    if (e.header.width !== undefined) column.width = e.header.width;
    column.hidden = e.header.hidden ?? false;
  }

  // The plan's sheet for one row: its row 2, header and rules (ranges stretched to the new last row below).
  // The year-label rules cover the whole dataset's years, not the sample indicator's (kpiLabelYears).
  const sample = buildKpiSheet({ ...dataset, indicators: dataset.indicators.slice(0, 1) }, "", kpiLabelYears(dataset));
  const yearsRow = sample.rows[KPI_ROWS.years - 1] ?? [];
  yearsRow.forEach((cell, i) => {
    if (!cell) return;
    const target = ws.getRow(KPI_ROWS.years).getCell(i + 1);
    target.value = cellValue(cell);
    const style = styles.get(cell.style, cell.numberFormat);
    if (style) target.style = style;
  });

  // Header and rows.
  const header = ws.getRow(headerRow);
  layout.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = styles.get("header", undefined) ?? {};
  });
  extras.forEach((e, i) => {
    const cell = header.getCell(e.column);
    cell.value = e.header.text === "" ? null : e.header.text;
    cell.style = oldHeaderStyles[i] ?? {};
  });
  const headerHeight = sample.rowHeights?.find((h) => h.row === KPI_ROWS.header)?.height;
  if (headerHeight !== undefined) header.height = headerHeight;
  // The plan's wrapped columns (指標名, 基本目標 …) and each row's height for them, as the build writes them (issue #13).
  const wrapped = sample.columns.map((c) => c.wrap === true);
  const wrappedStyles = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  const wrappedStyle = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => {
    let copy = wrappedStyles.get(style);
    if (!copy) wrappedStyles.set(style, (copy = { ...style, alignment: { ...style.alignment, wrapText: true } }));
    return copy;
  };
  const tableRows: CellValue[][] = [];
  const inTable = extras.filter((e) => e.header.text.trim() !== "" && e.key === e.header.text);
  for (const r of plan.rows) {
    const row = ws.getRow(r.sheetRow);
    // Every row its planned height: one left from the row that sat here before goes with it.
    row.height = kpiRowHeight(layout, (key) => textOf(r.cells[key]));
    const values: CellValue[] = [];
    layout.columns.forEach((c, i) => {
      const planCell = r.cells[c.key] ?? { value: null };
      const cell = row.getCell(i + 1);
      const value = cellValue(planCell);
      cell.value = value;
      values.push(value);
      const style = styles.get(planCell.style, planCell.numberFormat);
      if (style) cell.style = wrapped[i] ? wrappedStyle(style) : style;
      const note = r.notes[c.key];
      if (note) cell.note = note;
    });
    for (const e of extras) {
      const found = r.extra[e.key];
      const cell = row.getCell(e.column);
      const value: CellValue = found
        ? found.formula !== undefined
          ? ({ formula: found.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue)
          : found.value
        : null;
      cell.value = value;
      if (inTable.includes(e)) values.push(value);
      const style = oldStyles.get(`${r.id}\u0000${e.key}`);
      if (style) cell.style = style;
      else if (found?.numberFormat) cell.numFmt = found.numberFormat;
      if (found?.note) cell.note = found.note;
      const v = oldValidations.get(`${r.id}\u0000${e.key}`);
      if (v) validations[`${columnLetter(e.column)}${r.sheetRow}`] = v;
    }
    tableRows.push(values);
  }
  if (plan.rows.length === 0) tableRows.push([...layout.columns.map(() => null), ...inTable.map(() => null)]);

  // The table: plan columns plus the added columns that have a header (in their order, right after).
  const tableColumns = [...layout.columns.map((c) => c.header), ...inTable.map((e) => e.header.text)];
  const contiguous = inTable.every((e, i) => e.column === planWidth + 1 + i);
  const table = sample.tables[0];
  ws.addTable({
    name: KPI_TABLE,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table?.style ?? "TableStyleLight9") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: (contiguous ? tableColumns : tableColumns.slice(0, planWidth)).map((name) => ({
      name,
      filterButton: true,
    })),
    rows: contiguous ? tableRows : tableRows.map((r) => r.slice(0, planWidth)),
  });

  // Conditional formats: the plan's and the open-comment marks (refresh/kpi-rules.ts) are written again over the new
  // rows; the rules loaded on those columns go; others (people's own) move with their column.
  const { rules, countColumnsBefore } = refreshRules({
    layout,
    sample,
    extraColumns: state.extraColumns,
    lastRow: last,
  });
  const columnMap = new Map<number, number>();
  for (let c = 1; c <= planWidth; c++) columnMap.set(c, c);
  for (const e of extras) columnMap.set(e.header.column, e.column);
  const planColumnsOld = new Set([
    ...layout.columns.map((c) => state.columns[c.key]?.column).filter((c) => c !== undefined),
    ...countColumnsBefore,
  ]);
  const oldDataLast = Math.max(first, ...state.rows.map((r) => r.sheetRow));
  const kept: ConditionalFormatting[] = [];
  for (const cf of runtime.conditionalFormattings ?? []) {
    const r = parseRange(cf.ref.split(" ")[0] as string);
    if (r.top < first) {
      kept.push(cf);
      continue;
    }
    let onPlan = false;
    for (let c = r.left; c <= r.right; c++) if (planColumnsOld.has(c)) onPlan = true;
    if (onPlan) continue;
    const moved = moveRange(cf.ref, columnMap, last, oldDataLast);
    if (moved) kept.push({ ...cf, ref: moved });
  }
  runtime.conditionalFormattings = kept;
  rules.forEach((rule, i) => addConditionalFormatRule(ws, rule, i + 1));

  // Validations of the plan's columns, for the new rows.
  for (const v of sample.validations) {
    if (v.kind !== "decimal") continue;
    runtime.dataValidations.add(withBottom(v.range, last), {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [-9.99e307, 9.99e307],
      showErrorMessage: true,
      errorStyle: "error",
      errorTitle: "入力エラー",
      error: v.error,
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    });
  }

  // Row outline: the KPI rows of each sub-goal, as the plan groups them, over the rows as now ordered.
  let start = 0;
  const keyOf = (i: number): string | null => {
    const id = plan.rows[i]?.id ?? "";
    return /-K\d+-/.test(id) ? structureOfId(id).subGoal : null;
  };
  for (let i = 1; i <= plan.rows.length; i++) {
    if (i === plan.rows.length || keyOf(i) !== keyOf(i - 1)) {
      if (keyOf(i - 1) !== null) for (let k = start; k < i; k++) ws.getRow(first + k).outlineLevel = 1;
      start = i;
    }
  }

  // Metadata: the dataset version now in the workbook, and the plan's version once its formulas were updated.
  const meta = readMetadataXlsx(wb);
  writeMetadataXlsx(wb, {
    planVersion: meta.ok && !plan.planUpdated ? meta.metadata.planVersion : PLAN_VERSION,
    builtAt: meta.ok ? meta.metadata.builtAt : input.history.at,
    datasetVersion: dataset.datasetVersion,
    datasetDate: dataset.datasetDate,
  });
  wb.calcProperties.fullCalcOnLoad = true;
  appendHistory(wb, input.history, plan, styles);
}

/** Appends one line to 「更新履歴」 (created with its header the first time). */
export function appendHistory(
  wb: ExcelJS.Workbook,
  entry: HistoryEntry,
  plan: RefreshPlan,
  styles = new StyleCache(),
): void {
  let ws = wb.getWorksheet(HISTORY_SHEET);
  if (!ws) {
    ws = wb.addWorksheet(HISTORY_SHEET, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    const header = ws.getRow(1);
    HISTORY_HEADERS.forEach((h, i) => {
      const cell = header.getCell(i + 1);
      cell.value = h;
      cell.style = styles.get("header", undefined) ?? {};
      ws!.getColumn(i + 1).width = HISTORY_WIDTHS[i] ?? 10;
    });
  }
  let r = ws.rowCount + 1;
  while (r > 2 && ws.getRow(r - 1).cellCount === 0) r--;
  const row = ws.getRow(Math.max(2, r));
  historyRow(entry, plan).forEach((v, i) => {
    const cell = row.getCell(i + 1);
    cell.value = v;
    // Text stays text (a file name such as =x.csv is not a formula).
    if (typeof v === "string") cell.numFmt = "@";
  });
}
