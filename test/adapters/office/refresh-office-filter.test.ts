/**
 * Issue #11: refresh through Office.js over a filtered 「KPI一覧」. Excel writes a 2-D array over filtered rows into
 * the wrong cells (office-js #224; the fake does one plainly wrong thing there and records it in
 * state.filteredWrites). The refresh clears the table's filter and shows hidden rows before it writes, says so, and
 * every row then holds its own indicator; the table's column filters are read first and applied again to the new
 * table (matched by header), while rows hidden by hand stay shown.
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
import { filtersToRestore, savedFilters, type SavedFilter } from "../../../src/adapters/office/table-filters";

describe("refresh through Office.js of a filtered 「KPI一覧」", () => {
  test.each([
    ["a column filter on the table", "filter"],
    ["rows hidden by hand", "hidden"],
  ])("%s: cleared first, every row its own indicator, the filter put back, said so", async (_label, how) => {
    const excel = await builtOffice();
    const state = excel.fake.state;
    const kpi = state.sheet(KPI_SHEET);
    const first = 4;
    const last = 3 + bundled.indicators.length;
    ensureCell(kpi, last, kpiCol(yearKey(2024))).value = 42;
    const keep = getCell(kpi, first, kpiCol("subGoal"))?.value;
    if (how === "filter") {
      // Keep only the first indicator's 基本目標: the rows of the others are hidden.
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
    expect([...(kpi.rowHidden ?? [])].filter((r) => r >= first)).toEqual([]);
    const table = state.allTables().find((t) => t.name === KPI_TABLE)!;
    if (how === "filter") {
      // The new table has the same filter on 基本目標, and it hides exactly the rows of the other 基本目標.
      expect([...(table.filters ?? new Map())]).toEqual([
        [kpiCol("subGoal") - 1, { filterOn: "Values", values: [String(keep)] }],
      ]);
      const others = result.plan.rows
        .filter((row) => getCell(kpi, row.sheetRow, kpiCol("subGoal"))?.value !== keep)
        .map((row) => row.sheetRow);
      expect(others.length).toBeGreaterThan(0);
      expect([...(kpi.filteredRows ?? [])].sort((a, b) => a - b)).toEqual(others);
    } else {
      expect(table.filters?.size ?? 0).toBe(0);
      expect(kpi.filteredRows?.size ?? 0).toBe(0);
    }
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

describe("the table's filters put back after the refresh", () => {
  it("matches columns by header: an edited year header by its year, a column people added by its text", async () => {
    const excel = await builtOffice();
    const state = excel.fake.state;
    const kpi = state.sheet(KPI_SHEET);
    const columns = excel.context.workbook.tables.getItem(KPI_TABLE).columns;
    const unit = getCell(kpi, 4, kpiCol("unit"))?.value;
    columns.getItem("単位").filter.applyValuesFilter([String(unit)]);
    columns.getItem("令和6年度(2024)").filter.apply({ filterOn: "Custom", criterion1: "<>0" } as Excel.FilterCriteria);
    await excel.context.sync();
    // A person renames the 2024 column (kept by its 「(2024)」) and the column 要確認 (now read as their own column).
    ensureCell(kpi, 3, kpiCol(yearKey(2024))).value = "R6(2024)";
    ensureCell(kpi, 3, kpiCol("verification")).value = "確認メモ";
    columns.getItem("確認メモ").filter.apply({ filterOn: "Custom", criterion1: "<>x" } as Excel.FilterCriteria);
    await excel.context.sync();
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: bundled,
      history: { at: AT, who: "t", source: "x" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const table = state.allTables().find((t) => t.name === KPI_TABLE)!;
    const header = (index: number): unknown => getCell(kpi, 3, index + 1)?.value;
    const put = [...(table.filters ?? new Map())].map(([i, c]) => [header(i), c]);
    expect(put).toEqual(
      expect.arrayContaining([
        ["単位", { filterOn: "Values", values: [String(unit)] }],
        ["令和6年度(2024)", { filterOn: "Custom", criterion1: "<>0" }],
      ]),
    );
    // 確認メモ is read as a column people added (kept, its filter with it); 要確認 is the plan's column again.
    expect(put).toContainEqual(["確認メモ", { filterOn: "Custom", criterion1: "<>x" }]);
    expect(put).toHaveLength(3);
    expect(result.plan.notices.filter((n) => n.code === "FilterNotRestored")).toEqual([]);
  });

  it("a filtered column the new table will not have is skipped and named", () => {
    const saved = [
      { header: "単位", criteria: { filterOn: "Values", values: ["件"] } },
      { header: "Ｒ６(2024)", criteria: { filterOn: "Custom", criterion1: ">0" } },
      { header: "メモ", criteria: { filterOn: "Custom", criterion1: "<>x" } },
      { header: "古い列", criteria: { filterOn: "Custom", criterion1: "<>x" } },
    ] as SavedFilter[];
    const restore = filtersToRestore(saved, LAYOUT, [{ address: "AH3", text: "メモ", column: 34 }]);
    expect(restore.apply.map((f) => f.header)).toEqual(["単位", "令和6年度(2024)", "メモ"]);
    expect(restore.skipped).toEqual(["古い列"]);
  });

  it("reads only filtered columns, without the empty fields Excel returns", () => {
    expect(
      savedFilters([
        { name: "ID", filter: { criteria: null } },
        { name: "単位", filter: { criteria: { filterOn: "Values", values: ["件"], criterion1: null } as never } },
      ]),
    ).toEqual([{ header: "単位", criteria: { filterOn: "Values", values: ["件"] } }]);
  });
});
