import type { TargetRevision } from "../../src/domain/evaluation/types";
import { addRevisionSheetsToPlan, buildRevisionsSheet, revisionRecordCells } from "../../src/plan/revisions-sheet";
import { revisionInForceFormula } from "../../src/plan/forward-formulas";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import type { WorkbookPlan } from "../../src/plan/types";
import { CLOSED_HISTORY_SHEET, REVISION_COLUMNS, REVISIONS_SHEET } from "../../src/workbook/evaluation-columns";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { ROW_PLACEHOLDER } from "../../src/workbook/record-rows";
import { datasetOf } from "./dataset-builder";
import { loadFixture } from "./plan-readback";
import { kpiCol } from "../support/layout";

const revision: TargetRevision = {
  indicatorId: "1-1-K1-1",
  name: "創業件数",
  originalTarget: 10,
  originalTargetYear: 2027,
  revisedTarget: 0,
  revisedTargetYear: null,
  fromYear: 2025,
  reason: "国の方針変更",
  meeting: 3,
  recordedAt: "2026-11-28",
};
const at = (key: (typeof REVISION_COLUMNS)[number]["key"]): number => REVISION_COLUMNS.findIndex((c) => c.key === key);

describe("「指標見直し」 sheet", () => {
  it("is the table 指標見直し at A1 with the contract's headers and one blank row whose 適用中 is the formula", () => {
    const sheet = buildRevisionsSheet();
    expect(sheet.name).toBe(REVISIONS_SHEET);
    expect(sheet.rows[0]?.map((c) => c?.value)).toEqual(REVISION_COLUMNS.map((c) => c.header));
    expect(sheet.tables).toEqual([
      { name: "指標見直し", range: "A1:K2", style: "TableStyleLight9", showFilterButton: true },
    ]);
    expect(sheet.rows).toHaveLength(2);
    const blank = sheet.rows[1] ?? [];
    expect(blank[at("inForce")]?.formula).toBe(revisionInForceFormula(2));
    expect(blank.filter((c) => c?.formula === undefined).every((c) => c?.value === null)).toBe(true);
    expect(sheet.columns).toHaveLength(REVISION_COLUMNS.length);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("writes revisions as values in their order, numbers as numbers and text as text", () => {
    const sheet = buildRevisionsSheet([revision, { ...revision, fromYear: 2026, revisedTarget: 4 }]);
    expect(sheet.tables[0]?.range).toBe("A1:K3");
    const row = sheet.rows[1] ?? [];
    expect(row.map((c) => c?.formula ?? c?.value)).toEqual([
      "1-1-K1-1",
      "創業件数",
      10,
      2027,
      0, // a revised target of 0 stays a number
      null,
      2025,
      "国の方針変更",
      3,
      "2026-11-28",
      revisionInForceFormula(2),
    ]);
    expect(sheet.rows[2]?.[at("inForce")]?.formula).toBe(revisionInForceFormula(3));
    expect(row[at("indicatorId")]?.numberFormat).toBe("@");
    expect(row[at("meeting")]?.numberFormat).toBe('"第"0"回"');
    // 適用開始年度 reads as every year label does (issue #13); the target years keep "0" (their basis is the indicator's).
    expect(row[at("fromYear")]?.numberFormat).toBe('[=2025]"令和7年度(2025)";0"年度"');
    expect(row[at("revisedTargetYear")]?.numberFormat).toBe("0");
  });

  it("reads 評価年度 and the ID's other rows in 適用中 (same sheet, whole columns, rows above for the tie)", () => {
    expect(revisionInForceFormula(5)).toBe(
      '=IF(OR($A5="",NOT(ISNUMBER($G5))),FALSE(),IF($G5>評価年度,FALSE(),AND(COUNTIFS($A:$A,$A5,$G:$G,">"&$G5,$G:$G,"<="&評価年度)=0,NOT(COUNTIFS($A$1:$A5,$A5,$G$1:$G5,$G5)<COUNTIFS($A:$A,$A5,$G:$G,$G5)))))',
    );
  });

  it("gives a store the row it appends as the sheet writes it: values, number formats, 適用中 for its row", () => {
    const planned = buildRevisionsSheet([revision]).rows[1] ?? [];
    const cells = revisionRecordCells(revision);
    for (const c of REVISION_COLUMNS) {
      const cell = cells[c.key];
      const plan = planned[at(c.key)];
      if (c.key === "inForce") expect(cell?.formula?.split(ROW_PLACEHOLDER).join("2")).toBe(plan?.formula);
      else {
        expect(cell?.value ?? null).toEqual(plan?.value ?? null);
        // Text cells get "@" from the store itself (record-rows.ts); number columns carry the sheet's format.
        if (plan?.numberFormat !== "@") expect(cell?.numberFormat).toBe(plan?.numberFormat);
      }
    }
  });

  it("takes the row placeholder for a row a store appends (the same formula once the row is known)", () => {
    expect(revisionInForceFormula(ROW_PLACEHOLDER).split(ROW_PLACEHOLDER).join("5")).toBe(revisionInForceFormula(5));
  });
});

describe("buildWorkbookPlan and the sheets 「KPI一覧」's formulas read", () => {
  const names = (p: WorkbookPlan): string[] => p.sheets.map((s) => s.name);

  it("always has 「評価履歴」 and 「指標見直し」", () => {
    const plan = buildWorkbookPlan(loadFixture("minimal"), { builtAt: new Date("2026-11-24T09:00:00Z") });
    expect(names(plan)).toEqual(expect.arrayContaining([CLOSED_HISTORY_SHEET, REVISIONS_SHEET]));
    const again = addRevisionSheetsToPlan(plan);
    expect(names(again).filter((n) => n === REVISIONS_SHEET || n === CLOSED_HISTORY_SHEET)).toHaveLength(2);
  });

  it("records the dataset's revisions in the ledger and shows 担当課", () => {
    const dataset = datasetOf([
      { rule: "increase", baseline: 0, baselineYear: 2020, target: 10, targetYear: 2027, basis: "fiscal", actuals: [] },
    ]);
    const id = dataset.indicators[0]?.id as string;
    const withData = {
      ...dataset,
      indicators: dataset.indicators.map((ind) => ({ ...ind, department: "商工観光課" })),
      revisions: [{ indicatorId: id, target: 12, fromYear: 2025, reason: "上方修正" }],
    };
    const plan = buildWorkbookPlan(withData, { builtAt: new Date("2026-11-24T09:00:00Z") });
    const ledger = plan.sheets.find((s) => s.name === REVISIONS_SHEET);
    expect(ledger?.rows[1]?.slice(0, 7).map((c) => c?.value)).toEqual([id, "指標1", 10, 2027, 12, null, 2025]);
    const kpi = plan.sheets.find((s) => s.name === KPI_SHEET);
    expect(kpi?.rows[KPI_ROWS.header - 1]?.[kpiCol("department") - 1]?.value).toBe("担当課");
    expect(kpi?.rows[KPI_ROWS.firstData - 1]?.[kpiCol("department") - 1]?.value).toBe("商工観光課");
  });
});
