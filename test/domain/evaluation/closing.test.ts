import { closeYear, closedYears, historyOf, type ClosingInput } from "../../../src/domain/evaluation/closing";
import { formatEvaluationProblems } from "../../../src/domain/evaluation/problems";
import type { ClosedRecord, TargetRevision } from "../../../src/domain/evaluation/types";

/** 増加: base 10 (2019) → target 20 (2027); expected in 2024 = 5/8. */
const increase = {
  id: "1-1-K1-1",
  name: "創業件数",
  input: { rule: "increase", base: 10, baseYear: 2019, target: 20, targetYear: 2027 },
  actuals: new Map([
    [2023, 14],
    [2024, 16],
    [2025, 30],
  ]),
} as const;
const none = { ...increase, id: "1-1-K1-2", name: "未入力", actuals: new Map<number, number>() };

const input = (over: Partial<ClosingInput> = {}): ClosingInput => ({
  year: 2024,
  planYears: { first: 2019, last: 2027 },
  evaluationYear: 2025,
  k: 1,
  indicators: [increase, none],
  revisions: [],
  entries: [],
  history: [],
  replace: false,
  datasetVersion: "v1",
  closedBy: "企画課",
  closedAt: "2025-06-01T00:00:00.000Z",
  ...over,
});

const revision = (fromYear: number, revisedTarget: number): TargetRevision => ({
  indicatorId: "1-1-K1-1",
  name: "創業件数",
  originalTarget: 20,
  originalTargetYear: 2027,
  revisedTarget,
  revisedTargetYear: null,
  fromYear,
  reason: "r",
  meeting: null,
  recordedAt: "",
});

describe("closing a 評価年度", () => {
  it("freezes the typed actuals of the year (later years ignored), graded by the twin", () => {
    const closed = closeYear(input());
    if (!closed.ok) throw new Error(formatEvaluationProblems(closed.problems).join("\n"));
    const [first, second] = closed.records;
    // (16 − 10) / (20 − 10) = 0.6 ≥ 5/8 × 1? no → C 遅れ
    expect(first).toEqual({
      state: "確定",
      year: 2024,
      indicatorId: "1-1-K1-1",
      name: "創業件数",
      latest: 16,
      latestYear: 2024,
      target: 20,
      progress: 0.6,
      expected: 0.625,
      formulaGrade: "C 遅れ",
      committeeGrade: "",
      externalFactor: "",
      datasetVersion: "v1",
      closedAt: "2025-06-01T00:00:00.000Z",
      closedBy: "企画課",
    });
    expect(second).toMatchObject({ indicatorId: "1-1-K1-2", latest: null, progress: null, formulaGrade: "− 未評価" });
    expect(closed.superseded).toEqual([]);
  });

  it("grades against the target in force for the year, not a revision from a later year", () => {
    const revisions = [revision(2024, 16), revision(2026, 40)];
    const closed = closeYear(input({ revisions }));
    expect(closed.ok && closed.records[0]).toMatchObject({ target: 16, progress: 1, formulaGrade: "A 達成" });
  });

  it("carries the committee's grade and the outside factor of that year only", () => {
    const entries = [
      { year: 2023, indicatorId: "1-1-K1-1", committeeGrade: "D 悪化", externalFactor: "前年" },
      { year: 2024, indicatorId: "1-1-K1-1", committeeGrade: "B 順調", externalFactor: "感染症の影響" },
    ] as const;
    const closed = closeYear(input({ entries }));
    expect(closed.ok && closed.records[0]).toMatchObject({ committeeGrade: "B 順調", externalFactor: "感染症の影響" });
  });

  it("refuses a year outside the plan and a year after 評価年度", () => {
    const outside = closeYear(input({ year: 2030 }));
    const later = closeYear(input({ year: 2026 }));
    expect(!outside.ok && formatEvaluationProblems(outside.problems)).toEqual([
      "year: 評価年度 令和12年度(2030)は計画期間（令和元年度(2019)〜令和9年度(2027)）の外です。",
    ]);
    expect(!later.ok && later.problems.map((p) => p.code)).toEqual(["yearAfterEvaluationYear"]);
  });

  it("refuses a closed year unless asked to replace, then supersedes the earlier records", () => {
    const first = closeYear(input());
    if (!first.ok) throw new Error("first close failed");
    const history = first.records.map((record, i) => ({ record, index: i + 1 }));
    const refused = closeYear(input({ history }));
    expect(!refused.ok && refused.problems.map((p) => [p.code, p.params.count])).toEqual([["alreadyClosed", 2]]);
    const again = closeYear(input({ history, replace: true, closedAt: "2025-07-01T00:00:00.000Z" }));
    if (!again.ok) throw new Error("re-close failed");
    expect(again.superseded.map((s) => [s.index, s.record.state, s.record.closedAt])).toEqual([
      [1, "旧記録", "2025-06-01T00:00:00.000Z"],
      [2, "旧記録", "2025-06-01T00:00:00.000Z"],
    ]);
    expect(again.records.every((r) => r.state === "確定" && r.closedAt === "2025-07-01T00:00:00.000Z")).toBe(true);
  });

  it("lists the years closed and an indicator's history, the record in force first", () => {
    const rec = (year: number, state: ClosedRecord["state"], closedAt: string) =>
      ({ record: { ...(closeYearRecord(year) as ClosedRecord), state, closedAt } }) as const;
    const history = [rec(2024, "旧記録", "a"), rec(2023, "確定", "b"), rec(2024, "確定", "c")];
    expect(closedYears(history)).toEqual([2023, 2024]);
    expect(historyOf(history, "1-1-K1-1").map((r) => [r.year, r.state])).toEqual([
      [2023, "確定"],
      [2024, "確定"],
      [2024, "旧記録"],
    ]);
  });
});

function closeYearRecord(year: number): ClosedRecord | undefined {
  const closed = closeYear(input({ year, indicators: [increase] }));
  return closed.ok ? closed.records[0] : undefined;
}
