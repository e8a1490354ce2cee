/**
 * The look of a row a store adds below a table (the 効果検証 record tables and the committee's three): each column's
 * style and number format from the plan (plan/record-row-looks.ts, plan/comments-sheets.ts COMMENT_ROW_LOOKS), so an
 * appended row looks like the plan's rows instead of bare cells.
 */
import type { CellPlan } from "../../plan/types";
import type { FoundTable } from "./comments-store";
import type { StyleCache } from "./styles";

/**
 * Gives sheet row `r` the looks of the table's columns: a copy of the shared style per cell, since writeCells sets the
 * number format and wrap on the cell's style object (exceljs), which must not reach the other cells sharing it.
 */
export function styleRow(t: FoundTable, r: number, looks: readonly (CellPlan | null)[], styles: StyleCache): void {
  looks.forEach((look, i) => {
    const style = look && styles.get(look.style, look.numberFormat);
    if (style) t.ws.getCell(r, t.range.left + i).style = { ...style };
  });
}
