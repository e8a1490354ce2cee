/** The fake computes formulas with HyperFormula and refuses the ones Excel refuses (issue #11 §1). */
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { applyWorkbookPlan } from "../../../src/adapters/office";
import { KPI_ROWS, layoutOf, yearKey } from "../../../src/workbook/kpi-columns";
import { loadSeedDataset } from "../../bench/synthetic";
import { loadPlanIntoHyperFormula } from "../hyperformula-plan";
import { calcOf, referencedSheets } from "./calc";
import { createFakeExcel, FakeOfficeError, getCell } from "./index";

const BUILT_AT = new Date("2026-11-24T00:00:00Z");

async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("formulas in the fake", () => {
  it("calculates formula cells when they are read (values and text), after every batch", async () => {
    const { context, fake } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:C1").formulas = [[2, 3, "=A1*B1"]];
    await context.sync();
    const dyn = context.workbook.worksheets.getItem("Sheet1").getUsedRange().load("values,text");
    await context.sync();
    expect(dyn.values).toEqual([[2, 3, 6]]);
    expect(dyn.text).toEqual([["2", "3", "6"]]);
    sheet.getRange("A1").values = [[10]];
    const again = sheet.getUsedRange().load("values");
    await context.sync();
    expect(again.values).toEqual([[10, 3, 30]]);
    expect(getCell(fake.state.sheet("Sheet1"), 1, 3)?.formula).toBe("=A1*B1");
  });

  it.each([
    ["an unparsable formula", "=SUM(A1"],
    ["an operator with nothing after it", "=A1+"],
    ["a reference to a sheet that does not exist", "='no such sheet'!A1+1"],
    ["a bare reference to a sheet that does not exist", "=Nowhere!A1"],
  ])("refuses %s with InvalidArgument at sync, changing nothing", async (_what, formula) => {
    const { context, fake } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").formulas = [[1, formula]];
    const error = await rejection(() => context.sync());
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect((error as FakeOfficeError).code).toBe("InvalidArgument");
    expect(getCell(fake.state.sheet("Sheet1"), 1, 2)?.formula).toBeUndefined();
  });

  it("keeps the same text literally in a cell formatted as text", async () => {
    const { context, fake } = createFakeExcel();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.numberFormat = [["@"]];
    range.values = [["=SUM(A1"]];
    await context.sync();
    expect(getCell(fake.state.sheet("Sheet1"), 1, 1)?.value).toBe("=SUM(A1");
  });

  it("reads an unknown name as #NAME? (as Excel does) and the name's value once it is defined", async () => {
    const { context } = createFakeExcel({ sheets: ["設定", "Sheet1"] });
    const settings = context.workbook.worksheets.getItem("設定");
    settings.getRange("B2").values = [[2024]];
    settings.getRange("C1").formulas = [["=評価年度+1"]];
    const before = settings.getUsedRange().load("values");
    await context.sync();
    expect(before.values[0]?.[2]).toBe("#NAME?");
    context.workbook.names.add("評価年度", "='設定'!$B$2");
    const after = settings.getUsedRange().load("values");
    await context.sync();
    expect(after.values[0]?.[2]).toBe(2025);
  });

  it("finds the sheets a formula names, quoted or bare, never inside strings", () => {
    expect(referencedSheets(`=COUNTIFS('委員意見'!$C:$C,A4,'It''s'!B1,"x!")+Sheet2!A1+"'no'!A1"`)).toEqual([
      "委員意見",
      "It's",
      "Sheet2",
    ]);
  });

  it("calculates the bundled workbook as HyperFormula does the plan: grades, no #NAME? or #REF!", async () => {
    const dataset = loadSeedDataset();
    const plan = buildWorkbookPlan(dataset, { builtAt: BUILT_AT });
    const { context, fake } = createFakeExcel();
    const result = await applyWorkbookPlan(context, plan, { isSetSupported: () => true });
    expect(result).toMatchObject({ ok: true });
    const layout = layoutOf(dataset);
    const kpi = context.workbook.tables.getItemOrNullObject("KPI").getDataBodyRange().load("values");
    await context.sync();
    const reference = loadPlanIntoHyperFormula(plan);
    try {
      const grade = layout.col("grade") - 1;
      const latest = layout.col("latest") - 1;
      const rows = kpi.values;
      expect(rows.length).toBe(dataset.indicators.length);
      rows.forEach((row, i) => {
        const r = KPI_ROWS.firstData + i;
        expect([row[latest], row[grade]]).toEqual([
          reference.value("KPI一覧", `${layout.letter("latest")}${r}`) ?? "",
          reference.value("KPI一覧", `${layout.letter("grade")}${r}`),
        ]);
      });
      expect(rows.some((row) => typeof row[grade] === "string" && row[grade] !== "")).toBe(true);
      // Every formula cell of every sheet evaluates without an error value.
      const errors: string[] = [];
      for (const sheet of fake.state.sheets) {
        for (const [key, cell] of sheet.cells) {
          if (cell.formula === undefined) continue;
          const v = calcOf(fake.state).value(sheet, Math.floor(key / 16384), key % 16384);
          if (typeof v === "string" && /^#[A-Z/0!?]+/.test(v)) errors.push(`${sheet.name}:${key} ${v}`);
        }
      }
      expect(errors.slice(0, 5)).toEqual([]);
      // A typed actual: 最新実績 / 達成率 / 評価 follow at the next read, as the plan's own formulas give them.
      const i = rows.findIndex((row) => typeof row[layout.col("target") - 1] === "number");
      const r = KPI_ROWS.firstData + i;
      const year = layout.letter(yearKey(layout.firstYear + 1));
      context.workbook.worksheets.getItem("KPI一覧").getRange(`${year}${r}`).values = [[1234]];
      const again = context.workbook.tables.getItemOrNullObject("KPI").getDataBodyRange().load("values");
      await context.sync();
      reference.setValue("KPI一覧", `${year}${r}`, 1234);
      const row = again.values[i] as unknown[];
      expect(row[latest]).toBe(1234);
      for (const key of ["latest", "progress", "grade"] as const) {
        expect([key, row[layout.col(key) - 1]]).toEqual([key, reference.value("KPI一覧", `${layout.letter(key)}${r}`)]);
      }
      expect(row[grade]).not.toBe(rows[i]?.[grade]);
    } finally {
      reference.destroy();
    }
  });

  it("is lazy: writes alone never build the engine", async () => {
    const { context, fake } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const builds = calcOf(fake.state).builds;
    sheet.getRange("A1:B1").formulas = [[1, "=A1+1"]];
    await context.sync();
    sheet.getRange("A2:B2").formulas = [[2, "=A2+1"]];
    await context.sync();
    expect(calcOf(fake.state).builds).toBe(builds);
    const read = sheet.getUsedRange().load("values");
    await context.sync();
    expect(read.values).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(calcOf(fake.state).builds).toBe(builds + 1);
  });
});

describe("conditional format rules", () => {
  it("refuses a custom rule formula Excel cannot read (InvalidArgument at sync) and takes a good one", async () => {
    const { context, fake } = createFakeExcel();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A9") as unknown as {
      conditionalFormats: { add(type: string): { custom: { rule: { formula: string } } } };
    };
    range.conditionalFormats.add("Custom").custom.rule.formula = "=AND($A1>0,";
    const error = await rejection(() => context.sync());
    expect((error as FakeOfficeError).code).toBe("InvalidArgument");
    range.conditionalFormats.add("Custom").custom.rule.formula = '=AND($A1>0,$B1="未対応")';
    await context.sync();
    // The rule added before the refusal stays without a formula: a request is not undone when an action fails.
    const rules = fake.state.sheet("Sheet1").conditionalFormats.filter((r) => r.custom !== undefined);
    expect(rules.map((r) => (r.custom as { rule: { formula: string } }).rule.formula)).toEqual([
      '=AND($A1>0,$B1="未対応")',
    ]);
  });
});
