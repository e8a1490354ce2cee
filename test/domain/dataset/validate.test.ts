/**
 * Malformed datasets in test/fixtures/datasets/: each is valid-minimal.json with one deliberate fault
 * (several-problems.json has three), and each must produce its own specific problem(s) — all at once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDatasetText } from "../../../src/domain/dataset/parse";
import { validateDataset } from "../../../src/domain/dataset/validate";
import { ROOT } from "./seed-text";

const FIXTURES = join(ROOT, "test", "fixtures", "datasets");
const read = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), "utf8");
const problemsOf = (name: string): string[] => {
  const result = parseDatasetText(read(name), `${name}.json`);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

const UNITS = "件 億円 人 事業所 ha 万人 % カ所 教室 歳 日 基 回";

/** fixture → every problem it must report, in order. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  empty: ["empty.json: the file is empty"],
  "root-array": ["(root): expected an object, got an array"],
  "duplicate-indicator-id": ['indicators[2].id: duplicate id "1-1-K1-1" (first used at indicators[1])'],
  "duplicate-measure-id": [
    'measures[1].id: duplicate id "1-1-1" (first used at measures[0])',
    'measures[1].id: id "1-1-1" should be "1-1-2" (subGoalId and no)',
    'indicators[2].measureId: unknown measure "1-1-2"',
    'indicators[3].measureId: unknown measure "1-1-2"',
  ],
  "missing-name": ["indicators[1].name: is required"],
  "missing-target": ["indicators[0].target: is required"],
  "decimals-as-text": ['indicators[0].decimals: expected a number, got "1"'],
  "value-as-text": ['indicators[0].target.value: expected a number, got "1,630"'],
  "value-nan-string": ['indicators[0].baseline.value: expected a number, got "NaN"'],
  // 1e999 is valid JSON that JSON.parse turns into Infinity
  "value-infinity": ["indicators[1].target.value: expected a finite number, got Infinity"],
  "unknown-sub-goal": ['indicators[0].subGoalId: unknown sub-goal "9-9"'],
  "unknown-measure": ['indicators[1].measureId: unknown measure "1-1-7"'],
  "measure-of-other-sub-goal": [
    'indicators[1].measureId: measure "1-2-1" belongs to sub-goal "1-2", not "1-1"',
    'indicators[1].id: id "1-1-K1-1" names 施策 1, but measureId is "1-2-1"',
  ],
  "numeric-target-with-measure": [
    'indicators[0].measureId: a numeric-target belongs to no 施策: measureId must be null, got "1-1-1"',
  ],
  "kpi-without-measure": ["indicators[1].measureId: a kpi needs the measureId of its 施策"],
  "id-names-other-measure": ['indicators[1].id: id "1-1-K2-9" names 施策 2, but measureId is "1-1-1"'],
  "bad-id-format": ['indicators[1].id: must look like 1-1-N1, 1-1-K2-3 or 3-1-K1-1a, got "1-1-KPI1"'],
  "bad-period": ['indicators[0].target.period.printed: not a period like 令和元年度 or 平成30年: "令和十年度"'],
  "period-basis-mismatch": ['indicators[0].baseline.period.basis: "令和元年" is a calendar period, got "fiscal"'],
  "period-year-mismatch": ['indicators[0].baseline.period.year: "令和元年度" is 2019, got 2020'],
  "increase-but-target-below": [
    'indicators[0].direction: "increase" needs target > baseline (1500 ≤ 1563) or a reference below the target',
  ],
  "decrease-but-target-above": ['indicators[0].direction: "decrease" needs target < baseline (1630 ≥ 1563)'],
  "maintain-without-bound": ['indicators[2].bound: a maintain target needs a bound ("floor" or "ceiling")'],
  "reference-not-below-target": [
    "indicators[3].reference.value: reference 720 must be below the target 700",
    'indicators[3].direction: "increase" needs target > baseline (700 ≤ 828) or a reference below the target',
  ],
  "deferred-with-value": ["indicators[0].target.value: a deferred value must be null, got 1630"],
  "null-without-dash": [
    'indicators[0].baseline.value: null is allowed only for a printed "－" or a deferred value; printed is "1,563件"',
  ],
  "value-not-as-printed": ['indicators[0].baseline.value: 1536 does not match printed "1,563件" (1563)'],
  "unknown-unit": [`indicators[0].unit: unknown unit "件数" (known: ${UNITS})`],
  "unknown-kind": ['indicators[0].kind: expected one of "numeric-target", "kpi", got "target"'],
  "duplicate-actual-year": ["indicators[3].actuals[1].year: a second actual for 2021"],
  // 令和元年度 runs April 2019 – March 2020, whose February has 29 days
  "every-day-wrong-count": ["indicators[0].baseline.value: 365 is not the 366 days of fiscal 2019 (令和元年度)"],
  "cumulative-not-flagged": ["indicators[1].cumulative: the name says 累計: cumulative must be true"],
  "unknown-field": [
    'indicators[2].baseline.interpretaton: unknown field "interpretaton" (known: printed, value, period, deferred, interpretation)',
    'indicators[2].baseline.interpretation: printed "待機児童なし" holds no number: say how it becomes 0',
  ],
  // A department is optional, but never blank: 「　」 (a full-width space) trims to nothing.
  "department-problems": [
    "indicators[0].department: must not be empty",
    "indicators[1].department: expected a text, got 12",
  ],
  "revision-fields": [
    'revisions[0].target: expected a number, got "1,700"',
    "revisions[0].fromYear: expected a whole number, got 2024.5",
    "revisions[0].reason: must not be empty",
    "revisions[0].meeting: must be at least 1, got 0",
    'revisions[0].date: must be a date like 2024-03-29, got "2024/3/29"',
    'revisions[0].approvedBy: unknown field "approvedBy" (known: indicatorId, target, targetYear, fromYear, reason, meeting, date)',
  ],
  // The plan runs 令和3年度–令和9年度 (2021–2027); its years are 2020 (where baselines sit) through 2027.
  "revision-problems": [
    'revisions[1].indicatorId: unknown indicator "9-9-N1"',
    'revisions[2].fromYear: a second revision of "1-1-N1" from 2024 (the first is revisions[0])',
    "revisions[3].fromYear: 2030 is outside the plan's years 2020–2027",
    "revisions[3].targetYear: 2031 is outside the plan's years 2020–2027",
    "revisions[4].fromYear: 2019 is outside the plan's years 2020–2027",
    'revisions[4].date: "2025-02-30" is not a day of the calendar',
  ],
  "several-problems": [
    "indicators[1].name: is required",
    'measures[1].id: duplicate id "1-1-1" (first used at measures[0])',
    'measures[1].id: id "1-1-1" should be "1-1-2" (subGoalId and no)',
    `indicators[0].unit: unknown unit "件数" (known: ${UNITS})`,
    'indicators[2].measureId: unknown measure "1-1-2"',
    'indicators[3].measureId: unknown measure "1-1-2"',
  ],
};

describe("malformed dataset fixtures", () => {
  it("covers every fixture file (and at least 20 malformed ones)", () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(files).toEqual([...Object.keys(EXPECTED), "not-json", "valid-minimal"].sort());
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(20);
  });

  it("accepts the minimal valid fixture they are all derived from", () => {
    expect(problemsOf("valid-minimal")).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))("%s reports its specific problem(s)", (name, expected) => {
    expect(problemsOf(name)).toEqual(expected);
  });

  it("not-json says where the JSON breaks (line and column of the doubled comma)", () => {
    const text = read("not-json");
    const line = text.split("\n").findIndex((l) => l.includes(",,")) + 1;
    const column = (text.split("\n")[line - 1] as string).indexOf(",,") + 2;
    expect(problemsOf("not-json")).toEqual([
      expect.stringMatching(new RegExp(`^not-json\\.json: not valid JSON at line ${line}, column ${column}: `)),
    ]);
  });
});

describe("validateDataset on values that JSON cannot carry", () => {
  const minimal = (): Record<string, unknown> => JSON.parse(read("valid-minimal")) as Record<string, unknown>;
  const setTargetValue = (data: Record<string, unknown>, value: unknown): void => {
    const indicators = data.indicators as Array<{ target: { value: unknown } }>;
    (indicators[0] as { target: { value: unknown } }).target.value = value;
  };

  it.each([
    [Number.NaN, "indicators[0].target.value: expected a number, got NaN"],
    [Number.POSITIVE_INFINITY, "indicators[0].target.value: expected a finite number, got Infinity"],
    [undefined, "indicators[0].target.value: is required"],
  ])("rejects %p", (value, message) => {
    const data = minimal();
    setTargetValue(data, value);
    const result = validateDataset(data);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([message]);
  });

  it("returns the typed dataset when everything holds", () => {
    const result = validateDataset(minimal());
    expect(result.ok && result.dataset.indicators.map((i) => i.id)).toEqual([
      "1-1-N1",
      "1-1-K1-1",
      "1-1-K2-1",
      "1-1-K2-2",
    ]);
  });

  it("trims a department and leaves it null when the file has none", () => {
    const data = minimal();
    const indicators = data.indicators as Array<Record<string, unknown>>;
    (indicators[0] as Record<string, unknown>).department = " 商工労働課\u3000";
    (indicators[1] as Record<string, unknown>).department = null;
    const result = validateDataset(data);
    expect(result.ok && result.dataset.indicators.map((i) => i.department)).toEqual(["商工労働課", null, null, null]);
  });

  it("accepts revisions that name a known indicator, within the plan's years, one per indicator and year", () => {
    const data = minimal();
    data.revisions = [
      { indicatorId: "1-1-N1", target: 1700, fromYear: 2024, reason: "令和6年3月の一部改訂" },
      {
        indicatorId: "1-1-N1",
        target: 1750,
        targetYear: 2027,
        fromYear: 2026,
        reason: "再改訂",
        meeting: 5,
        date: "2026-03-27",
      },
      { indicatorId: "1-1-K1-1", target: 14000, fromYear: 2024, reason: "上方修正" },
      {
        indicatorId: "1-1-K2-2",
        target: 720,
        fromYear: 2020,
        targetYear: 2020,
        reason: "the year before the plan counts",
      },
    ];
    const result = validateDataset(data);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.dataset.revisions?.map((r) => `${r.indicatorId}@${r.fromYear}`)).toEqual([
      "1-1-N1@2024",
      "1-1-N1@2026",
      "1-1-K1-1@2024",
      "1-1-K2-2@2020",
    ]);
  });

  it("checks revisions against an indicator that fails the schema as known, not unknown", () => {
    const data = minimal();
    delete (data.indicators as Array<Record<string, unknown>>)[0]?.name;
    data.revisions = [{ indicatorId: "1-1-N1", target: 1700, fromYear: 2024, reason: "r" }];
    const result = validateDataset(data);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "indicators[0].name: is required",
    ]);
  });

  it("reports a non-object root without crashing", () => {
    for (const input of [null, 42, "text"]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.path).toBe("(root)");
    }
  });
});
