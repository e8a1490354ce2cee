import { buildWorkbookPlan } from "../../../../src/plan/workbook";
import { loadBundledDataset } from "../../../../src/taskpane/bundled-dataset";
import { SHEETS_MADE } from "../../../../src/taskpane/panels/create-workbook/sheets-made";

it("the create panel's intro names exactly the sheets the plan makes, in the workbook's order", () => {
  const loaded = loadBundledDataset();
  if (!loaded.ok) throw new Error("the bundled dataset does not validate");
  const plan = buildWorkbookPlan(loaded.dataset, { builtAt: new Date("2026-11-24T00:00:00Z") });
  expect(SHEETS_MADE).toEqual(plan.sheets.map((s) => s.name));
});
