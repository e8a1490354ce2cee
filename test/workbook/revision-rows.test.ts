import { formatEvaluationProblems } from "../../src/domain/evaluation/problems";
import { REVISION_COLUMNS } from "../../src/workbook/evaluation-columns";
import { readRevisions } from "../../src/workbook/revision-rows";
import type { Scalar } from "../../src/lib/scalar";

const HEADERS = REVISION_COLUMNS.map((c) => c.header);
/** ID, 指標名, 当初目標値, 当初目標年度, 改定目標値, 改定目標年度, 適用開始年度, 理由, 承認会議, 記録日時, 適用中 */
const row = (id: string, value: Scalar, from: Scalar, meeting: Scalar = null): Scalar[] => [
  id,
  "創業件数",
  50,
  2027,
  value,
  null,
  from,
  "計画改定",
  meeting,
  "2026-03-01T00:00:00.000Z",
  true,
];

describe("指標見直し rows", () => {
  it("read revisions by header, the blank row skipped, a meeting as 第N回", () => {
    const read = readRevisions({
      headers: HEADERS,
      rows: [HEADERS.map(() => null), row("1-1-K1-1", 60, 2025, "第3回"), row("1-1-K1-2", "1,200", "2026")],
    });
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.record)).toEqual([
      {
        indicatorId: "1-1-K1-1",
        name: "創業件数",
        originalTarget: 50,
        originalTargetYear: 2027,
        revisedTarget: 60,
        revisedTargetYear: null,
        fromYear: 2025,
        reason: "計画改定",
        meeting: 3,
        recordedAt: "2026-03-01T00:00:00.000Z",
      },
      expect.objectContaining({ indicatorId: "1-1-K1-2", revisedTarget: 1200, fromYear: 2026, meeting: null }),
    ]);
  });

  it("report a duplicate (ID, 適用開始年度) naming both rows", () => {
    const read = readRevisions({ headers: HEADERS, rows: [row("1-1-K1-1", 60, 2025), row("1-1-K1-1", 70, 2025)] });
    expect(formatEvaluationProblems(read.problems)).toEqual([
      "指標見直し 3行目: 1-1-K1-1 2025の行が2つあります: 指標見直し 2行目 と 指標見直し 3行目。どちらの行か決められません。",
    ]);
    expect(read.records).toHaveLength(1);
  });

  it("name the cell of a target that is no number and of a year that is no year", () => {
    const read = readRevisions({ headers: HEADERS, rows: [row("1-1-K1-1", "未定", "令和7")] });
    expect(read.problems.map((p) => [p.path, p.code])).toEqual([
      ["指標見直し 2行目 改定目標値", "notANumber"],
      ["指標見直し 2行目 適用開始年度", "badYear"],
    ]);
  });

  it("read no records without a contract header, naming the sheet and the header", () => {
    const read = readRevisions({
      headers: HEADERS.filter((h) => h !== "適用開始年度"),
      rows: [row("1-1-K1-1", 60, 2025)],
    });
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([
      { path: "指標見直し", code: "missingHeader", params: { sheet: "指標見直し", header: "適用開始年度" } },
    ]);
    expect(formatEvaluationProblems(read.problems)).toEqual([expect.stringContaining("適用開始年度")]);
  });

  it("require the revised target and the year it applies from", () => {
    const read = readRevisions({ headers: HEADERS, rows: [row("1-1-K1-1", null, null)] });
    expect(read.problems.map((p) => [p.path, p.code])).toEqual([
      ["指標見直し 2行目 改定目標値", "required"],
      ["指標見直し 2行目 適用開始年度", "required"],
    ]);
  });
});
