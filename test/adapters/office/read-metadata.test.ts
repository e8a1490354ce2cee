import { applyWorkbookPlan, readOfficeMetadata } from "../../../src/adapters/office";
import { createFakeExcel, FakeOfficeError } from "../../support/fake-excel";
import { smallPlan } from "../../fixtures/adapters/small-plan";

describe("readOfficeMetadata", () => {
  it("reads back the metadata applyWorkbookPlan wrote, in two syncs (the hidden sheet's copy once it is known to exist)", async () => {
    const plan = smallPlan();
    const excel = createFakeExcel();
    await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
    const before = excel.fake.syncCount;
    await expect(readOfficeMetadata(excel.context)).resolves.toEqual({ ok: true, metadata: plan.metadata });
    // Issue #11: the description and the sheet names, then the very hidden sheet's copy (metadata-sheet.ts).
    expect(excel.fake.syncCount - before).toBe(2);
  });

  it("says MetadataMissing for a workbook never built, and reports an Office error as data", async () => {
    const excel = createFakeExcel();
    await expect(readOfficeMetadata(excel.context)).resolves.toMatchObject({ ok: false, code: "MetadataMissing" });
    excel.fake.failNextSyncs.push(new FakeOfficeError("InvalidOperationInCellEditMode", "editing"));
    await expect(readOfficeMetadata(excel.context)).resolves.toMatchObject({
      ok: false,
      code: "MetadataInvalid",
      message: expect.stringContaining("office.error.cellEditMode"),
    });
  });

  it("leaves the metadata alone when writeMetadata is false (a sheet added to an existing workbook)", async () => {
    const plan = smallPlan();
    const excel = createFakeExcel();
    excel.fake.state.properties.comments = "kept";
    await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true, writeMetadata: false });
    expect(excel.fake.state.properties.comments).toBe("kept");
  });

  it("makes properties unreadable before load and sync, like Office.js", () => {
    const excel = createFakeExcel();
    expect(() => excel.context.workbook.properties.comments).toThrow(/not available/);
  });
});
