/**
 * 「評価」「総括意見」 as planned, and their two formulas computed by HyperFormula over the whole built plan: 評価（算定）
 * takes a closed year's grade from 「評価履歴」, else the live grade of 「KPI一覧」 for 評価年度's rows, else blank;
 * 算定との差異 names the two letters only when the committee judged another grade.
 */
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { buildEvaluationSheet, buildSummaryOpinionsSheet } from "../../src/plan/evaluation-sheets";
import type { SheetPlan, WorkbookPlan } from "../../src/plan/types";
import {
  CLOSED_COLUMNS,
  CLOSED_HISTORY_SHEET,
  EVALUATION_COLUMNS,
  EVALUATION_SHEET,
  SUMMARY_OPINIONS_SHEET,
  closedKey,
} from "../../src/workbook/evaluation-columns";
import { planColumnIndex } from "../../src/workbook/comment-columns";
import { columnLetter } from "../../src/lib/a1";
import { KPI_ROWS, layoutOf } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { loadPlanIntoHyperFormula } from "../support/hyperformula-plan";
import { loadFixture } from "./plan-readback";

const builtAt = new Date("2026-11-24T09:00:00Z");
const mixed = loadFixture("mixed");
const YEAR = 2024;
const sheetOf = (p: WorkbookPlan, name: string): SheetPlan => {
  const s = p.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const col = (key: (typeof EVALUATION_COLUMNS)[number]["key"]): string =>
  columnLetter(planColumnIndex(EVALUATION_COLUMNS, key));
const closedCol = (key: (typeof CLOSED_COLUMNS)[number]["key"]): string =>
  columnLetter(planColumnIndex(CLOSED_COLUMNS, key));

describe("「評価」「総括意見」 plan", () => {
  it("pre-fills one 評価 row per indicator for 評価年度, and 総括意見 rows 全体 and each 基本目標", () => {
    const evaluation = buildEvaluationSheet(mixed, YEAR);
    expect(evaluation.rows[0]?.map((c) => c?.value)).toEqual(EVALUATION_COLUMNS.map((c) => c.header));
    expect(evaluation.rows).toHaveLength(1 + mixed.indicators.length);
    expect(evaluation.rows.slice(1).map((r) => [r[0]?.value, r[1]?.value, r[2]?.value])).toEqual(
      mixed.indicators.map((i) => [YEAR, i.id, i.name]),
    );
    expect(evaluation.tables[0]?.range).toBe(`A1:N${1 + mixed.indicators.length}`);
    expect(evaluation.validations.map((v) => v.kind === "list" && v.values)).toEqual([
      ["拡大", "改善", "継続", "縮小", "廃止"],
      ["A 達成", "B 順調", "C 遅れ", "D 悪化", "評価保留"],
    ]);
    const summary = buildSummaryOpinionsSheet(mixed, YEAR);
    expect(summary.rows.slice(1).map((r) => [r[0]?.value, r[1]?.value])).toEqual([
      [YEAR, "全体"],
      ...mixed.basicGoals.map((g) => [YEAR, `基本目標${g.id}`]),
    ]);
  });

  it("sits after the committee's sheets in a built workbook", () => {
    const names = buildWorkbookPlan(mixed, { builtAt, evaluationYear: YEAR }).sheets.map((s) => s.name);
    expect(names.indexOf(EVALUATION_SHEET)).toBe(names.indexOf("委員意見") + 1);
    expect(names.indexOf(SUMMARY_OPINIONS_SHEET)).toBe(names.indexOf(EVALUATION_SHEET) + 1);
  });
});

describe("「評価」's formulas in HyperFormula", () => {
  const plan = buildWorkbookPlan(mixed, { builtAt, evaluationYear: YEAR });
  const kpi = layoutOf(mixed);
  const idAt = (row: number): string => String(sheetOf(plan, EVALUATION_SHEET).rows[row - 1]?.[1]?.value);
  // 「KPI一覧」's row of the indicator on 評価 row `row` (both in dataset order).
  const kpiGrade = (loaded: ReturnType<typeof loadPlanIntoHyperFormula>, row: number) =>
    loaded.value(KPI_SHEET, `${kpi.letter("grade")}${KPI_ROWS.firstData + row - 2}`);

  it("shows the live grade for 評価年度, blank for another open year, the frozen grade once the year is closed", () => {
    const loaded = loadPlanIntoHyperFormula(plan);
    try {
      const live = kpiGrade(loaded, 2);
      expect(typeof live).toBe("string");
      expect(loaded.value(EVALUATION_SHEET, `${col("formulaGrade")}2`)).toBe(live);
      loaded.setValue(EVALUATION_SHEET, `${col("year")}3`, YEAR - 1);
      expect(loaded.value(EVALUATION_SHEET, `${col("formulaGrade")}3`)).toBe("");
      // 評価履歴 row 5: the year before, closed with grade D; and 評価年度 closed with C.
      loaded.setValue(CLOSED_HISTORY_SHEET, `${closedCol("key")}5`, closedKey(YEAR - 1, idAt(3)));
      loaded.setValue(CLOSED_HISTORY_SHEET, `${closedCol("formulaGrade")}5`, "D 悪化");
      loaded.setValue(CLOSED_HISTORY_SHEET, `${closedCol("key")}6`, closedKey(YEAR, idAt(2)));
      loaded.setValue(CLOSED_HISTORY_SHEET, `${closedCol("formulaGrade")}6`, "C 遅れ");
      expect(loaded.value(EVALUATION_SHEET, `${col("formulaGrade")}3`)).toBe("D 悪化");
      expect(loaded.value(EVALUATION_SHEET, `${col("formulaGrade")}2`)).toBe("C 遅れ");
      // A row without an ID stays blank.
      loaded.setValue(EVALUATION_SHEET, `${col("indicatorId")}4`, null);
      expect(loaded.value(EVALUATION_SHEET, `${col("formulaGrade")}4`)).toBe("");
    } finally {
      loaded.destroy();
    }
  });

  it("names the two letters when the committee judged otherwise, else blank", () => {
    const loaded = loadPlanIntoHyperFormula(plan);
    try {
      loaded.setValue(CLOSED_HISTORY_SHEET, `${closedCol("key")}5`, closedKey(YEAR, idAt(2)));
      loaded.setValue(CLOSED_HISTORY_SHEET, `${closedCol("formulaGrade")}5`, "C 遅れ");
      const difference = (): unknown => loaded.value(EVALUATION_SHEET, `${col("difference")}2`);
      expect(difference()).toBe("");
      const cases: readonly [string, string][] = [
        ["B 順調", "算定C／委員会B"],
        ["B", "算定C／委員会B"],
        ["C 遅れ", ""],
        ["評価保留", ""],
        ["A 達成", "算定C／委員会A"],
      ];
      for (const [committee, expected] of cases) {
        loaded.setValue(EVALUATION_SHEET, `${col("committeeGrade")}2`, committee);
        expect([committee, difference()]).toEqual([committee, expected]);
      }
      // A grade that is no letter (no target) is shown whole.
      loaded.setValue(CLOSED_HISTORY_SHEET, `${closedCol("formulaGrade")}5`, "目標未設定");
      loaded.setValue(EVALUATION_SHEET, `${col("committeeGrade")}2`, "B 順調");
      expect(difference()).toBe("算定目標未設定／委員会B");
      // A hand-edited 「評価履歴」 text is no grade even when it starts with a letter: shown whole, never taken for
      // 「A」 (the letter comes from the whole grade text, as 前回評価 reads it).
      loaded.setValue(CLOSED_HISTORY_SHEET, `${closedCol("formulaGrade")}5`, "A評価");
      loaded.setValue(EVALUATION_SHEET, `${col("committeeGrade")}2`, "A 達成");
      expect(difference()).toBe("算定A評価／委員会A");
    } finally {
      loaded.destroy();
    }
  });
});

describe("「概要」's count of 外的要因", () => {
  it("counts the 評価年度 rows of 「評価」 with an 外的要因, apart from other years and empty cells", () => {
    const plan = buildWorkbookPlan(mixed, { builtAt, evaluationYear: YEAR });
    const loaded = loadPlanIntoHyperFormula(plan);
    try {
      const count = (): unknown => loaded.value("概要", "B5");
      expect(loaded.value("概要", "A5")).toBe("外的要因あり");
      expect(count()).toBe(0);
      loaded.setValue(EVALUATION_SHEET, `${col("externalFactor")}2`, "新型コロナウイルス感染症の影響");
      loaded.setValue(EVALUATION_SHEET, `${col("externalFactor")}3`, "災害");
      expect(count()).toBe(2);
      loaded.setValue(EVALUATION_SHEET, `${col("year")}3`, YEAR - 1);
      expect(count()).toBe(1);
    } finally {
      loaded.destroy();
    }
  });
});
