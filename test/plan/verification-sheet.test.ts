/**
 * 「確認事項」 in the plan (issue #13): the staff sheet of the dataset's verification notes, 状態 from a list, and
 * 「KPI一覧」's 要確認 as a formula against it (HyperFormula recalculates it as staff type 状態).
 */
import { columnLetter } from "../../src/lib/a1";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { LINE_POINTS } from "../../src/plan/row-heights";
import { notesOf } from "../../src/plan/kpi-rows";
import { buildVerificationSheet, VERIFICATION_TAB_COLOR } from "../../src/plan/verification-sheet";
import type { SheetPlan } from "../../src/plan/types";
import { kpiLayout, layoutOf } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { VERIFICATION_COLUMNS, VERIFICATION_SHEET } from "../../src/workbook/verification-columns";
import { loadPlanIntoHyperFormula } from "../support/hyperformula-plan";
import { loadFixture } from "./plan-readback";

const builtAt = new Date("2026-11-24T09:00:00Z");
const dataset = loadFixture("mixed");
const plan = buildWorkbookPlan(dataset, { builtAt });
const sheetOf = (name: string): SheetPlan => {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const noted = dataset.indicators.filter((i) => i.verification);
const headerAt = (header: string): number => VERIFICATION_COLUMNS.findIndex((c) => c.header === header);

/** 「KPI一覧」's column of a header and the sheet row of an indicator, found by header and ID (not by letter). */
function kpiCell(id: string, header: string): { column: number; row: number } {
  const kpi = sheetOf(KPI_SHEET);
  const headerRow = kpi.rows.findIndex((r) => r.some((c) => c?.value === "ID"));
  const headers = (kpi.rows[headerRow] ?? []).map((c) => c?.value);
  const idColumn = headers.indexOf("ID");
  const row = kpi.rows.findIndex((r) => r[idColumn]?.value === id);
  if (row < 0) throw new Error(`no row ${id}`);
  return { column: headers.indexOf(header), row };
}
/** The letter of a 0-based column index. */
const letter = (column: number): string => columnLetter(column + 1);

describe("「確認事項」", () => {
  it("is the last sheet, a staff tab, one 未確認 row per note with the reading and reason", () => {
    expect(noted.length).toBeGreaterThan(0);
    expect(plan.sheets.at(-1)?.name).toBe(VERIFICATION_SHEET);
    const sheet = sheetOf(VERIFICATION_SHEET);
    expect(sheet.tabColor).toBe(VERIFICATION_TAB_COLOR);
    expect(sheet.rows[0]?.map((c) => c?.value)).toEqual([
      "ID",
      "指標名",
      "読み取り",
      "理由",
      "状態",
      "確認者",
      "確認日",
      "メモ",
      "データセット",
    ]);
    expect(sheet.rows.slice(1).map((r) => r[0]?.value)).toEqual(noted.map((i) => i.id));
    const first = sheet.rows[1] ?? [];
    expect(first[headerAt("読み取り")]?.value).toBe(noted[0]!.verification!.reading);
    expect(first[headerAt("理由")]?.value).toBe(noted[0]!.verification!.reason);
    // Inputs, top-aligned in the tall rows (longInput).
    expect(first[headerAt("状態")]).toMatchObject({ value: "未確認", style: "longInput" });
    expect(first[headerAt("確認者")]).toMatchObject({ value: null, style: "longInput" });
    expect(first[headerAt("確認日")]).toMatchObject({ value: null, numberFormat: "yyyy-mm-dd", style: "longInput" });
    expect(first[headerAt("データセット")]?.value).toBe("記載あり");
    // The long texts wrap (the note style) and the sheet prints landscape, one page wide, header repeated.
    expect(first[headerAt("理由")]?.style).toBe("note");
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: true, printTitleRows: "$1:$1" });
    // The wrapped columns, and each row tall enough for its longest text (exceljs cannot autofit).
    expect(sheet.columns.map((c) => c.wrap === true)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
    // A reason of 120 wide characters in the 60-digit 理由 column takes ⌈120 / 29⌉ = 5 lines (a digit goes to the
    // margins, a wide character is two digits): its row is at least 5 lines tall; a one-line note sets no height.
    const long = buildVerificationSheet([
      { id: "1-1-K1-1", name: "創業件数", reading: "短い", reason: "あ".repeat(120) },
      { id: "1-1-K1-2", name: "創業件数", reading: "短い", reason: "短い" },
    ]);
    expect(long.rowHeights).toEqual([{ row: 2, height: expect.any(Number) }]);
    expect(long.rowHeights?.[0]?.height).toBeGreaterThanOrEqual(5 * LINE_POINTS);
  });

  it("offers 未確認 / 確認済 in 状態 below the table too, and marks what is not 確認済", () => {
    const sheet = buildVerificationSheet([]);
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.validations).toEqual([
      { kind: "list", range: "E2:E2001", values: ["未確認", "確認済"], prompt: "未確認・確認済から選択" },
    ]);
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({ kind: "expression", range: "E2:E2001", formula: '=AND($A2<>"",$E2<>"確認済")' }),
    ]);
  });

  it("takes the notes out of 「KPI一覧」's 注記", () => {
    for (const ind of noted) expect(notesOf(ind) ?? "").not.toContain(ind.verification!.reason);
    const kpi = sheetOf(KPI_SHEET);
    const text = JSON.stringify(kpi.rows);
    for (const ind of noted) expect(text).not.toContain(ind.verification!.reason);
  });

  it("gives 「KPI一覧」's 要確認 its warning fill only while the cell reads 要確認", () => {
    const kpi = sheetOf(KPI_SHEET);
    const { column, row } = kpiCell(noted[0]!.id, "要確認");
    const l = letter(column);
    // Over the table's data rows: from below its header to its last row.
    const [top, bottom] = (kpi.tables[0]?.range ?? "").split(":").map((a) => Number(/\d+$/.exec(a)?.[0]));
    expect(kpi.conditionalFormats).toContainEqual(
      expect.objectContaining({
        kind: "expression",
        range: `${l}${top! + 1}:${l}${bottom}`,
        formula: `=$${l}${top! + 1}="要確認"`,
        fill: "#FCE4D6",
      }),
    );
    // The cell itself carries no fill: the rule gives it.
    expect(kpi.rows[row]?.[column]?.style).toBe("formula");
  });

  it("computes 要確認 in HyperFormula: 要確認 until 状態 is 確認済, then empty; empty for an indicator without a note", () => {
    const loaded = loadPlanIntoHyperFormula(plan);
    try {
      const target = kpiCell(noted[0]!.id, "要確認");
      const other = noted[1] ? kpiCell(noted[1].id, "要確認") : null;
      const at = (c: { column: number; row: number }): string => `${letter(c.column)}${c.row + 1}`;
      expect(loaded.value(KPI_SHEET, at(target))).toBe("要確認");
      const state = `${letter(headerAt("状態"))}2`;
      loaded.setValue(VERIFICATION_SHEET, state, "確認済");
      expect(loaded.value(KPI_SHEET, at(target))).toBe("");
      if (other) expect(loaded.value(KPI_SHEET, at(other))).toBe("要確認");
      // Any other text is not 確認済.
      loaded.setValue(VERIFICATION_SHEET, state, "確認中");
      expect(loaded.value(KPI_SHEET, at(target))).toBe("要確認");
      const plain = dataset.indicators.find((i) => !i.verification);
      if (plain) expect(loaded.value(KPI_SHEET, at(kpiCell(plain.id, "要確認")))).toBeNull();
    } finally {
      loaded.destroy();
    }
  });

  it("finds 「KPI一覧」's ID by the layout, whatever its letter", () => {
    const layout = layoutOf(dataset);
    expect(layout).toBe(kpiLayout({ first: layout.firstYear, last: layout.lastYear }));
    const { column, row } = kpiCell(noted[0]!.id, "要確認");
    const formula = sheetOf(KPI_SHEET).rows[row]?.[column]?.formula ?? "";
    expect(formula).toContain(`,$${layout.letter("id")}${row + 1},`);
  });
});
