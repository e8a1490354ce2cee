/**
 * A 「KPI一覧」 built in the order before issue #13 (definitions, years, then the formulas: the plan 1.2.0 of the
 * mixed fixture, test/fixtures/refresh/plan-1.2.0-mixed.json) refreshed through both backends: typed actuals stay
 * under their year's header, the sheet comes out in the member-first order (ColumnsMoved told), and the older
 * formulas count as the plan's update, not as cells someone typed over.
 */
import ExcelJS from "exceljs";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { columnLetter } from "../../src/lib/a1";
import { formulaTexts } from "../../src/plan/kpi-rows";
import { COMMENT_COUNT_COLUMNS, KPI_ROWS, yearKey } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { noticeText } from "../../src/workbook/refresh-notice";
import { createFakeExcel } from "../support/fake-excel";
import { OLD_PLAN, OLD_PLAN_AT, OLD_PLAN_DATASET, OLD_PLAN_HISTORY } from "../support/old-plan";
import { LAYOUT } from "../support/layout";

const oldKpi = OLD_PLAN.sheets.find((s) => s.name === KPI_SHEET)!;
const oldHeaders = (oldKpi.rows[KPI_ROWS.header - 1] ?? []).map((c) => String(c?.value ?? ""));
/** The old sheet column (1-based) of a header. */
const oldCol = (header: string): number => oldHeaders.indexOf(header) + 1;
const HEADERS = [...LAYOUT.columns.map((c) => c.header), ...COMMENT_COUNT_COLUMNS.map((c) => c.header)];

/** Values people typed into the old workbook: (row, year) → value, in years the dataset has no actual for. */
const TYPED = OLD_PLAN_DATASET.indicators.slice(0, 3).map((ind, i) => {
  const year = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].find((y) => !ind.actuals.some((a) => a.year === y))!;
  return { id: ind.id, row: KPI_ROWS.firstData + i, year, value: 1000 + i };
});

test("the fixture is the order before issue #13 (years before the formulas), so this test means something", () => {
  expect(oldCol("最新実績")).toBeGreaterThan(oldCol("令和9年度(2027)"));
  expect(oldCol("基本目標")).toBeLessThan(oldCol("令和2年度(2020)"));
  expect(oldHeaders.slice(0, LAYOUT.columns.length)).not.toEqual(LAYOUT.columns.map((c) => c.header));
});

function expectRefreshed(
  result: { plan: { notices: readonly { code: string }[]; restored: readonly unknown[]; updatedFormulas: number } },
  header: readonly unknown[],
  at: (row: number, column: number) => { value: unknown; formula: unknown },
): void {
  const codes = result.plan.notices.map((n) => n.code);
  expect(codes).toContain("ColumnsMoved");
  expect(codes).toContain("PlanFormulasUpdated");
  expect(codes).not.toContain("ColumnAdded");
  expect(result.plan.restored).toEqual([]);
  expect(header).toEqual(HEADERS);
  for (const t of TYPED) {
    expect([t.id, at(t.row, LAYOUT.col(yearKey(t.year))).value]).toEqual([t.id, t.value]);
  }
  OLD_PLAN_DATASET.indicators.forEach((ind, i) => {
    const row = KPI_ROWS.firstData + i;
    expect([ind.id, at(row, LAYOUT.col("id")).value]).toEqual([ind.id, ind.id]);
    expect(at(row, LAYOUT.col("grade")).formula).toBe(formulaTexts(LAYOUT, row).grade);
    expect(at(row, LAYOUT.col("progress")).formula).toBe(formulaTexts(LAYOUT, row).progress);
  });
}

describe("refresh of a 「KPI一覧」 in the order before issue #13", () => {
  test("exceljs: typed actuals stay under their year, the columns come out member-first", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookXlsx(OLD_PLAN)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(KPI_SHEET)!;
    for (const t of TYPED) ws.getRow(t.row).getCell(oldCol(LAYOUT.header(yearKey(t.year)))).value = t.value;
    const result = await refreshXlsx({
      xlsx: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      dataset: OLD_PLAN_DATASET,
      history: OLD_PLAN_HISTORY,
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(result.bytes as unknown as ArrayBuffer);
    const kpi = out.getWorksheet(KPI_SHEET)!;
    expectRefreshed(
      result,
      (kpi.getRow(KPI_ROWS.header).values as unknown[]).slice(1, HEADERS.length + 1),
      (row, column) => {
        const v = kpi.getRow(row).getCell(column).value;
        const formula = (v as { formula?: string } | null)?.formula;
        return { value: formula === undefined ? v : null, formula: formula === undefined ? null : `=${formula}` };
      },
    );
  }, 60_000);

  test("Office.js (fake): typed actuals stay under their year, the columns come out member-first", async () => {
    const excel = createFakeExcel();
    const built = await applyWorkbookPlan(excel.context, OLD_PLAN, { isSetSupported: () => true });
    if (!built.ok) throw new Error("build failed");
    const sheet = excel.context.workbook.worksheets.getItem(KPI_SHEET);
    for (const t of TYPED) {
      sheet.getRange(`${columnLetter(oldCol(LAYOUT.header(yearKey(t.year))))}${t.row}`).values = [[t.value]];
    }
    await excel.context.sync();
    const result = await refreshWorkbookOffice(
      excel.context,
      { dataset: OLD_PLAN_DATASET, history: OLD_PLAN_HISTORY },
      { now: () => new Date(OLD_PLAN_AT) },
    );
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const used = sheet.getUsedRange().load("values,formulas");
    await excel.context.sync();
    const values = used.values as unknown[][];
    const formulas = used.formulas as unknown[][];
    expectRefreshed(result, (values[KPI_ROWS.header - 1] ?? []).slice(0, HEADERS.length), (row, column) => {
      const f = formulas[row - 1]?.[column - 1];
      const isFormula = typeof f === "string" && f.startsWith("=");
      return { value: isFormula ? null : values[row - 1]?.[column - 1], formula: isFormula ? f : null };
    });
  }, 60_000);
});
