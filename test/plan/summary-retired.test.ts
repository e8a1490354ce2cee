/**
 * 「概要」 counts the indicators the dataset has now: a row that a refresh marked 廃止 (区分 「廃止（KPI）」, grade still
 * computed) stays in 「KPI一覧」 but leaves the counts, per sub-goal and in total.
 */
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../src/workbook/names";
import { SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import { SUMMARY_HEADER_ROW } from "../../src/plan/summary-sheet";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { GRADES } from "../../src/domain/status";
import { loadPlanIntoHyperFormula } from "../support/hyperformula-plan";
import { loadFixture } from "./plan-readback";
import { kpiLetter } from "../support/layout";

describe("概要 leaves out 廃止 rows", () => {
  const dataset = loadFixture("mixed");
  const plan = buildWorkbookPlan(dataset, { builtAt: new Date("2025-06-01T00:00:00Z") });
  const loaded = loadPlanIntoHyperFormula(plan);
  afterAll(() => loaded.destroy());
  loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, 2024);

  const totalRow = SUMMARY_HEADER_ROW + dataset.subGoals.length + 1;
  const totalCol = String.fromCharCode(66 + GRADES.length); // the 合計 column after one column per grade
  const subGoalRow = (id: string): number => SUMMARY_HEADER_ROW + 1 + dataset.subGoals.findIndex((s) => s.id === id);

  it("counts every current indicator once, then one fewer when a row is marked 廃止", () => {
    expect(loaded.value(SUMMARY_SHEET, `${totalCol}${totalRow}`)).toBe(dataset.indicators.length);

    const first = dataset.indicators[0];
    if (!first) throw new Error("fixture has no indicator");
    const row = KPI_ROWS.firstData;
    const before = loaded.value(SUMMARY_SHEET, `${totalCol}${subGoalRow(first.subGoalId)}`) as number;
    const kindCell = `${kpiLetter("kind")}${row}`;
    const gradeBefore = loaded.value(KPI_SHEET, `${kpiLetter("grade")}${row}`);

    loaded.setValue(KPI_SHEET, kindCell, `廃止（${String(loaded.value(KPI_SHEET, kindCell))}）`);

    // The row still has its grade: only the counts change.
    expect(loaded.value(KPI_SHEET, `${kpiLetter("grade")}${row}`)).toBe(gradeBefore);
    expect(loaded.value(SUMMARY_SHEET, `${totalCol}${totalRow}`)).toBe(dataset.indicators.length - 1);
    expect(loaded.value(SUMMARY_SHEET, `${totalCol}${subGoalRow(first.subGoalId)}`)).toBe(before - 1);
  });
});
