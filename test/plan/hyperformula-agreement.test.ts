/**
 * The sheet's formulas, recalculated by HyperFormula, agree with the TypeScript twin (src/domain/status.ts),
 * row by row, on fixtures and on random indicators; and 「概要」's COUNTIFS agree with counting the twin's grades.
 */
import { GRADES } from "../../src/domain/status";
import { kpiLetter, KPI_ROWS } from "../../src/plan/columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../src/plan/names";
import { SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import { SUMMARY_HEADER_ROW } from "../../src/plan/summary-sheet";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { loadPlanIntoHyperFormula } from "../support/hyperformula-plan";
import { expectRowAgrees, loadFixture, sheetStatus, twinStatus } from "./plan-readback";

const builtAt = new Date("2025-06-01T00:00:00Z");

describe("formulas agree with the twin (fixture mixed)", () => {
  const dataset = loadFixture("mixed");
  const plan = buildWorkbookPlan(dataset, { builtAt });
  const loaded = loadPlanIntoHyperFormula(plan);
  afterAll(() => loaded.destroy());

  it.each([
    [2024, 1.0],
    [2023, 1.0],
    [2022, 0.5],
    [2027, 1.2],
    [2020, 1.0],
  ])("評価年度 %d, 順調閾値 %d", (evaluationYear, k) => {
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, evaluationYear);
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.threshold}`, k);
    dataset.indicators.forEach((ind, i) => {
      expectRowAgrees(sheetStatus(loaded, i), twinStatus(ind, evaluationYear, k), ind.id);
    });
  });

  it("counts grades per 基本目標 in 概要 as the twin does", () => {
    const evaluationYear = 2024;
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, evaluationYear);
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.threshold}`, 1);
    dataset.subGoals.forEach((sg, r) => {
      GRADES.forEach((g, c) => {
        const expected = dataset.indicators.filter(
          (ind) => ind.subGoalId === sg.id && twinStatus(ind, evaluationYear, 1).grade === g.grade,
        ).length;
        const cell = `${String.fromCharCode(66 + c)}${SUMMARY_HEADER_ROW + 1 + r}`;
        expect([sg.id, g.grade, loaded.value(SUMMARY_SHEET, cell)]).toEqual([sg.id, g.grade, expected]);
      });
    });
    const totalRow = SUMMARY_HEADER_ROW + dataset.subGoals.length + 1;
    const totalCol = String.fromCharCode(66 + GRADES.length);
    expect(loaded.value(SUMMARY_SHEET, `${totalCol}${totalRow}`)).toBe(dataset.indicators.length);
  });

  it("reads the grade column where the plan says it is", () => {
    expect(loaded.value(KPI_SHEET, `${kpiLetter("grade")}${KPI_ROWS.header}`)).toBe("評価");
  });
});
