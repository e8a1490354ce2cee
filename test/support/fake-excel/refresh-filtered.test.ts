/**
 * What a refresh through Office.js does to a filtered 「KPI一覧」, on the fake that now filters (issue #11 §2: Excel
 * writes into the wrong rows when a range is filtered, office-js #224). The refresh must leave every indicator's
 * row whole: its id beside its own name and its typed actual, with no write landing on a filtered range.
 */
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { applyWorkbookPlan } from "../../../src/adapters/office";
import { refreshWorkbookOffice } from "../../../src/app/refresh-office";
import { KPI_ROWS, layoutOf, yearKey } from "../../../src/workbook/kpi-columns";
import { loadSeedDataset } from "../../bench/synthetic";
import { createFakeExcel, ensureCell, getCell } from "./index";

it("a refresh over a filtered KPI table keeps each id with its own name and actual, writing nothing through the filter", async () => {
  const dataset = loadSeedDataset();
  const layout = layoutOf(dataset);
  const fx = createFakeExcel();
  const built = await applyWorkbookPlan(fx.context, buildWorkbookPlan(dataset, { builtAt: new Date("2026-11-24") }), {
    isSetSupported: () => true,
  });
  expect(built).toMatchObject({ ok: true });
  const kpi = fx.fake.state.sheet("KPI一覧");
  const first = KPI_ROWS.firstData;
  const idCol = layout.col("id");
  const nameCol = layout.col("name");
  const actualCol = layout.col(yearKey(layout.firstYear + 1));
  const names = new Map(dataset.indicators.map((i) => [i.id, i.name]));
  // A typed actual on every third row, then a filter on 区分 that hides some rows.
  dataset.indicators.forEach((_, i) => {
    if (i % 3 === 0) ensureCell(kpi, first + i, actualCol).value = 1000 + i;
  });
  const kinds = dataset.indicators.map((_, i) => getCell(kpi, first + i, layout.col("kind"))?.value);
  const shown = kinds.find((k) => k !== kinds[0]) ?? kinds[0];
  fx.context.workbook.tables
    .getItem("KPI")
    .columns.getItem(layout.header("kind"))
    .filter.applyValuesFilter([String(shown)]);
  await fx.context.sync();
  expect(kpi.filteredRows?.size).toBeGreaterThan(0);

  const result = await refreshWorkbookOffice(fx.context, {
    dataset,
    history: { at: "2026-11-25T00:00:00Z", who: "test", source: "同梱データ" },
  });
  expect(result).toMatchObject({ ok: true });
  expect(fx.fake.state.filteredWrites).toEqual([]);
  const wrong: string[] = [];
  dataset.indicators.forEach((ind, i) => {
    const r = first + i;
    const id = String(getCell(kpi, r, idCol)?.value);
    // 指標名 is the indicator's name, with its part (（小学校）…) when it has one.
    if (!String(getCell(kpi, r, nameCol)?.value).startsWith(names.get(id) ?? "\u0000"))
      wrong.push(`row ${r}: ${id} named ${getCell(kpi, r, nameCol)?.value}`);
    const typed = i % 3 === 0 ? 1000 + i : undefined;
    if (id === ind.id && getCell(kpi, r, actualCol)?.value !== typed) wrong.push(`row ${r}: ${id} actual lost`);
  });
  expect(wrong.slice(0, 5)).toEqual([]);
});
