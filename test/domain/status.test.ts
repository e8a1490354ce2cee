/** Status rules, case by case (the cases and their hand arithmetic are in status-cases.ts). */
import type { Indicator } from "../../src/domain/dataset/schema";
import { actualsMap, CASES } from "./status-cases";
import {
  actualsOf,
  DIRECTIONS,
  evaluateIndicator,
  GRADE_RULES,
  GRADES,
  roundTo,
  statusInputOf,
  statusRuleOf,
} from "../../src/domain/status";

describe("evaluateIndicator", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = evaluateIndicator(c.input, actualsMap(c.actuals), {
      evaluationYear: c.evaluationYear ?? 2024,
      k: c.k ?? 1,
    });
    expect(result.grade).toBe(c.grade);
    expect(result.latest).toBe(c.latest);
    expect(result.latestYear).toBe(c.latestYear);
    if (c.progress === null) expect(result.progress).toBeNull();
    else expect(result.progress).toBeCloseTo(c.progress, 12);
    if (c.expected === null) expect(result.expected).toBeNull();
    else expect(result.expected).toBeCloseTo(c.expected, 12);
  });
});

describe("tables", () => {
  it("has exactly the six grades, in order, with the agreed colours", () => {
    expect(GRADES.map((g) => g.grade)).toEqual(["A 達成", "B 順調", "C 遅れ", "D 悪化", "− 未評価", "目標未設定"]);
    expect("− 未評価".codePointAt(0)).toBe(0x2212);
    const hue = (hex: string | null): string => {
      if (hex === null) return "none";
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
      if (Math.max(r, g, b) - Math.min(r, g, b) < 0x10) return "grey";
      if (g > r && g > b) return "green";
      if (b > r && b >= g) return "blue";
      if (r > b && g > b && g > 0xc0) return "amber";
      return "red";
    };
    expect(GRADES.map((g) => hue(g.fill))).toEqual(["green", "blue", "amber", "red", "grey", "none"]);
    for (const g of GRADES) expect(g.legend.length).toBeGreaterThan(5);
  });

  it("ends the rule list with a rule that always holds", () => {
    const last = GRADE_RULES[GRADE_RULES.length - 1];
    expect(last?.holds({ hasTarget: true, hasActual: true, progress: -1, expected: 0, k: 1, meetsTarget: false })).toBe(
      true,
    );
    expect(new Set(GRADE_RULES.map((r) => r.grade))).toEqual(new Set(GRADES.map((g) => g.grade)));
  });

  it("has one label per direction", () => {
    expect(DIRECTIONS.map((d) => d.label)).toEqual(["増加", "減少", "維持(以上)", "維持(以下)", "維持(全日)"]);
  });

  it("rounds half away from zero like spreadsheet ROUND", () => {
    expect(roundTo(0.0000000005, 9)).toBe(0.000000001);
    expect(roundTo(-0.0000000005, 9)).toBe(-0.000000001);
    expect(roundTo(0.30000000000000004, 9)).toBe(0.3);
  });
});

describe("statusInputOf", () => {
  const base: Indicator = {
    id: "2-1-K2-2",
    kind: "kpi",
    subGoalId: "2-1",
    measureId: "2-1-2",
    name: "ファミリーサポートセンター会員登録数",
    part: null,
    unit: "人",
    decimals: 0,
    baseline: { printed: "828人", value: 828, period: { printed: "令和元年度", basis: "fiscal", year: 2019 } },
    target: { printed: "700人(※)", value: 700, period: { printed: "令和9年度", basis: "fiscal", year: 2027 } },
    direction: "increase",
    bound: null,
    cumulative: false,
    everyDayOfYear: false,
    reference: {
      printed: "655人",
      value: 655,
      period: { printed: "令和4年度", basis: "fiscal", year: 2022 },
      note: "※令和4年度実績（655人）から増加させるもの。",
    },
    notes: [],
    verification: null,
    department: null,
    sourceLines: [759],
    actuals: [],
  };

  it("judges from the ※ reference where there is one", () => {
    expect(statusInputOf(base)).toEqual({ rule: "increase", base: 655, baseYear: 2022, target: 700, targetYear: 2027 });
  });
  it("judges from the baseline otherwise", () => {
    expect(statusInputOf({ ...base, reference: null })).toMatchObject({ base: 828, baseYear: 2019 });
  });
  it("treats a deferred target as no target", () => {
    const deferred = { ...base, target: { ...base.target, value: null, deferred: { reason: "設定予定" } } };
    expect(statusInputOf(deferred).target).toBeNull();
  });
  it("maps direction, bound and every-day to one rule", () => {
    expect(statusRuleOf({ direction: "maintain", bound: "ceiling", everyDayOfYear: false })).toBe("ceiling");
    expect(statusRuleOf({ direction: "maintain", bound: "floor", everyDayOfYear: false })).toBe("floor");
    expect(statusRuleOf({ direction: "maintain", bound: "floor", everyDayOfYear: true })).toBe("everyDay");
    expect(statusRuleOf({ direction: "decrease", bound: null, everyDayOfYear: false })).toBe("decrease");
  });
});

describe("actualsOf", () => {
  it("keeps only the given years when asked (what the sheet's year columns can show)", () => {
    const ind = {
      actuals: [
        { year: 2019, value: 1 },
        { year: 2024, value: 2 },
      ],
    };
    expect([...actualsOf(ind)]).toEqual([
      [2019, 1],
      [2024, 2],
    ]);
    expect([...actualsOf(ind, [2020, 2024])]).toEqual([[2024, 2]]);
  });
});
