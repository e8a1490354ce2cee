/**
 * A workbook of plan 1.2.0 (the old column order) refreshed with the current plan: each 「KPI一覧」 column then looks
 * as in a workbook built new — width, style (fill, font, borders, wrap) and number format — on both backends (#13).
 * The columns moved with the member-first order, so a column's cells held another column's look (a formula column
 * kept the yellow input fill or the grey of the definitions that sat there).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import type { WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { layoutOf } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { noticeText } from "../../src/workbook/refresh-notice";
import { bordersOf, createFakeExcel, getCell } from "../support/fake-excel";
import { loadFixture } from "../plan/plan-readback";

const AT = "2026-11-28T01:00:00.000Z";
const HISTORY = { at: AT, who: "u", source: "mixed.json" };
const OLD: WorkbookPlan = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/refresh/plan-1.2.0-mixed.json"), "utf8"),
) as WorkbookPlan;
const dataset = loadFixture("mixed");
const layout = layoutOf(dataset);
const fresh = (): WorkbookPlan => buildWorkbookPlan(dataset, { builtAt: new Date(AT) });
/** The data rows compared: the first and the last indicator's. */
const ROWS = [4, 4 + dataset.indicators.length - 1];

/** Each plan column's width, then its look on each compared row, by header. */
type Looks = Record<string, unknown>;

async function officeLooks(plan: WorkbookPlan, refresh: boolean): Promise<Looks[]> {
  const excel = createFakeExcel();
  const built = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
  if (!built.ok) throw new Error("build failed");
  if (refresh) {
    const result = await refreshWorkbookOffice(excel.context, { dataset, history: HISTORY });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
  }
  const state = excel.fake.state;
  const kpi = state.sheet(KPI_SHEET);
  const widths = Object.fromEntries(layout.columns.map((c, i) => [c.header, kpi.columns.get(i + 1)?.widthPoints]));
  return [
    widths,
    ...ROWS.map((row) =>
      Object.fromEntries(
        layout.columns.map((c, i) => {
          const cell = getCell(kpi, row, i + 1);
          return [
            c.header,
            {
              numberFormat: cell?.numberFormat ?? "General",
              format: cell?.format ?? {},
              borders: bordersOf(state, KPI_SHEET, row, i + 1),
            },
          ];
        }),
      ),
    ),
  ];
}

async function xlsxLooks(plan: WorkbookPlan, refresh: boolean): Promise<Looks[]> {
  let bytes: Uint8Array = await writeWorkbookXlsx(plan);
  if (refresh) {
    const result = await refreshXlsx({ xlsx: bytes, dataset, history: HISTORY });
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
    ...ROWS.map((row) =>
      Object.fromEntries(
        layout.columns.map((c, i) => {
          const s = ws.getCell(row, i + 1).style;
          const look = {
            numFmt: s.numFmt ?? "General",
            fill: s.fill,
            font: s.font,
            border: s.border,
            align: s.alignment,
          };
          return [c.header, JSON.parse(JSON.stringify(look)) as unknown];
        }),
      ),
    ),
  ];
}

describe.each([
  ["Office (recording fake)", officeLooks],
  ["xlsx (exceljs)", xlsxLooks],
])("a plan 1.2.0 workbook refreshed (%s)", (_name, looksOf) => {
  it("has each 「KPI一覧」 column's look of a workbook built new", async () => {
    const built = await looksOf(fresh(), false);
    const refreshed = await looksOf(OLD, true);
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
