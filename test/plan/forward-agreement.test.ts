/**
 * 「KPI一覧」's issue #12 columns (適用目標値, 適用目標年度, 前回評価, 必要値, 見込み, 見込み評価, and 達成率 / 期待進捗 /
 * 評価 against the target in force), recalculated by HyperFormula, against hand-derived values and against the
 * TypeScript twin (src/domain/forward-view.ts) on seeded random workbooks with revisions, closed years and text in
 * year cells; and the 「指標見直し」 ledger's 適用中.
 */
import fc from "fast-check";
import type { CellValue } from "hyperformula";
import { planColumnIndex } from "../../src/workbook/comment-columns";
import { REVISION_COLUMNS, REVISIONS_SHEET } from "../../src/workbook/evaluation-columns";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { columnLetter } from "../../src/lib/a1";
import { loadPlanIntoHyperFormula, type LoadedPlan } from "../support/hyperformula-plan";
import { LAYOUT } from "../support/layout";
import {
  addCoverage,
  emptyCoverage,
  expectForwardAgrees,
  FORWARD_KEYS,
  forwardCaseArb,
  forwardPlan,
  HAND,
  twinForward,
  type ForwardRow,
} from "./forward-cases";

const blankAsNull = (v: CellValue): string | number | null =>
  v === "" || v === null ? null : typeof v === "number" || typeof v === "string" ? v : String(v);

function sheetRow(loaded: LoadedPlan, index: number): ForwardRow {
  const row = KPI_ROWS.firstData + index;
  return Object.fromEntries(
    FORWARD_KEYS.map((k) => [k, blankAsNull(loaded.value(KPI_SHEET, `${LAYOUT.letter(k)}${row}`))]),
  ) as ForwardRow;
}

describe("the issue #12 columns in HyperFormula (hand-made rows, 評価年度 2022)", () => {
  const { dataset, plan } = forwardPlan(HAND);
  const loaded = loadPlanIntoHyperFormula(plan);
  afterAll(() => loaded.destroy());
  const at = (i: number): ForwardRow => sheetRow(loaded, i);

  it("projects the trend to the target year and grades it per direction", () => {
    expect(at(0).projection).toBeCloseTo(14, 9);
    expect(at(0).projectionGrade).toBe("達成見込み");
    expect(at(1).projection).toBeCloseTo(15, 9);
    expect(at(1).projectionGrade).toBe("未達見込み");
    expect([at(2).projection, at(2).projectionGrade]).toEqual([null, null]);
    expect(at(3).projection).toBeCloseTo(8, 9);
    expect(at(3).projectionGrade).toBe("未達見込み");
  });

  it("puts the straight path's value of 評価年度 in 必要値", () => {
    expect(at(0).required).toBeCloseTo(20 / 7, 9);
    expect(at(1).required).toBeCloseTo(16, 9);
    expect(at(2).required).toBeCloseTo(20 / 7, 9);
  });

  it("grades against the revision in force", () => {
    expect([at(4).targetInForce, at(4).targetYearInForce]).toEqual([20, 2030]);
    expect(at(4).required).toBeCloseTo(4, 9);
    expect(at(4).progress).toBeCloseTo(4 / 20, 9);
    expect(at(4).expected).toBeCloseTo(2 / 10, 9);
    // the unrevised twin row 0 is graded against 10 by 2027
    expect([at(0).targetInForce, at(0).targetYearInForce]).toEqual([10, 2027]);
    expect([at(6).targetInForce, at(6).targetYearInForce, at(6).grade]).toEqual([12, 2027, "− 未評価"]);
  });

  it("leaves the forward view of maintain targets blank and shows the last closed grade", () => {
    expect([at(5).required, at(5).projection, at(5).projectionGrade]).toEqual([null, null, null]);
    expect(at(5).grade).toBe("A 達成");
    expect(at(5).previousGrade).toBe("C → A");
    expect(at(0).previousGrade).toBeNull(); // closed 2020, not 2021
  });

  it("shows 目標未設定 as 「／」 and 未評価 as 「−」 on either side of 前回評価", () => {
    expect([at(6).grade, at(6).previousGrade]).toEqual(["− 未評価", "／ → −"]);
    expect([at(7).grade, at(7).previousGrade]).toEqual(["目標未設定", "− → ／"]);
  });

  it("marks the revision in force in 「指標見直し」's 適用中", () => {
    const col = columnLetter(planColumnIndex(REVISION_COLUMNS, "inForce"));
    const inForce = [2, 3, 4, 5].map((r) => loaded.value(REVISIONS_SHEET, `${col}${r}`));
    expect(inForce).toEqual([true, false, false, true]);
  });

  it("agrees with the twin on every hand-made row", () => {
    dataset.indicators.forEach((ind, i) => expectForwardAgrees(at(i), twinForward(dataset, HAND, i), ind.id));
  });
});

describe("the issue #12 columns agree with the twin (random workbooks, fast-check)", () => {
  it("agrees on every row", () => {
    const seen = emptyCoverage();
    fc.assert(
      fc.property(forwardCaseArb, (c) => {
        const { dataset, plan } = forwardPlan(c);
        addCoverage(seen, dataset, c);
        const loaded = loadPlanIntoHyperFormula(plan);
        try {
          dataset.indicators.forEach((ind, i) =>
            expectForwardAgrees(
              sheetRow(loaded, i),
              twinForward(dataset, c, i),
              `${ind.id} (評価年度 ${c.evaluationYear})`,
            ),
          );
        } finally {
          loaded.destroy();
        }
      }),
      { numRuns: 150 },
    );
    // The random cases reach what the columns are about (counted over the runs, shrinking included).
    for (const [what, count] of Object.entries(seen)) expect([what, count > 5]).toEqual([what, true]);
  });
});
