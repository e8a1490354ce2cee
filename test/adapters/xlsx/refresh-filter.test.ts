/**
 * Issue #11: refresh of a filtered 「KPI一覧」. An .xlsx saved with a sheet filter over the KPI rows (the table made
 * a plain range, then Data → Filter) and rows hidden by it: values land on their indicator's row, every row is
 * shown, and the written file has no sheet filter overlapping the table made again (Excel refuses a file whose
 * table and sheet autoFilter overlap: "We found a problem with some content").
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { writeWorkbookXlsx } from "../../../src/adapters/xlsx";
import { refreshXlsx } from "../../../src/app/refresh-xlsx";
import { yearKey } from "../../../src/workbook/kpi-columns";
import { KPI_SHEET, KPI_TABLE } from "../../../src/workbook/names";
import { parseRange } from "../../../src/lib/a1";
import { noticeText } from "../../../src/workbook/refresh-notice";
import { kpiCol } from "../../support/layout";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../../seeds/kpi-dataset.json"), "utf8")),
);
const AT = "2026-11-24T01:00:00.000Z";

function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === id) return r;
  throw new Error(`no row ${id}`);
}

const overlaps = (a: string, b: string): boolean => {
  const x = parseRange(a);
  const y = parseRange(b);
  return !(x.right < y.left || x.left > y.right || x.bottom < y.top || x.top > y.bottom);
};

describe("refresh of a filtered 「KPI一覧」 (.xlsx)", () => {
  test("a sheet filter with hidden rows: values by id, all rows shown, no filter overlapping the table", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookXlsx(buildWorkbookPlan(bundled, { builtAt: new Date(AT) }))) as never);
    const ws = wb.getWorksheet(KPI_SHEET)!;
    const last = 3 + bundled.indicators.length;
    ws.removeTable(KPI_TABLE);
    ws.autoFilter = `A3:${ws.getRow(3).getCell(ws.getRow(3).cellCount).address.replace(/\d+$/, "")}${last}`;
    const [first, second, third] = bundled.indicators.map((i) => i.id);
    ws.getRow(rowOf(ws, second!)).hidden = true;
    ws.getRow(rowOf(ws, third!)).hidden = true;
    ws.getRow(rowOf(ws, first!)).getCell(kpiCol(yearKey(2024))).value = 77;

    const next: Dataset = structuredClone(bundled);
    next.indicators.push({ ...structuredClone(next.indicators[0]!), id: next.indicators[0]!.id.replace(/\d+$/, "9") });
    const result = await refreshXlsx({
      xlsx: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      dataset: next,
      history: { at: AT, who: "t", source: "x" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.notices.map((n) => n.code)).toContain("RowsHidden");

    const out = new ExcelJS.Workbook();
    await out.xlsx.load(result.bytes as never);
    const kpi = out.getWorksheet(KPI_SHEET)!;
    expect(kpi.getRow(rowOf(kpi, first!)).getCell(kpiCol(yearKey(2024))).value).toBe(77);
    for (let r = 4; r <= last + 1; r++) expect(kpi.getRow(r).hidden).toBe(false);
    const table = (kpi.getTable(KPI_TABLE) as unknown as { table: { tableRef?: string; ref?: string } }).table;
    const tableRef = (table.tableRef ?? table.ref) as string;
    const sheetFilter = kpi.autoFilter as string | undefined;
    if (sheetFilter) expect(overlaps(sheetFilter, tableRef)).toBe(false);
  });
});
