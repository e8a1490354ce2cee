/** 「評価」「総括意見」 grids → records, problems naming the cell; 「KPI一覧」 → what entries are checked against. */
import { EVALUATION_COLUMNS } from "../../src/workbook/evaluation-columns";
import { kpiEvaluationContext, readEvaluationEntries, readSummaryOpinions } from "../../src/workbook/evaluation-rows";
import { formatEvaluationProblems } from "../../src/domain/evaluation/problems";

const headers = EVALUATION_COLUMNS.map((c) => c.header);
const row = (cells: Record<string, string | number | null>) => headers.map((h) => cells[h] ?? null);

describe("readEvaluationEntries", () => {
  it("reads by header, normalises a typed grade, skips the blank row and names bad cells", () => {
    const read = readEvaluationEntries({
      headers,
      rows: [
        row({
          評価年度: 2025,
          ID: "1-1-N1",
          指標名: "新規求人数",
          委員会評価: "b",
          今後の方向性: "継続",
          "評価（算定）": "C 遅れ",
        }),
        row({}),
        row({ 評価年度: "2025年", ID: "1-1-K1-1", 今後の方向性: "拡張" }),
        row({ 評価年度: 2025, ID: "1-1-K1-2", 委員会評価: "S" }),
      ],
      firstRow: 2,
    });
    expect(read.records.map((r) => r.record)).toEqual([
      expect.objectContaining({ year: 2025, indicatorId: "1-1-N1", committeeGrade: "B 順調", direction: "継続" }),
    ]);
    expect(formatEvaluationProblems(read.problems).map((l) => l.split(":")[0])).toEqual([
      "評価 4行目 評価年度",
      "評価 4行目 今後の方向性",
      "評価 5行目 委員会評価",
    ]);
  });

  it("reports a missing header and two rows of one year and indicator", () => {
    expect(readEvaluationEntries({ headers: headers.slice(1), rows: [] }).problems[0]?.code).toBe("missingHeader");
    const twice = readEvaluationEntries({
      headers,
      rows: [row({ 評価年度: 2025, ID: "1-1-N1" }), row({ 評価年度: "2025", ID: "1-1-N1" })],
    });
    expect(twice.problems.map((p) => p.code)).toEqual(["duplicateRow"]);
  });
});

describe("readSummaryOpinions", () => {
  it("reads 全体 and 基本目標 rows", () => {
    const read = readSummaryOpinions({
      headers: ["評価年度", "対象", "総括意見", "記録日時", "記録者"],
      rows: [[2025, "全体", "順調", null, null]],
    });
    expect(read.records.map((r) => r.record)).toEqual([
      { year: 2025, target: "全体", text: "順調", updatedAt: "", updatedBy: "" },
    ]);
  });
});

describe("kpiEvaluationContext", () => {
  it("takes the indicators, the year columns' range and the 基本目標 of 「KPI一覧」", () => {
    const context = kpiEvaluationContext({
      headers: ["ID", "指標名", "基本目標", "担当課", "令和2年度(2020)", "令和9年度(2027)", "評価"],
      rows: [
        ["1-1-N1", "新規求人数", "1-1 安定した雇用", "商工課", null, null, null],
        ["2-1-K1-1", "待機児童数", "2-1 子育て", null, null, null, null],
        [null, null, null, null, null, null, null],
      ],
    });
    expect(context).toEqual({
      indicators: [
        { id: "1-1-N1", name: "新規求人数", department: "商工課" },
        { id: "2-1-K1-1", name: "待機児童数", department: "" },
      ],
      knownIds: new Set(["1-1-N1", "2-1-K1-1"]),
      years: { first: 2020, last: 2027 },
      summaryTargets: ["全体", "基本目標1", "基本目標2"],
    });
  });
});
