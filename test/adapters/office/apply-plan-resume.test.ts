/**
 * A build Excel refuses part-way: Office.js batches are not transactions (what ran before the refused action stays),
 * so a refusal in the main batch used to leave a half-built workbook that a retry answered with SheetsExist. Now an
 * optional feature Excel refuses is left out and reported, and a build stopped by anything else is finished by the
 * next run (the hidden 「~kpi-build」 sheet says the plan's sheets there are its own, half-built).
 */
import type { WorkbookPlan } from "../../../src/plan/types";
import { applyWorkbookPlan, type ApplyResult } from "../../../src/adapters/office";
import { BUILD_MARKER_SHEET } from "../../../src/adapters/office/apply-plan";
import { decodeMetadata, METADATA_SHEET } from "../../../src/workbook/metadata";
import { createFakeExcel, FakeOfficeError, type FakeExcel } from "../../support/fake-excel";
import { smallPlan } from "../../fixtures/adapters/small-plan";

const allSets = (): boolean => true;

function expectOk(result: ApplyResult): asserts result is Extract<ApplyResult, { ok: true }> {
  if (!result.ok) throw new Error(`apply failed: ${JSON.stringify(result)}`);
}

/** Everything the plan asks for is in the workbook (the optional features listed in `except` aside). */
function expectComplete(fx: FakeExcel, plan: WorkbookPlan, except: readonly string[] = []): void {
  const state = fx.fake.state;
  // The planned sheets, then the metadata's second copy (very hidden); no build marker left.
  expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name), METADATA_SHEET]);
  expect([...state.names.keys()]).toEqual(plan.names.map((n) => n.name));
  for (const sp of plan.sheets) {
    const sheet = state.sheet(sp.name);
    expect(sheet.tables.map((t) => t.name)).toEqual(sp.tables.map((t) => t.name));
    if (!except.includes("conditionalFormats"))
      expect(sheet.conditionalFormats).toHaveLength(sp.conditionalFormats.length);
    if (!except.includes("dataValidation")) expect(sheet.validations).toHaveLength(sp.validations.length);
    if (!except.includes("charts")) expect(sheet.charts).toHaveLength(sp.charts.length);
  }
  expect(decodeMetadata(state.properties.comments as string)).toEqual({ ok: true, metadata: plan.metadata });
}

const refuseWhen =
  (test: (path: string, action: string, args: unknown) => boolean) => (path: string, action: string, args: unknown) =>
    test(path, action, args) ? new FakeOfficeError("InvalidArgument", `${action} refused at ${path}`) : undefined;

describe("a refusal in the main build batch", () => {
  it("a refused chart series colour: the workbook is complete, the chart there, charts reported as left out", async () => {
    const plan = smallPlan();
    const fx = createFakeExcel();
    fx.fake.refuse = refuseWhen((_p, action) => action === "setSolidColor");
    const result = await applyWorkbookPlan(fx.context, plan, { isSetSupported: allSets });
    expectOk(result);
    expect(result.skipped).toEqual(["charts"]);
    expectComplete(fx, plan, ["charts"]);
    expect(fx.fake.state.sheet("概要").charts).toHaveLength(1);
  });

  it("a refused rule formula and a refused validation: only those are left out, the rest is built", async () => {
    const plan = smallPlan();
    const fx = createFakeExcel();
    fx.fake.refuse = refuseWhen(
      (_p, action, args) =>
        (action === "set formula" && String(args).includes('="A"')) ||
        (action === "set rule" && /増加/.test(JSON.stringify(args))),
    );
    const result = await applyWorkbookPlan(fx.context, plan, { isSetSupported: allSets });
    expectOk(result);
    expect([...result.skipped].sort()).toEqual(["conditionalFormats", "dataValidation"]);
    expectComplete(fx, plan, ["conditionalFormats", "dataValidation"]);
    const kpi = fx.fake.state.sheet("KPI一覧");
    // The other rules and validations of the sheet are there.
    expect(kpi.conditionalFormats.map((c) => c.type)).toEqual(expect.arrayContaining(["DataBar"]));
    expect(kpi.validations.length).toBeGreaterThan(0);
    expect(fx.fake.state.sheets.some((s) => s.name === BUILD_MARKER_SHEET)).toBe(false);
  });

  it("a build stopped by a core refusal is finished by the next run, not refused with SheetsExist", async () => {
    const plan = smallPlan();
    const fx = createFakeExcel();
    let refuseTables = true;
    fx.fake.refuse = refuseWhen((_p, action) => refuseTables && action === "tables.add");
    const first = await applyWorkbookPlan(fx.context, plan, { isSetSupported: allSets });
    expect(first).toMatchObject({ ok: false, code: "OfficeError" });
    // Half-built, and marked as such.
    expect(fx.fake.state.sheets.map((s) => s.name)).toContain(BUILD_MARKER_SHEET);

    refuseTables = false;
    const second = await applyWorkbookPlan(fx.context, plan, { isSetSupported: allSets });
    expectOk(second);
    expect(second.skipped).toEqual([]);
    expectComplete(fx, plan);
  });

  it("a half-built workbook with someone else's sheet of a planned name is still refused (no marker: not ours)", async () => {
    const fx = createFakeExcel({ sheets: ["Sheet1", "KPI一覧"] });
    const result = await applyWorkbookPlan(fx.context, smallPlan(), { isSetSupported: allSets });
    expect(result).toMatchObject({ ok: false, code: "SheetsExist", sheets: ["KPI一覧"] });
  });

  it("adds the defined names in the first write request, right after their sheets", async () => {
    const fx = createFakeExcel();
    const seen: string[] = [];
    fx.fake.refuse = (_p, action, args) => {
      seen.push(action === "add" ? `add ${String(Array.isArray(args) ? args[0] : args)}` : action);
      return undefined;
    };
    expectOk(await applyWorkbookPlan(fx.context, smallPlan(), { isSetSupported: allSets }));
    const firstName = seen.findIndex((a) => a.startsWith("add 評価年度"));
    const firstValues = seen.indexOf("set formulas");
    expect(firstName).toBeGreaterThan(seen.lastIndexOf("add 概要"));
    expect(firstName).toBeLessThan(firstValues);
  });
});

describe("print settings", () => {
  it("one refused setting on one sheet keeps every other sheet's print settings and the sheet's other settings", async () => {
    const base = smallPlan();
    const plan: WorkbookPlan = {
      ...base,
      sheets: base.sheets.map((s) =>
        s.name === "概要" ? { ...s, pageSetup: { orientation: "portrait", paperSize: "A4", fitToWidth: true } } : s,
      ),
    };
    const fx = createFakeExcel();
    fx.fake.refuse = refuseWhen((path, action) => action === "set zoom" && path.includes("KPI一覧"));
    const result = await applyWorkbookPlan(fx.context, plan, { isSetSupported: allSets });
    expectOk(result);
    expect(result.skipped).toEqual(["pageLayout"]);
    expect(fx.fake.state.sheet("KPI一覧").pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$3",
    });
    expect(fx.fake.state.sheet("概要").pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });
});

describe("a refusal before the marker", () => {
  it("reports what Excel said (not SheetsExist) when a planned sheet itself was refused", async () => {
    const fx = createFakeExcel();
    fx.fake.refuse = refuseWhen((_p, action, args) => action === "add" && args === "概要");
    const result = await applyWorkbookPlan(fx.context, smallPlan(), { isSetSupported: allSets });
    expect(result).toMatchObject({ ok: false, code: "OfficeError", error: { code: "InvalidArgument" } });
  });
});
