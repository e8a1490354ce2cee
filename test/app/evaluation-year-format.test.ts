/**
 * Issue #13: 「評価」「総括意見」's 評価年度 reads 「令和7年度(2025)」 on the rows a use case appends too (a year prepared
 * after the build), not only on the plan's: the cell keeps the number, its format names that year.
 */
import ExcelJS from "exceljs";
import { prepareEvaluationYear } from "../../src/app/evaluation";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxEvaluationKpiPort } from "../../src/adapters/xlsx/evaluation-kpi";
import { xlsxRecordTablesPort } from "../../src/adapters/xlsx/record-tables";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { load } from "../fixtures/comments/workbook";
import { loadFixture } from "../plan/plan-readback";

const dataset = loadFixture("mixed");

/** Value and number format of every body cell under the header 評価年度 of `sheet`. */
function yearCells(wb: ExcelJS.Workbook, sheet: string): { value: unknown; numFmt: string | undefined }[] {
  const ws = wb.getWorksheet(sheet)!;
  let col = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (cell.value === "評価年度") col = c;
  });
  expect(col).toBeGreaterThan(0);
  const out: { value: unknown; numFmt: string | undefined }[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cell = ws.getRow(r).getCell(col);
    if (cell.value !== null && cell.value !== undefined) out.push({ value: cell.value, numFmt: cell.numFmt });
  }
  return out;
}

it("a prepared year's 「評価」「総括意見」 rows name 評価年度 as every year label does", async () => {
  const plan = buildWorkbookPlan(dataset, { builtAt: new Date("2026-11-24T09:00:00Z"), evaluationYear: 2024 });
  const wb = await load(await writeWorkbookXlsx(plan));
  const port = { ...xlsxRecordTablesPort(wb), ...xlsxEvaluationKpiPort(wb) };
  const prepared = await prepareEvaluationYear(port, 2025);
  expect(prepared.ok).toBe(true);
  for (const sheet of ["評価", "総括意見"]) {
    const added = yearCells(wb, sheet).filter((c) => c.value === 2025);
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(added.map((c) => c.numFmt))).toEqual(new Set(['[=2025]"令和7年度(2025)";0"年度"']));
    // The plan's rows of 2024 keep their own year's label.
    const built = yearCells(wb, sheet).filter((c) => c.value === 2024);
    expect(new Set(built.map((c) => c.numFmt))).toEqual(new Set(['[=2024]"令和6年度(2024)";0"年度"']));
  }
});
