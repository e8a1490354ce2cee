/**
 * The plan's formulas, written by the xlsx renderer and recalculated by LibreOffice, agree with the twin on the
 * named status cases (each under its own 評価年度 and k, against its hand-derived grade) and on seeded random
 * indicators; and 「概要」's COUNTIFS agree with counting the twin's grades. Needs `soffice`; skipped only without it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { GRADES } from "../../src/domain/status";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../src/workbook/names";
import { SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import { SUMMARY_HEADER_ROW, summaryLayout } from "../../src/plan/summary-sheet";
import type { CellPlan, WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { CASES } from "../domain/status-cases";
import { findSoffice, parseCsv, recalculateToCsv } from "../support/libreoffice";
import { datasetOf, type IndicatorSketch } from "./dataset-builder";
import { sketchArb } from "./sketch-arbitrary";
import { expectRowAgrees, twinStatus, type SheetStatus } from "./plan-readback";
import { kpiCol } from "../support/layout";

const soffice = findSoffice();
if (!soffice)
  console.warn("skipping LibreOffice agreement: `soffice` not found on PATH (install libreoffice-calc-nogui)");
const describeLo = soffice ? describe : describe.skip;

const OUT = join(__dirname, "..", "..", "test-output", "plan-libreoffice");
const builtAt = new Date("2025-06-01T00:00:00Z");

/** The plan with 順調閾値 set to k (a person typing into 「設定」). */
function withThreshold(plan: WorkbookPlan, k: number): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      sheet.name !== SETTINGS_SHEET
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((row, r) =>
              r + 1 === SETTINGS_ROWS.threshold
                ? row.map((c, i): CellPlan | null => (i === 1 ? { ...c, value: k } : c))
                : row,
            ),
          },
    ),
  };
}

/** LibreOffice's CSV keeps a % on percent-formatted numbers ("19.4029850746269%"): ratio columns divide by 100. */
function csvValue(text: string | undefined, ratio: boolean): string | number | null {
  const t = (text ?? "").trim();
  if (t === "") return null;
  const percent = t.endsWith("%");
  const n = Number((percent ? t.slice(0, -1) : t).replace(/,/g, ""));
  if (Number.isNaN(n)) return t;
  return percent && ratio ? n / 100 : n;
}

function statusFromCsv(row: readonly string[]): SheetStatus {
  const at = (key: "latest" | "latestYear" | "progress" | "expected" | "grade"): string | undefined =>
    row[kpiCol(key) - 1];
  return {
    latest: csvValue(at("latest"), false),
    latestYear: csvValue(at("latestYear"), false),
    progress: csvValue(at("progress"), true),
    expected: csvValue(at("expected"), true),
    grade: csvValue(at("grade"), false),
  };
}

const caseSketches: IndicatorSketch[] = CASES.map((c) => ({
  rule: c.input.rule,
  baseline: c.input.base,
  baselineYear: c.input.baseYear,
  target: c.input.target,
  targetYear: c.input.targetYear,
  basis: "fiscal",
  actuals: Object.entries(c.actuals).map(([y, v]) => [Number(y), v] as const),
  subGoal: 0,
}));
// Seeded by FC_SEED (test/support/fc-seed.ts), so a failure names a reproducible workbook in test-output/plan-libreoffice.
const randomSketches = fc.sample(sketchArb, { numRuns: 120 });
const settings = [...new Set(CASES.map((c) => `${c.evaluationYear ?? 2024}|${c.k ?? 1}`))].map((s) => {
  const [y, k] = s.split("|").map(Number) as [number, number];
  return { evaluationYear: y, k };
});

describeLo("formulas recalculated by LibreOffice agree with the twin", () => {
  const dataset = datasetOf([...caseSketches, ...randomSketches]);
  const csvBySetting = new Map<string, { kpi: string[][]; summary: string[][] }>();

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const { evaluationYear, k } of settings) {
      const name = `plan-${evaluationYear}-k${k}`;
      const xlsx = join(OUT, `${name}.xlsx`);
      const plan = withThreshold(buildWorkbookPlan(dataset, { builtAt, evaluationYear }), k);
      writeFileSync(xlsx, await writeWorkbookXlsx(plan));
      const csv = recalculateToCsv(xlsx, join(OUT, name), [KPI_SHEET, SUMMARY_SHEET]);
      csvBySetting.set(`${evaluationYear}|${k}`, {
        kpi: parseCsv(csv.get(KPI_SHEET) ?? ""),
        summary: parseCsv(csv.get(SUMMARY_SHEET) ?? ""),
      });
    }
  }, 300_000);

  it("has one workbook per distinct (評価年度, k) of the named cases", () => {
    expect(settings.length).toBeGreaterThanOrEqual(5);
    expect(csvBySetting.size).toBe(settings.length);
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))("named case: %s", (_name, c, i) => {
    const evaluationYear = c.evaluationYear ?? 2024;
    const k = c.k ?? 1;
    const rows = csvBySetting.get(`${evaluationYear}|${k}`)?.kpi ?? [];
    const row = rows[KPI_ROWS.firstData - 1 + i] ?? [];
    expect(row[0]).toBe(dataset.indicators[i]?.id);
    const sheet = statusFromCsv(row);
    expect(sheet.grade).toBe(c.grade);
    expectRowAgrees(
      sheet,
      twinStatus(dataset.indicators[i] as (typeof dataset.indicators)[number], evaluationYear, k),
      c.name,
    );
  });

  it.each(settings.map((s) => [s.evaluationYear, s.k] as const))(
    "every row and the 概要 counts agree at 評価年度 %d, k %d",
    (evaluationYear, k) => {
      const { kpi, summary } = csvBySetting.get(`${evaluationYear}|${k}`) ?? { kpi: [], summary: [] };
      const grades = dataset.indicators.map((ind, i) => {
        const twin = twinStatus(ind, evaluationYear, k);
        expectRowAgrees(statusFromCsv(kpi[KPI_ROWS.firstData - 1 + i] ?? []), twin, ind.id);
        return { subGoalId: ind.subGoalId, grade: twin.grade };
      });
      dataset.subGoals.forEach((sg, r) => {
        const row = summary[SUMMARY_HEADER_ROW + r] ?? [];
        const counts = GRADES.map((_, c) => Number(row[c + 1]));
        expect(counts).toEqual(
          GRADES.map((g) => grades.filter((x) => x.subGoalId === sg.id && x.grade === g.grade).length),
        );
      });
      const total = summary[SUMMARY_HEADER_ROW + dataset.subGoals.length] ?? [];
      expect(Number(total[GRADES.length + 1])).toBe(dataset.indicators.length);
      const layout = summaryLayout(dataset);
      dataset.basicGoals.forEach((bg, r) => {
        const row = summary[(layout.basicRows[r] as number) - 1] ?? [];
        const inGoal = (subGoalId: string): boolean =>
          dataset.subGoals.find((sg) => sg.id === subGoalId)?.basicGoalId === bg.id;
        expect(GRADES.map((_, c) => Number(row[c + 1]))).toEqual(
          GRADES.map((g) => grades.filter((x) => inGoal(x.subGoalId) && x.grade === g.grade).length),
        );
      });
    },
  );
});
