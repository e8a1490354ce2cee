import {
  previousGradeFormula,
  projectionFormula,
  projectionGradeFormula,
  requiredFormula,
  targetInForceFormula,
  targetYearInForceFormula,
} from "../../src/plan/forward-formulas";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema } from "../../src/domain/dataset/schema";
import { buildKpiSheet } from "../../src/plan/kpi-sheet";
import { definitionValues, formulaTexts, indicatorCellsByKey, indicatorRowCells } from "../../src/plan/kpi-rows";

import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import {
  expectedFormula,
  gradeFormula,
  latestFormula,
  latestYearFormula,
  progressFormula,
} from "../../src/plan/formulas";
import { LAYOUT, KPI_COLUMNS } from "../support/layout";
import { verificationMarkOf } from "../../src/plan/verification-sheet";

const bundled = datasetSchema.parse(JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")));

describe("kpi-rows (row-level entry points for refresh)", () => {
  test("indicatorRowCells is the row buildKpiSheet writes, for every bundled indicator", () => {
    const sheet = buildKpiSheet(bundled, "t");
    bundled.indicators.forEach((ind, i) => {
      const row = KPI_ROWS.firstData + i;
      expect(indicatorRowCells(LAYOUT, bundled, ind, row)).toEqual(sheet.rows[row - 1]);
    });
  });

  test("definitionValues are the values indicatorCellsByKey writes in the definition cells, for every bundled indicator", () => {
    const keys = KPI_COLUMNS.filter((c) => c.kind === "definition").map((c) => c.key);
    let compared = 0;
    for (const ind of bundled.indicators) {
      const cells = indicatorCellsByKey(LAYOUT, bundled, ind, 4);
      const values = definitionValues(bundled, ind);
      for (const key of keys) {
        const cell = cells[key];
        // 要確認 is written as a formula: the refresh reads the mark from it as merge.ts does (verificationMarkOf).
        const written =
          key === "verification" && cell?.formula !== undefined
            ? verificationMarkOf({ value: null, formula: cell.formula })
            : (cell?.value ?? null);
        expect({ id: ind.id, key, value: values[key] ?? null }).toEqual({ id: ind.id, key, value: written });
        compared++;
      }
    }
    expect(compared).toBe(bundled.indicators.length * keys.length);
  });

  test.each([1, 4, 9, 10, 99, 1000, 123456])("formula templates equal building directly at row %i", (row) => {
    expect(formulaTexts(LAYOUT, row)).toEqual({
      latest: latestFormula(LAYOUT, row),
      latestYear: latestYearFormula(LAYOUT, row),
      progress: progressFormula(LAYOUT, row),
      expected: expectedFormula(LAYOUT, row),
      grade: gradeFormula(LAYOUT, row),
      targetInForce: targetInForceFormula(LAYOUT, row),
      targetYearInForce: targetYearInForceFormula(LAYOUT, row),
      previousGrade: previousGradeFormula(LAYOUT, row),
      required: requiredFormula(LAYOUT, row),
      projection: projectionFormula(LAYOUT, row),
      projectionGrade: projectionGradeFormula(LAYOUT, row),
    });
  });
});
