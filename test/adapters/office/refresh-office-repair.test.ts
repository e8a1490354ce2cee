/**
 * Issue #11: a refresh through Office.js of a workbook whose 「設定」 sheet, names 評価年度 / 順調閾値 or 「委員意見」
 * sheet was deleted reported success and left every grade #NAME? / #REF!. It now rebuilds them from the plan and
 * says so (refresh/repair.ts). The fake does not recalculate: the xlsx path's LibreOffice test
 * (test/integration/refresh-repair-libreoffice.test.ts) shows the formulas then compute without an error.
 */
import { refreshWorkbookOffice } from "../../../src/app/refresh-office";
import { COMMENTS_SHEET, COMMENTS_CONTRACT } from "../../../src/workbook/comment-columns";
import { EVALUATION_YEAR_NAME, SETTINGS_SHEET, THRESHOLD_NAME } from "../../../src/workbook/names";
import { getCell } from "../../support/fake-excel";
import { noticeText } from "../../../src/workbook/refresh-notice";
import { AT, builtOffice, bundled } from "../../fixtures/adapters/office-built";

async function refresh(excel: Awaited<ReturnType<typeof builtOffice>>) {
  const result = await refreshWorkbookOffice(
    excel.context,
    { dataset: bundled, history: { at: AT, who: "t", source: "x" } },
    { now: () => new Date(AT) },
  );
  if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
  return result;
}

describe("refresh through Office.js rebuilds what the formulas read", () => {
  test("「設定」 deleted (its names left at #REF!, as Excel leaves them): the sheet and names again, default 評価年度", async () => {
    const excel = await builtOffice();
    const state = excel.fake.state;
    state.sheets.splice(state.sheets.indexOf(state.sheet(SETTINGS_SHEET)), 1);
    for (const name of [EVALUATION_YEAR_NAME, THRESHOLD_NAME]) state.names.get(name)!.reference = "=#REF!$B$4";
    const result = await refresh(excel);
    expect(result.plan.notices).toContainEqual(
      expect.objectContaining({ code: "SettingsSheetRebuilt", params: { year: 2025 } }),
    );
    expect(getCell(state.sheet(SETTINGS_SHEET), 4, 2)?.value).toBe(2025);
    expect(state.names.get(EVALUATION_YEAR_NAME)?.reference).toBe(`='${SETTINGS_SHEET}'!$B$4`);
    expect(state.names.get(THRESHOLD_NAME)?.reference).toBe(`='${SETTINGS_SHEET}'!$B$5`);
  });

  test("「設定」 rebuilt: the user stays on the sheet they were on (the plan writer activates its first sheet)", async () => {
    const excel = await builtOffice();
    const state = excel.fake.state;
    state.sheets.splice(state.sheets.indexOf(state.sheet(SETTINGS_SHEET)), 1);
    state.activeSheet = "KPI一覧"; // a person clicks the tab
    const result = await refresh(excel);
    expect(result.plan.notices.map((n) => n.code)).toContain("SettingsSheetRebuilt");
    expect(state.activeSheet).toBe("KPI一覧");
  });

  test("the names deleted: defined again on 「設定」, whose year stays", async () => {
    const excel = await builtOffice();
    const state = excel.fake.state;
    getCell(state.sheet(SETTINGS_SHEET), 4, 2)!.value = 2023;
    state.names.delete(EVALUATION_YEAR_NAME);
    state.names.delete(THRESHOLD_NAME);
    const result = await refresh(excel);
    expect(result.plan.notices).toContainEqual(
      expect.objectContaining({
        code: "SettingsNamesRestored",
        params: { names: [EVALUATION_YEAR_NAME, THRESHOLD_NAME] },
      }),
    );
    expect(getCell(state.sheet(SETTINGS_SHEET), 4, 2)?.value).toBe(2023);
    expect(state.names.get(EVALUATION_YEAR_NAME)?.reference).toBe(`='${SETTINGS_SHEET}'!$B$4`);
  });

  test("「委員意見」 deleted: the sheet and its table again, empty", async () => {
    const excel = await builtOffice();
    const state = excel.fake.state;
    state.sheets.splice(state.sheets.indexOf(state.sheet(COMMENTS_SHEET)), 1);
    const result = await refresh(excel);
    expect(result.plan.notices).toContainEqual(
      expect.objectContaining({ code: "CommentSheetsRebuilt", params: { sheets: [COMMENTS_SHEET] } }),
    );
    expect(state.allTables().map((t) => t.name)).toContain(COMMENTS_CONTRACT.table);
  });

  test("nothing missing: no repair, no notice", async () => {
    const excel = await builtOffice();
    const result = await refresh(excel);
    const codes = result.plan.notices.map((n) => n.code);
    expect(codes).not.toContain("SettingsSheetRebuilt");
    expect(codes).not.toContain("SettingsNamesRestored");
    expect(codes).not.toContain("CommentSheetsRebuilt");
  });
});
