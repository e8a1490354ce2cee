/**
 * The expression rules of 「KPI一覧」, evaluated by HyperFormula for the top-left cell of their range (a rule's
 * formula is written relative to that cell, so placing its text in a spare cell evaluates it there).
 */
import { KPI_ROWS, yearKey } from "../../src/workbook/kpi-columns";
import { kpiLetter } from "../support/layout";
import { KPI_SHEET, SETTINGS_SHEET } from "../../src/workbook/names";
import { SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import type { ConditionalFormatPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { loadPlanIntoHyperFormula, parseA1, renameNames } from "../support/hyperformula-plan";
import { datasetOf, type IndicatorSketch } from "./dataset-builder";

const builtAt = new Date("2025-06-01T00:00:00Z");
const base: IndicatorSketch = {
  rule: "increase",
  baseline: 80,
  baselineYear: 2019,
  target: 90,
  targetYear: 2027,
  basis: "fiscal",
  actuals: [],
};

/** Evaluates the rule whose formula matches `pick` for the first data row's first year cell (令和2年度, 2020). */
function ruleAtTopLeft(
  sketch: IndicatorSketch,
  evaluationYear: number,
  pick: (rule: ConditionalFormatPlan) => boolean,
): unknown {
  const plan = buildWorkbookPlan(datasetOf([sketch]), { builtAt });
  const rule = plan.sheets.find((s) => s.name === KPI_SHEET)?.conditionalFormats.find(pick);
  if (!rule || rule.kind !== "expression") throw new Error("rule not found");
  expect(rule.range.startsWith(`${kpiLetter(yearKey(2020))}${KPI_ROWS.firstData}:`)).toBe(true);
  const loaded = loadPlanIntoHyperFormula(plan);
  try {
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, evaluationYear);
    const sheet = loaded.hf.getSheetId(KPI_SHEET) as number;
    loaded.hf.setCellContents({ sheet, ...parseA1("AZ1") }, [[renameNames(rule.formula, loaded.aliases)]]);
    return loaded.value(KPI_SHEET, "AZ1");
  } finally {
    loaded.destroy();
  }
}

const isDue = (r: ConditionalFormatPlan): boolean => r.kind === "expression" && r.formula.includes("評価年度");
const isPercentSlip = (r: ConditionalFormatPlan): boolean => r.kind === "expression" && r.formula.includes("ABS(");

describe("due highlight (empty 評価年度 cell of an indicator with a target)", () => {
  it.each([
    ["評価年度 is 2020 and the 2020 cell is empty", base, 2020, true],
    ["評価年度 is 2021: the 2020 column is not the one due", base, 2021, false],
    ["the 2020 cell holds a value", { ...base, actuals: [[2020, 85]] as const }, 2020, false],
    ["no target (deferred): nothing is due", { ...base, target: null }, 2020, false],
  ] as const)("%s", (_name, sketch, evaluationYear, expected) => {
    expect(ruleAtTopLeft(sketch, evaluationYear, isDue)).toBe(expected);
  });
});

describe("percent slip (「94.6%」 typed where 94.6 is meant)", () => {
  it.each([
    ["0.946 in a % indicator", { ...base, unit: "%", actuals: [[2020, 0.946]] as const }, true],
    ["94.6 in a % indicator", { ...base, unit: "%", actuals: [[2020, 94.6]] as const }, false],
    ["0 in a % indicator", { ...base, unit: "%", actuals: [[2020, 0]] as const }, false],
    ["empty cell", { ...base, unit: "%" }, false],
    ["0.5 in a 件 indicator", { ...base, unit: "件", actuals: [[2020, 0.5]] as const }, false],
  ] as const)("%s", (_name, sketch, expected) => {
    expect(ruleAtTopLeft(sketch, 2024, isPercentSlip)).toBe(expected);
  });
});
