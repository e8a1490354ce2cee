import { buildClosedHistorySheet } from "../../src/plan/closed-history-sheet";
import { CLOSED_COLUMNS } from "../../src/workbook/evaluation-columns";

describe("評価履歴 sheet", () => {
  it("is the table 評価履歴 at A1 with the contract's headers and one blank row", () => {
    const sheet = buildClosedHistorySheet();
    expect(sheet.name).toBe("評価履歴");
    expect(sheet.rows[0]?.map((c) => c?.value)).toEqual(CLOSED_COLUMNS.map((c) => c.header));
    expect(sheet.tables).toEqual([
      { name: "評価履歴", range: "A1:P2", style: "TableStyleLight9", showFilterButton: true },
    ]);
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows[1]?.every((c) => c?.value === null && c.formula === undefined)).toBe(true);
    expect(sheet.columns).toHaveLength(CLOSED_COLUMNS.length);
  });

  it("shows 達成率 and 期待進捗 as 0.0 %, keeps numbers as numbers and text as text", () => {
    const blank = buildClosedHistorySheet().rows[1] ?? [];
    const formatOf = (header: string) => blank[CLOSED_COLUMNS.findIndex((c) => c.header === header)]?.numberFormat;
    expect(formatOf("達成率")).toBe("0.0%");
    expect(formatOf("期待進捗")).toBe("0.0%");
    // A year typed by hand reads 「2024年度」; a closed row's year its own label (closedCellFormat, issue #13).
    expect(formatOf("評価年度")).toBe('0"年度"');
    expect(formatOf("最新実績")).toBe("General");
    expect(formatOf("キー")).toBe("@");
    expect(formatOf("確定日時")).toBe("@");
  });

  it("holds given records as values, キー only on the record in force", () => {
    const base = {
      year: 2024,
      indicatorId: "1-1-K1-1",
      name: "創業件数",
      latest: 3,
      latestYear: 2024,
      target: 5,
      progress: 0.6,
      expected: 0.5,
      formulaGrade: "B 順調",
      committeeGrade: "",
      externalFactor: "",
      datasetVersion: "v1",
      closedAt: "2025-06-01T00:00:00.000Z",
      closedBy: "x",
    } as const;
    const sheet = buildClosedHistorySheet([
      { ...base, state: "旧記録" },
      { ...base, state: "確定" },
    ]);
    expect(sheet.tables[0]?.range).toBe("A1:P3");
    expect(sheet.rows[1]?.[0]?.value).toBeNull();
    expect(sheet.rows[2]?.[0]?.value).toBe("2024|1-1-K1-1");
    expect(sheet.rows.flat().some((c) => c?.formula !== undefined)).toBe(false);
  });
});
