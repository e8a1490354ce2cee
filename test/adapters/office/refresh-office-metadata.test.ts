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
import { createFakeExcel, ensureCell, getCell, markChanged } from "../../support/fake-excel";
import { KPI_SHEET, PLAN_VERSION } from "../../../src/workbook/names";
import { noticeText } from "../../../src/workbook/refresh-notice";
import { LAYOUT } from "../../support/layout";

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

describe("a workbook built by an older plan (metadata planVersion 1.0.0)", () => {
  test("its 達成率 formulas are an update of the plan (one notice with the count, none restored), and the metadata then says PLAN_VERSION", async () => {
    const excel = await built();
    const state = excel.fake.state;
    const old = encodeMetadata({ ...plan.metadata, planVersion: "1.0.0" });
    state.properties.comments = old;
    ensureCell(state.sheet(METADATA_SHEET), 1, 1).value = old;
    // The 1.0.0 達成率 in every row: the plan's without the 方向 test the grading fix added (OR(目標値=0, 方向="減少")).
    const kpi = state.sheet(KPI_SHEET);
    const column = LAYOUT.col("progress");
    for (let r = 4; r < 4 + bundled.indicators.length; r++) {
      const cell = ensureCell(kpi, r, column);
      const before = String(cell.formula);
      cell.formula = before.replace(/OR\(([A-Z]+\d+=0),[A-Z]+\d+="[^"]+"\)/, "OR($1)");
      expect(cell.formula).not.toBe(before);
    }
    markChanged();
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: bundled,
      history: { at: "2026-12-01T00:00:00.000Z", who: "t", source: "x" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.restored).toEqual([]);
    const updated = result.plan.notices.filter((n) => n.code === "PlanFormulasUpdated");
    expect(updated.map((n) => n.params)).toEqual([
      { version: PLAN_VERSION, from: "1.0.0", count: bundled.indicators.length },
    ]);
    expect(noticeText("ja", updated[0]!)).toContain(`計算式を新しい版（${PLAN_VERSION}）に更新しました`);
    const now = encodeMetadata({ ...plan.metadata, planVersion: PLAN_VERSION });
    expect(state.properties.comments).toBe(now);
    expect(getCell(state.sheet(METADATA_SHEET), 1, 1)?.value).toBe(now);
    // The next refresh has nothing to update.
    const again = await refreshWorkbookOffice(excel.context, {
      dataset: bundled,
      history: { at: "2026-12-02T00:00:00.000Z", who: "t", source: "x" },
    });
    expect(again.ok && again.plan.notices.map((n) => n.code)).not.toContain("PlanFormulasUpdated");
    expect(again.ok && again.plan.restored).toEqual([]);
  });
});
