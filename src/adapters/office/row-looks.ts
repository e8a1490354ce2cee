/**
 * The look of rows a store adds to a table (the 効果検証 record tables and the committee's three): the plan's styles
 * (plan/record-row-looks.ts, plan/comments-sheets.ts COMMENT_ROW_LOOKS) set by rectangle, rather than left to Excel
 * extending the table's format, which Office.js does not document for rows.add.
 */
import type { CellPlan } from "../../plan/types";
import type { StyleRect } from "./cell-blocks";
import { styleJobs } from "./formats";

/**
 * The plan's styles on sheet rows `top`…`bottom` of the table whose first column is `left` (1-based): one rectangle
 * per run of columns of one style (a column people added keeps whatever Excel gives it).
 */
export function queueRowStyles(
  sheet: Excel.Worksheet,
  looks: readonly (CellPlan | null)[],
  rows: { readonly top: number; readonly bottom: number; readonly left: number },
): void {
  const rects: StyleRect[] = [];
  looks.forEach((look, i) => {
    const column = rows.left + i;
    const last = rects[rects.length - 1];
    if (!look?.style) return;
    if (last && last.style === look.style && last.right === column - 1)
      rects[rects.length - 1] = { ...last, right: column };
    else rects.push({ style: look.style, top: rows.top, bottom: rows.bottom, left: column, right: column });
  });
  for (const job of styleJobs(sheet, rects, false)) job.queue();
}
