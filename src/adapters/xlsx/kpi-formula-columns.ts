/**
 * Appending formula columns to 「KPI一覧」's table in a loaded .xlsx (the comment sheets' set-up adds 意見数 and 未対応意見
 * to a workbook built before them), with the conditional formats the plan gives for where they landed — what the
 * Office adapter does with table.columns.add, done on the exceljs model: header and formula cells written beside the
 * table, the table's column list and range widened.
 */
import type ExcelJS from "exceljs";
import type { ConditionalFormatPlan } from "../../plan/types";
import type { AppendedColumnsLayout, KpiFormulaColumn } from "../../plan/comments-sheets";
import { KPI_TABLE } from "../../workbook/names";
import { kpiColumnIndex } from "../../workbook/kpi-row-view";
import { columnLetter } from "../../lib/a1";
import { findTable, rowScalars, runtimeSheet, setTableRef, type TableModel } from "./exceljs-internals";
import { addConditionalFormatRule } from "./write-workbook";

/** The loaded table model's column list (exceljs writes the table's columns from it). */
type ColumnsModel = TableModel & { columns?: { name: string; filterButton?: boolean }[] };

/**
 * Appends `columns` to the KPI table (a header that exists is left alone; then no marks are added) and the rules
 * `marks` gives for the new layout. Returns the headers added; none when the workbook has no KPI table or ID column.
 */
export function addKpiColumnsXlsx(
  wb: ExcelJS.Workbook,
  columns: readonly KpiFormulaColumn[],
  marks?: (layout: AppendedColumnsLayout) => readonly ConditionalFormatPlan[],
  kpiTable = KPI_TABLE,
): string[] {
  const t = findTable(wb, kpiTable);
  if (!t) return [];
  const { ws, range } = t;
  const model = t.model as ColumnsModel;
  const headerRow = rowScalars(ws, range.top, range.left, range.right);
  const headers = headerRow.map((h) => (h === null ? "" : String(h).trim()));
  const idIndex = kpiColumnIndex(headerRow, "id");
  if (idIndex < 0) return [];
  const idLetter = columnLetter(range.left + idIndex);
  const header = ws.getCell(range.top, range.right);
  const added: string[] = [];
  const letters: Record<string, string> = {};
  for (const c of columns) {
    if (headers.includes(c.header)) continue;
    const column = range.right + added.length + 1;
    const top = ws.getCell(range.top, column);
    top.value = c.header;
    top.style = { ...header.style };
    for (let r = range.top + 1; r <= range.bottom; r++) {
      const cell = ws.getCell(r, column);
      cell.value = { formula: c.formula(`$${idLetter}${r}`).replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      cell.numFmt = "0";
    }
    ws.getColumn(column).width = c.width;
    model.columns?.push({ name: c.header, filterButton: model.columns[0]?.filterButton ?? true });
    letters[c.header] = columnLetter(column);
    added.push(c.header);
  }
  if (added.length === 0) return added;
  setTableRef(
    model,
    `${columnLetter(range.left)}${range.top}:${columnLetter(range.right + added.length)}${range.bottom}`,
  );
  if (added.length === columns.length && marks) {
    const layout = { idLetter, letters, firstRow: range.top + 1, lastRow: range.bottom };
    const existing = (runtimeSheet(ws).conditionalFormattings ?? []).reduce((n, cf) => n + cf.rules.length, 0);
    marks(layout).forEach((rule, i) => addConditionalFormatRule(ws, rule, existing + i + 1));
  }
  return added;
}
