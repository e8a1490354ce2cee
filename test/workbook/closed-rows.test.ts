import { describeEvaluationProblem } from "../../src/domain/evaluation/problems";
import type { ClosedRecord } from "../../src/domain/evaluation/types";
import { closedRecordCells, readClosedRecords } from "../../src/workbook/closed-rows";
import { CLOSED_COLUMNS } from "../../src/workbook/evaluation-columns";
import type { Scalar } from "../../src/lib/scalar";

const HEADERS = CLOSED_COLUMNS.map((c) => c.header);
const record = (over: Partial<ClosedRecord> = {}): ClosedRecord => ({
  state: "確定",
  year: 2025,
  indicatorId: "1-1-K1-1",
  name: "創業件数",
  latest: 42,
  latestYear: 2024,
  target: 50,
  progress: 0.8,
  expected: 0.75,
  formulaGrade: "B 順調",
  committeeGrade: "評価保留",
  externalFactor: "新型コロナウイルス感染症の影響",
  datasetVersion: "2026.1",
  closedAt: "2026-06-01T10:00:00.000Z",
  closedBy: "企画課",
  ...over,
});
const row = (r: ClosedRecord): Scalar[] => {
  const cells = closedRecordCells(r);
  return CLOSED_COLUMNS.map((c) => cells[c.key]);
};

describe("評価履歴 rows", () => {
  it("read back what closedRecordCells wrote, columns by header (reordered), skipping the blank row", () => {
    const order = [...HEADERS.keys()].reverse();
    const blank = HEADERS.map(() => null);
    const rows = [blank, row(record()), row(record({ state: "旧記録", committeeGrade: "" }))];
    const read = readClosedRecords({
      headers: order.map((i) => HEADERS[i] as string),
      rows: rows.map((r) => order.map((i) => r[i] ?? null)),
    });
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.index)).toEqual([1, 2]);
    expect(read.records[0]?.record).toEqual(record());
    expect(read.records[1]?.record).toEqual(record({ state: "旧記録", committeeGrade: "" }));
  });

  it("key the record in force by year|id and leave a superseded one's キー empty", () => {
    expect(closedRecordCells(record()).key).toBe("2025|1-1-K1-1");
    expect(closedRecordCells(record({ state: "旧記録" })).key).toBe("");
  });

  it("name the cell that holds no number, and an unknown state", () => {
    const bad = row(record());
    bad[HEADERS.indexOf("達成率")] = "八割";
    bad[HEADERS.indexOf("状態")] = "仮";
    const read = readClosedRecords({ headers: HEADERS, rows: [bad], firstRow: 5 });
    expect(read.records).toEqual([]);
    expect(read.problems.map((p) => p.path)).toEqual(["評価履歴 5行目 状態", "評価履歴 5行目 達成率"]);
    expect(describeEvaluationProblem(read.problems[1] ?? read.problems[0]!)).toContain("「八割」");
  });

  it("report two 確定 rows of one year and indicator, naming both rows", () => {
    const read = readClosedRecords({ headers: HEADERS, rows: [row(record()), row(record({ name: "x" }))] });
    expect(read.problems).toEqual([
      {
        path: "評価履歴 3行目",
        code: "duplicateRow",
        params: { what: "2025|1-1-K1-1", first: "評価履歴 2行目", second: "評価履歴 3行目" },
      },
    ]);
    expect(read.records).toHaveLength(1);
  });

  it("refuse a table without a contract header", () => {
    const read = readClosedRecords({ headers: HEADERS.filter((h) => h !== "キー"), rows: [] });
    expect(read.problems).toEqual([
      { path: "評価履歴", code: "missingHeader", params: { sheet: "評価履歴", header: "キー" } },
    ]);
  });
});
