/**
 * A workbook built by plan 1.1.0 (before issue #12: no 担当課, no 適用目標値 … 見込み評価, no 「評価履歴」「指標見直し」)
 * refreshed through both backends: the seven columns are added in the plan's place (ColumnAdded each), the two sheets
 * 「KPI一覧」's formulas read are added (EvaluationSheetsAdded), the older formulas count as the plan's update (not as
 * cells someone typed over), and the new formulas are the plan's. On the Office fake (which calculates with
 * HyperFormula) every row then grades as the twin does; through exceljs, LibreOffice recalculates the file.
 *
 * The 1.1.0 workbook is the plan test/plan/golden/mixed.plan.json held at 1.1.0 (test/fixtures/refresh/).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import type { Dataset } from "../../src/domain/dataset/schema";
import { formulaTexts } from "../../src/plan/kpi-rows";
import { DEFAULT_THRESHOLD } from "../../src/plan/settings-sheet";
import type { WorkbookPlan } from "../../src/plan/types";
import { CLOSED_HISTORY_SHEET, REVISIONS_SHEET } from "../../src/workbook/evaluation-columns";
import { VERIFICATION_SHEET } from "../../src/workbook/verification-columns";
import { COMMENT_COUNT_COLUMNS, KPI_ROWS, type KpiColumnKey } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { noticeText } from "../../src/workbook/refresh-notice";
import { createFakeExcel } from "../support/fake-excel";
import { findSoffice, parseCsv, recalculateToCsv } from "../support/libreoffice";
import { LAYOUT } from "../support/layout";
import { loadFixture } from "../plan/plan-readback";
import {
  expectForwardAgrees,
  FORWARD_KEYS,
  twinForward,
  type ForwardCase,
  type ForwardRow,
} from "../plan/forward-cases";

const AT = "2026-11-28T01:00:00.000Z";
const OLD: WorkbookPlan = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/refresh/plan-1.1.0-mixed.json"), "utf8"),
) as WorkbookPlan;
/** The old workbook's 評価年度 (built 2026-11-24: the last completed fiscal year, 2025). */
const EVALUATION_YEAR = 2025;
const ADDED: readonly KpiColumnKey[] = [
  "department",
  "targetInForce",
  "targetYearInForce",
  "previousGrade",
  "required",
  "projection",
  "projectionGrade",
];
const base = loadFixture("mixed");
const dataset: Dataset = {
  ...base,
  indicators: base.indicators.map((ind, i) => (i === 0 ? { ...ind, department: "商工観光課" } : ind)),
};
const noExtras: ForwardCase = {
  sketches: [],
  revisions: [],
  closed: [],
  texts: [],
  evaluationYear: EVALUATION_YEAR,
  k: DEFAULT_THRESHOLD,
};
const HEADERS = [...LAYOUT.columns.map((c) => c.header), ...COMMENT_COUNT_COLUMNS.map((c) => c.header)];

/** What both backends must report and leave. */
function expectRefreshed(
  result: {
    plan: {
      notices: readonly { code: string; params: unknown }[];
      restored: readonly unknown[];
      updatedFormulas: number;
    };
  },
  header: readonly unknown[],
  formulaAt: (row: number, key: KpiColumnKey) => unknown,
  departmentAt: (row: number) => unknown,
): void {
  const notices = result.plan.notices;
  // One ColumnAdded per new column (their order is no contract: issue #13 moved 担当課 and 適用目標値).
  const added = notices
    .filter((n) => n.code === "ColumnAdded")
    .map((n) => String((n.params as { header?: unknown }).header));
  expect([...added].sort()).toEqual(ADDED.map((key) => LAYOUT.header(key)).sort());
  expect(notices).toContainEqual(
    expect.objectContaining({
      code: "EvaluationSheetsAdded",
      // 「確認事項」 (issue #13) too: 要確認 reads it.
      params: { sheets: [CLOSED_HISTORY_SHEET, REVISIONS_SHEET, VERIFICATION_SHEET] },
    }),
  );
  expect(notices.map((n) => n.code)).toContain("PlanFormulasUpdated");
  expect(result.plan.restored).toEqual([]);
  expect(result.plan.updatedFormulas).toBeGreaterThan(0);
  expect(header).toEqual(HEADERS);
  dataset.indicators.forEach((_, i) => {
    const row = KPI_ROWS.firstData + i;
    const plan = formulaTexts(LAYOUT, row);
    for (const key of ADDED.filter((k) => k !== "department")) {
      expect([row, key, formulaAt(row, key)]).toEqual([row, key, plan[key as keyof typeof plan]]);
    }
  });
  expect(departmentAt(KPI_ROWS.firstData)).toBe("商工観光課");
}

describe("refresh of a workbook built before issue #12", () => {
  test("Office.js (fake): the columns and sheets are added and every row grades as the twin", async () => {
    const excel = createFakeExcel();
    const built = await applyWorkbookPlan(excel.context, OLD, { isSetSupported: () => true });
    if (!built.ok) throw new Error("build failed");
    const result = await refreshWorkbookOffice(
      excel.context,
      { dataset, history: { at: AT, who: "t", source: "x" } },
      { now: () => new Date(AT) },
    );
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const sheet = excel.context.workbook.worksheets.getItem(KPI_SHEET);
    // The used range starts at A1 (the title); rows are indexed from there.
    const used = sheet.getUsedRange().load("values,formulas");
    await excel.context.sync();
    const rowAt = (row: number): readonly unknown[] => used.values[row - 1] ?? [];
    const formulas = used.formulas as unknown[][];
    expectRefreshed(
      result,
      rowAt(KPI_ROWS.header).slice(0, HEADERS.length),
      (row, key) => formulas[row - 1]?.[LAYOUT.col(key) - 1],
      (row) => rowAt(row)[LAYOUT.col("department") - 1],
    );
    expect(excel.fake.state.allTables().map((t) => t.name)).toEqual(expect.arrayContaining(["評価履歴", "指標見直し"]));
    dataset.indicators.forEach((ind, i) => {
      const values = rowAt(KPI_ROWS.firstData + i);
      const sheetRow = Object.fromEntries(
        FORWARD_KEYS.map((k) => {
          const v = values[LAYOUT.col(k) - 1];
          return [k, v === "" || v === undefined ? null : v];
        }),
      ) as ForwardRow;
      expectForwardAgrees(sheetRow, twinForward(dataset, noExtras, i), ind.id);
    });
  }, 60_000);

  const soffice = findSoffice();
  (soffice ? test : test.skip)(
    "exceljs: the columns and sheets are added; LibreOffice grades every row as the twin",
    async () => {
      const result = await refreshXlsx({
        xlsx: await writeWorkbookXlsx(OLD),
        dataset,
        history: { at: AT, who: "t", source: "x" },
      });
      if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(result.bytes as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(KPI_SHEET)!;
      const cell = (row: number, key: KpiColumnKey) => ws.getRow(row).getCell(LAYOUT.col(key)).value;
      expectRefreshed(
        result,
        (ws.getRow(KPI_ROWS.header).values as unknown[]).slice(1, HEADERS.length + 1),
        (row, key) => `=${(cell(row, key) as { formula?: string } | null)?.formula ?? ""}`,
        (row) => cell(row, "department"),
      );
      expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([CLOSED_HISTORY_SHEET, REVISIONS_SHEET]));

      const dir = mkdtempSync(join(tmpdir(), "kpi-issue12-refresh-"));
      const file = join(dir, "refreshed.xlsx");
      writeFileSync(file, result.bytes);
      const kpi = parseCsv(recalculateToCsv(file, dir, [KPI_SHEET]).get(KPI_SHEET) ?? "");
      dataset.indicators.forEach((ind, i) => {
        const row = kpi[KPI_ROWS.firstData - 1 + i] ?? [];
        const sheetRow = Object.fromEntries(
          FORWARD_KEYS.map((k) => {
            const t = (row[LAYOUT.col(k) - 1] ?? "").trim();
            const percent = t.endsWith("%");
            const n = Number((percent ? t.slice(0, -1) : t).replace(/,/g, ""));
            return [k, t === "" ? null : Number.isNaN(n) ? t : percent ? n / 100 : n];
          }),
        ) as ForwardRow;
        expectForwardAgrees(sheetRow, twinForward(dataset, noExtras, i), ind.id);
      });
    },
    120_000,
  );
});
