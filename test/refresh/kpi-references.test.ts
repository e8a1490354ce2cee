/**
 * refresh/kpi-references.ts: which columns of 「KPI一覧」 a refresh moves, how a formula's references to them follow,
 * and which cells of 「概要」 and 「評価」 are rewritten (the plan's formulas only, never a typed cell).
 */
import { columnLetter } from "../../src/lib/a1";
import {
  kpiColumnMoves,
  repointedFormulas,
  repointKpiReferences,
  repointNotices,
} from "../../src/refresh/kpi-references";
import type { Scalar } from "../../src/lib/scalar";
import { EVALUATION_COLUMNS, EVALUATION_SHEET } from "../../src/workbook/evaluation-columns";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import type { FoundHeader } from "../../src/workbook/kpi-state";
import { noticeText } from "../../src/workbook/refresh-notice";
import { SUMMARY_SHEET } from "../../src/workbook/names";
import { LAYOUT } from "../support/layout";
import { planHeaders } from "./support";

const found = (text: string, column: number): FoundHeader => ({
  address: `${columnLetter(column)}${KPI_ROWS.header}`,
  text,
  column,
});

describe("kpiColumnMoves", () => {
  test("a sheet in the plan's order moves nothing (so a current workbook's other sheets are not even read)", () => {
    expect(kpiColumnMoves(planHeaders(["メモ"]), LAYOUT).size).toBe(0);
  });

  test("a column found elsewhere goes to its layout's place; people's columns follow the plan's in their order", () => {
    const { columns } = planHeaders();
    const grade = LAYOUT.col("grade");
    const moved = { ...columns, grade: found("評価", 40) };
    const extra = [found("メモ", 3 + LAYOUT.columns.length)];
    const moves = kpiColumnMoves({ columns: moved, extraColumns: extra }, LAYOUT);
    expect([...moves]).toEqual([
      [40, grade],
      [3 + LAYOUT.columns.length, LAYOUT.columns.length + 1],
    ]);
  });
});

describe("repointKpiReferences", () => {
  const moves = new Map([
    [6, 3], // F → C
    [32, 11], // AF → K
  ]);

  test("whole columns, cells and ranges, quoted or bare, absolute or not", () => {
    expect(repointKpiReferences("=COUNTIFS('KPI一覧'!$F:$F,\"KPI\",'KPI一覧'!$AF:$AF,B$6)", "KPI一覧", moves)).toBe(
      "=COUNTIFS('KPI一覧'!$C:$C,\"KPI\",'KPI一覧'!$K:$K,B$6)",
    );
    expect(repointKpiReferences("=SUM('KPI一覧'!F4:AF9)+KPI一覧!$AF$4", "KPI一覧", moves)).toBe(
      "=SUM('KPI一覧'!C4:K9)+KPI一覧!$K$4",
    );
  });

  test("the sheet's own cells, other sheets, text in quotes and unmoved columns stay", () => {
    const formula = "=IF($F2=\"'KPI一覧'!F:F\",'設定'!$F$1,'KPI一覧'!$A:$A&F3)";
    expect(repointKpiReferences(formula, "KPI一覧", moves)).toBe(formula);
    expect(repointKpiReferences("='KPI一覧(写)'!$F:$F+XKPI一覧!F1", "KPI一覧", moves)).toBe(
      "='KPI一覧(写)'!$F:$F+XKPI一覧!F1",
    );
  });

  test("a renamed KPI sheet is followed by its name; a structured reference is not a column", () => {
    expect(repointKpiReferences("='指標''一覧'!$F:$F+KPI[評価]", "指標'一覧", moves)).toBe(
      "='指標''一覧'!$C:$C+KPI[評価]",
    );
  });
});

describe("repointedFormulas", () => {
  const moves = new Map([[32, 11]]);
  const headers = EVALUATION_COLUMNS.map((c) => c.header);
  const at = (header: string): number => headers.indexOf(header);
  const evaluationRow = (): Scalar[] => {
    const row: Scalar[] = headers.map(() => null);
    row[at("評価（算定）")] = "=INDEX('KPI一覧'!$AF:$AF,MATCH($B2,'KPI一覧'!$A:$A,0))";
    // Someone typed a formula of their own in a typed column: theirs, not rewritten.
    row[at("要因分析")] = "='KPI一覧'!$AF$4";
    return row;
  };

  test("every formula of 「概要」, only the formula columns of 「評価」 (found by header); one notice", () => {
    const writes = repointedFormulas(
      [
        { name: SUMMARY_SHEET, formulas: [["概要"], [null, "=COUNTIF('KPI一覧'!$AF:$AF,\"A 達成\")", "=SUM(B2)"]] },
        { name: EVALUATION_SHEET, formulas: [headers, evaluationRow()] },
        { name: "委員意見", formulas: [["='KPI一覧'!$AF$4"]] },
      ],
      "KPI一覧",
      moves,
    );
    expect(writes).toEqual([
      { sheet: SUMMARY_SHEET, row: 2, column: 2, formula: "=COUNTIF('KPI一覧'!$K:$K,\"A 達成\")" },
      {
        sheet: EVALUATION_SHEET,
        row: 2,
        column: at("評価（算定）") + 1,
        formula: "=INDEX('KPI一覧'!$K:$K,MATCH($B2,'KPI一覧'!$A:$A,0))",
      },
    ]);
    const notices = repointNotices(writes, "KPI一覧");
    expect(notices.map((n) => [n.code, n.params])).toEqual([
      ["KpiReferencesRepointed", { sheets: [SUMMARY_SHEET, EVALUATION_SHEET], count: 2, kpiSheet: "KPI一覧" }],
    ]);
    expect(noticeText("ja", notices[0]!)).toBe(
      "「KPI一覧」の列の並びが変わるため、その列を読む計算式（概要、評価の2セル）を新しい列の並びに合わせます。",
    );
    expect(noticeText("en", notices[0]!)).toContain("(概要, 評価: 2 cells)");
  });

  test("nothing moves: nothing written, nothing told", () => {
    const sheets = [{ name: EVALUATION_SHEET, formulas: [headers, evaluationRow()] }];
    expect(repointedFormulas(sheets, "KPI一覧", new Map())).toEqual([]);
    expect(repointNotices([], "KPI一覧")).toEqual([]);
  });
});
