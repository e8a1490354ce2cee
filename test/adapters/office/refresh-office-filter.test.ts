/**
 * Issue #11: refresh through Office.js over a filtered 「KPI一覧」. Excel writes a 2-D array over filtered rows into
 * the wrong cells (office-js #224; the fake does one plainly wrong thing there and records it in
 * state.filteredWrites). The refresh clears the table's filter and shows hidden rows before it writes, says so, and
 * every row then holds its own indicator, as the xlsx refresh does (all rows shown after a refresh).
 */
import { type Dataset } from "../../../src/domain/dataset/schema";
import { refreshWorkbookOffice } from "../../../src/app/refresh-office";
import { yearKey } from "../../../src/workbook/kpi-columns";
import { formulaTexts } from "../../../src/plan/kpi-rows";
import { KPI_SHEET, KPI_TABLE } from "../../../src/workbook/names";
import { ensureCell, getCell } from "../../support/fake-excel";
import { LAYOUT, kpiCol } from "../../support/layout";
import { noticeText } from "../../../src/workbook/refresh-notice";
import { AT, builtOffice, bundled } from "../../fixtures/adapters/office-built";

describe("refresh through Office.js of a filtered 「KPI一覧」", () => {
  test.each([
    ["a column filter on the table", "filter"],
    ["rows hidden by hand", "hidden"],
  ])("%s: cleared first, every row its own indicator, all rows shown, said so", async (_label, how) => {
    const excel = await builtOffice();
    const state = excel.fake.state;
    const kpi = state.sheet(KPI_SHEET);
    const first = 4;
    const last = 3 + bundled.indicators.length;
    ensureCell(kpi, last, kpiCol(yearKey(2024))).value = 42;
    if (how === "filter") {
      // Keep only the first indicator's 基本目標: the rows of the others are hidden.
      const keep = getCell(kpi, first, kpiCol("subGoal"))?.value;
      excel.context.workbook.tables
        .getItem(KPI_TABLE)
        .columns.getItem("基本目標")
        .filter.applyValuesFilter([String(keep)]);
    } else {
      excel.context.workbook.worksheets.getItem(KPI_SHEET).getRange(`${first + 1}:${first + 3}`).rowHidden = true;
    }
    await excel.context.sync();
    expect((kpi.filteredRows?.size ?? 0) + (kpi.rowHidden?.size ?? 0)).toBeGreaterThan(0);

    const next: Dataset = structuredClone(bundled);
    next.indicators.push({ ...structuredClone(next.indicators[0]!), id: next.indicators[0]!.id.replace(/\d+$/, "9") });
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: next,
      history: { at: AT, who: "t", source: "x" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.notices.map((n) => n.code)).toContain("FilterCleared");

    expect(state.filteredWrites).toEqual([]);
    expect(kpi.filteredRows?.size ?? 0).toBe(0);
    expect([...(kpi.rowHidden ?? [])].filter((r) => r >= first)).toEqual([]);
    expect(result.plan.rows).toHaveLength(next.indicators.length);
    result.plan.rows.forEach((row, i) => {
      const r = first + i;
      expect(row.sheetRow).toBe(r);
      expect(getCell(kpi, r, kpiCol("id"))?.value).toBe(row.id);
      expect(getCell(kpi, r, kpiCol("grade"))?.formula).toBe(formulaTexts(LAYOUT, r).grade);
    });
    const typedId = bundled.indicators[bundled.indicators.length - 1]!.id;
    const typedRow = result.plan.rows.find((row) => row.id === typedId)!.sheetRow;
    expect(getCell(kpi, typedRow, kpiCol(yearKey(2024)))?.value).toBe(42);
  });
});
