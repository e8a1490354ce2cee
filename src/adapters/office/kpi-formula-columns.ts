/**
 * Appending formula columns to 「KPI一覧」's table in the open workbook (the comment sheets' set-up adds 意見数 and
 * 未対応意見 to a workbook built before them), with the conditional formats the plan gives for where they landed.
 */
import type { ConditionalFormatPlan } from "../../plan/types";
import type { AppendedColumnsLayout, KpiFormulaColumn } from "../../plan/comments-sheets";
import { KPI_TABLE } from "../../workbook/names";
import { kpiColumnIndex } from "../../workbook/kpi-row-view";
import { columnLetter } from "../../lib/a1";
import { queueConditionalFormats } from "./formats";
import { isItemNotFound, scalarRows } from "./values";

/**
 * Adds formula columns to the 「KPI一覧」 table (table.columns.add), each row's formula built from its ID cell, and
 * the conditional formats `marks` returns for the new layout (pass none without ExcelApi 1.6). Columns whose header
 * already exists are left alone (and then no marks are added); returns the headers added. Two syncs.
 */
export async function addKpiColumnsOffice(
  context: Excel.RequestContext,
  columns: readonly KpiFormulaColumn[],
  marks?: (layout: AppendedColumnsLayout) => readonly ConditionalFormatPlan[],
  kpiTable = KPI_TABLE,
): Promise<string[]> {
  const table = context.workbook.tables.getItemOrNullObject(kpiTable);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,rowIndex,columnIndex");
  const sheet = table.worksheet.load("name");
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return []; // no KPI table: nothing to count on
    throw error;
  }
  if (table.isNullObject) return [];
  const headerRow = scalarRows(header.values)[0] ?? [];
  const headers = headerRow.map((h) => (h === null ? "" : String(h).trim()));
  const idIndex = kpiColumnIndex(headerRow, "id");
  if (idIndex < 0) return [];
  const idLetter = columnLetter(body.columnIndex + idIndex + 1);
  const rows = (body.values as unknown[][]).length;
  const added: string[] = [];
  const letters: Record<string, string> = {};
  for (const c of columns) {
    if (headers.includes(c.header)) continue;
    const cells: (string | number)[][] = [[c.header]];
    for (let i = 0; i < rows; i++) cells.push([c.formula(`$${idLetter}${body.rowIndex + 1 + i}`)]);
    table.columns.add(undefined, cells);
    letters[c.header] = columnLetter(body.columnIndex + headers.length + added.length + 1);
    added.push(c.header);
  }
  if (added.length === columns.length && marks) {
    const layout = { idLetter, letters, firstRow: body.rowIndex + 1, lastRow: body.rowIndex + rows };
    queueConditionalFormats(context.workbook.worksheets.getItem(sheet.name), marks(layout));
  }
  if (added.length > 0) await context.sync();
  return added;
}
