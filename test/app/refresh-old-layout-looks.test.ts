/**
 * A workbook of plan 1.2.0 (the old column order) refreshed with the current plan: each 「KPI一覧」 column then looks
 * as in a workbook built new — width, style (fill, font, borders, wrap) and number format — on both backends (#13).
 * The columns moved with the member-first order, so a column's cells held another column's look (a formula column
 * kept the yellow input fill or the grey of the definitions that sat there).
 */
import ExcelJS from "exceljs";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import type { WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { layoutOf } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { noticeText } from "../../src/workbook/refresh-notice";
import { fakeRowLooks, xlsxRowLooks } from "../support/cell-looks";
import { createFakeExcel } from "../support/fake-excel";
import { OLD_PLAN, OLD_PLAN_AT, OLD_PLAN_DATASET, OLD_PLAN_HISTORY } from "../support/old-plan";

const dataset = OLD_PLAN_DATASET;
const layout = layoutOf(dataset);
const fresh = (): WorkbookPlan => buildWorkbookPlan(dataset, { builtAt: new Date(OLD_PLAN_AT) });
/** The data rows compared: the first and the last indicator's. */
const ROWS = [4, 4 + dataset.indicators.length - 1];

/** Each plan column's width, then its look on each compared row, by header. */
type Looks = Record<string, unknown>;
const byHeader = (looks: readonly unknown[]): Looks =>
  Object.fromEntries(layout.columns.map((c, i) => [c.header, looks[i]]));

async function officeLooks(plan: WorkbookPlan, refresh: boolean): Promise<Looks[]> {
  const excel = createFakeExcel();
  const built = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
  if (!built.ok) throw new Error("build failed");
  if (refresh) {
    const result = await refreshWorkbookOffice(excel.context, { dataset, history: OLD_PLAN_HISTORY });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
  }
  const state = excel.fake.state;
  const kpi = state.sheet(KPI_SHEET);
  const widths = Object.fromEntries(layout.columns.map((c, i) => [c.header, kpi.columns.get(i + 1)?.widthPoints]));
  return [widths, ...ROWS.map((row) => byHeader(fakeRowLooks(state, KPI_SHEET, row, layout.columns.length)))];
}

async function xlsxLooks(plan: WorkbookPlan, refresh: boolean): Promise<Looks[]> {
  let bytes: Uint8Array = await writeWorkbookXlsx(plan);
  if (refresh) {
    const result = await refreshXlsx({ xlsx: bytes, dataset, history: OLD_PLAN_HISTORY });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    bytes = result.bytes;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(KPI_SHEET)!;
  // exceljs leaves out a column of its default width (9) that has no style: read back as no width, shown as 8.43.
  const widths = Object.fromEntries(layout.columns.map((c, i) => [c.header, ws.getColumn(i + 1).width ?? 9]));
  return [
    widths,
    ...(await Promise.all(
      ROWS.map(async (row) => byHeader(await xlsxRowLooks(wb, KPI_SHEET, row, layout.columns.length))),
    )),
  ];
}

describe.each([
  ["Office (recording fake)", officeLooks],
  ["xlsx (exceljs)", xlsxLooks],
])("a plan 1.2.0 workbook refreshed (%s)", (_name, looksOf) => {
  it("has each 「KPI一覧」 column's look of a workbook built new", async () => {
    const built = await looksOf(fresh(), false);
    const refreshed = await looksOf(OLD_PLAN, true);
    // The first entry: each column's width; then the compared rows.
    ["width", ...ROWS].forEach((row, r) => {
      for (const c of layout.columns) {
        expect({ row, column: c.header, look: refreshed[r]?.[c.header] }).toEqual({
          row,
          column: c.header,
          look: built[r]?.[c.header],
        });
      }
    });
  }, 120_000);
});
