/**
 * The plan's UI font (src/plan/style-palette.ts UI_FONT) on every styled cell, in both backends: exceljs font.name
 * and the Office range format's font.name (the recording fake keeps it per cell).
 */
import ExcelJS from "exceljs";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { UI_FONT } from "../../src/plan/style-palette";
import type { CellPlan } from "../../src/plan/types";
import { createFakeExcel, getCell } from "../support/fake-excel";
import { smallPlan } from "../fixtures/adapters/small-plan";

/** Every planned cell with a style or a number format, as (sheet, row, column). */
function styledCells(): { sheet: string; row: number; column: number; plan: CellPlan }[] {
  return smallPlan().sheets.flatMap((s) =>
    s.rows.flatMap((cells, r) =>
      cells.flatMap((plan, c) =>
        plan && (plan.style !== undefined || plan.numberFormat !== undefined)
          ? [{ sheet: s.name, row: r + 1, column: c + 1, plan }]
          : [],
      ),
    ),
  );
}

describe("UI font on every styled cell", () => {
  it("xlsx: exceljs writes the font name (and size) on each", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookXlsx(smallPlan())) as unknown as ArrayBuffer);
    const cells = styledCells();
    expect(cells.length).toBeGreaterThan(50);
    const wrong = cells.filter((c) => wb.getWorksheet(c.sheet)?.getCell(c.row, c.column).font?.name !== UI_FONT);
    expect(wrong).toEqual([]);
    expect(wb.getWorksheet(cells[0]?.sheet as string)?.getCell(1, 1).font?.size).toBeGreaterThan(0);
  }, 60_000);

  it("Office: the range format's font name is set on each styled cell", async () => {
    const excel = createFakeExcel();
    const result = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: () => true });
    expect(result.ok).toBe(true);
    const styled = styledCells().filter((c) => c.plan.style !== undefined);
    expect(styled.length).toBeGreaterThan(50);
    const wrong = styled.filter(
      (c) => getCell(excel.fake.state.sheet(c.sheet), c.row, c.column)?.format.fontName !== UI_FONT,
    );
    expect(wrong).toEqual([]);
  });
});
