/**
 * A refresh writes each 「KPI一覧」 column's planned number format over the whole data range before its formulas, on
 * both backends (issue #13). A plan column can land on cells another column formatted: an older layout's text column
 * at that position, or what a column inserted beside a text column takes from it in Excel. A formula written into a
 * cell formatted "@" is kept as typed text in Excel (and in the fake), so the plan's format — General where the plan
 * names none — goes first. Here 要確認 (a formula column the plan gives no number format) lands on "@" cells.
 */
import ExcelJS from "exceljs";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { VERIFICATION_MARK } from "../../src/workbook/verification-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { noticeText } from "../../src/workbook/refresh-notice";
import { getCell } from "../support/fake-excel";
import { kpiCol, kpiLetter } from "../support/layout";
import { AT, builtOffice, bundled } from "../fixtures/adapters/office-built";

const HISTORY = { at: AT, who: "u", source: "same.json" };
const FIRST = 4;
const LAST = FIRST + bundled.indicators.length - 1;
const noted = bundled.indicators.findIndex((i) => i.verification);
const notedRow = FIRST + noted;
const mark = kpiCol("verification");

describe("a refresh writes the planned number format before a column's formulas", () => {
  it("Office (recording fake): 要確認 over cells formatted @ is computed, in the General format", async () => {
    expect(noted).toBeGreaterThanOrEqual(0);
    const excel = await builtOffice(bundled);
    const range = excel.context.workbook.worksheets
      .getItem(KPI_SHEET)
      .getRange(`${kpiLetter("verification")}${FIRST}:${kpiLetter("verification")}${LAST}`);
    range.numberFormat = bundled.indicators.map(() => ["@"]);
    await excel.context.sync();

    const result = await refreshWorkbookOffice(excel.context, { dataset: bundled, history: HISTORY });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const kpi = excel.fake.state.sheet(KPI_SHEET);
    const cell = getCell(kpi, notedRow, mark);
    expect(cell?.formula).toMatch(/^=IF\(COUNTIFS\(/);
    expect(cell?.numberFormat ?? "General").toBe("General");
    // Read through the API: the fake calculates a formula cell when it is read (HyperFormula).
    const used = excel.context.workbook.worksheets.getItem(KPI_SHEET).getUsedRange().load("values");
    await excel.context.sync();
    expect(used.values[notedRow - 1]?.[mark - 1]).toBe(VERIFICATION_MARK);
    // A row without a note: the plan's empty cell, General too.
    const plainRow = FIRST + bundled.indicators.findIndex((i) => !i.verification);
    expect(getCell(kpi, plainRow, mark)?.numberFormat ?? "General").toBe("General");
  }, 60_000);

  it("xlsx (exceljs): 要確認 over cells formatted @ is a formula in the General format", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await writeWorkbookXlsx(buildWorkbookPlan(bundled, { builtAt: new Date(AT) }))) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet(KPI_SHEET)!;
    for (let r = FIRST; r <= LAST; r++) ws.getCell(r, mark).numFmt = "@";
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;

    const result = await refreshXlsx({ xlsx: new Uint8Array(bytes), dataset: bundled, history: HISTORY });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(result.bytes as unknown as ArrayBuffer);
    const cell = again.getWorksheet(KPI_SHEET)!.getCell(notedRow, mark);
    expect(cell.formula).toMatch(/^IF\(COUNTIFS\(/);
    expect(cell.numFmt ?? "General").toBe("General");
  }, 60_000);
});
