import { cellNumber, kpiRowView } from "../../src/workbook/kpi-row-view";

describe("kpiRowView", () => {
  it("finds the card's columns by header in any order, texts as shown and numbers from the values", () => {
    const headers = [
      "達成率",
      "ＩＤ",
      "指標名",
      "令和6年度(2024)",
      "区分",
      "基準値",
      "令和元年度(2019)",
      "私の列",
      "評価",
      null,
    ];
    const texts = ["-859.8%", "1-1-N1", "年少人口", "", "数値目標", "1,563", "1,600", "メモ", "D 悪化", ""];
    const values = [-8.598, "1-1-N1", "年少人口", "", "数値目標", 1563, 1600, 7, "D 悪化", null];
    const view = kpiRowView(headers, texts, values)!;
    expect(view).toMatchObject({ id: "1-1-N1", name: "年少人口", progress: "-859.8%", grade: "D 悪化" });
    expect(view.texts.kind).toBe("数値目標");
    expect(view.texts.unit).toBe(""); // no 単位 column: empty, not undefined
    expect(view.numbers.progress).toBe(-8.598);
    expect(view.numbers.baseline).toBe(1563);
    expect(view.numbers.target).toBeNull();
    expect([...view.actuals]).toEqual([[2019, 1600]]);
  });

  it("reads the numbers from the texts when no values are given, and no row without an id", () => {
    const view = kpiRowView(["ID", "基準値"], ["1-1-K1", "1,234.5"])!;
    expect(view.numbers.baseline).toBe(1234.5);
    expect(kpiRowView(["ID", "基準値"], ["  ", "1"])).toBeNull();
  });

  it("cellNumber: numbers and numeric text; not blanks, words or errors", () => {
    expect([1, "2,000", " 3 ", "", "－", "#N/A", null, Number.NaN, true].map((v) => cellNumber(v as never))).toEqual([
      1,
      2000,
      3,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
