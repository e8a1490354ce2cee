/**
 * 「確認事項」 through an .xlsx (issue #13): the exceljs writer's file keeps the sheet's list validation and 「KPI一覧」's
 * 要確認 formula and warning rule when read back; after staff set one item 確認済 (through the xlsx record-tables
 * store, as a CLI or a person would), LibreOffice recalculates 「KPI一覧」's 要確認 empty for that indicator only.
 * Needs `soffice`; skipped only without it.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxRecordTablesPort } from "../../src/adapters/xlsx/record-tables";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { VERIFICATION_CONTRACT, VERIFICATION_SHEET } from "../../src/workbook/verification-columns";
import { findSoffice, parseCsv, recalculateToCsv } from "../support/libreoffice";

const soffice = findSoffice();
if (!soffice) console.warn("skipping 「確認事項」 LibreOffice check: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;

const OUT = join(__dirname, "..", "..", "test-output", "verification-libreoffice");
const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")),
);
const noted = bundled.indicators.filter((i) => i.verification).map((i) => i.id);
const [checked] = noted as [string];

async function builtWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = await writeWorkbookXlsx(buildWorkbookPlan(bundled, { builtAt: new Date("2026-11-24T01:00:00Z") }));
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** 「KPI一覧」's header cells (row 3), for finding columns by header. */
const kpiHeaders = (ws: ExcelJS.Worksheet): string[] =>
  (ws.getRow(KPI_ROWS.header).values as unknown[]).slice(1).map((v) => String(v ?? ""));

describe("「確認事項」 in the .xlsx", () => {
  it("keeps 状態's list, the 要確認 formula and its warning rule when read back", async () => {
    const wb = await builtWorkbook();
    const sheet = wb.getWorksheet(VERIFICATION_SHEET)!;
    expect(sheet.getCell("E2").dataValidation).toMatchObject({ type: "list", formulae: ['"未確認,確認済"'] });
    expect(sheet.getCell("E2").value).toBe("未確認");
    const kpi = wb.getWorksheet(KPI_SHEET)!;
    const headers = kpiHeaders(kpi);
    const mark = headers.indexOf("要確認") + 1;
    const idCol = headers.indexOf("ID") + 1;
    const row = KPI_ROWS.firstData + bundled.indicators.findIndex((i) => i.id === checked);
    expect(kpi.getCell(row, idCol).value).toBe(checked);
    expect(kpi.getCell(row, mark).formula).toMatch(/^IF\(COUNTIFS\('確認事項'!\$A:\$A,/);
    const rules = (kpi as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] })
      .conditionalFormattings;
    const letter = kpi.getColumn(mark).letter;
    expect(rules.some((r) => r.ref.startsWith(`${letter}${KPI_ROWS.firstData}:`))).toBe(true);
  });
});

describeLo("「確認事項」 recalculated by LibreOffice", () => {
  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });

  it("empties 「KPI一覧」's 要確認 of the item staff set 確認済, and only that one", async () => {
    const wb = await builtWorkbook();
    const update = await xlsxRecordTablesPort(wb).updateRecordRows(VERIFICATION_CONTRACT, [
      { key: { indicatorId: checked }, cells: { state: { value: "確認済" }, checkedBy: { value: "事務局" } } },
    ]);
    expect(update).toMatchObject({ ok: true });
    const file = join(OUT, "verification.xlsx");
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const csv = recalculateToCsv(file, OUT, [KPI_SHEET]).get(KPI_SHEET);
    if (csv === undefined) throw new Error("no CSV of 「KPI一覧」");
    const rows = parseCsv(csv);
    const headers = rows[KPI_ROWS.header - 1] ?? [];
    const mark = headers.indexOf("要確認");
    const idCol = headers.indexOf("ID");
    const marks = new Map(rows.slice(KPI_ROWS.firstData - 1).map((r) => [r[idCol], r[mark] ?? ""]));
    expect(marks.get(checked)).toBe("");
    for (const id of noted.slice(1)) expect([id, marks.get(id)]).toEqual([id, "要確認"]);
    const plain = bundled.indicators.filter((i) => !i.verification).map((i) => i.id);
    for (const id of plain) expect([id, marks.get(id)]).toEqual([id, ""]);
  }, 240_000);
});
