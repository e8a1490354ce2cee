/**
 * The xlsx EvaluationKpiPort reads 評価年度 / 順調閾値 through their defined names, as the Office side does
 * (test/adapters/office/evaluation-kpi.test.ts): a name redefined elsewhere on 「設定」 gives that cell's value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readEvaluationKpiXlsx } from "../../../src/adapters/xlsx/evaluation-kpi";
import { removeDefinedName } from "../../../src/adapters/xlsx/exceljs-internals";
import { xlsxWorkbookPort } from "../../../src/adapters/xlsx/workbook-port";
import { validateDataset } from "../../../src/domain/dataset/validate";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { EVALUATION_YEAR_NAME, SETTINGS_SHEET, THRESHOLD_NAME } from "../../../src/workbook/names";

async function built(): Promise<ExcelJS.Workbook> {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, "../../fixtures/datasets/valid-minimal.json"), "utf8"));
  const v = validateDataset(raw);
  if (!v.ok) throw new Error("fixture dataset invalid");
  const wb = new ExcelJS.Workbook();
  const plan = buildWorkbookPlan(v.dataset, { builtAt: new Date("2026-06-01T01:00:00Z"), evaluationYear: 2025 });
  const applied = await xlsxWorkbookPort(wb).applyPlan(plan, { replace: false });
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  return wb;
}

describe("the xlsx EvaluationKpiPort's settings", () => {
  it("reads a redefined name's cell, and null for a name that is gone", async () => {
    const wb = await built();
    expect([readEvaluationKpiXlsx(wb).evaluationYear, readEvaluationKpiXlsx(wb).threshold]).toEqual([2025, 1]);
    const settings = wb.getWorksheet(SETTINGS_SHEET);
    if (!settings) throw new Error("no 設定");
    settings.getCell("D9").value = 2026;
    removeDefinedName(wb, EVALUATION_YEAR_NAME);
    wb.definedNames.add(`'${SETTINGS_SHEET}'!$D$9`, EVALUATION_YEAR_NAME);
    removeDefinedName(wb, THRESHOLD_NAME);
    const read = readEvaluationKpiXlsx(wb);
    expect([read.evaluationYear, read.threshold]).toEqual([2026, null]);
  });
});
