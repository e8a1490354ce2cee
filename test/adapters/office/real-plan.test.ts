/** The Office.js renderer on the plans it will really meet: the bundled dataset and 10,000 synthetic indicators. */
import type { WorkbookPlan } from "../../../src/plan/types";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { applyWorkbookPlan } from "../../../src/adapters/office";
import { createFakeExcel, getCell } from "../../support/fake-excel";
import { loadSeedDataset, syntheticDataset } from "../../bench/synthetic";

const BUILT_AT = new Date("2026-11-24T00:00:00Z");
const FOUR_MB = 4_000_000;

function expectCellsEqualPlan(plan: WorkbookPlan, fake: ReturnType<typeof createFakeExcel>["fake"]): number {
  let checked = 0;
  const mismatches: string[] = [];
  for (const sp of plan.sheets) {
    const sheet = fake.state.sheet(sp.name);
    sp.rows.forEach((cells, r) =>
      cells.forEach((cp, c) => {
        if (!cp) return;
        const cell = getCell(sheet, r + 1, c + 1);
        const ok =
          cp.formula !== undefined
            ? cell?.formula === cp.formula
            : cell?.formula === undefined &&
              cell?.coercedFrom === undefined &&
              (cell?.value ?? null) === (cp.value ?? null);
        if (!ok && mismatches.length < 5)
          mismatches.push(`${sp.name}!R${r + 1}C${c + 1}: ${JSON.stringify(cell)} vs ${JSON.stringify(cp)}`);
        if (cp.numberFormat && cell?.numberFormat !== cp.numberFormat && cell?.numberFormat !== "@") {
          if (mismatches.length < 5)
            mismatches.push(`${sp.name}!R${r + 1}C${c + 1} format ${cell?.numberFormat} vs ${cp.numberFormat}`);
        }
        checked++;
      }),
    );
  }
  expect(mismatches).toEqual([]);
  return checked;
}

describe("Office.js renderer with buildWorkbookPlan", () => {
  it("writes the bundled dataset's plan in at most 3 syncs, every cell as planned", async () => {
    const plan = buildWorkbookPlan(loadSeedDataset(), { builtAt: BUILT_AT });
    const excel = createFakeExcel();
    const result = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
    expect(result).toMatchObject({ ok: true });
    expect(excel.fake.syncCount).toBeLessThanOrEqual(3);
    expect(expectCellsEqualPlan(plan, excel.fake)).toBeGreaterThan(1000);
    for (const sp of plan.sheets) {
      const sheet = excel.fake.state.sheet(sp.name);
      expect(sheet.tables.map((t) => t.name)).toEqual(sp.tables.map((t) => t.name));
      expect(sheet.conditionalFormats).toHaveLength(sp.conditionalFormats.length);
      expect(sheet.validations).toHaveLength(sp.validations.length);
      expect(sheet.charts).toHaveLength(sp.charts.length);
    }
    expect([...excel.fake.state.names.keys()]).toEqual(plan.names.map((n) => n.name));
  });

  it("splits 10,000 indicators into requests under 4 MB, with no more syncs than 3 + the splits the size needs", async () => {
    const plan = buildWorkbookPlan(syntheticDataset(loadSeedDataset(), 10_000), { builtAt: BUILT_AT });
    const excel = createFakeExcel();
    const result = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
    expect(result).toMatchObject({ ok: true });
    const requests = excel.fake.state.requests;
    const largest = Math.max(...requests.map((r) => r.bytes));
    const total = requests.reduce((n, r) => n + r.bytes, 0);
    expect(largest).toBeLessThanOrEqual(FOUR_MB);
    // At least ceil(total / 4 MB) write requests are needed. A column block is never split across requests, so a
    // request is filled to 3.5–3.8 MB of its 4 MB (measured with the 10,000 rows): count requests at 85 % full, and
    // allow the read and one partly filled request on top.
    expect(excel.fake.syncCount).toBeLessThanOrEqual(3 + Math.ceil(total / (0.85 * FOUR_MB)));
    expect(excel.fake.syncCount).toBeGreaterThan(2);
    expect(requests.every((r, i) => i === 0 || r.calculationSuspended)).toBe(true);
    expectCellsEqualPlan(plan, excel.fake);
  }, 120_000);

  it("honours a smaller request budget by syncing more often, with the same result", async () => {
    const plan = buildWorkbookPlan(loadSeedDataset(), { builtAt: BUILT_AT });
    const excel = createFakeExcel();
    const result = await applyWorkbookPlan(excel.context, plan, {
      isSetSupported: () => true,
      maxRequestBytes: 60_000,
    });
    expect(result).toMatchObject({ ok: true });
    expect(excel.fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...excel.fake.state.requests.map((r) => r.bytes))).toBeLessThanOrEqual(90_000);
    expectCellsEqualPlan(plan, excel.fake);
  });
});
