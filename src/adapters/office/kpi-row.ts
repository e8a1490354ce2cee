/** The 「KPI一覧」 row the selection is on, read through Office.js for the pane's selected-indicator card. */
import { KPI_TABLE } from "../../workbook/names";
import { kpiRowView, type KpiRowView } from "../../workbook/kpi-row-view";
import { isItemNotFound, scalarRows } from "./values";

export type { KpiRowView };

/**
 * The 「KPI一覧」 table row at sheet row `rowIndex` (0-based, as Office reports it), or null when the selection is
 * outside the table's data rows or the row has no id. Columns by header (the KPI column contract); one sync. The
 * texts are what the card shows as the sheet does; the values feed its numbers and the path chart.
 */
export async function readKpiRowAt(
  context: Excel.RequestContext,
  rowIndex: number,
  kpiTable = KPI_TABLE,
): Promise<KpiRowView | null> {
  const table = context.workbook.tables.getItemOrNullObject(kpiTable);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("text,values,rowIndex");
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return null; // a workbook without the KPI table: nothing to show
    throw error;
  }
  if (table.isNullObject) return null;
  const at = rowIndex - body.rowIndex;
  const row = (body.text as string[][])[at];
  const values = scalarRows(body.values)[at];
  return row ? kpiRowView(scalarRows(header.values)[0] ?? [], row, values) : null;
}
