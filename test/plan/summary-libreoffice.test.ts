/**
 * 「概要」 for members, recalculated by LibreOffice from the .xlsx the CLI writes: 数値目標 and KPI counted apart, the
 * 評価年度 named in 和暦 with the western year, and the list of the C and D indicators as the twin grades them (the
 * SUMPRODUCT/SMALL/MATCH formulas of plan/summary-list.ts). Needs `soffice`; skipped only without it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { periodLabel } from "../../src/domain/periods";
import { GRADES } from "../../src/domain/status";
import { KIND_LABEL } from "../../src/plan/kpi-rows";
import { LISTED_GRADES, SUMMARY_LIST_COLUMNS } from "../../src/plan/summary-list";
import { summaryLayout } from "../../src/plan/summary-sheet";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { SUMMARY_SHEET } from "../../src/workbook/names";
import { findSoffice, parseCsv, recalculateToCsv } from "../support/libreoffice";
import { loadFixture, twinStatus } from "./plan-readback";

const soffice = findSoffice();
const describeLo = soffice ? describe : describe.skip;

describeLo("「概要」 recalculated by LibreOffice", () => {
  const dataset = loadFixture("mixed");
  const year = 2024;
  const layout = summaryLayout(dataset);
  let rows: string[][] = [];
  let dir = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kpi-summary-lo-"));
    const file = join(dir, "book.xlsx");
    writeFileSync(
      file,
      await writeWorkbookXlsx(buildWorkbookPlan(dataset, { builtAt: new Date(), evaluationYear: year })),
    );
    rows = parseCsv(recalculateToCsv(file, join(dir, "csv"), [SUMMARY_SHEET]).get(SUMMARY_SHEET) ?? "");
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const at = (row: number): string[] => rows[row - 1] ?? [];

  it("names 評価年度 as the year columns are headed", () => {
    expect(at(4)[1]).toBe(periodLabel(year, "fiscal"));
  });

  it("counts 数値目標 and KPI apart", () => {
    Object.entries(KIND_LABEL).forEach(([kind, label], i) => {
      const row = at(layout.kindRows[i] as number);
      expect(row[0]).toBe(label);
      expect(GRADES.map((_, c) => Number(row[c + 1]))).toEqual(
        GRADES.map(
          (g) =>
            dataset.indicators.filter((ind) => ind.kind === kind && twinStatus(ind, year, 1).grade === g.grade).length,
        ),
      );
    });
  });

  it("lists the C and D indicators with their latest actual and its year", () => {
    const expected = dataset.indicators.flatMap((ind) => {
      const twin = twinStatus(ind, year, 1);
      if (!LISTED_GRADES.includes(twin.grade)) return [];
      return [[ind.id, twin.grade, periodLabel(twin.latestYear as number, ind.target.period.basis), ind.name]];
    });
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const col = (name: (typeof SUMMARY_LIST_COLUMNS)[number]): number => SUMMARY_LIST_COLUMNS.indexOf(name);
    const shown = rows
      .slice(layout.listTitleRow + 1)
      .filter((r) => (r[0] ?? "") !== "")
      .map((r) => [r[col("ID")], r[col("評価")], r[col("実績年度")], r[col("指標名")]]);
    expect(shown).toEqual(expected);
    expect(at(layout.listTitleRow)[0]).toBe(`評価が C 遅れ・D 悪化 の指標：${expected.length}件`);
  });
});
