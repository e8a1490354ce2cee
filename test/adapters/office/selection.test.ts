import { applyWorkbookPlan } from "../../../src/adapters/office";
import { readKpiRowAt } from "../../../src/adapters/office/kpi-row";
import { readSelection, rowIndexOfAddress, watchSelection } from "../../../src/adapters/office/selection";
import { createFakeExcel, parseAddress, type FakeWorkbookState } from "../../support/fake-excel";
import { MEETINGS, MEMBERS } from "../../fixtures/comments/records";
import { commentsPlan } from "../../fixtures/comments/workbook";

async function workbook() {
  const excel = createFakeExcel();
  const applied = await applyWorkbookPlan(excel.context, commentsPlan({ members: MEMBERS, meetings: MEETINGS }), {
    isSetSupported: () => true,
  });
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  return excel;
}

const table = (state: FakeWorkbookState, name: string) => state.allTables().find((t) => t.name === name)!;

describe("selection", () => {
  it("reads the KPI row at the selected sheet row by header, and nothing outside the table", async () => {
    const { context, fake } = await workbook();
    const kpi = table(fake.state, "KPI");
    const top = parseAddress(kpi.address).top;
    const view = await readKpiRowAt(context, top + 1); // 0-based index of the second data row
    expect(view).toMatchObject({ id: "1-1-K1-1" });
    expect(view?.name).not.toBe("");
    expect(await readKpiRowAt(context, 0)).toBeNull();
    expect(await readKpiRowAt(context, 5000)).toBeNull();
  });

  it("follows onSelectionChanged on KPI一覧 until removed, and reads the current selection", async () => {
    const { context, fake } = await workbook();
    const seen: number[] = [];
    const watch = await watchSelection(context, "KPI一覧", (row) => seen.push(row));
    await fake.state.select("KPI一覧", "B7");
    await fake.state.select("設定", "B3"); // another sheet: not followed
    await fake.state.select("KPI一覧", "C9:D12");
    expect(seen).toEqual([6, 8]);
    expect(await readSelection(context)).toEqual({ sheet: "KPI一覧", rowIndex: 8 });
    await watch.remove();
    await fake.state.select("KPI一覧", "B5");
    expect(seen).toEqual([6, 8]);
    expect(rowIndexOfAddress("'KPI一覧'!$B$7")).toBe(6);
  });

  it("removes the handler the documented way: in a batch run on the context it was added in", async () => {
    // learn.microsoft.com, OfficeExtension.EventHandlerResult: "The same RequestContext object that the handler was
    // added in must be used when removing the handler" — Excel.run(eventResult.context, …) in "Remove an event handler".
    const { context, fake } = await workbook();
    const runs: unknown[] = [];
    const watch = await watchSelection(
      context,
      "KPI一覧",
      () => undefined,
      (ctx, batch) => {
        runs.push(ctx);
        return batch(ctx);
      },
    );
    expect(fake.state.selectionHandlers).toHaveLength(1);
    await watch.remove();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toBe(context);
    expect(fake.state.selectionHandlers).toHaveLength(0);
  });
});
