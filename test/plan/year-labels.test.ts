/**
 * Years read one way everywhere (issue #13): the formula twin of periodLabel (plan/formats.ts eraLabelFormula),
 * computed by HyperFormula, names every year as the TypeScript label does, across the 平成/令和 boundary; the number
 * format of a year the plan writes names that year the same way; a year a formula computes (実績年度, 適用目標年度) or a
 * person types (「設定」's 評価年度) reads so through one conditional format per year, its number format the label.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HyperFormula } from "hyperformula";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { periodLabel } from "../../src/domain/periods";
import { columnLetter, parseRange } from "../../src/lib/a1";
import { basisSuffixFormula, eraLabelFormula, yearFormat } from "../../src/plan/formats";
import { closedCellFormat } from "../../src/plan/closed-history-sheet";
import { SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import type { SheetPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET } from "../../src/workbook/names";

describe("eraLabelFormula agrees with periodLabel", () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  hf.addSheet("S");
  afterAll(() => hf.destroy());
  const years = Array.from({ length: 60 }, (_, i) => 1980 + i);

  it.each([
    ["fiscal", "年度"],
    ["calendar", "暦年"],
  ] as const)("%s years 1980–2039 (basis cell 「%s」)", (basis, basisCell) => {
    // Each row's formula reads its own row's year and basis.
    hf.setSheetContent(
      0,
      years.map((y, i) => [y, basisCell, `=${eraLabelFormula(`A${i + 1}`, basisSuffixFormula(`B${i + 1}`))}`]),
    );
    const shown = years.map((_, i) => hf.getCellValue({ sheet: 0, row: i, col: 2 }));
    expect(shown).toEqual(years.map((y) => periodLabel(y, basis)));
    // The boundary the brief names: 2019 is 令和元, 2018 平成30, 1989 平成元.
    expect(shown[years.indexOf(2019)]).toBe(basis === "fiscal" ? "令和元年度(2019)" : "令和元年(2019)");
    expect(shown[years.indexOf(2018)]).toBe(basis === "fiscal" ? "平成30年度(2018)" : "平成30年(2018)");
    expect(shown[years.indexOf(1989)]).toBe(basis === "fiscal" ? "平成元年度(1989)" : "平成元年(1989)");
  });

  it("is blank for a blank year", () => {
    hf.setSheetContent(0, [["", "年度", `=${eraLabelFormula("A1", '"年度"')}`]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe("");
  });
});

describe("yearFormat", () => {
  it("names the year the plan writes, and keeps the plain format for any other number", () => {
    expect(yearFormat("fiscal", 2019)).toBe('[=2019]"令和元年度(2019)";0"年度"');
    expect(yearFormat("calendar", 2018)).toBe('[=2018]"平成30年(2018)";0"年"');
    expect(yearFormat("fiscal")).toBe('0"年度"');
  });
});

/** The bundled dataset, with one target after the plan's last year (the dataset's targets are not limited to it). */
function datasetWithLateTarget(): Dataset {
  const d = datasetSchema.parse(JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")));
  const late = d.indicators[3]!;
  late.target = { ...late.target, period: { ...late.target.period, year: d.plan.to.year + 3 } };
  return d;
}

const letterOfHeader = (sheet: SheetPlan, header: string): string => {
  const i = (sheet.rows[KPI_ROWS.header - 1] ?? []).findIndex((c) => c?.value === header);
  if (i < 0) throw new Error(`no header ${header}`);
  return columnLetter(i + 1);
};

describe("formula years read as labels (conditional formats with a number format)", () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheetId = hf.getSheetId(hf.addSheet("S"))!;
  afterAll(() => hf.destroy());

  /** The number formats of the rules over `letter` that apply when row 4 holds `year` and the basis cell `basis`. */
  function applying(sheet: SheetPlan, letter: string, basisLetter: string, year: number | string, basis: string) {
    const basisCol = parseRange(`${basisLetter}1`).left - 1;
    const col = parseRange(`${letter}1`).left - 1;
    const row: (string | number)[] = [];
    row[basisCol] = basis;
    row[col] = year;
    hf.setSheetContent(sheetId, [[], [], [], Array.from(row, (v) => v ?? null)]);
    return sheet.conditionalFormats
      .filter((r) => r.kind === "expression" && r.numberFormat !== undefined && r.range.startsWith(`${letter}4:`))
      .filter((r) => r.kind === "expression" && hf.calculateFormula(r.formula, sheetId) === true)
      .map((r) => (r.kind === "expression" ? r.numberFormat : ""));
  }

  const dataset = datasetWithLateTarget();
  const plan = buildWorkbookPlan(dataset, { builtAt: new Date("2026-06-01T00:00:00Z"), evaluationYear: 2024 });
  const kpi = plan.sheets.find((s) => s.name === KPI_SHEET)!;
  const basisLetter = letterOfHeader(kpi, "年度/暦年");
  const last = KPI_ROWS.firstData + dataset.indicators.length - 1;

  it.each(["実績年度", "適用目標年度"])(
    "「%s」: exactly one rule per year and basis, naming it as periodLabel does",
    (header) => {
      const letter = letterOfHeader(kpi, header);
      const rules = kpi.conditionalFormats.filter((r) => r.kind === "expression" && r.numberFormat !== undefined);
      // Per column range (not per cell): every rule over this column covers all its data rows.
      const mine = rules.filter((r) => r.range.startsWith(`${letter}`));
      expect(new Set(mine.map((r) => r.range))).toEqual(new Set([`${letter}${KPI_ROWS.firstData}:${letter}${last}`]));
      for (const year of [2020, 2024, 2027, dataset.plan.to.year + 3]) {
        expect(applying(kpi, letter, basisLetter, year, "年度")).toEqual([`"${periodLabel(year, "fiscal")}"`]);
        expect(applying(kpi, letter, basisLetter, year, "暦年")).toEqual([`"${periodLabel(year, "calendar")}"`]);
      }
      // No rule for an empty result or a year no rule names (the cell's own format, 「2040年度」).
      expect(applying(kpi, letter, basisLetter, "", "年度")).toEqual([]);
      expect(applying(kpi, letter, basisLetter, 2040, "年度")).toEqual([]);
    },
  );

  it("the rules span the plan's year columns through the latest 目標年度, taken from the dataset", () => {
    const letter = letterOfHeader(kpi, "適用目標年度");
    const years = kpi.conditionalFormats
      .filter((r) => r.kind === "expression" && r.numberFormat !== undefined && r.range.startsWith(letter))
      .map((r) => Number(/=(\d{4})/.exec(r.kind === "expression" ? r.formula : "")?.[1]));
    expect(Math.min(...years)).toBe(dataset.plan.from.year - 1);
    expect(Math.max(...years)).toBe(dataset.plan.to.year + 3);
  });

  it("「設定」's 評価年度 reads every year it may hold as a label, and the written one in its own format", () => {
    const settings = plan.sheets.find((s) => s.name === SETTINGS_SHEET)!;
    const cell = settings.rows[SETTINGS_ROWS.evaluationYear - 1]![1]!;
    expect(cell.value).toBe(2024);
    expect(cell.numberFormat).toBe(yearFormat("fiscal", 2024));
    const rules = settings.conditionalFormats.filter((r) => r.kind === "expression" && r.numberFormat !== undefined);
    const address = `B${SETTINGS_ROWS.evaluationYear}`;
    for (let year = dataset.plan.from.year - 1; year <= dataset.plan.to.year; year++) {
      hf.setSheetContent(sheetId, [[], [], [], [null, year]]);
      const on = rules.filter((r) => r.kind === "expression" && hf.calculateFormula(r.formula, sheetId) === true);
      expect(on.map((r) => [r.range, r.kind === "expression" ? r.numberFormat : ""])).toEqual([
        [address, `"${periodLabel(year, "fiscal")}"`],
      ]);
    }
  });
});

describe("「評価」「総括意見」: 評価年度 reads as a label and stays a number", () => {
  const dataset = datasetWithLateTarget();
  const plan = buildWorkbookPlan(dataset, { builtAt: new Date("2026-06-01T00:00:00Z"), evaluationYear: 2024 });

  it.each(["評価", "総括意見"])("「%s」: each row's 評価年度 holds 2024 in the format that names it", (name) => {
    const sheet = plan.sheets.find((s) => s.name === name)!;
    const col = (sheet.rows[0] ?? []).findIndex((c) => c?.value === "評価年度");
    expect(col).toBeGreaterThanOrEqual(0);
    const body = sheet.rows.slice(1).map((r) => r[col]);
    expect(body.length).toBeGreaterThan(0);
    for (const cell of body) {
      expect(cell?.value).toBe(2024);
      expect(cell?.numberFormat).toBe('[=2024]"令和6年度(2024)";0"年度"');
    }
    // Wide enough for the label (as 基準年度).
    expect(sheet.columns[col]?.width).toBeGreaterThanOrEqual(16);
  });
});

describe("「評価履歴」: a closed row's 評価年度 reads as its label", () => {
  it("names the row's year; other number columns keep their formats, text columns none", () => {
    expect(closedCellFormat("year", 2024)).toBe('[=2024]"令和6年度(2024)";0"年度"');
    expect(closedCellFormat("progress", 0.5)).toBe("0.0%");
    expect(closedCellFormat("name", "x")).toBeUndefined();
  });
});
