/**
 * The built workbook, recalculated by LibreOffice, grades every indicator exactly as the TypeScript twin does.
 * Needs `soffice` (CI installs it); skipped with a clear reason only when it is missing.
 * Also prints the workbook to PDF → PNG in test-output/ for a person to look at (data bars, grade colours).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDatasetText } from "../../src/domain/dataset/parse";
import type { Dataset, Indicator } from "../../src/domain/dataset/schema";
import { actualsOf, evaluateIndicator, statusInputOf } from "../../src/domain/status";
import { KPI_ROWS, yearKey } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET, THRESHOLD_NAME } from "../../src/workbook/names";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { convertToPdf, findSoffice, parseCsv, pdfToPng, recalculateToCsv } from "../support/libreoffice";
import { kpiCol } from "../support/layout";

const soffice = findSoffice();
if (!soffice) {
  // The one allowed reason to skip: LibreOffice is not installed on this machine.
  console.warn("skipping LibreOffice integration: `soffice` not found on PATH (install libreoffice-calc-nogui)");
}
const describeLo = soffice ? describe : describe.skip;

/** PNGs for a person to look at; the working files go to a private temp folder (parallel test runs share test-output). */
const LOOK = join(__dirname, "..", "..", "test-output", "integration", "workbook");
const EVALUATION_YEAR = 2025;

function loadDataset(): Dataset {
  const file = join(__dirname, "..", "..", "seeds", "kpi-dataset.json");
  const parsed = parseDatasetText(readFileSync(file, "utf8"), file);
  if (!parsed.ok) throw new Error(`dataset invalid: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return parsed.dataset;
}

/**
 * Actuals for indicator i: a deterministic spread of fractions of the way from base to target (behind, on track,
 * reached, worse) over one or two years, one indicator in six left empty, one value after 評価年度 (ignored).
 */
function actualsFor(ind: Indicator, i: number): Map<number, number> {
  const out = new Map<number, number>();
  if (i % 6 === 5) return out;
  const base = ind.reference?.value ?? ind.baseline.value ?? 0;
  const target = ind.target.value ?? base * 1.1 + 1;
  const fractions = [0.2, 0.8, 1.05, -0.25, 0.5];
  const f = fractions[i % fractions.length] as number;
  const round = (x: number): number => Math.round(x * 10 ** ind.decimals) / 10 ** ind.decimals;
  out.set(2023, round(base + (target - base) * (f / 2)));
  if (i % 2 === 0) out.set(2024, round(base + (target - base) * f));
  if (i % 4 === 0) out.set(2026, round(target * 3)); // after 評価年度: must be ignored
  return out;
}

/** The plan with the given actuals typed into the KPI sheet's year input cells (found by ID, not position). */
function withActuals(plan: WorkbookPlan, actuals: ReadonlyMap<string, ReadonlyMap<number, number>>): WorkbookPlan {
  const idCol = kpiCol("id") - 1;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet): SheetPlan => {
      if (sheet.name !== KPI_SHEET) return sheet;
      return {
        ...sheet,
        rows: sheet.rows.map((row, r) => {
          const id = r + 1 >= KPI_ROWS.firstData ? row[idCol]?.value : undefined;
          const values = typeof id === "string" ? actuals.get(id) : undefined;
          if (!values) return row;
          const copy: (CellPlan | null)[] = [...row];
          for (const [year, value] of values) {
            const c = kpiCol(yearKey(year)) - 1;
            copy[c] = { ...(copy[c] ?? {}), value };
          }
          return copy;
        }),
      };
    }),
  };
}

function settingValue(plan: WorkbookPlan, label: string): number {
  const sheet = plan.sheets.find((s) => s.name === SETTINGS_SHEET);
  const row = sheet?.rows.find((r) => r[0]?.value === label);
  const value = row?.[1]?.value;
  if (typeof value !== "number") throw new Error(`no numeric setting ${label}`);
  return value;
}

function csvNumber(text: string): number | null {
  const t = text.trim().replace(/,/g, "");
  if (t === "") return null;
  return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
}

describeLo("workbook recalculated by LibreOffice", () => {
  const dataset = loadDataset();
  const actuals = new Map(dataset.indicators.map((ind, i) => [ind.id, actualsFor(ind, i)]));
  const plan = withActuals(
    buildWorkbookPlan(dataset, { builtAt: new Date("2026-11-24T00:00:00Z"), evaluationYear: EVALUATION_YEAR }),
    actuals,
  );
  const k = settingValue(plan, THRESHOLD_NAME);
  let csv: Map<string, string>;
  let xlsx: string;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kpi-workbook-lo-"));
    xlsx = join(work, "kpi-review.xlsx");
    writeFileSync(xlsx, await writeWorkbookXlsx(plan));
    csv = recalculateToCsv(xlsx, join(work, "csv"), [KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET]);
  }, 180_000);

  it("grades every row as evaluateIndicator does, and 達成率 agrees", () => {
    const rows = parseCsv(csv.get(KPI_SHEET) ?? "");
    expect(rows[KPI_ROWS.header - 1]?.[kpiCol("grade") - 1]).toBe("評価");
    const byId = new Map(rows.slice(KPI_ROWS.firstData - 1).map((r) => [r[kpiCol("id") - 1], r]));
    const seen = new Map<string, number>();
    for (const ind of dataset.indicators) {
      const row = byId.get(ind.id);
      expect(row).toBeDefined();
      const expected = evaluateIndicator(
        statusInputOf(ind),
        new Map([...actualsOf(ind), ...(actuals.get(ind.id) ?? new Map<number, number>())]),
        { evaluationYear: EVALUATION_YEAR, k },
      );
      const grade = row?.[kpiCol("grade") - 1];
      if (grade !== expected.grade) throw new Error(`${ind.id}: LibreOffice ${grade}, twin ${expected.grade}`);
      const progress = csvNumber(row?.[kpiCol("progress") - 1] ?? "");
      if (expected.progress === null) expect(progress).toBeNull();
      else expect(progress).toBeCloseTo(expected.progress, 6);
      seen.set(expected.grade, (seen.get(expected.grade) ?? 0) + 1);
    }
    // 概要 counts the same grades (its COUNTIFS over the table, recalculated by LibreOffice).
    const summary = parseCsv(csv.get(SUMMARY_SHEET) ?? "");
    const header = summary.find((r) => r.includes("A 達成")) ?? [];
    const total = summary.find((r) => r[0] === "合計") ?? [];
    for (const [g, n] of seen) expect({ g, n: csvNumber(total[header.indexOf(g)] ?? "") }).toEqual({ g, n });
    expect(csvNumber(total[header.indexOf("合計")] ?? "")).toBe(dataset.indicators.length);
    // The spread really exercised the rules: reached, on track, behind, worse and not yet evaluated.
    for (const g of ["A 達成", "B 順調", "C 遅れ", "D 悪化", "− 未評価"]) expect(seen.get(g) ?? 0).toBeGreaterThan(0);
  });

  it("covers increase, decrease, maintain, reference and deferred indicators", () => {
    const kinds = new Set(
      dataset.indicators.map((ind) => (ind.target.deferred ? "deferred" : ind.reference ? "reference" : ind.direction)),
    );
    expect([...kinds].sort()).toEqual(["decrease", "deferred", "increase", "maintain", "reference"]);
  });

  it("prints to PDF and PNG for a look (test-output/integration/workbook)", () => {
    const pdf = convertToPdf(xlsx, join(work, "pdf"));
    mkdirSync(LOOK, { recursive: true });
    const pngs = pdfToPng(pdf, LOOK, `kpi-review-${process.pid}`);
    expect(pngs.length).toBeGreaterThan(0);
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
});
