/**
 * The sheet's formulas, recalculated by HyperFormula, agree with the TypeScript twin (src/domain/status.ts),
 * row by row, on fixtures and on random indicators; and 「概要」's COUNTIFS agree with counting the twin's grades.
 */
import fc from "fast-check";
import { datasetSchema } from "../../src/domain/dataset/schema";
import { GRADES } from "../../src/domain/status";
import { CASES } from "../domain/status-cases";
import { datasetOf, type IndicatorSketch } from "./dataset-builder";
import { sketchArb } from "./sketch-arbitrary";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../src/workbook/names";
import { SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import { SUMMARY_HEADER_ROW, summaryLayout } from "../../src/plan/summary-sheet";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { loadPlanIntoHyperFormula } from "../support/hyperformula-plan";
import { expectRowAgrees, loadFixture, sheetStatus, twinStatus } from "./plan-readback";
import { kpiLetter } from "../support/layout";

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

  it("sums the sub-goal counts per 基本目標 (分野) and names 評価年度 in 和暦", () => {
    const evaluationYear = 2024;
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, evaluationYear);
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.threshold}`, 1);
    const layout = summaryLayout(dataset);
    dataset.basicGoals.forEach((bg, r) => {
      const row = layout.basicRows[r] as number;
      expect(loaded.value(SUMMARY_SHEET, `A${row}`)).toBe(`${bg.id} ${bg.title}`);
      GRADES.forEach((g, c) => {
        const expected = dataset.indicators.filter(
          (ind) =>
            dataset.subGoals.find((sg) => sg.id === ind.subGoalId)?.basicGoalId === bg.id &&
            twinStatus(ind, evaluationYear, 1).grade === g.grade,
        ).length;
        expect([bg.id, g.grade, loaded.value(SUMMARY_SHEET, `${String.fromCharCode(66 + c)}${row}`)]).toEqual([
          bg.id,
          g.grade,
          expected,
        ]);
      });
    });
    // As the year columns are headed (periodLabel): 和暦 with the western year.
    expect(loaded.value(SUMMARY_SHEET, "B4")).toBe("令和6年度(2024)"); // 2024 − 2018 = 6
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, 2019);
    expect(loaded.value(SUMMARY_SHEET, "B4")).toBe("令和元年度(2019)");
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, 2018);
    expect(loaded.value(SUMMARY_SHEET, "B4")).toBe("平成30年度(2018)");
  });

  it("reads the grade column where the plan says it is", () => {
    expect(loaded.value(KPI_SHEET, `${kpiLetter("grade")}${KPI_ROWS.header}`)).toBe("評価");
  });
});

describe("formulas agree with the twin (named status cases)", () => {
  // One workbook holds every case; each case's 評価年度 and k are set before its row is read.
  const sketches: IndicatorSketch[] = CASES.map((c) => ({
    rule: c.input.rule,
    baseline: c.input.base,
    baselineYear: c.input.baseYear,
    target: c.input.target,
    targetYear: c.input.targetYear,
    basis: "fiscal",
    actuals: Object.entries(c.actuals).map(([y, v]) => [Number(y), v] as const),
  }));
  const dataset = datasetOf(sketches);
  const loaded = loadPlanIntoHyperFormula(buildWorkbookPlan(dataset, { builtAt }));
  afterAll(() => loaded.destroy());

  it.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
    const evaluationYear = c.evaluationYear ?? 2024;
    const k = c.k ?? 1;
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, evaluationYear);
    loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.threshold}`, k);
    const sheet = sheetStatus(loaded, i);
    expect(sheet.grade).toBe(c.grade); // the hand-derived grade, not only the twin's
    expectRowAgrees(
      sheet,
      twinStatus(dataset.indicators[i] as (typeof dataset.indicators)[number], evaluationYear, k),
      c.name,
    );
  });
});

describe("formulas agree with the twin (random indicators, fast-check)", () => {
  it("agrees on every row and on the 概要 counts", () => {
    fc.assert(
      fc.property(
        fc.array(sketchArb, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 2020, max: 2027 }),
        fc.oneof(fc.constantFrom(0.5, 0.8, 0.9, 1, 1.1, 1.2, 1.5), fc.double({ min: 0, max: 2, noNaN: true })),
        (sketches, evaluationYear, k) => {
          const dataset = datasetOf(sketches);
          const loaded = loadPlanIntoHyperFormula(buildWorkbookPlan(dataset, { builtAt }));
          try {
            loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, evaluationYear);
            loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.threshold}`, k);
            const grades = dataset.indicators.map((ind, i) => {
              const twin = twinStatus(ind, evaluationYear, k);
              expectRowAgrees(sheetStatus(loaded, i), twin, ind.id);
              return { subGoalId: ind.subGoalId, grade: twin.grade };
            });
            dataset.subGoals.forEach((sg, r) => {
              GRADES.forEach((g, c) => {
                const cell = `${String.fromCharCode(66 + c)}${SUMMARY_HEADER_ROW + 1 + r}`;
                const counted = grades.filter((x) => x.subGoalId === sg.id && x.grade === g.grade).length;
                if (loaded.value(SUMMARY_SHEET, cell) !== counted) {
                  throw new Error(
                    `概要 ${sg.id} ${g.grade}: sheet ${String(loaded.value(SUMMARY_SHEET, cell))}, twin ${counted}`,
                  );
                }
              });
            });
          } finally {
            loaded.destroy();
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("formulas agree with the twin (bundled dataset, generated actuals)", () => {
  it("agrees on all indicators of seeds/kpi-dataset.json", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = datasetSchema.parse(require("../../seeds/kpi-dataset.json"));
    fc.assert(
      fc.property(
        // Per indicator: which years have an actual, and where between baseline and 1.5 × target it lies.
        fc.array(
          fc.array(fc.option(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { freq: 2 }), {
            minLength: 8,
            maxLength: 8,
          }),
          {
            minLength: bundled.indicators.length,
            maxLength: bundled.indicators.length,
          },
        ),
        fc.integer({ min: 2020, max: 2027 }),
        fc.constantFrom(0.8, 1, 1.2),
        (fractions, evaluationYear, k) => {
          const indicators = bundled.indicators.map((ind, i) => {
            const from = ind.reference?.value ?? ind.baseline.value ?? 0;
            const to = ind.target.value ?? from * 1.1 + 1;
            const row = fractions[i] ?? [];
            const actuals = row.flatMap((f, y) =>
              f === null
                ? []
                : [{ year: 2020 + y, value: ind.everyDayOfYear ? 365 + Math.round(f) : from + f * (to - from) }],
            );
            return { ...ind, actuals };
          });
          const dataset = { ...bundled, indicators };
          const loaded = loadPlanIntoHyperFormula(buildWorkbookPlan(dataset, { builtAt }));
          try {
            loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, evaluationYear);
            loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.threshold}`, k);
            indicators.forEach((ind, i) =>
              expectRowAgrees(sheetStatus(loaded, i), twinStatus(ind, evaluationYear, k), ind.id),
            );
          } finally {
            loaded.destroy();
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
