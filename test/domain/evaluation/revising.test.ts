import { buildRevision, type RevisionContext, type RevisionRequest } from "../../../src/domain/evaluation/revising";
import { formatEvaluationProblems } from "../../../src/domain/evaluation/problems";

const context = (over: Partial<RevisionContext> = {}): RevisionContext => ({
  indicators: [{ id: "1-1-K1-1", name: "創業件数", target: 20, targetYear: 2027 }],
  planYears: { first: 2020, last: 2027 },
  closedYears: [],
  revisions: [],
  recordedAt: "2026-03-01T00:00:00.000Z",
  ...over,
});
const request = (over: Partial<RevisionRequest> = {}): RevisionRequest => ({
  indicatorId: "1-1-K1-1",
  value: "1,200",
  fromYear: 2026,
  reason: "計画改定（令和6年3月）",
  meeting: 3,
  ...over,
});

describe("a target revision", () => {
  it("records the original target from 「KPI一覧」 beside the revised one", () => {
    expect(buildRevision(request({ targetYear: 2027 }), context())).toEqual({
      ok: true,
      revision: {
        indicatorId: "1-1-K1-1",
        name: "創業件数",
        originalTarget: 20,
        originalTargetYear: 2027,
        revisedTarget: 1200,
        revisedTargetYear: 2027,
        fromYear: 2026,
        reason: "計画改定（令和6年3月）",
        meeting: 3,
        recordedAt: "2026-03-01T00:00:00.000Z",
      },
    });
  });

  it("refuses an unknown id, a non-number, and a year outside the plan, saying each", () => {
    const r = buildRevision(request({ indicatorId: "9-9-K9", value: "たくさん", fromYear: 2030 }), context());
    expect(!r.ok && formatEvaluationProblems(r.problems)).toEqual([
      "indicatorId: 指標ID「9-9-K9」は「KPI一覧」にありません。",
      "revisedTarget: 改定目標値は数値にしてください（「たくさん」）。",
      "fromYear: 適用開始年度 令和12年度(2030)は計画期間（令和2年度(2020)〜令和9年度(2027)）の外です。",
    ]);
  });

  it("refuses a revision from a closed year or before it (a closed year is immutable)", () => {
    const atClosed = buildRevision(request({ fromYear: 2025 }), context({ closedYears: [2023, 2025] }));
    const before = buildRevision(request({ fromYear: 2024 }), context({ closedYears: [2023, 2025] }));
    const after = buildRevision(request({ fromYear: 2026 }), context({ closedYears: [2023, 2025] }));
    expect(!atClosed.ok && atClosed.problems.map((p) => [p.code, p.params.closed])).toEqual([["closedYear", 2025]]);
    expect(!before.ok && before.problems.map((p) => p.code)).toEqual(["closedYear"]);
    expect(after.ok).toBe(true);
  });

  it("refuses a second revision of the indicator from the same year, naming the row", () => {
    const existing = buildRevision(request(), context());
    if (!existing.ok) throw new Error("setup");
    const r = buildRevision(request(), context({ revisions: [{ record: existing.revision, at: "指標見直し 2行目" }] }));
    expect(!r.ok && formatEvaluationProblems(r.problems)).toEqual([
      "fromYear: 指標「1-1-K1-1」には適用開始年度 令和8年度(2026)の見直しが既にあります（指標見直し 2行目）。",
    ]);
  });

  it("requires a reason", () => {
    const r = buildRevision(request({ reason: "  " }), context());
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(["required"]);
  });
});
