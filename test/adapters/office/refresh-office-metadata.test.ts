/**
 * Issue #11: the metadata lived only in `workbook.properties.comments`, which Excel on the web may not save
 * (office-js #1318). The Office.js writers (build and refresh) keep a second copy in A1 of the very hidden sheet
 * 「_kpi-review」, the same text as the xlsx writer's; the readers take the sheet's copy, else the description's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { datasetSchema, type Dataset } from "../../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { applyWorkbookPlan, readOfficeMetadata } from "../../../src/adapters/office";
import { writeWorkbookXlsx } from "../../../src/adapters/xlsx";
import { refreshWorkbookOffice } from "../../../src/app/refresh-office";
import { previewRefreshOffice } from "../../../src/app/refresh-office";
import { encodeMetadata, METADATA_SHEET } from "../../../src/workbook/metadata";
import { createFakeExcel, getCell } from "../../support/fake-excel";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../../seeds/kpi-dataset.json"), "utf8")),
);
const AT = "2026-11-24T01:00:00.000Z";
const plan = buildWorkbookPlan(bundled, { builtAt: new Date(AT) });

async function built() {
  const excel = createFakeExcel();
  const result = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
  if (!result.ok) throw new Error("build failed");
  return excel;
}

describe("the metadata's second copy through Office.js", () => {
  test("a build writes A1 of the very hidden 「_kpi-review」 (text), the same as the description and the xlsx writer", async () => {
    const excel = await built();
    const sheet = excel.fake.state.sheet(METADATA_SHEET);
    expect(sheet.visibility).toBe("VeryHidden");
    expect(getCell(sheet, 1, 1)?.value).toBe(encodeMetadata(plan.metadata));
    expect(getCell(sheet, 1, 1)?.numberFormat).toBe("@");
    expect(excel.fake.state.properties.comments).toBe(encodeMetadata(plan.metadata));
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load((await writeWorkbookXlsx(plan)) as never);
    expect(xlsx.getWorksheet(METADATA_SHEET)?.getCell("A1").value).toBe(getCell(sheet, 1, 1)?.value);
  });

  test("the description lost (Excel on the web): readOfficeMetadata and the refresh read the sheet's copy", async () => {
    const excel = await built();
    excel.fake.state.properties.comments = "";
    await expect(readOfficeMetadata(excel.context)).resolves.toEqual({ ok: true, metadata: plan.metadata });
    const preview = await previewRefreshOffice(excel.context, { dataset: bundled, date: "2026-12-01" });
    expect(preview.ok && preview.state.datasetVersion).toBe(bundled.datasetVersion);
  });

  test("a refresh writes both copies alike, keeping the build's fields", async () => {
    const excel = await built();
    excel.fake.state.properties.comments = "";
    const next: Dataset = { ...structuredClone(bundled), datasetVersion: "1.1.0" };
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: next,
      history: { at: "2026-12-01T00:00:00.000Z", who: "t", source: "x" },
    });
    expect(result.ok).toBe(true);
    const expected = encodeMetadata({ ...plan.metadata, datasetVersion: "1.1.0" });
    expect(excel.fake.state.properties.comments).toBe(expected);
    expect(getCell(excel.fake.state.sheet(METADATA_SHEET), 1, 1)?.value).toBe(expected);
    expect(excel.fake.state.sheets.filter((s) => s.name === METADATA_SHEET)).toHaveLength(1);
  });
});
