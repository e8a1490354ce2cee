/**
 * What a person sees of a row's cells (number format, fill, font, borders, alignment), as one comparable value per
 * cell, so a test can say "this appended row looks like the plan's first row" on each backend. The values of the two
 * backends differ in shape: compare a backend only with itself.
 */
import type ExcelJS from "exceljs";
import { load } from "../fixtures/comments/workbook";
import { bordersOf, getCell, type FakeWorkbookState } from "./fake-excel";

/** Columns 1…`columns` of a row on the recording fake Excel. */
export function fakeRowLooks(state: FakeWorkbookState, sheet: string, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, i) => {
    const cell = getCell(state.sheet(sheet), row, i + 1);
    return {
      numberFormat: cell?.numberFormat ?? "General",
      format: cell?.format ?? {},
      borders: bordersOf(state, sheet, row, i + 1),
    };
  });
}

/**
 * Columns 1…`columns` of a row of an exceljs workbook after a save and load, as a person opens the file (exceljs
 * reads an unfilled cell's fill back as "none", so a look taken before the save would differ from one after).
 */
export async function xlsxRowLooks(
  wb: ExcelJS.Workbook,
  sheet: string,
  row: number,
  columns: number,
): Promise<unknown[]> {
  const ws = (await load((await wb.xlsx.writeBuffer()) as ArrayBuffer)).getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return Array.from({ length: columns }, (_, i) => {
    const s = ws.getCell(row, i + 1).style;
    // through JSON: exceljs styles share objects and hold undefined keys; compare what a file would keep
    return JSON.parse(
      JSON.stringify({
        numFmt: s.numFmt ?? "General",
        fill: s.fill,
        font: s.font,
        border: s.border,
        alignment: s.alignment,
      }),
    ) as unknown;
  });
}
