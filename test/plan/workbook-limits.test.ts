/**
 * buildWorkbookPlan refuses what the workbook cannot hold instead of dropping or writing it (issue #11 §3): an
 * actual with no year column, text over a cell's limit, a 評価年度 outside 設定's own validation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset, type Indicator } from "../../src/domain/dataset/schema";
import { notesLengthBound, planYearRange } from "../../src/domain/dataset/workbook-limits";
import { notesOf } from "../../src/plan/kpi-rows";
import { settingsProblems, THRESHOLD_RANGE } from "../../src/plan/settings-sheet";
import { buildWorkbookPlan, WorkbookInputError, workbookPlanProblems } from "../../src/plan/workbook";
import { kpiLayout, planYearsOf } from "../../src/workbook/kpi-columns";

const builtAt = new Date("2026-11-24T09:00:00Z");
const bundled = datasetSchema.parse(JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")));

function refusal(dataset: Dataset, evaluationYear?: number): WorkbookInputError {
  try {
    buildWorkbookPlan(dataset, { builtAt, ...(evaluationYear !== undefined ? { evaluationYear } : {}) });
  } catch (e) {
    if (e instanceof WorkbookInputError) return e;
    throw e;
  }
  throw new Error("built a plan it should have refused");
}

describe("buildWorkbookPlan refuses values the workbook cannot hold", () => {
  it("builds the bundled dataset with every 評価年度 of its year columns", () => {
    for (const year of [2020, 2024, 2027])
      expect(workbookPlanProblems(bundled, { builtAt, evaluationYear: year })).toEqual([]);
    expect(() => buildWorkbookPlan(bundled, { builtAt, evaluationYear: 2020 })).not.toThrow();
  });

  it("refuses an actual with no year column instead of dropping it", () => {
    const d = structuredClone(bundled);
    d.indicators[3]!.actuals = [
      { year: 2024, value: 1 },
      { year: 2031, value: 2 },
    ];
    expect(refusal(d).problems).toEqual([
      {
        path: "indicators[3].actuals[1].year",
        message:
          "2031 is outside the plan's years 2020–2027 (the year before plan.from through plan.to): the workbook has no column for it",
      },
    ]);
  });

  it("refuses a text over Excel's cell limit instead of writing it", () => {
    const d = structuredClone(bundled);
    d.indicators[0]!.notes = ["x".repeat(40_000)];
    expect(refusal(d).message).toBe(
      "indicators[0].notes[0]: a text of 40,000 characters, over Excel's limit of 32,767 for a cell",
    );
  });

  it.each([2019, 2028, 2024.5, Number.NaN])("refuses 評価年度 %d, outside 設定's validation 2020–2027", (year) => {
    expect(refusal(bundled, year).problems).toEqual([
      {
        path: "evaluationYear",
        message: `must be a year from 2020 to 2027 (the plan's year columns, as 設定's validation), got ${year}`,
      },
    ]);
  });

  it("takes the 設定 validation's own bounds (評価年度 and 順調閾値)", () => {
    const plan = buildWorkbookPlan(bundled, { builtAt, evaluationYear: 2024 });
    const validations = plan.sheets.find((s) => s.name === "設定")?.validations ?? [];
    expect(validations.map((v) => (v.kind === "decimal" ? [v.range, v.min, v.max] : [v.range]))).toEqual([
      ["B4", 2020, 2027],
      ["B5", THRESHOLD_RANGE.min, THRESHOLD_RANGE.max],
    ]);
    const years = planYearsOf(bundled.plan);
    expect(settingsProblems(2024, years, THRESHOLD_RANGE.max)).toEqual([]);
    expect(settingsProblems(2024, years, 2.5)).toEqual([
      { path: "threshold", message: "must be from 0 to 2 (as 設定's validation), got 2.5" },
    ]);
    expect(settingsProblems(2024, years, -0.1).map((p) => p.path)).toEqual(["threshold"]);
  });
});

describe("the domain's limits follow the workbook's layout", () => {
  it("plan years: the year before the plan through its last, which are the year columns' years", () => {
    for (const [from, to, first, last] of [
      [2021, 2027, 2020, 2027],
      [2029, 2035, 2028, 2035],
      [2020, 2020, 2019, 2020],
    ] as const) {
      const plan = {
        from: { printed: "", basis: "fiscal" as const, year: from },
        to: { printed: "", basis: "fiscal" as const, year: to },
      };
      expect(planYearRange(plan)).toEqual({ first, last });
      const years = kpiLayout(planYearsOf(plan)).years;
      expect([years[0], years[years.length - 1]]).toEqual([first, last]);
    }
  });

  it("注記: the bound validate checks is never below the cell notesOf writes", () => {
    const full: Indicator = {
      ...(structuredClone(bundled.indicators[0]) as Indicator),
      verification: { reading: "読み", reason: "理由" },
      notes: ["※1 注記", "※2 注記"],
      baseline: { ...bundled.indicators[0]!.baseline, printed: "待機児童なし", value: 0, interpretation: "なし → 0" },
      target: { ...bundled.indicators[0]!.target, value: null, deferred: { reason: "次期計画で設定" } },
      reference: {
        printed: "655人",
        value: 655,
        period: { printed: "令和4年度", basis: "fiscal", year: 2022 },
        note: "※令和4年度から増加",
      },
    };
    for (const ind of [...bundled.indicators, full]) {
      expect((notesOf(ind) ?? "").length).toBeLessThanOrEqual(notesLengthBound(ind));
    }
  });
});
