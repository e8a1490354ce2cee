/**
 * Issue #11: the metadata lived only in the document description, which Excel on the web may not save (office-js
 * #1318). Both writers keep a second copy in cell A1 of the very hidden sheet 「_kpi-review」, the same text; the
 * readers take the sheet's copy, else the description's.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { readWorkbookMetadata, writeWorkbookXlsx } from "../../../src/adapters/xlsx";
import { refreshXlsx } from "../../../src/app/refresh-xlsx";
import { encodeMetadata, METADATA_SHEET } from "../../../src/workbook/metadata";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../../seeds/kpi-dataset.json"), "utf8")),
);
const AT = "2026-11-24T01:00:00.000Z";
const plan = buildWorkbookPlan(bundled, { builtAt: new Date(AT) });

async function load(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

describe("the metadata's second copy in an .xlsx", () => {
  test("a built workbook holds it in A1 of the very hidden 「_kpi-review」, as text, the same as the description", async () => {
    const wb = await load(await writeWorkbookXlsx(plan));
    const sheet = wb.getWorksheet(METADATA_SHEET);
    expect(sheet?.state).toBe("veryHidden");
    expect(sheet?.getCell("A1").value).toBe(encodeMetadata(plan.metadata));
    expect(sheet?.getCell("A1").numFmt).toBe("@");
    expect(wb.description).toBe(encodeMetadata(plan.metadata));
    // The plan's sheets come first (the first sheet is the one Excel opens on), the hidden one last.
    expect(wb.worksheets.map((w) => w.name)).toEqual([...plan.sheets.map((s) => s.name), METADATA_SHEET]);
  });

  test("a description lost (Excel on the web) or edited away: the sheet's copy is read", async () => {
    const wb = await load(await writeWorkbookXlsx(plan));
    wb.description = "";
    const lost = await readWorkbookMetadata(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(lost).toEqual({ ok: true, metadata: plan.metadata });
  });

  test("a refresh writes both copies alike, keeping the build's fields from the copy that survived", async () => {
    const wb = await load(await writeWorkbookXlsx(plan));
    wb.description = "";
    const next: Dataset = { ...structuredClone(bundled), datasetVersion: "1.1.0" };
    const result = await refreshXlsx({
      xlsx: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      dataset: next,
      history: { at: "2026-12-01T00:00:00.000Z", who: "t", source: "x" },
    });
    if (!result.ok) throw new Error("refresh failed");
    const out = await load(result.bytes);
    const expected = encodeMetadata({ ...plan.metadata, datasetVersion: "1.1.0" });
    expect(out.description).toBe(expected);
    expect(out.getWorksheet(METADATA_SHEET)?.getCell("A1").value).toBe(expected);
    expect(out.getWorksheet(METADATA_SHEET)?.state).toBe("veryHidden");
  });
});
