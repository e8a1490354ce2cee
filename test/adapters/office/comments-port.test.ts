/**
 * Adding sheets to an open workbook leaves the member where they were: the committee's first set-up (「委員名簿」
 * 「会議」「委員意見」) and the evaluation sheets go through officeCommentsPort.addSheets, on the recording fake, which
 * tracks the active sheet (test/support/fake-excel README point 16).
 */
import { applyWorkbookPlan } from "../../../src/adapters/office";
import { officeCommentsPort } from "../../../src/adapters/office/comments-port";
import { officeRecordTablesPort } from "../../../src/adapters/office/record-tables";
import { setUpCommentSheets } from "../../../src/app/comments";
import { buildClosedHistorySheet } from "../../../src/plan/closed-history-sheet";
import { SHEET_ONLY_METADATA } from "../../../src/workbook/metadata";
import { createFakeExcel } from "../../support/fake-excel";
import { smallPlan } from "../../fixtures/adapters/small-plan";

async function builtOn(sheet: string) {
  const excel = createFakeExcel();
  const built = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: () => true });
  if (!built.ok) throw new Error(JSON.stringify(built));
  excel.fake.state.activeSheet = sheet; // a person clicks the tab
  const host = {
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(excel.context),
    isSetSupported: () => true,
  };
  return { state: excel.fake.state, host };
}

describe("adding sheets keeps the member's sheet (Office)", () => {
  it("the committee's first set-up adds its three sheets and leaves 「KPI一覧」 active", async () => {
    const { state, host } = await builtOn("KPI一覧");
    const result = await setUpCommentSheets(officeCommentsPort(host));
    expect(result.ok).toBe(true);
    expect(state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["委員名簿", "会議", "委員意見"]));
    expect(state.activeWorksheet().name).toBe("KPI一覧");
  });

  it("a record sheet added for the evaluation leaves 「概要」 active", async () => {
    const { state, host } = await builtOn("概要");
    const sheet = buildClosedHistorySheet();
    const result = await officeRecordTablesPort(host).addRecordSheets({
      metadata: SHEET_ONLY_METADATA,
      sheets: [sheet],
      names: [],
    });
    expect(result.ok).toBe(true);
    expect(state.sheets.map((s) => s.name)).toContain(sheet.name);
    expect(state.activeWorksheet().name).toBe("概要");
  });
});
