/**
 * 「KPI一覧」's member-first layout as each backend writes it (issue #13): wrapped name/label columns, the planned row
 * heights, the folded details column group, A3 landscape one page wide with the header row and ID:指標名 repeated.
 * The plan is the bundled dataset's; columns are found by header.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { columnLetter } from "../../src/lib/a1";
import type { SheetPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { createFakeExcel, getCell } from "../support/fake-excel";
import { DETAIL_HEADERS } from "../support/layout";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")),
);
const plan = buildWorkbookPlan(bundled, { builtAt: new Date("2026-11-24T09:00:00Z") });
const kpi = plan.sheets.find((s) => s.name === KPI_SHEET) as SheetPlan;
const headers = (kpi.rows[KPI_ROWS.header - 1] ?? []).map((c) => c?.value);
const col = (header: string): number => headers.indexOf(header) + 1;
const rowOf = (id: string): number => kpi.rows.findIndex((r) => r[0]?.value === id) + 1;
const lastRow = kpi.rows.length;
const DETAILS = DETAIL_HEADERS;
const WRAPPED = ["指標名", "基本目標", "施策", "注記"];
const heightOf = (row: number): number | undefined => kpi.rowHeights?.find((h) => h.row === row)?.height;

describe("「KPI一覧」 layout through exceljs", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookXlsx(plan)) as unknown as ArrayBuffer);
    ws = wb.getWorksheet(KPI_SHEET)!;
  }, 60_000);

  it("wraps the name and label columns on every data row, and nothing else", () => {
    for (const h of WRAPPED) {
      for (const r of [KPI_ROWS.firstData, rowOf("2-2-K2-1a"), lastRow]) {
        expect([h, r, ws.getRow(r).getCell(col(h)).alignment?.wrapText]).toEqual([h, r, true]);
      }
    }
    expect(ws.getRow(KPI_ROWS.firstData).getCell(col("評価")).alignment?.wrapText).toBeFalsy();
    // The wrapped copy keeps the cell's own look (input fill, number format elsewhere are untouched).
    expect(ws.getRow(KPI_ROWS.firstData).getCell(col("指標名")).border?.top?.style).toBe("thin");
  });

  it("gives 2-2-K2-1a/1b and the header row the planned heights", () => {
    for (const id of ["2-2-K2-1a", "2-2-K2-1b"]) {
      const r = rowOf(id);
      expect(heightOf(r)).toBeGreaterThan(0);
      expect(ws.getRow(r).height).toBe(heightOf(r));
    }
    expect(ws.getRow(KPI_ROWS.header).height).toBe(heightOf(KPI_ROWS.header));
  });

  it("folds the details: outline level 1 and hidden, the columns around them not", () => {
    for (const h of DETAILS)
      expect([h, ws.getColumn(col(h)).outlineLevel, ws.getColumn(col(h)).hidden]).toEqual([h, 1, true]);
    for (const h of ["評価", "令和9年度(2027)", "意見数"]) {
      expect([h, ws.getColumn(col(h)).outlineLevel ?? 0, ws.getColumn(col(h)).hidden]).toEqual([h, 0, false]);
    }
    expect(ws.properties.outlineLevelCol).toBe(1);
  });

  it("prints A3 landscape, one page wide, with row 3 and columns A:B on every page", () => {
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 8, fitToPage: true, fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${KPI_ROWS.header}:${KPI_ROWS.header}`);
    expect(ws.pageSetup.printTitlesColumn).toBe(`${columnLetter(col("ID"))}:${columnLetter(col("指標名"))}`);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: col("指標名"), ySplit: KPI_ROWS.header });
  });
});

describe("「KPI一覧」 layout through Office.js (the recording fake)", () => {
  let sheet: ReturnType<ReturnType<typeof createFakeExcel>["fake"]["state"]["sheet"]>;
  beforeAll(async () => {
    const excel = createFakeExcel();
    const result = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
    if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result)}`);
    expect(result.skipped).toEqual([]);
    sheet = excel.fake.state.sheet(KPI_SHEET);
  }, 120_000);

  it("wraps the name and label columns on every data row, and not 評価", () => {
    for (const h of WRAPPED) {
      for (const r of [KPI_ROWS.firstData, rowOf("2-2-K2-1a"), lastRow]) {
        expect([h, r, getCell(sheet, r, col(h))?.format.wrapText]).toEqual([h, r, true]);
      }
    }
    expect(getCell(sheet, KPI_ROWS.firstData, col("評価"))?.format.wrapText).toBeFalsy();
  });

  it("sets the planned heights, the same as the xlsx side", () => {
    for (const h of kpi.rowHeights ?? []) expect([h.row, sheet.rowHeights?.get(h.row)]).toEqual([h.row, h.height]);
    expect(sheet.rowHeights?.get(KPI_ROWS.firstData)).toBe(heightOf(KPI_ROWS.firstData));
  });

  it("groups the details by columns and folds them (hideGroupDetails), leaving the rest shown", () => {
    const first = columnLetter(Math.min(...DETAILS.map(col)));
    const last = columnLetter(Math.max(...DETAILS.map(col)));
    expect(sheet.groups).toContainEqual({ address: `${first}:${last}`, option: "ByColumns", detailsHidden: true });
    for (const h of DETAILS) expect([h, sheet.columns.get(col(h))?.hidden]).toEqual([h, true]);
    for (const h of ["評価", "令和9年度(2027)"])
      expect([h, sheet.columns.get(col(h))?.hidden ?? false]).toEqual([h, false]);
  });

  it("prints A3 landscape, one page wide, with row 3 and ID:指標名 on every page", () => {
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A3",
      printTitleRows: `$${KPI_ROWS.header}:$${KPI_ROWS.header}`,
      printTitleColumns: `$${columnLetter(col("ID"))}:$${columnLetter(col("指標名"))}`,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sheet.freeze).toEqual({ rows: KPI_ROWS.header, columns: col("指標名") });
  });
});

describe("「KPI一覧」 layout after a refresh that moves rows", () => {
  // Built without 1-1-K1-2, refreshed with it: it comes back in its place and every row below moves down one.
  const without: Dataset = { ...bundled, indicators: bundled.indicators.filter((i) => i.id !== "1-1-K1-2") };
  const history = { at: "2026-11-28T01:00:00.000Z", who: "t", source: "x" };
  const needed = new Map((kpi.rowHeights ?? []).map((h) => [h.row, h.height]));

  it("exceljs: the wrapped columns stay wrapped, and each row has the height its own name needs", async () => {
    const built = await writeWorkbookXlsx(buildWorkbookPlan(without, { builtAt: new Date(history.at) }));
    const result = await refreshXlsx({ xlsx: new Uint8Array(built), dataset: bundled, history });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.added).toEqual(["1-1-K1-2"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(KPI_SHEET)!;
    for (let r = KPI_ROWS.header; r <= lastRow; r++) {
      expect([r, ws.getRow(r).getCell(1).value, ws.getRow(r).height]).toEqual([
        r,
        kpi.rows[r - 1]?.[0]?.value,
        needed.get(r),
      ]);
    }
    for (const h of WRAPPED)
      expect([h, ws.getRow(rowOf("2-2-K2-1a")).getCell(col(h)).alignment?.wrapText]).toEqual([h, true]);
  }, 60_000);

  it("Office.js (fake): the wrapped columns are wrapped over the rows, and each row that needs a height has its own", async () => {
    const excel = createFakeExcel();
    const built = await applyWorkbookPlan(
      excel.context,
      buildWorkbookPlan(without, { builtAt: new Date(history.at) }),
      {
        isSetSupported: () => true,
      },
    );
    if (!built.ok) throw new Error("build failed");
    const result = await refreshWorkbookOffice(
      excel.context,
      { dataset: bundled, history },
      { now: () => new Date(history.at) },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const sheet = excel.fake.state.sheet(KPI_SHEET);
    // The fake does not move heights with inserted rows (its README): only the heights the refresh sets are checked.
    for (const [row, height] of needed) expect([row, sheet.rowHeights?.get(row)]).toEqual([row, height]);
    for (const h of WRAPPED) {
      expect([h, getCell(sheet, rowOf("1-1-K1-2"), col(h))?.format.wrapText]).toEqual([h, true]);
    }
  }, 120_000);
});
