/**
 * 「概要」 for members (issue #13): 数値目標 and KPI counted apart, grade colours on the counts, and the list of the
 * indicators graded C or D with their latest actual — formulas recalculated by HyperFormula and compared with the
 * twin (domain/status.ts); the list follows a typed actual and leaves out 廃止 rows; 「KPI一覧」's columns are found by
 * the layout, so a test addresses them through kpiLetter only.
 */
import { GRADES } from "../../src/domain/status";
import { periodLabel } from "../../src/domain/periods";
import { KIND_LABEL } from "../../src/plan/kpi-rows";
import { SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import { LISTED_GRADES, SUMMARY_LIST_COLUMNS, summaryListRowCount } from "../../src/plan/summary-list";
import { SUMMARY_KIND_HEADER_ROW, summaryLayout } from "../../src/plan/summary-sheet";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import type { SheetPlan } from "../../src/plan/types";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../src/workbook/names";
import { loadPlanIntoHyperFormula } from "../support/hyperformula-plan";
import { kpiLetter, LAYOUT } from "../support/layout";
import { loadFixture, twinStatus } from "./plan-readback";

const builtAt = new Date("2025-06-01T00:00:00Z");
const column = (name: (typeof SUMMARY_LIST_COLUMNS)[number]): string =>
  String.fromCharCode(65 + SUMMARY_LIST_COLUMNS.indexOf(name));

describe("「概要」 for members (HyperFormula)", () => {
  const dataset = loadFixture("mixed");
  const plan = buildWorkbookPlan(dataset, { builtAt });
  const summary = plan.sheets.find((s) => s.name === SUMMARY_SHEET) as SheetPlan;
  const layout = summaryLayout(dataset);
  const loaded = loadPlanIntoHyperFormula(plan);
  afterAll(() => loaded.destroy());
  const year = 2024;
  loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.evaluationYear}`, year);
  loaded.setValue(SETTINGS_SHEET, `B${SETTINGS_ROWS.threshold}`, 1);

  /** The list as shown: one array per non-empty row. */
  const shownList = (): unknown[][] => {
    const out: unknown[][] = [];
    for (let i = 0; i < summaryListRowCount(dataset); i++) {
      const r = layout.listTitleRow + 2 + i;
      const row = SUMMARY_LIST_COLUMNS.map((c) => loaded.value(SUMMARY_SHEET, `${column(c)}${r}`));
      if (row.some((v) => v !== "")) out.push(row);
    }
    return out;
  };

  /** What the list must show: the twin's C/D indicators in 「KPI一覧」's order. */
  const expectedList = (skip: ReadonlySet<string> = new Set()): unknown[][] =>
    dataset.indicators.flatMap((ind) => {
      const twin = twinStatus(ind, year, 1);
      if (!LISTED_GRADES.includes(twin.grade) || skip.has(ind.id)) return [];
      return [
        [
          ind.id,
          twin.grade,
          twin.latest,
          ind.unit,
          periodLabel(twin.latestYear as number, ind.target.period.basis),
          ind.name,
        ],
      ];
    });

  it("counts 数値目標 and KPI apart, and both in the total", () => {
    expect(loaded.value(SUMMARY_SHEET, `A${SUMMARY_KIND_HEADER_ROW}`)).toBe("区分");
    Object.entries(KIND_LABEL).forEach(([kind, label], i) => {
      const row = layout.kindRows[i] as number;
      expect(loaded.value(SUMMARY_SHEET, `A${row}`)).toBe(label);
      GRADES.forEach((g, c) => {
        const expected = dataset.indicators.filter(
          (ind) => ind.kind === kind && twinStatus(ind, year, 1).grade === g.grade,
        ).length;
        expect([label, g.grade, loaded.value(SUMMARY_SHEET, `${String.fromCharCode(66 + c)}${row}`)]).toEqual([
          label,
          g.grade,
          expected,
        ]);
      });
    });
    const totalCol = String.fromCharCode(66 + GRADES.length);
    expect(loaded.value(SUMMARY_SHEET, `${totalCol}${layout.kindTotalRow}`)).toBe(dataset.indicators.length);
    // The fixture has both kinds, so the split is really exercised.
    expect(new Set(dataset.indicators.map((i) => i.kind)).size).toBe(2);
  });

  it("colours each grade's count cells in the grade's fill where the count is above 0", () => {
    const rules = summary.conditionalFormats.filter((r) => r.kind === "expression");
    GRADES.filter((g) => g.fill !== null).forEach((g, i) => {
      const c = String.fromCharCode(66 + GRADES.indexOf(g));
      const rule = rules.find((r) => r.range === `${c}${layout.kindRows[0]}:${c}${layout.kindTotalRow}`);
      expect({ grade: g.grade, i, rule }).toEqual({
        grade: g.grade,
        i,
        rule: expect.objectContaining({ formula: `=${c}${layout.kindRows[0]}>0`, fill: g.fill }),
      });
    });
  });

  it("lists the C and D indicators with their latest actual and its year, in 「KPI一覧」's order", () => {
    const expected = expectedList();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(shownList()).toEqual(expected);
    const caption = loaded.value(SUMMARY_SHEET, `A${layout.listTitleRow}`);
    expect(caption).toBe(`評価が C 遅れ・D 悪化 の指標：${expected.length}件`);
  });

  it("follows a typed actual: an indicator that drops to D joins the list, in its row's place", () => {
    const ind = dataset.indicators.find((i) => {
      const g = twinStatus(i, year, 1).grade;
      return (g === "A 達成" || g === "B 順調") && i.direction === "increase" && i.baseline.value !== null;
    });
    if (!ind) throw new Error("fixture has no A/B increase indicator with a baseline");
    const row = KPI_ROWS.firstData + dataset.indicators.indexOf(ind);
    // 2024's actual far below the baseline: 達成率 negative → D 悪化.
    const letter = yearLetter(year);
    const before = loaded.value(KPI_SHEET, `${letter}${row}`);
    loaded.setValue(KPI_SHEET, `${letter}${row}`, (ind.baseline.value as number) - 1000);
    try {
      expect(loaded.value(KPI_SHEET, `${kpiLetter("grade")}${row}`)).toBe("D 悪化");
      const shown = shownList();
      expect(shown.map((r) => r[0])).toContain(ind.id);
      const ids = shown.map((r) => r[0] as string);
      const order = dataset.indicators.map((i) => i.id).filter((id) => ids.includes(id));
      expect(ids).toEqual(order);
      expect(shown.find((r) => r[0] === ind.id)?.[4]).toBe(periodLabel(year, ind.target.period.basis));
    } finally {
      loaded.setValue(KPI_SHEET, `${letter}${row}`, before as never);
    }
  });

  it("leaves out a row a refresh marked 廃止 (it keeps its grade)", () => {
    const listed = expectedList()[0] as unknown[];
    const index = dataset.indicators.findIndex((i) => i.id === listed[0]);
    const kindCell = `${kpiLetter("kind")}${KPI_ROWS.firstData + index}`;
    const kind = loaded.value(KPI_SHEET, kindCell) as string;
    loaded.setValue(KPI_SHEET, kindCell, `廃止（${kind}）`);
    try {
      expect(shownList()).toEqual(expectedList(new Set([listed[0] as string])));
    } finally {
      loaded.setValue(KPI_SHEET, kindCell, kind);
    }
  });

  it("names a calendar-year indicator's 実績年度 with 年, a fiscal one's with 年度 (the list exercises both)", () => {
    const labels = shownList().map((r) => r[4] as string);
    expect(labels.some((l) => /^令和(元|\d+)年\(\d{4}\)$/.test(l))).toBe(true);
    expect(labels.some((l) => /^令和(元|\d+)年度\(\d{4}\)$/.test(l))).toBe(true);
  });
});

describe("the C・D list's size", () => {
  const of = (n: number) => ({ indicators: Array.from({ length: n }) as never[] });
  it("has a row per indicator up to 50, and none above 1,000 indicators (the caption alone)", () => {
    expect([1, 10, 50, 51, 1000, 1001].map((n) => summaryListRowCount(of(n)))).toEqual([1, 10, 50, 50, 50, 0]);
  });
});

/** The 「KPI一覧」 column letter of a plan year's input column. */
function yearLetter(year: number): string {
  const found = LAYOUT.yearKeys.find((y) => y.year === year);
  if (!found) throw new Error(`no year column ${year}`);
  return LAYOUT.letter(found.key);
}

describe("「概要」 on paper", () => {
  const dataset = loadFixture("mixed");
  const summary = buildWorkbookPlan(dataset, { builtAt }).sheets.find((s) => s.name === SUMMARY_SHEET) as SheetPlan;

  it("prints portrait, one page wide: the counts and the chart stack down the page instead of the chart being cut at a landscape page's foot", () => {
    expect(summary.pageSetup).toEqual({ orientation: "portrait", paperSize: "A4", fitToWidth: true });
  });

  it("gives 評価年度's label (column B, 「令和10年度(2028)」 at most) its width (LibreOffice's render cut it at column C)", () => {
    const width = summary.columns[1]?.width ?? 0;
    // East Asian characters take two character widths; digits and brackets one.
    const needed = [...periodLabel(2028, "fiscal")].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
    expect(width).toBeGreaterThanOrEqual(needed);
  });
});
