/** What a refresh rebuilds (refresh/repair.ts), decided on plain data: sheet names, the names that resolve. */
import {
  defaultEvaluationYear,
  findRepair,
  needsRepair,
  repairNotices,
  repairPlan,
  SETTINGS_NAMES,
} from "../../src/refresh/repair";
import { COMMENT_SHEET_NAMES, COMMENTS_SHEET, MEETINGS_SHEET } from "../../src/workbook/comment-columns";
import { VERIFICATION_SHEET } from "../../src/workbook/verification-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../src/workbook/names";
import { CLOSED_HISTORY_SHEET, REVISIONS_SHEET } from "../../src/workbook/evaluation-columns";
import { revisionInForceFormula } from "../../src/plan/forward-formulas";

const YEARS = { first: 2020, last: 2027 };
const AT = new Date("2026-11-24T01:00:00.000Z");
const ALL = [
  KPI_SHEET,
  SETTINGS_SHEET,
  SUMMARY_SHEET,
  ...COMMENT_SHEET_NAMES,
  CLOSED_HISTORY_SHEET,
  REVISIONS_SHEET,
  VERIFICATION_SHEET,
];
const find = (sheetNames: string[], names: readonly string[] = SETTINGS_NAMES, countsComments = true) =>
  findRepair({ sheetNames, resolvedNames: new Set(names), countsComments, years: YEARS, at: AT });

describe("findRepair", () => {
  it("a whole workbook needs nothing", () => {
    const r = find(ALL);
    expect(needsRepair(r)).toBe(false);
    expect(repairNotices(r)).toEqual([]);
  });

  it("「設定」 gone: the sheet with the default year and both names, even when the names still resolve", () => {
    const r = find(ALL.filter((s) => s !== SETTINGS_SHEET));
    expect(r).toEqual({ settingsYear: 2025, names: SETTINGS_NAMES, commentSheets: [], evaluationSheets: [] });
    const plan = repairPlan(r, YEARS);
    expect(plan.sheets.map((s) => s.name)).toEqual([SETTINGS_SHEET]);
    expect(plan.names.map((n) => n.name)).toEqual(SETTINGS_NAMES);
    expect(plan.sheets[0]?.rows[3]?.[1]?.value).toBe(2025);
  });

  it("a name gone: only that name, on 「設定」's cell, and no sheet", () => {
    const r = find(ALL, [SETTINGS_NAMES[1]!]);
    expect(r).toEqual({ settingsYear: null, names: [SETTINGS_NAMES[0]], commentSheets: [], evaluationSheets: [] });
    const plan = repairPlan(r, YEARS);
    expect(plan.sheets).toEqual([]);
    expect(plan.names).toEqual([expect.objectContaining({ name: SETTINGS_NAMES[0], sheet: SETTINGS_SHEET })]);
    expect(repairNotices(r).map((n) => n.code)).toEqual(["SettingsNamesRestored"]);
  });

  it("committee sheets gone: rebuilt when the record is there (counts or another of the sheets), else not", () => {
    const without = ALL.filter((s) => s !== COMMENTS_SHEET && s !== MEETINGS_SHEET);
    expect(find(without).commentSheets).toEqual([MEETINGS_SHEET, COMMENTS_SHEET]);
    expect(repairPlan(find(without), YEARS).sheets.map((s) => s.name)).toEqual([MEETINGS_SHEET, COMMENTS_SHEET]);
    expect(find(without, SETTINGS_NAMES, false).commentSheets).toEqual([MEETINGS_SHEET, COMMENTS_SHEET]);
    const older = [KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET];
    expect(find(older, SETTINGS_NAMES, false).commentSheets).toEqual([]);
  });

  it("「評価履歴」「指標見直し」「確認事項」 missing (a workbook built before issue #12/#13): added, empty, as 「KPI一覧」's formulas read them", () => {
    const older = [KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET];
    const r = find(older, SETTINGS_NAMES, false);
    expect(r.evaluationSheets).toEqual([CLOSED_HISTORY_SHEET, REVISIONS_SHEET, VERIFICATION_SHEET]);
    expect(needsRepair(r)).toBe(true);
    expect(repairNotices(r)).toEqual([
      expect.objectContaining({
        code: "EvaluationSheetsAdded",
        params: { sheets: [CLOSED_HISTORY_SHEET, REVISIONS_SHEET, VERIFICATION_SHEET] },
      }),
    ]);
    const plan = repairPlan(r, YEARS);
    expect(plan.sheets.map((s) => s.name)).toEqual([CLOSED_HISTORY_SHEET, REVISIONS_SHEET, VERIFICATION_SHEET]);
    // the ledger's blank row carries the 適用中 formula, so a row typed below it gets it too
    expect(plan.sheets[1]?.rows[1]?.at(-1)?.formula).toBe(revisionInForceFormula(2));
    expect(find([...older, CLOSED_HISTORY_SHEET], SETTINGS_NAMES, false).evaluationSheets).toEqual([
      REVISIONS_SHEET,
      VERIFICATION_SHEET,
    ]);
    // A workbook of issue #12 gets 「確認事項」 alone.
    expect(find([...older, CLOSED_HISTORY_SHEET, REVISIONS_SHEET], SETTINGS_NAMES, false).evaluationSheets).toEqual([
      VERIFICATION_SHEET,
    ]);
  });

  it("the default 評価年度 stays within the plan's years", () => {
    expect(defaultEvaluationYear(YEARS, AT)).toBe(2025);
    expect(defaultEvaluationYear(YEARS, new Date("2040-01-01T00:00:00Z"))).toBe(2027);
    expect(defaultEvaluationYear(YEARS, new Date("2010-01-01T00:00:00Z"))).toBe(2020);
  });
});
