import { buildReport, NOT_JUDGED, type ReportIndicator, type ReportModel } from "../../../src/domain/evaluation/report";
import { evaluateIndicator, statusInputOf } from "../../../src/domain/status";
import { bundledDataset, closed2023, reportInput } from "../../fixtures/report/report-input";

function built(input = reportInput()): ReportModel {
  const r = buildReport(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.report;
}

const indicator = (m: ReportModel, id: string): ReportIndicator => {
  const found = m.goals.flatMap((g) => g.indicators).find((i) => i.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe("buildReport", () => {
  it("reports an open year with the twin over the typed actuals, every indicator marked provisional", () => {
    const input = reportInput();
    const m = built(input);
    expect(m.state).toBe("provisional");
    expect(m.title).toMatch(/（暫定）$/);
    const ind = indicator(m, "1-1-N1");
    const dataset = bundledDataset();
    const def = dataset.indicators.find((i) => i.id === "1-1-N1")!;
    const twin = evaluateIndicator(statusInputOf(def), input.actualsById.get("1-1-N1")!, {
      evaluationYear: 2024,
      k: 0.9,
    });
    expect([ind.latest, ind.latestYear, ind.progress, ind.formulaGrade]).toEqual([
      twin.latest,
      twin.latestYear,
      twin.progress,
      twin.grade,
    ]);
    expect(ind.provisional).toBe(true);
    expect(ind.actuals.map((a) => a.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(ind.department).toBe("商工政策課"); // from 「評価」 where 「KPI一覧」 has none
    expect(indicator(m, "1-1-K1-2").department).toBe("産業政策課"); // 「KPI一覧」's 担当課 first
  });

  it("grades against the target in force and shows the revision beside the original target", () => {
    const m = built();
    const ind = indicator(m, "1-1-K1-2");
    expect(ind.target.value).toBe(8);
    expect(ind.revision?.revisedTarget).toBe(6);
    expect(ind.path?.to).toEqual({ year: 2027, value: 6 });
    const before = indicator(built({ ...reportInput(), year: 2023, closed: [] }), "1-1-K1-2");
    expect(before.revision).toBeNull();
    expect(before.path?.to.value).toBe(8);
  });

  it("reports a closed year's frozen values, and notes a frozen 最新実績 that 「KPI一覧」 now shows differently", () => {
    const m = built({ ...reportInput(), year: 2023 });
    expect(m.state).toBe("mixed"); // the fixture closed three indicators only
    // The year named as the workbook names it (issue #13).
    expect(m.method.join("")).toContain("令和5年度(2023)の評価は確定済みですが");
    const frozen = indicator(m, "1-1-N1");
    expect([frozen.latest, frozen.progress, frozen.formulaGrade, frozen.committeeGrade]).toEqual([
      1,
      0.5,
      "B 順調",
      "B 順調",
    ]);
    expect(frozen.provisional).toBe(false);
    expect(frozen.notes.join("")).toContain("確定値 1");
    expect(indicator(m, "1-2-N1").provisional).toBe(true);
    const dataset = bundledDataset();
    const closedAll = dataset.indicators.map((ind, i) => ({
      ...closed2023(dataset)[0]!,
      indicatorId: ind.id,
      latest: i,
    }));
    expect(built({ ...reportInput(), year: 2023, closed: closedAll }).state).toBe("closed");
  });

  it("counts the formula grades and the committee's per 基本目標, 未判定 for rows without a judgement", () => {
    const m = built();
    const goal = m.goals[0]!;
    const total = (cs: readonly { count: number }[]) => cs.reduce((n, c) => n + c.count, 0);
    expect(total(goal.formulaCounts)).toBe(goal.indicators.length);
    expect(total(goal.committeeCounts)).toBe(goal.indicators.length);
    const committee = new Map(goal.committeeCounts.map((c) => [c.grade, c.count]));
    expect([committee.get("B 順調"), committee.get("評価保留"), committee.get("A 達成")]).toEqual([1, 1, 1]);
    expect(committee.get(NOT_JUDGED)).toBe(goal.indicators.length - 3);
    expect(goal.opinion).toContain("創業支援");
    expect(m.overallOpinion).toContain("中間年");
  });

  it("puts this cycle's comments with the indicator and last cycle's under their handling, by meeting date", () => {
    const m = built();
    const ind = indicator(m, "1-1-N1");
    expect(ind.comments.map((c) => c.text)).toEqual(["若者の地元就職を後押しする取組を強化すべき。"]);
    expect(ind.previousComments.map((c) => [c.status, c.response])).toEqual([
      ["対応済", "ハローワークと連携し、業種別の分析を行った。"],
    ]);
    expect(m.generalComments.map((c) => c.text)).toEqual(["全体として指標の進捗は概ね順調である。"]);
    expect(m.notes.join("")).toContain("1件");
    expect(m.method.join("")).toContain("2025年4月1日〜2026年3月31日");
  });

  it("refuses a year outside the plan's years, naming the range", () => {
    const r = buildReport({ ...reportInput(), year: 2031 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: "yearOutsidePlan", params: { from: 2020, to: 2027 } });
  });
});
