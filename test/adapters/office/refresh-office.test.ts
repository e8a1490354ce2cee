/**
 * Refresh through Office.js against the recording fake: a workbook built by applyWorkbookPlan, actuals typed into
 * the fake's cells, a changed dataset; typed values kept, rows by id, syncs bounded, every request under 4 MB.
 */
import { type Dataset } from "../../../src/domain/dataset/schema";
import { refreshWorkbookOffice } from "../../../src/app/refresh-office";
import { yearKey } from "../../../src/workbook/kpi-columns";
import { formulaTexts } from "../../../src/plan/kpi-rows";
import { HISTORY_SHEET } from "../../../src/refresh/history";
import { createFakeExcel, ensureCell, getCell, type FakeSheetState } from "../../support/fake-excel";
import { datasetOf } from "../../plan/dataset-builder";
import { LAYOUT, KPI_COLUMNS, kpiCol } from "../../support/layout";
import { noticeText } from "../../../src/workbook/refresh-notice";
import { AT, builtOffice, bundled } from "../../fixtures/adapters/office-built";

const FOUR_MB = 4 * 1024 * 1024;

function rowOf(sheet: FakeSheetState, id: string): number {
  for (let r = 4; r < 100000; r++) {
    const v = getCell(sheet, r, 1)?.value;
    if (v === id) return r;
    if (v === undefined || v === null) break;
  }
  throw new Error(`no row ${id}`);
}

describe("refresh through Office.js (recording fake)", () => {
  test("typed actuals stay, a new indicator lands in its place, a removed one is 廃止, history appended", async () => {
    const excel = await builtOffice(bundled);
    const kpi = excel.fake.state.sheet("KPI一覧");
    const [first, second] = [bundled.indicators[0]!.id, bundled.indicators[1]!.id];
    ensureCell(kpi, rowOf(kpi, first), kpiCol(yearKey(2024))).value = 321;
    ensureCell(kpi, rowOf(kpi, second), kpiCol(yearKey(2023))).value = 12;

    const next: Dataset = structuredClone(bundled);
    next.datasetVersion = "1.1.0";
    next.indicators.splice(1, 1);
    const added = {
      ...structuredClone(next.indicators[0]!),
      id: next.indicators[0]!.id.replace(/\d+$/, "9"),
      name: "新指標",
    };
    next.indicators.splice(1, 0, added);
    const before = excel.fake.syncCount;
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: next,
      history: { at: AT, who: "u", source: "x.json" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.added).toEqual([added.id]);
    expect(result.plan.retired).toEqual([second]);
    expect(excel.fake.syncCount - before).toBe(result.syncs);
    expect(result.syncs).toBeLessThanOrEqual(6);
    for (const req of excel.fake.state.requests) expect(req.bytes).toBeLessThan(FOUR_MB);

    expect(getCell(kpi, rowOf(kpi, first), kpiCol(yearKey(2024)))?.value).toBe(321);
    expect(rowOf(kpi, added.id)).toBe(rowOf(kpi, first) + 1);
    const gone = rowOf(kpi, second);
    expect(String(getCell(kpi, gone, kpiCol("kind"))?.value)).toMatch(/^廃止/);
    expect(getCell(kpi, gone, kpiCol(yearKey(2023)))?.value).toBe(12);
    expect(getCell(kpi, gone, kpiCol("grade"))?.formula).toBe(formulaTexts(LAYOUT, gone).grade);
    const table = kpi.tables.find((t) => t.name === "KPI" && !t.convertedToRange);
    expect(table?.address).toBe(
      // the plan's columns + 意見数 and 未対応意見 (src/plan/comments-sheets.ts)
      `A3:${String.fromCharCode(64 + Math.floor((KPI_COLUMNS.length + 1) / 26))}${String.fromCharCode(65 + ((KPI_COLUMNS.length + 1) % 26))}${3 + bundled.indicators.length + 1}`,
    );
    const history = excel.fake.state.sheet(HISTORY_SHEET);
    expect(getCell(history, 2, 3)?.value).toBe("x.json");
  });

  test("10,000 indicators: syncs stay bounded and no request reaches 4 MB", async () => {
    const sketches = Array.from({ length: 10000 }, (_, i) => ({
      rule: "increase" as const,
      baseline: 10,
      baselineYear: 2019,
      target: 20,
      targetYear: 2027,
      basis: "fiscal" as const,
      actuals: [[2022, i]] as [number, number][],
      subGoal: i % 3,
    }));
    const ds = datasetOf(sketches);
    const excel = await builtOffice(ds, { calculate: false });
    const start = excel.fake.state.requests.length;
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: ds,
      history: { at: AT, who: "u", source: "同梱データ" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const requests = excel.fake.state.requests.slice(start);
    expect(requests.length).toBe(result.syncs);
    // Bounded by bytes, not rows: the writes are split below 4 MB, and issue #12's seven formula columns add bytes to
    // every row, so 10,000 rows may take a few more requests than the 12 they took before.
    expect(result.syncs).toBeLessThanOrEqual(16);
    for (const req of requests) expect(req.bytes).toBeLessThan(FOUR_MB);
  }, 180_000);
});

describe("refresh through Office.js when the table is gone", () => {
  test("a table converted to a range is found by its header row and created again", async () => {
    const excel = await builtOffice(bundled);
    const kpi = excel.fake.state.sheet("KPI一覧");
    ensureCell(kpi, 4, kpiCol(yearKey(2024))).value = 99;
    for (const t of kpi.tables) t.convertedToRange = true;
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: bundled,
      history: { at: AT, who: "", source: "同梱データ" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.notices.map((n) => n.code)).toContain("TableMissing");
    expect(getCell(kpi, 4, kpiCol(yearKey(2024)))?.value).toBe(99);
    expect(kpi.tables.filter((t) => t.name === "KPI" && !t.convertedToRange)).toHaveLength(1);
    expect(getCell(excel.fake.state.sheet(HISTORY_SHEET), 2, 2)?.value).toBe("（不明）");
  });

  test("no table and the sheet renamed: the one sheet with the KPI header row is found, the table created again", async () => {
    const excel = await builtOffice(bundled);
    const kpi = excel.fake.state.sheet("KPI一覧");
    for (const t of kpi.tables) t.convertedToRange = true;
    kpi.name = "KPI一覧(写)";
    ensureCell(kpi, 4, kpiCol(yearKey(2024))).value = 98;
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: bundled,
      history: { at: AT, who: "", source: "同梱データ" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.notices).toEqual([expect.objectContaining({ code: "TableMissing", sheet: "KPI一覧(写)" })]);
    expect(getCell(kpi, 4, kpiCol(yearKey(2024)))?.value).toBe(98);
    expect(kpi.tables.filter((t) => t.name === "KPI" && !t.convertedToRange)).toHaveLength(1);
  });

  test("no table and no 「KPI一覧」: a problem, and nothing written", async () => {
    const excel = createFakeExcel({ sheets: ["Sheet1"] });
    const before = excel.fake.state.requests.length;
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: bundled,
      history: { at: AT, who: "", source: "x" },
    });
    expect(result).toEqual(expect.objectContaining({ ok: false, stage: "read" }));
    if (!result.ok) expect(result.problems[0]?.code).toBe("KpiSheetMissing");
    // Only reads were sent: no sheet was added.
    expect(excel.fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.fake.state.requests.length - before).toBe(result.syncs);
  });
});

describe("rows inserted for new indicators", () => {
  test("are whole sheet rows, so what sits beside a row outside the table stays on that row", async () => {
    const excel = await builtOffice(bundled);
    const kpi = excel.fake.state.sheet("KPI一覧");
    const third = bundled.indicators[2]!.id;
    const beside = 60; // far right of the table, not part of it
    ensureCell(kpi, rowOf(kpi, third), beside).value = "メモ（表の外）";
    const next: Dataset = JSON.parse(JSON.stringify(bundled)) as Dataset;
    const added = { ...next.indicators[0]!, id: next.indicators[0]!.id.replace(/\d+$/, "9"), name: "新指標" };
    next.indicators.splice(1, 0, added);
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: next,
      history: { at: AT, who: "u", source: "x" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(kpi.insertedRows).toEqual([{ at: rowOf(kpi, added.id), count: 1 }]);
    expect(getCell(kpi, rowOf(kpi, third), beside)?.value).toBe("メモ（表の外）");
  });
});
