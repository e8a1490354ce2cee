/**
 * The Office EvaluationKpiPort reads 評価年度 / 順調閾値 through their defined names (NamedItem.getRange), not at the
 * cells the plan put them in: rows inserted above them on 「設定」, or a name redefined, still give the named value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readEvaluationKpiOffice } from "../../../src/adapters/office/evaluation-kpi";
import { officeWorkbookPort } from "../../../src/adapters/office/workbook-port";
import { validateDataset } from "../../../src/domain/dataset/validate";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { EVALUATION_YEAR_NAME, SETTINGS_SHEET, THRESHOLD_NAME } from "../../../src/workbook/names";
import { createFakeExcel, ensureCell } from "../../support/fake-excel";
import { markChanged } from "../../support/fake-excel/state";

async function built() {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, "../../fixtures/datasets/valid-minimal.json"), "utf8"));
  const v = validateDataset(raw);
  if (!v.ok) throw new Error("fixture dataset invalid");
  const fx = createFakeExcel({ sheets: [] });
  const host = {
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(fx.context),
    isSetSupported: () => true,
  };
  const plan = buildWorkbookPlan(v.dataset, { builtAt: new Date("2026-06-01T01:00:00Z"), evaluationYear: 2025 });
  const applied = await officeWorkbookPort(host, { retryDelayMs: 0 }).applyPlan(plan, { replace: false });
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  return fx;
}

describe("the Office EvaluationKpiPort's settings", () => {
  it("reads 評価年度 and 順調閾値 as built", async () => {
    const fx = await built();
    const read = await readEvaluationKpiOffice(fx.context);
    expect([read.evaluationYear, read.threshold]).toEqual([2025, 1]);
  });

  it("follows the names when rows are inserted above them on 「設定」", async () => {
    const fx = await built();
    fx.context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange("2:3").insert("Down");
    await fx.context.sync();
    fx.fake.state.settle();
    expect(fx.fake.state.names.get(EVALUATION_YEAR_NAME)?.reference).toBe(`='${SETTINGS_SHEET}'!$B$6`);
    const read = await readEvaluationKpiOffice(fx.context);
    expect([read.evaluationYear, read.threshold]).toEqual([2025, 1]);
  });

  it("reads a redefined name's cell, and null for a name that is gone", async () => {
    const fx = await built();
    const settings = fx.fake.state.sheet(SETTINGS_SHEET);
    ensureCell(settings, 9, 4).value = 2026;
    fx.fake.state.names.set(EVALUATION_YEAR_NAME, { name: EVALUATION_YEAR_NAME, reference: "=設定!$D$9" });
    fx.fake.state.names.delete(THRESHOLD_NAME);
    markChanged();
    const read = await readEvaluationKpiOffice(fx.context);
    expect([read.evaluationYear, read.threshold]).toEqual([2026, null]);
  });
});
