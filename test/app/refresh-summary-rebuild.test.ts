/**
 * 「概要」 of a plan 1.2.0 workbook is rebuilt by the refresh in the current plan's layout, on both backends
 * (issue #13): same place among the sheets, the plan's labels and formulas cell by cell, its chart, a notice in the
 * result; a second refresh leaves it (the workbook now records the current plan version). On the Office fake the
 * counts compute (HyperFormula) to the number of graded indicators.
 */
import ExcelJS from "exceljs";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { chartsInPackage } from "../../src/adapters/xlsx/chart-readback";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import type { Scalar } from "../../src/lib/scalar";
import { buildSummarySheet, summaryLayout } from "../../src/plan/summary-sheet";
import type { SheetPlan } from "../../src/plan/types";
import { PLAN_VERSION, SUMMARY_SHEET } from "../../src/workbook/names";
import { noticeText, type RefreshNotice } from "../../src/workbook/refresh-notice";
import { createFakeExcel, getCell } from "../support/fake-excel";
import { OLD_PLAN, OLD_PLAN_DATASET, OLD_PLAN_HISTORY } from "../support/old-plan";

const dataset = OLD_PLAN_DATASET;
/** The current plan's 「概要」 (rows 2–3 carry the dataset and build time: compared apart). */
const planned: SheetPlan = buildSummarySheet(dataset, {
  planVersion: PLAN_VERSION,
  datasetVersion: dataset.datasetVersion,
  datasetDate: dataset.datasetDate,
  builtAt: OLD_PLAN.metadata.builtAt,
});

/** A cell as compared: its formula, else its value (empty as null). */
type Cell = Scalar | undefined;
const plannedCell = (r: number, c: number): Cell => {
  const cell = planned.rows[r]?.[c];
  if (!cell) return null;
  return cell.formula ?? (cell.value === "" ? null : (cell.value ?? null));
};

interface Refreshed {
  readonly notices: readonly RefreshNotice[];
  readonly sheetNames: readonly string[];
  /** 「概要」's place among the sheets before the refresh. */
  readonly before: number;
  readonly cell: (row: number, column: number) => Cell;
  readonly charts: number;
  /** The second refresh's notices. */
  readonly again: readonly RefreshNotice[];
}

const fail = (problems: readonly RefreshNotice[]): never => {
  throw new Error(problems.map((p) => noticeText("en", p)).join("\n"));
};

async function office(): Promise<Refreshed & { computed: (row: number, column: number) => Promise<unknown> }> {
  const excel = createFakeExcel();
  const built = await applyWorkbookPlan(excel.context, OLD_PLAN, { isSetSupported: () => true });
  if (!built.ok) throw new Error("build failed");
  const before = excel.fake.state.sheets.findIndex((s) => s.name === SUMMARY_SHEET);
  const result = await refreshWorkbookOffice(excel.context, { dataset, history: OLD_PLAN_HISTORY });
  if (!result.ok) return fail(result.problems);
  const state = excel.fake.state;
  const sheet = state.sheet(SUMMARY_SHEET);
  const snapshot = {
    sheetNames: state.sheets.map((s) => s.name),
    charts: sheet.charts.length,
  };
  const cells = new Map<string, Cell>();
  for (let r = 1; r <= planned.rows.length + 5; r++) {
    for (let c = 1; c <= 12; c++) {
      const cell = getCell(sheet, r, c);
      cells.set(`${r}:${c}`, cell?.formula ?? (cell?.value === "" ? null : (cell?.value ?? null)));
    }
  }
  const again = await refreshWorkbookOffice(excel.context, { dataset, history: OLD_PLAN_HISTORY });
  if (!again.ok) return fail(again.problems);
  return {
    notices: result.plan.notices,
    before,
    ...snapshot,
    cell: (r, c) => cells.get(`${r}:${c}`),
    again: again.plan.notices,
    computed: async (r, c) => {
      const used = excel.context.workbook.worksheets.getItem(SUMMARY_SHEET).getUsedRange().load("values");
      await excel.context.sync();
      return used.values[r - 1]?.[c - 1];
    },
  };
}

async function xlsx(): Promise<Refreshed> {
  const old = await writeWorkbookXlsx(OLD_PLAN);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(old as unknown as ArrayBuffer);
  const before = loaded.worksheets.findIndex((s) => s.name === SUMMARY_SHEET);
  const result = await refreshXlsx({ xlsx: old, dataset, history: OLD_PLAN_HISTORY });
  if (!result.ok) return fail(result.problems);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(result.bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SUMMARY_SHEET)!;
  const charts = (await chartsInPackage(result.bytes)).find((s) => s.sheetName === SUMMARY_SHEET)?.charts.length ?? 0;
  const again = await refreshXlsx({ xlsx: result.bytes, dataset, history: OLD_PLAN_HISTORY });
  if (!again.ok) return fail(again.problems);
  return {
    notices: result.plan.notices,
    before,
    sheetNames: wb.worksheets.map((s) => s.name),
    charts,
    cell: (r, c) => {
      const cell = ws.getCell(r, c);
      if (cell.formula) return `=${cell.formula}`;
      const v = cell.value as Scalar;
      return v === "" ? null : (v ?? null);
    },
    again: again.plan.notices,
  };
}

describe.each([
  ["Office (recording fake)", office],
  ["xlsx (exceljs)", xlsx],
])("「概要」 of a plan 1.2.0 workbook refreshed (%s)", (_name, refresh) => {
  it("is the current plan's sheet in the old one's place, with its chart, told once", async () => {
    const done = await refresh();
    expect(done.before).toBeGreaterThanOrEqual(0);
    expect(done.notices).toContainEqual(
      expect.objectContaining({
        code: "SummaryRebuilt",
        params: { sheet: SUMMARY_SHEET, from: OLD_PLAN.metadata.planVersion, version: PLAN_VERSION },
      }),
    );
    expect(done.again.map((n) => n.code)).not.toContain("SummaryRebuilt");
    // Its 「KPI一覧」 references are the plan's own: no re-pointing of 「概要」 on top.
    const repointed = done.notices.find((n) => n.code === "KpiReferencesRepointed");
    expect(repointed?.params.sheets ?? []).not.toContain(SUMMARY_SHEET);
    expect(done.sheetNames.indexOf(SUMMARY_SHEET)).toBe(done.before);
    expect(done.charts).toBe(1);
    planned.rows.forEach((cells, r) => {
      if (r === 1 || r === 2) return;
      cells.forEach((_, c) => {
        expect({ at: `${r + 1}:${c + 1}`, cell: done.cell(r + 1, c + 1) }).toEqual({
          at: `${r + 1}:${c + 1}`,
          cell: plannedCell(r, c),
        });
      });
    });
    expect(done.cell(2, 2)).toBe(`${dataset.datasetVersion}（${dataset.datasetDate}）`);
  }, 120_000);
});

it("Office: the rebuilt counts add up to the graded indicators (HyperFormula)", async () => {
  const done = await office();
  const layout = summaryLayout(dataset);
  const totalColumn = (planned.rows[layout.kindTotalRow - 1]?.length ?? 0) as number;
  expect(await done.computed(layout.kindTotalRow, totalColumn)).toBe(dataset.indicators.length);
}, 120_000);

describe("Office: the refresh that rebuilds 「概要」 leaves the user on the sheet they were on", () => {
  it.each(["KPI一覧", SUMMARY_SHEET])(
    "on 「%s」",
    async (sheet) => {
      const excel = createFakeExcel();
      const built = await applyWorkbookPlan(excel.context, OLD_PLAN, { isSetSupported: () => true });
      if (!built.ok) throw new Error("build failed");
      // A person clicks the sheet's tab (the build left the first planned sheet active).
      excel.fake.state.activeSheet = sheet;
      const result = await refreshWorkbookOffice(excel.context, { dataset, history: OLD_PLAN_HISTORY });
      if (!result.ok) return fail(result.problems);
      expect(result.plan.notices.map((n) => n.code)).toContain("SummaryRebuilt");
      const active = excel.context.workbook.worksheets.getActiveWorksheet().load("name");
      await excel.context.sync();
      expect(active.name).toBe(sheet);
    },
    120_000,
  );
});
