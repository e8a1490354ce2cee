/**
 * The plan period is data: a 第3期-style strategy for 令和11年度〜令和17年度 (FY2029–FY2035) builds, grades and
 * refreshes through both adapters with no code change. The dataset is the mixed fixture moved eight years later
 * (every period, actual and printed era label), so the same indicators land in other year columns.
 */
import ExcelJS from "exceljs";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { validateDataset } from "../../src/domain/dataset/validate";
import { eraYearLabel, periodLabel } from "../../src/domain/periods";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { KPI_ROWS, layoutOf, yearKey } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET } from "../../src/workbook/names";
import { createFakeExcel, ensureCell, getCell, type FakeSheetState } from "../support/fake-excel";
import { loadPlanIntoHyperFormula } from "../support/hyperformula-plan";
import { expectRowAgrees, loadFixture, sheetStatus, twinStatus } from "../plan/plan-readback";
import { noticeText } from "../../src/workbook/refresh-notice";

const SHIFT = 8;
const AT = "2032-06-01T00:00:00.000Z";

/** Moves every period of a dataset `by` years, rewriting the printed era label the validator checks. */
function shifted(dataset: Dataset, by: number): Dataset {
  const move = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(move);
    if (node === null || typeof node !== "object") return node;
    const o = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, move(v)])) as Record<string, unknown>;
    if (typeof o.year === "number" && (o.basis === "fiscal" || o.basis === "calendar")) {
      const year = o.year + by;
      return { ...o, year, printed: `${eraYearLabel(year)}${o.basis === "fiscal" ? "年度" : "年"}` };
    }
    if (typeof o.year === "number" && typeof o.value === "number") return { ...o, year: o.year + by };
    return o;
  };
  return datasetSchema.parse(move(structuredClone(dataset)));
}

const third = shifted(loadFixture("mixed"), SHIFT);
const layout = layoutOf(third);

function rowOf(read: (r: number) => unknown, id: string): number {
  for (let r = KPI_ROWS.firstData; r < 1000; r++) if (read(r) === id) return r;
  throw new Error(`no row ${id}`);
}

describe("a strategy for 令和11年度〜令和17年度 (FY2029–FY2035)", () => {
  test("moving the period adds no validation problem, and the layout runs 2028–2035", () => {
    expect(third.plan.from.year).toBe(2029);
    const problems = (d: Dataset): unknown[] => {
      const checked = validateDataset(d);
      return checked.ok ? [] : [...checked.problems];
    };
    // The fixture carries one deliberate oddity (a 男性 part without a letter id); the move adds nothing to it.
    expect(problems(third)).toEqual(problems(loadFixture("mixed")));
    expect(layout.years).toEqual([2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
  });

  test("the plan's year headers, western years row, 評価年度 default and validation follow the period", () => {
    const plan = buildWorkbookPlan(third, { builtAt: new Date(AT) });
    const kpi = plan.sheets.find((s) => s.name === KPI_SHEET)!;
    const header = kpi.rows[KPI_ROWS.header - 1]!.map((c) => c?.value);
    expect(header).toContain(periodLabel(2028, "fiscal"));
    expect(header).toContain("令和17年度(2035)");
    expect(header).not.toContain("令和9年度(2027)");
    expect(kpi.rows[KPI_ROWS.years - 1]![layout.col(yearKey(2035)) - 1]?.value).toBe(2035);
    expect(String(kpi.rows[KPI_ROWS.years - 1]![0]?.value)).toMatch(/^令和10年度〜令和17年度の列/);
    const settings = plan.sheets.find((s) => s.name === SETTINGS_SHEET)!;
    expect(settings.rows[3]![1]?.value).toBe(2031); // the last fiscal year completed on 2032-06-01
    const validation = settings.validations.find((v) => v.range === "B4");
    expect(validation).toMatchObject({ min: 2028, max: 2035 });
  });

  test.each([2029, 2031, 2035])("HyperFormula grades every row as the TypeScript twin does (評価年度 %i)", (year) => {
    const loaded = loadPlanIntoHyperFormula(buildWorkbookPlan(third, { builtAt: new Date(AT), evaluationYear: year }));
    try {
      third.indicators.forEach((ind, i) => {
        expectRowAgrees(sheetStatus(loaded, i, layout), twinStatus(ind, year, 1, layout), ind.id);
      });
      // The grades are real verdicts, not blanks: the fixture's actuals moved with the period.
      const graded = third.indicators.filter((ind) => twinStatus(ind, year, 1, layout).grade !== "− 未評価");
      if (year >= 2031) expect(graded.length).toBeGreaterThan(0);
    } finally {
      loaded.destroy();
    }
  });

  const next = (): Dataset => {
    const d = structuredClone(third);
    d.datasetVersion = "9.9.9";
    const ind = d.indicators[0]!;
    ind.actuals = [...ind.actuals.filter((a) => a.year !== 2033), { year: 2033, value: 1701 }];
    return datasetSchema.parse(d);
  };

  test(".xlsx: a refresh keeps a typed 令和14年度(2032) actual and fills the dataset's 2033 one", async () => {
    const bytes = await writeWorkbookXlsx(buildWorkbookPlan(third, { builtAt: new Date(AT) }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(KPI_SHEET)!;
    const id = third.indicators[0]!.id;
    const r = rowOf((row) => ws.getRow(row).getCell(1).value, id);
    ws.getRow(r).getCell(layout.col(yearKey(2032))).value = 1650;
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const result = await refreshXlsx({ xlsx: input, dataset: next(), history: { at: AT, who: "t", source: "x" } });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.notices.map((n) => n.code)).not.toContain("YearColumnAdded");
    expect(result.plan.filled).toContainEqual({ id, year: 2033, value: 1701 });
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(result.bytes as unknown as ArrayBuffer);
    const row = out.getWorksheet(KPI_SHEET)!.getRow(r);
    expect(row.getCell(layout.col(yearKey(2032))).value).toBe(1650);
    expect(row.getCell(layout.col(yearKey(2033))).value).toBe(1701);
    expect(
      out
        .getWorksheet(KPI_SHEET)!
        .getRow(KPI_ROWS.header)
        .getCell(layout.col(yearKey(2035))).value,
    ).toBe("令和17年度(2035)");
  });

  test("Office.js (recording fake): build, type an actual, refresh: the same result", async () => {
    const excel = createFakeExcel();
    const built = await applyWorkbookPlan(excel.context, buildWorkbookPlan(third, { builtAt: new Date(AT) }), {
      isSetSupported: () => true,
    });
    expect(built.ok).toBe(true);
    const kpi: FakeSheetState = excel.fake.state.sheet(KPI_SHEET);
    const id = third.indicators[0]!.id;
    const r = rowOf((row) => getCell(kpi, row, 1)?.value, id);
    expect(getCell(kpi, KPI_ROWS.header, layout.col(yearKey(2028)))?.value).toBe("令和10年度(2028)");
    ensureCell(kpi, r, layout.col(yearKey(2032))).value = 1650;

    const result = await refreshWorkbookOffice(excel.context, {
      dataset: next(),
      history: { at: AT, who: "t", source: "x" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.notices.map((n) => n.code)).not.toContain("YearColumnAdded");
    expect(getCell(kpi, r, layout.col(yearKey(2032)))?.value).toBe(1650);
    expect(getCell(kpi, r, layout.col(yearKey(2033)))?.value).toBe(1701);
  });
});
