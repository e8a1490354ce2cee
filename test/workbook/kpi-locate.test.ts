/** Locating the KPI table from sheet summaries: the one rule both backends call. */
import { parseRange } from "../../src/lib/a1";
import type { Scalar } from "../../src/lib/scalar";
import { headerCandidates, locateKpiTable, type SheetSummary } from "../../src/workbook/kpi-locate";
import { noticeText } from "../../src/workbook/refresh-notice";
import { LAYOUT } from "../support/layout";

const header = (top = 1): SheetSummary["topRows"] => ({
  top,
  values: [["タイトル"], [null], ["ID", "指標名", "基本目標"] as Scalar[]],
});

describe("locating the KPI table", () => {
  test("the table 「KPI」 wins wherever it is; a renamed sheet is a notice", () => {
    const at = locateKpiTable(
      [
        { name: "概要" },
        { name: "KPI一覧(委員会用)", kpiTable: parseRange("A3:AE40") },
        { name: "KPI一覧", topRows: header() },
      ],
      LAYOUT,
    );
    expect(at).toEqual({
      ok: true,
      sheetName: "KPI一覧(委員会用)",
      headerRow: 3,
      tableBottom: 40,
      notices: [expect.objectContaining({ code: "SheetRenamed", sheet: "KPI一覧(委員会用)" })],
    });
    const same = locateKpiTable([{ name: "KPI一覧", kpiTable: parseRange("A3:AE40") }], LAYOUT);
    expect(same).toEqual(expect.objectContaining({ ok: true, notices: [] }));
  });

  test("no table: 「KPI一覧」 by its header row, and only it when it exists", () => {
    expect(headerCandidates(["概要", "KPI一覧", "写し"])).toEqual(["KPI一覧"]);
    // The record sheets with 「ID」「指標名」 headers are never candidates (「確認事項」 too, issue #13).
    expect(headerCandidates(["写し", "評価", "指標見直し", "確認事項"])).toEqual(["写し"]);
    const at = locateKpiTable(
      [
        { name: "写し", topRows: header() },
        { name: "KPI一覧", topRows: header(2) },
      ],
      LAYOUT,
    );
    expect(at).toEqual({
      ok: true,
      sheetName: "KPI一覧",
      headerRow: 4,
      tableBottom: null,
      notices: [expect.objectContaining({ code: "TableMissing" })],
    });
    expect(at.ok && noticeText("ja", at.notices[0]!)).toBe(
      "表「KPI」がなかったため、「KPI一覧」の4行目の見出しから読み取り、表を作り直します。",
    );
    const noHeader = locateKpiTable([{ name: "KPI一覧", topRows: { top: 1, values: [["メモ"]] } }], LAYOUT);
    expect(noHeader).toEqual({ ok: false, problem: expect.objectContaining({ code: "KpiHeaderMissing" }) });
  });

  test("no table and no 「KPI一覧」: the one sheet with the header row, else ambiguous or missing", () => {
    expect(headerCandidates(["概要", "写し"])).toEqual(["概要", "写し"]);
    const one = locateKpiTable(
      [
        { name: "概要", topRows: { top: 1, values: [] } },
        { name: "写し", topRows: header() },
      ],
      LAYOUT,
    );
    expect(one).toEqual(expect.objectContaining({ ok: true, sheetName: "写し", headerRow: 3 }));
    const two = locateKpiTable(
      [
        { name: "A", topRows: header() },
        { name: "B", topRows: header() },
      ],
      LAYOUT,
    );
    expect(two).toEqual({ ok: false, problem: expect.objectContaining({ code: "KpiSheetAmbiguous" }) });
    const none = locateKpiTable([{ name: "Sheet1", topRows: { top: 1, values: [[null]] } }], LAYOUT);
    expect(none).toEqual({ ok: false, problem: expect.objectContaining({ code: "KpiSheetMissing" }) });
    expect(!none.ok && noticeText("en", none.problem)).toBe(
      'Neither the sheet "KPI一覧" nor the table "KPI" was found.',
    );
  });
});
