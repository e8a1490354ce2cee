/**
 * A refreshed .xlsx, recalculated by LibreOffice, grades every row as the TypeScript twin does with the merged
 * actuals (typed ones kept, dataset ones filling empty cells) and the new definitions; a 廃止 row keeps grading on
 * its old definitions. Then the file as LibreOffice saves it (another writer's formulas) refreshes again cleanly.
 * Needs `soffice`; skipped with a reason only when it is missing.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetSchema, type Dataset, type Indicator } from "../../../src/domain/dataset/schema";
import { evaluateIndicator, statusInputOf } from "../../../src/domain/status";
import { KPI_ROWS, yearKey } from "../../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../../src/workbook/names";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { DEFAULT_THRESHOLD } from "../../../src/plan/settings-sheet";
import { writeWorkbookXlsx } from "../../../src/adapters/xlsx";
import { refreshXlsx } from "../../../src/app/refresh-xlsx";
import { convertDocument, findSoffice, parseCsv, recalculateToCsv } from "../../support/libreoffice";
import { kpiCol } from "../../support/layout";
import { noticeText } from "../../../src/workbook/refresh-notice";

const soffice = findSoffice();
if (!soffice) console.warn("skipping refresh LibreOffice test: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../../seeds/kpi-dataset.json"), "utf8")),
);
const EVALUATION_YEAR = 2025;
const K = DEFAULT_THRESHOLD; // 順調閾値 as 設定 is built

/** Typed actuals: a spread from base to target for every other indicator. */
function typedFor(ind: Indicator, i: number): Map<number, number> {
  const out = new Map<number, number>();
  if (i % 2 === 1) return out;
  const base = ind.reference?.value ?? ind.baseline.value ?? 0;
  const target = ind.target.value ?? base + 1;
  const round = (x: number): number => Math.round(x * 10 ** ind.decimals) / 10 ** ind.decimals;
  out.set(2024, round(base + (target - base) * [0.3, 0.9, 1.1, -0.2][i % 4]!));
  return out;
}

describeLo("refreshed workbook recalculated by LibreOffice", () => {
  const typed = new Map(bundled.indicators.map((ind, i) => [ind.id, typedFor(ind, i)]));
  const next: Dataset = JSON.parse(JSON.stringify(bundled)) as Dataset;
  next.datasetVersion = "1.1.0";
  const removed = next.indicators.splice(3, 1)[0]!;
  const newInd: Indicator = {
    ...JSON.parse(JSON.stringify(next.indicators[0])),
    id: next.indicators[0]!.id.replace(/\d+$/, "9"),
    name: "新設指標",
  };
  next.indicators.splice(1, 0, newInd);
  // Dataset actuals: fill 2023 everywhere (typed 2024 stays).
  next.indicators.forEach((ind) => {
    const base = ind.reference?.value ?? ind.baseline.value ?? 0;
    const target = ind.target.value ?? base + 1;
    ind.actuals = [
      { year: 2023, value: Math.round((base + (target - base) * 0.5) * 10 ** ind.decimals) / 10 ** ind.decimals },
    ];
  });
  let work: string;
  let refreshed: string;
  let rows: string[][];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kpi-refresh-lo-"));
    const plan = buildWorkbookPlan(bundled, {
      builtAt: new Date("2026-11-24T00:00:00Z"),
      evaluationYear: EVALUATION_YEAR,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookXlsx(plan)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(KPI_SHEET)!;
    for (let r = KPI_ROWS.firstData; r <= ws.rowCount; r++) {
      const values = typed.get(String(ws.getRow(r).getCell(kpiCol("id")).value));
      for (const [year, v] of values ?? []) ws.getRow(r).getCell(kpiCol(yearKey(year))).value = v;
    }
    const result = await refreshXlsx({
      xlsx: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      dataset: next,
      history: { at: "2026-11-24T01:00:00Z", who: "test", source: "next.json" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    refreshed = join(work, "refreshed.xlsx");
    writeFileSync(refreshed, result.bytes);
    rows = parseCsv(recalculateToCsv(refreshed, join(work, "csv"), [KPI_SHEET]).get(KPI_SHEET) ?? "");
  }, 180_000);

  it("grades every row as the twin does with the merged actuals", () => {
    const byId = new Map(rows.slice(KPI_ROWS.firstData - 1).map((r) => [r[kpiCol("id") - 1], r]));
    expect(byId.size).toBe(next.indicators.length + 1);
    const check = (ind: Indicator, actuals: Map<number, number>): void => {
      const expected = evaluateIndicator(statusInputOf(ind), actuals, { evaluationYear: EVALUATION_YEAR, k: K });
      const grade = byId.get(ind.id)?.[kpiCol("grade") - 1];
      if (grade !== expected.grade) throw new Error(`${ind.id}: LibreOffice ${grade}, twin ${expected.grade}`);
    };
    for (const ind of next.indicators) {
      check(
        ind,
        new Map([...ind.actuals.map((a) => [a.year, a.value] as [number, number]), ...(typed.get(ind.id) ?? [])]),
      );
    }
    // The 廃止 row: its typed actuals, its old definitions.
    expect(byId.get(removed.id)?.[kpiCol("kind") - 1]).toMatch(/^廃止/);
    check(removed, new Map(typed.get(removed.id) ?? []));
  });

  it("the file as LibreOffice saves it refreshes again with nothing to restore or change", async () => {
    const resaved = convertDocument(refreshed, join(work, "resaved"), "xlsx:Calc MS Excel 2007 XML", "xlsx");
    const again = await refreshXlsx({
      xlsx: new Uint8Array(readFileSync(resaved)),
      dataset: next,
      history: { at: "2026-11-25T01:00:00Z", who: "test", source: "next.json" },
    });
    if (!again.ok) throw new Error(again.problems.map((p) => `${p.cell}: ${noticeText("en", p)}`).join("\n"));
    expect(again.plan.restored).toEqual([]);
    expect(again.plan.added).toEqual([]);
    expect(again.plan.retired).toEqual([]);
    expect(again.plan.conflicts).toEqual([]);
    expect(again.plan.changes).toEqual([]);
  }, 180_000);
});
