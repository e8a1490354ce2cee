/**
 * A workbook built by plan 1.2.0 (「KPI一覧」 in the order before issue #13: test/fixtures/refresh/plan-1.2.0-mixed.json)
 * refreshed through both backends: the refresh moves 「KPI一覧」's columns, so the formulas of 「評価」's formula
 * columns, which name 「KPI一覧」's columns by letter, must come out pointing at the same headers as before (then equal
 * to what the current plan writes for the row); the cells people typed in 「評価」 stay as typed. 「概要」 of the older
 * plan is rebuilt in the current layout instead of re-pointed (test/app/refresh-summary-rebuild.test.ts): its formulas
 * and its one chart are the current plan's.
 */
import ExcelJS from "exceljs";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { chartsInPackage } from "../../src/adapters/xlsx/chart-readback";
import { loadXlsx, packXlsx } from "../../src/adapters/xlsx/refresh-book";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { columnLetter, columnNumber } from "../../src/lib/a1";
import { evaluationFormulaCells } from "../../src/plan/evaluation-sheets";
import { buildSummarySheet } from "../../src/plan/summary-sheet";
import { EVALUATION_COLUMNS, EVALUATION_SHEET } from "../../src/workbook/evaluation-columns";
import { SUMMARY_SHEET } from "../../src/workbook/names";
import { noticeText } from "../../src/workbook/refresh-notice";
import { createFakeExcel } from "../support/fake-excel";
import { OLD_PLAN, OLD_PLAN_AT, OLD_PLAN_DATASET, OLD_PLAN_HISTORY } from "../support/old-plan";
import { LAYOUT } from "../support/layout";

const sheetOf = (name: string) => OLD_PLAN.sheets.find((s) => s.name === name)!;

/** Every formula cell of a sheet of the old plan: "B7" → formula. */
function formulasOf(name: string): Map<string, string> {
  const out = new Map<string, string>();
  sheetOf(name).rows.forEach((row, r) =>
    row.forEach((c, i) => {
      if (c?.formula !== undefined) out.set(`${columnLetter(i + 1)}${r + 1}`, c.formula);
    }),
  );
  return out;
}

/** The current plan's 「概要」 (what the refresh rebuilds the old one as). */
const CURRENT_SUMMARY = buildSummarySheet(OLD_PLAN_DATASET, {
  planVersion: "",
  datasetVersion: OLD_PLAN_DATASET.datasetVersion,
  datasetDate: OLD_PLAN_DATASET.datasetDate,
  builtAt: OLD_PLAN.metadata.builtAt,
});

const EVAL_HEADERS = EVALUATION_COLUMNS.map((c) => c.header);
const evalCol = (header: string): number => EVAL_HEADERS.indexOf(header) + 1;
const FORMULA_HEADERS = EVALUATION_COLUMNS.filter((c) => c.formula).map((c) => c.header);
const EVAL_ROWS = sheetOf(EVALUATION_SHEET).rows.length;

/** What people typed into 「評価」 of the old workbook (row, header, text), in the columns they type. */
const TYPED = [
  { row: 2, header: "要因分析", value: "求人が増えた" },
  { row: 2, header: "委員会評価", value: "C 遅れ" },
  { row: 3, header: "課題", value: "相談の周知" },
  { row: 4, header: "外的要因", value: "感染症" },
];

type Cell = { value: unknown; formula: string | null };

function expectRepointed(
  result: { plan: { notices: readonly { code: string; params: Record<string, unknown> }[] } },
  summary: (address: string) => Cell,
  evaluation: (row: number, column: number) => Cell,
): void {
  // 「概要」 (rebuilt): each formula is the current plan's, so it reads the same headers of the new 「KPI一覧」 as the
  // current plan's does.
  let checked = 0;
  CURRENT_SUMMARY.rows.forEach((row, r) =>
    row.forEach((c, i) => {
      if (c?.formula === undefined) return;
      const address = `${columnLetter(i + 1)}${r + 1}`;
      expect([address, summary(address).formula]).toEqual([address, c.formula]);
      checked++;
    }),
  );
  expect(checked).toBeGreaterThan(20);
  let moved = 0;
  // 「評価」: the formula columns of every row are the current plan's for that row; typed cells as typed.
  const oldEvaluation = formulasOf(EVALUATION_SHEET);
  for (let row = 2; row <= EVAL_ROWS; row++) {
    const plan = evaluationFormulaCells(LAYOUT, row);
    for (const header of FORMULA_HEADERS) {
      const address = `${columnLetter(evalCol(header))}${row}`;
      if (evaluation(row, evalCol(header)).formula !== oldEvaluation.get(address)) moved++;
    }
    expect([row, evaluation(row, evalCol("評価（算定）")).formula]).toEqual([row, plan.formulaGrade.formula]);
    expect([row, evaluation(row, evalCol("算定との差異")).formula]).toEqual([row, plan.difference.formula]);
  }
  for (const t of TYPED)
    expect([t.row, t.header, evaluation(t.row, evalCol(t.header)).value]).toEqual([t.row, t.header, t.value]);
  expect(FORMULA_HEADERS).toEqual(["評価（算定）", "算定との差異"]);
  const notices = result.plan.notices.filter((n) => n.code === "KpiReferencesRepointed");
  expect(notices).toHaveLength(1);
  expect(notices[0]?.params.sheets).toEqual([EVALUATION_SHEET]);
  expect(notices[0]?.params.count).toBe(moved);
  expect(noticeText("ja", notices[0] as never)).toContain("評価");
  expect(result.plan.notices.map((n) => n.code)).toContain("SummaryRebuilt");
}

describe("refresh of a plan 1.2.0 workbook re-points 「評価」 at the moved 「KPI一覧」 columns", () => {
  test("exceljs", async () => {
    // Typed through the loader that keeps 「概要」's chart (a bare exceljs load and save would drop it).
    const loaded = await loadXlsx(new Uint8Array(await writeWorkbookXlsx(OLD_PLAN)));
    if (!loaded.ok) throw new Error("load failed");
    const wb = loaded.workbook;
    const ev = wb.getWorksheet(EVALUATION_SHEET)!;
    for (const t of TYPED) ev.getRow(t.row).getCell(evalCol(t.header)).value = t.value;
    const result = await refreshXlsx({
      xlsx: new Uint8Array(await packXlsx(wb)),
      dataset: OLD_PLAN_DATASET,
      history: OLD_PLAN_HISTORY,
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(result.bytes as unknown as ArrayBuffer);
    const cellOf = (cell: ExcelJS.Cell): Cell => {
      const formula = (cell.value as { formula?: string } | null)?.formula;
      return formula === undefined ? { value: cell.value, formula: null } : { value: null, formula: `=${formula}` };
    };
    // 「概要」's chart is the rebuilt sheet's, once (exceljs drops the old one on load; the pack writes the plan's).
    const charts = (await chartsInPackage(result.bytes)).filter((c) => c.sheetName === SUMMARY_SHEET);
    expect(charts.flatMap((c) => c.charts.map((x) => [x.sourceRange, x.anchor]))).toEqual(
      CURRENT_SUMMARY.charts.map((x) => [x.sourceRange, x.anchor]),
    );
    const summary = out.getWorksheet(SUMMARY_SHEET)!;
    const evaluation = out.getWorksheet(EVALUATION_SHEET)!;
    expectRepointed(
      result,
      (address) => cellOf(summary.getCell(address)),
      (row, column) => cellOf(evaluation.getRow(row).getCell(column)),
    );
  }, 60_000);

  test("Office.js (fake)", async () => {
    const excel = createFakeExcel();
    const built = await applyWorkbookPlan(excel.context, OLD_PLAN, { isSetSupported: () => true });
    if (!built.ok) throw new Error("build failed");
    expect(excel.fake.state.sheet(SUMMARY_SHEET).charts).toHaveLength(1);
    const ev = excel.context.workbook.worksheets.getItem(EVALUATION_SHEET);
    for (const t of TYPED) ev.getRange(`${columnLetter(evalCol(t.header))}${t.row}`).values = [[t.value]];
    await excel.context.sync();
    const result = await refreshWorkbookOffice(
      excel.context,
      { dataset: OLD_PLAN_DATASET, history: OLD_PLAN_HISTORY },
      { now: () => new Date(OLD_PLAN_AT) },
    );
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    // 「概要」 rebuilt: one chart, the current plan's.
    expect(excel.fake.state.sheet(SUMMARY_SHEET).charts.map((c) => c.position)).toEqual(
      CURRENT_SUMMARY.charts.map((c) => c.anchor),
    );
    const read = (name: string) =>
      excel.context.workbook.worksheets.getItem(name).getUsedRange().load("values,formulas");
    const summary = read(SUMMARY_SHEET);
    const evaluation = read(EVALUATION_SHEET);
    await excel.context.sync();
    const cellAt = (range: typeof summary, row: number, column: number): Cell => {
      const f = (range.formulas as unknown[][])[row - 1]?.[column - 1];
      const isFormula = typeof f === "string" && f.startsWith("=");
      return {
        value: isFormula ? null : (range.values as unknown[][])[row - 1]?.[column - 1],
        formula: isFormula ? f : null,
      };
    };
    expectRepointed(
      result,
      (address) => {
        const m = /^([A-Z]+)(\d+)$/.exec(address)!;
        return cellAt(summary, Number(m[2]), columnNumber(m[1] as string));
      },
      (row, column) => cellAt(evaluation, row, column),
    );
  }, 60_000);
});
