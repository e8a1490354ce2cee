import {
  previousGradeText,
  projection,
  projectionGrade,
  requiredValue,
  statusInputInForce,
} from "../../src/domain/forward-view";
import type { TargetRevision } from "../../src/domain/evaluation/types";
import { gradeSymbol, GRADES, type StatusInput } from "../../src/domain/status";

const up: StatusInput = { rule: "increase", base: 0, baseYear: 2020, target: 10, targetYear: 2027 };
const down: StatusInput = { rule: "decrease", base: 20, baseYear: 2020, target: 10, targetYear: 2025 };
const actuals = (pairs: [number, number][]): Map<number, number> => new Map(pairs);

describe("requiredValue (必要値)", () => {
  it("is the straight path's value in 評価年度, clipped to the baseline and the target", () => {
    expect(requiredValue(up, 2022)).toBeCloseTo(20 / 7, 12);
    expect(requiredValue(down, 2022)).toBeCloseTo(16, 12);
    expect(requiredValue(up, 2018)).toBe(0);
    expect(requiredValue(up, 2030)).toBe(10);
    expect(requiredValue({ ...up, targetYear: 2020 }, 2019)).toBe(10);
  });
  it("is null without a 判定基準値, a target or a path", () => {
    expect(requiredValue({ ...up, base: null }, 2022)).toBeNull();
    expect(requiredValue({ ...up, target: null }, 2022)).toBeNull();
    expect(requiredValue({ ...up, rule: "floor" }, 2022)).toBeNull();
    expect(requiredValue({ ...up, rule: "everyDay" }, 2022)).toBeNull();
  });
});

describe("projection (見込み) and projectionGrade (見込み評価)", () => {
  it("extends the least-squares line of the actuals up to 評価年度 to the target year", () => {
    const p = projection(
      up,
      actuals([
        [2021, 2],
        [2022, 4],
        [2023, 100],
      ]),
      2022,
    );
    expect(p).toBeCloseTo(14, 9);
    expect(projectionGrade(up, p)).toBe("達成見込み");
    // three points off a line: 1, 3, 2 in 2020–22 → slope 0.5, mean 2 at 2021 → 5 in 2027
    expect(
      projection(
        up,
        actuals([
          [2020, 1],
          [2021, 3],
          [2022, 2],
        ]),
        2022,
      ),
    ).toBeCloseTo(5, 9);
  });
  it("grades a decreasing target by ≤", () => {
    const p = projection(
      down,
      actuals([
        [2021, 19],
        [2022, 18],
      ]),
      2022,
    );
    expect(p).toBeCloseTo(15, 9);
    expect(projectionGrade(down, p)).toBe("未達見込み");
    expect(projectionGrade(down, 10)).toBe("達成見込み");
    expect(projectionGrade(up, 10)).toBe("達成見込み");
    expect(projectionGrade(up, 9.999)).toBe("未達見込み");
  });
  it("needs two numbers and a path", () => {
    expect(projection(up, actuals([[2022, 5]]), 2022)).toBeNull();
    expect(
      projection(
        up,
        actuals([
          [2022, 5],
          [2023, 6],
        ]),
        2022,
      ),
    ).toBeNull();
    expect(
      projection(
        { ...up, rule: "ceiling" },
        actuals([
          [2021, 5],
          [2022, 6],
        ]),
        2022,
      ),
    ).toBeNull();
    expect(projectionGrade(up, null)).toBeNull();
  });
});

describe("statusInputInForce", () => {
  const revision = (fromYear: number, revisedTarget: number, revisedTargetYear: number | null): TargetRevision => ({
    indicatorId: "1-1-K1-1",
    name: "x",
    originalTarget: 10,
    originalTargetYear: 2027,
    revisedTarget,
    revisedTargetYear,
    fromYear,
    reason: "r",
    meeting: null,
    recordedAt: "2026-01-01",
  });
  it("grades against the revision in force for 評価年度, else the original", () => {
    const ledger = [revision(2022, 20, 2030), revision(2024, 30, null)];
    expect(statusInputInForce(up, ledger, "1-1-K1-1", 2021)).toBe(up);
    expect(statusInputInForce(up, ledger, "1-1-K1-1", 2022)).toEqual({ ...up, target: 20, targetYear: 2030 });
    expect(statusInputInForce(up, ledger, "1-1-K1-1", 2025)).toEqual({ ...up, target: 30, targetYear: 2027 });
    expect(statusInputInForce(up, ledger, "1-1-K1-2", 2025)).toBe(up);
  });
});

describe("previousGradeText (前回評価)", () => {
  it("joins the grades' symbols with an arrow, − for 未評価", () => {
    expect(previousGradeText("C 遅れ", "B 順調")).toBe("C → B");
    expect(previousGradeText("− 未評価", "A 達成")).toBe("− → A");
    expect(previousGradeText("D 悪化", "− 未評価")).toBe("D → −");
    expect(previousGradeText(null, "A 達成")).toBeNull();
  });

  it("shows 目標未設定 as 「／」 on either side, not its first character", () => {
    expect(previousGradeText("目標未設定", "B 順調")).toBe("／ → B");
    expect(previousGradeText("A 達成", "目標未設定")).toBe("A → ／");
    expect(previousGradeText("目標未設定", "目標未設定")).toBe("／ → ／");
    expect(previousGradeText("− 未評価", "目標未設定")).toBe("− → ／");
  });
});

describe("gradeSymbol", () => {
  it("gives every grade its own one-character symbol", () => {
    expect(GRADES.map((g) => gradeSymbol(g.grade))).toEqual(["A", "B", "C", "D", "−", "／"]);
  });

  it("marks text that is no grade (a hand-edited record) with 「?」", () => {
    expect(gradeSymbol("評価保留")).toBe("?");
    expect(gradeSymbol("")).toBe("?");
  });
});
