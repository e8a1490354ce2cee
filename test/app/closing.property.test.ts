/**
 * A closed year is immutable (issue #12 §2): build a workbook, type random actuals, close a year, then apply random
 * edits — typing actuals (also into the closed year and before it), a refresh from a changed dataset, target
 * revisions, an evaluation CSV re-imported, closing other years — each followed by a save and reload through exceljs.
 * The closed year's 確定 rows of 「評価履歴」 stay identical, cell for cell (value and type). Fixed seed
 * (test/support/fc-seed.ts): FC_SEED=<n> replays a run.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeEvaluationYear } from "../../src/app/closing";
import { importEvaluationCsv } from "../../src/app/evaluation";
import { reviseTarget } from "../../src/app/revisions";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { xlsxWorkbookPort } from "../../src/adapters/xlsx/workbook-port";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { packXlsx } from "../../src/adapters/xlsx/refresh-book";
import { readTableRows } from "../../src/adapters/xlsx/minutes-source";
import { validateDataset } from "../../src/domain/dataset/validate";
import type { Dataset } from "../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import type { Scalar } from "../../src/lib/scalar";

const DATASET: Dataset = (() => {
  const v = validateDataset(
    JSON.parse(readFileSync(join(__dirname, "../fixtures/datasets/valid-minimal.json"), "utf8")),
  );
  if (!v.ok) throw new Error("fixture dataset invalid");
  return v.dataset;
})();
const IDS = DATASET.indicators.map((i) => i.id);
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];
const NOW = new Date("2026-06-01T01:00:00Z");

/** The same dataset, changed as a new version would change it: a target moved, actuals added, a new version. */
function changedDataset(seed: number): Dataset {
  return {
    ...DATASET,
    datasetVersion: `${DATASET.datasetVersion}-${seed}`,
    indicators: DATASET.indicators.map((ind, i) =>
      i === seed % DATASET.indicators.length && ind.target.value !== null
        ? { ...ind, target: { ...ind.target, value: ind.target.value + 1 + seed } }
        : ind,
    ),
  };
}

type Edit =
  | { kind: "type"; id: string; year: number; value: number }
  | { kind: "refresh"; seed: number }
  | { kind: "revise"; id: string; value: number; fromYear: number }
  | { kind: "import"; year: number; id: string; grade: string }
  | { kind: "close"; year: number; replace: boolean };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("type" as const),
    id: fc.constantFrom(...IDS),
    year: fc.constantFrom(...YEARS),
    value: fc.integer({ min: 0, max: 20_000 }),
  }),
  fc.record({ kind: fc.constant("refresh" as const), seed: fc.integer({ min: 0, max: 50 }) }),
  fc.record({
    kind: fc.constant("revise" as const),
    id: fc.constantFrom(...IDS),
    value: fc.integer({ min: 1, max: 20_000 }),
    fromYear: fc.constantFrom(...YEARS),
  }),
  fc.record({
    kind: fc.constant("import" as const),
    year: fc.constantFrom(2021, 2022, 2023, 2024, 2025),
    id: fc.constantFrom(...IDS),
    grade: fc.constantFrom("A", "B", "C", "D", "保留"),
  }),
  fc.record({
    kind: fc.constant("close" as const),
    year: fc.constantFrom(2021, 2022, 2023, 2024, 2025),
    replace: fc.boolean(),
  }),
);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function typeActual(wb: ExcelJS.Workbook, id: string, year: number, value: number): void {
  const ws = wb.getWorksheet("KPI一覧");
  if (!ws) throw new Error("no KPI一覧");
  let column = 0;
  ws.getRow(KPI_ROWS.header).eachCell((cell, c) => {
    if (String(cell.value ?? "").endsWith(`(${year})`)) column = c;
  });
  for (let r = KPI_ROWS.firstData; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).value === id) {
      ws.getCell(r, column).value = value;
      return;
    }
  }
  throw new Error(`no row ${id}`);
}

/** The 確定 rows of `year` in 「評価履歴」, every cell with its type (so 2024 and "2024" differ). */
function frozen(wb: ExcelJS.Workbook, year: number): string {
  const t = readTableRows(wb, "評価履歴");
  if (!t) throw new Error("no 評価履歴");
  const col = (h: string) => t.headers.indexOf(h);
  const rows = t.rows.filter((r) => r[col("状態")] === "確定" && r[col("評価年度")] === year);
  return JSON.stringify(rows.map((r) => r.map((v: Scalar) => [typeof v, v])));
}

async function apply(wb: ExcelJS.Workbook, e: Edit): Promise<ExcelJS.Workbook> {
  const port = xlsxWorkbookPort(wb);
  switch (e.kind) {
    case "type":
      typeActual(wb, e.id, e.year, e.value);
      return wb;
    case "refresh": {
      const dataset = changedDataset(e.seed);
      const result = await refreshXlsx({
        xlsx: await packXlsx(wb),
        dataset,
        history: { at: NOW.toISOString(), who: "tester", source: "next.json" },
      });
      if (!result.ok) throw new Error(`refresh failed: ${JSON.stringify(result.problems)}`);
      return load(result.bytes);
    }
    case "revise":
      // Refused when fromYear is at or before a closed year: either way the closed year must not move.
      await reviseTarget(port, DATASET, {
        indicatorId: e.id,
        value: e.value,
        fromYear: e.fromYear,
        reason: "見直し",
        now: NOW,
      });
      return wb;
    case "import": {
      const csv = `評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由\n${e.year},${e.id},分析,課題,継続,,${e.grade},理由\n`;
      await importEvaluationCsv(port, csv, { at: NOW.toISOString(), by: "tester" });
      return wb;
    }
    case "close":
      // Another year (or the same one refused without replace; with replace it is a re-close, checked apart).
      await closeEvaluationYear(port, DATASET, { year: e.year, replace: e.replace, by: "x", now: NOW });
      return wb;
  }
}

let built: Uint8Array;
beforeAll(async () => {
  built = await writeWorkbookXlsx(buildWorkbookPlan(DATASET, { builtAt: NOW, evaluationYear: 2025 }));
}, 60_000);

describe("a closed 評価年度", () => {
  it("keeps its 確定 rows identical through typing, refresh, revision, import and other closes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            id: fc.constantFrom(...IDS),
            year: fc.constantFrom(...YEARS),
            value: fc.integer({ min: 0, max: 20_000 }),
          }),
          { maxLength: 8 },
        ),
        fc.constantFrom(2021, 2022, 2023, 2024, 2025),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        async (actuals, year, edits) => {
          let wb = await load(built);
          for (const a of actuals) typeActual(wb, a.id, a.year, a.value);
          const closed = await closeEvaluationYear(xlsxWorkbookPort(wb), DATASET, {
            year,
            replace: false,
            by: "企画課",
            now: NOW,
          });
          if (!closed.ok) throw new Error(`close failed: ${JSON.stringify(closed.failure)}`);
          const before = frozen(wb, year);
          expect(JSON.parse(before)).toHaveLength(IDS.length);
          for (const e of edits) {
            // a re-close of the closed year itself is the one edit that may replace its record (tested apart)
            if (e.kind === "close" && e.year === year && e.replace) continue;
            wb = await load(await packXlsx(await apply(wb, e)));
            expect(frozen(wb, year)).toBe(before);
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);
});
