/**
 * 「KPI一覧」's issue #12 columns, written by the xlsx renderer and recalculated by LibreOffice, agree with the twin
 * (src/domain/forward-view.ts) on the hand-made rows and on seeded random rows with revisions in 「指標見直し」,
 * closed grades in 「評価履歴」 and text in year cells: one workbook per (評価年度, k), several random cases merged
 * into each. Needs `soffice`; skipped only without it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { planColumnIndex } from "../../src/workbook/comment-columns";
import { REVISION_COLUMNS, REVISIONS_SHEET } from "../../src/workbook/evaluation-columns";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { findSoffice, parseCsv, recalculateToCsv } from "../support/libreoffice";
import { LAYOUT } from "../support/layout";
import {
  addCoverage,
  emptyCoverage,
  expectForwardAgrees,
  FORWARD_KEYS,
  forwardCaseArb,
  forwardPlan,
  HAND,
  mergeCases,
  twinForward,
  type ForwardCase,
  type ForwardRow,
} from "./forward-cases";

const soffice = findSoffice();
if (!soffice) console.warn("skipping LibreOffice forward agreement: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;

const OUT = join(__dirname, "..", "..", "test-output", "plan-forward-libreoffice");
const RATIOS: ReadonlySet<string> = new Set(["progress", "expected"]);

/** LibreOffice's CSV keeps a % on percent-formatted numbers: ratio columns divide by 100. */
function csvValue(text: string | undefined, ratio: boolean): string | number | null {
  const t = (text ?? "").trim();
  if (t === "") return null;
  const percent = t.endsWith("%");
  const n = Number((percent ? t.slice(0, -1) : t).replace(/,/g, ""));
  if (Number.isNaN(n)) return t;
  return percent && ratio ? n / 100 : n;
}

function rowFromCsv(row: readonly string[]): ForwardRow {
  return Object.fromEntries(
    FORWARD_KEYS.map((k) => [k, csvValue(row[LAYOUT.col(k) - 1], RATIOS.has(k))]),
  ) as ForwardRow;
}

// Seeded by FC_SEED (test/support/fc-seed.ts): a failure names a reproducible workbook in test-output.
const SETTINGS = [
  { evaluationYear: 2022, k: 1 },
  { evaluationYear: 2024, k: 0.8 },
  { evaluationYear: 2026, k: 1.2 },
];
const CASES: readonly ForwardCase[] = [
  HAND,
  ...SETTINGS.map((s) => mergeCases(fc.sample(forwardCaseArb, { numRuns: 12 }), s.evaluationYear, s.k)),
];

describeLo("the issue #12 columns recalculated by LibreOffice agree with the twin", () => {
  const csvs: { kpi: string[][]; revisions: string[][] }[] = [];

  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    return CASES.reduce(
      (done, c, i) =>
        done.then(async () => {
          const name = `forward-${i}-${c.evaluationYear}`;
          const xlsx = join(OUT, `${name}.xlsx`);
          writeFileSync(xlsx, await writeWorkbookXlsx(forwardPlan(c).plan));
          const csv = recalculateToCsv(xlsx, join(OUT, name), [KPI_SHEET, REVISIONS_SHEET]);
          csvs[i] = { kpi: parseCsv(csv.get(KPI_SHEET) ?? ""), revisions: parseCsv(csv.get(REVISIONS_SHEET) ?? "") };
        }),
      Promise.resolve(),
    );
  }, 400_000);

  it.each(CASES.map((c, i) => [i, c.sketches.length, c.evaluationYear, c] as const))(
    "workbook %d (%d rows, 評価年度 %d): every row agrees",
    (i, _rows, _year, c) => {
      const { dataset } = forwardPlan(c);
      const kpi = csvs[i]?.kpi ?? [];
      dataset.indicators.forEach((ind, r) => {
        const row = kpi[KPI_ROWS.firstData - 1 + r] ?? [];
        expect(row[0]).toBe(ind.id);
        expectForwardAgrees(rowFromCsv(row), twinForward(dataset, c, r), `${ind.id} (評価年度 ${c.evaluationYear})`);
      });
    },
  );

  it("reaches revisions in force, trends, decreasing targets, single numbers, closed years and text", () => {
    const seen = emptyCoverage();
    CASES.forEach((c) => addCoverage(seen, forwardPlan(c).dataset, c));
    for (const [what, count] of Object.entries(seen)) expect([what, count > 3]).toEqual([what, true]);
  });

  it("marks the revision in force in 「指標見直し」 (hand-made ledger)", () => {
    const col = planColumnIndex(REVISION_COLUMNS, "inForce") - 1;
    const marks = (csvs[0]?.revisions ?? []).slice(1, 5).map((row) => row[col]);
    expect(marks).toEqual(["TRUE", "FALSE", "FALSE", "TRUE"]);
  });

  it("reads the hand-made projection 14 (達成見込み) and 15 (未達見込み)", () => {
    const kpi = csvs[0]?.kpi ?? [];
    const at = (r: number): ForwardRow => rowFromCsv(kpi[KPI_ROWS.firstData - 1 + r] ?? []);
    expect([at(0).projection, at(0).projectionGrade]).toEqual([14, "達成見込み"]);
    expect([at(1).projection, at(1).projectionGrade]).toEqual([15, "未達見込み"]);
    expect(at(5).previousGrade).toBe("C → A");
  });

  it("reads 目標未設定 as 「／」 and 未評価 as 「−」 on either side of 前回評価 (hand-made rows)", () => {
    const kpi = csvs[0]?.kpi ?? [];
    const at = (r: number): ForwardRow => rowFromCsv(kpi[KPI_ROWS.firstData - 1 + r] ?? []);
    expect([at(6).grade, at(6).previousGrade]).toEqual(["− 未評価", "／ → −"]);
    expect([at(7).grade, at(7).previousGrade]).toEqual(["目標未設定", "− → ／"]);
  });
});
