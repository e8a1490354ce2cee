/** When the refresh rebuilds 「概要」 (refresh/summary-rebuild.ts): an older plan's sheet, once, never a missing one. */
import { findSummaryRebuild, repointsBesideSummary, summaryRebuildNotices } from "../../src/refresh/summary-rebuild";
import { EVALUATION_SHEET } from "../../src/workbook/evaluation-columns";
import { KPI_SHEET, PLAN_VERSION, SUMMARY_SHEET } from "../../src/workbook/names";

const SHEETS = [KPI_SHEET, "設定", SUMMARY_SHEET, EVALUATION_SHEET];

describe("findSummaryRebuild", () => {
  it("rebuilds 「概要」 of an older plan, and says so with both versions", () => {
    const r = findSummaryRebuild({ planVersion: "1.2.0", sheetNames: SHEETS });
    expect(r).toEqual({ from: "1.2.0" });
    expect(summaryRebuildNotices(r)).toEqual([
      expect.objectContaining({
        code: "SummaryRebuilt",
        params: { sheet: SUMMARY_SHEET, from: "1.2.0", version: PLAN_VERSION },
      }),
    ]);
  });

  it.each([
    ["the current plan", PLAN_VERSION, SHEETS],
    ["an unknown version", "dev", SHEETS],
    ["no metadata", null, SHEETS],
    ["no 「概要」", "1.2.0", SHEETS.filter((s) => s !== SUMMARY_SHEET)],
    ["no 「評価」 (its 外的要因 count reads it)", "1.1.0", SHEETS.filter((s) => s !== EVALUATION_SHEET)],
  ])("leaves it with %s", (_what, planVersion, sheetNames) => {
    const r = findSummaryRebuild({ planVersion, sheetNames });
    expect(r.from).toBeNull();
    expect(summaryRebuildNotices(r)).toEqual([]);
  });

  it("drops the re-points of 「概要」 only when it is rebuilt", () => {
    const writes = [
      { sheet: SUMMARY_SHEET, row: 7, column: 2, formula: "=1" },
      { sheet: EVALUATION_SHEET, row: 2, column: 5, formula: "=2" },
    ];
    expect(repointsBesideSummary(writes, { from: "1.2.0" })).toEqual([writes[1]]);
    expect(repointsBesideSummary(writes, { from: null })).toEqual(writes);
  });
});
