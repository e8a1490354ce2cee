import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema } from "../../src/domain/dataset/schema";
import { buildKpiSheet } from "../../src/plan/kpi-sheet";
import { formulaTexts, indicatorRowCells } from "../../src/plan/kpi-rows";
import { KPI_ROWS } from "../../src/plan/columns";
import {
  expectedFormula,
  gradeFormula,
  latestFormula,
  latestYearFormula,
  progressFormula,
} from "../../src/plan/formulas";

const bundled = datasetSchema.parse(JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")));

describe("kpi-rows (row-level entry points for refresh)", () => {
  test("indicatorRowCells is the row buildKpiSheet writes, for every bundled indicator", () => {
    const sheet = buildKpiSheet(bundled, "t");
    bundled.indicators.forEach((ind, i) => {
      const row = KPI_ROWS.firstData + i;
      expect(indicatorRowCells(bundled, ind, row)).toEqual(sheet.rows[row - 1]);
    });
  });

  test.each([1, 4, 9, 10, 99, 1000, 123456])("formula templates equal building directly at row %i", (row) => {
    expect(formulaTexts(row)).toEqual({
      latest: latestFormula(row),
      latestYear: latestYearFormula(row),
      progress: progressFormula(row),
      expected: expectedFormula(row),
      grade: gradeFormula(row),
    });
  });
});
