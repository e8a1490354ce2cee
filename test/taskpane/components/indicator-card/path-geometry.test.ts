import {
  chartInputOf,
  pathGeometry,
  ruleOfDirection,
  type ChartFrame,
  type PathChartInput,
} from "../../../../src/taskpane/components/indicator-card/path-geometry";
import { kpiRowView } from "../../../../src/workbook/kpi-row-view";

const FRAME: ChartFrame = { width: 200, height: 100, left: 20, right: 10, top: 5, bottom: 15 };
const plotW = FRAME.width - FRAME.left - FRAME.right;

const input = (over: Partial<PathChartInput>): PathChartInput => ({
  rule: "increase",
  base: 100,
  baseYear: 2019,
  target: 200,
  targetYear: 2027,
  actuals: new Map(),
  ...over,
});

/** y per unit of value: the same for every pair of points when the scale is linear. */
const slopes = (pts: readonly { value: number; y: number }[]): number[] =>
  pts.slice(1).map((p, i) => (p.y - (pts[i] as { y: number }).y) / (p.value - (pts[i] as { value: number }).value));

describe("pathGeometry", () => {
  it("増加: the dashed path runs from the 判定基準 to the target, actuals placed linearly by year and value", () => {
    const g = pathGeometry(
      input({
        actuals: new Map([
          [2020, 110],
          [2021, 130],
          [2023, 120],
        ]),
      }),
      FRAME,
    )!;
    expect(g.kind).toBe("path");
    expect([g.firstYear, g.lastYear]).toEqual([2019, 2027]);
    expect(g.path?.from).toMatchObject({ year: 2019, value: 100, x: FRAME.left });
    expect(g.path?.to).toMatchObject({ year: 2027, value: 200, x: FRAME.width - FRAME.right });
    expect(g.target).toEqual(g.path?.to);
    // x: one eighth of the plot per year from 2019
    expect(g.points.map((p) => [p.year, p.x])).toEqual([
      [2020, FRAME.left + plotW / 8],
      [2021, FRAME.left + (2 * plotW) / 8],
      [2023, FRAME.left + (4 * plotW) / 8],
    ]);
    // y: one linear scale for the path's ends and every actual, larger values higher up, all inside the plot
    const all = [g.path!.from, ...g.points, g.path!.to];
    const s = slopes(all);
    for (const k of s) expect(k).toBeCloseTo(s[0] as number, 9);
    expect(s[0]).toBeLessThan(0);
    for (const p of all) {
      expect(p.y).toBeGreaterThanOrEqual(FRAME.top);
      expect(p.y).toBeLessThanOrEqual(FRAME.height - FRAME.bottom);
    }
    // the path stands at 112.5 in 2020, 125 in 2021, 150 in 2023
    expect(g.points.map((p) => p.onTrack)).toEqual([false, true, false]);
  });

  it("breaks the line of actuals at a missing year, and draws none for a lone point", () => {
    const g = pathGeometry(
      input({
        actuals: new Map([
          [2023, 120],
          [2020, 110],
          [2021, 130],
        ]),
      }),
      FRAME,
    )!;
    expect(g.points.map((p) => p.year)).toEqual([2020, 2021, 2023]);
    expect(g.lines).toHaveLength(1);
    const [a, b] = g.points;
    expect(g.lines[0]).toBe(`M${a!.x} ${Math.round(a!.y * 100) / 100} L${b!.x} ${Math.round(b!.y * 100) / 100}`);
    const joined = pathGeometry(
      input({
        actuals: new Map([
          [2020, 110],
          [2021, 130],
          [2022, 120],
        ]),
      }),
      FRAME,
    )!;
    expect(joined.lines).toHaveLength(1);
    expect(joined.lines[0]?.split("L")).toHaveLength(3);
  });

  it("減少: the path goes down and an actual is on track at or below it", () => {
    const g = pathGeometry(
      input({
        rule: "decrease",
        base: 50,
        target: 30,
        baseYear: 2020,
        targetYear: 2024,
        actuals: new Map([
          [2021, 45],
          [2022, 41],
          [2023, 40],
        ]),
      }),
      FRAME,
    )!;
    expect(g.path!.to.y).toBeGreaterThan(g.path!.from.y);
    // the path: 45 in 2021, 40 in 2022, 35 in 2023
    expect(g.points.map((p) => p.onTrack)).toEqual([true, false, false]);
  });

  it("維持: a level line at the target instead of a path, judged by the target's side", () => {
    const floor = pathGeometry(
      input({
        rule: "floor",
        base: 95,
        target: 95,
        actuals: new Map([
          [2021, 96],
          [2022, 94],
          [2023, 95],
        ]),
      }),
      FRAME,
    )!;
    expect(floor.kind).toBe("maintain");
    expect(floor.path).toBeNull();
    expect(floor.level?.value).toBe(95);
    expect(floor.level?.y).toBe(floor.target?.y);
    expect(floor.points.map((p) => p.onTrack)).toEqual([true, false, true]);
    const ceiling = pathGeometry(
      input({
        rule: "ceiling",
        target: 10,
        actuals: new Map([
          [2021, 9],
          [2022, 11],
        ]),
      }),
      FRAME,
    )!;
    expect(ceiling.points.map((p) => p.onTrack)).toEqual([true, false]);
    expect(ruleOfDirection("維持（以上）")).toBe("floor");
    expect(ruleOfDirection("増加")).toBe("increase");
    expect(ruleOfDirection("上昇")).toBeNull();
  });

  it("no target: the actuals alone, nothing judged; nothing at all gives no chart", () => {
    const g = pathGeometry(
      input({
        target: null,
        actuals: new Map([
          [2021, 3],
          [2022, 4],
        ]),
      }),
      FRAME,
    )!;
    expect(g.kind).toBe("noTarget");
    expect([g.path, g.target, g.level]).toEqual([null, null, null]);
    expect(g.points.map((p) => p.onTrack)).toEqual([null, null]);
    expect([g.firstYear, g.lastYear]).toEqual([2021, 2022]);
    expect(pathGeometry(input({ target: null, rule: null }), FRAME)).toBeNull();
    expect(pathGeometry(input({ rule: null, actuals: new Map([[2021, 3]]) }), FRAME)?.kind).toBe("noTarget");
  });

  it("a target without a 判定基準値 is marked, with no path; one value alone sits mid-plot", () => {
    const g = pathGeometry(input({ base: null, actuals: new Map([[2021, 150]]) }), FRAME)!;
    expect(g.path).toBeNull();
    expect(g.target).toMatchObject({ year: 2027, value: 200 });
    expect(g.points[0]?.onTrack).toBeNull();
    const one = pathGeometry(input({ target: null, actuals: new Map([[2021, 7]]) }), FRAME)!;
    expect(one.points[0]?.x).toBe(FRAME.left + plotW / 2);
    expect(one.points[0]?.y).toBe(FRAME.top + (FRAME.height - FRAME.top - FRAME.bottom) / 2);
  });
});

describe("chartInputOf", () => {
  const headers = [
    "ID",
    "基準値",
    "基準年度",
    "目標値",
    "目標年度",
    "方向",
    "判定基準値",
    "判定基準年度",
    "適用目標値",
    "適用目標年度",
    "令和2年度(2020)",
    "令和3年度(2021)",
  ];
  it("takes the 判定基準 and the target in force when the row has them, else 基準値 and 目標値", () => {
    const values = ["1-1-N1", 10, 2019, 20, 2027, "増加", 12, 2020, 25, 2029, 13, ""];
    const view = kpiRowView(headers, values.map(String), values)!;
    expect(chartInputOf(view)).toEqual({
      rule: "increase",
      base: 12,
      baseYear: 2020,
      target: 25,
      targetYear: 2029,
      actuals: new Map([[2020, 13]]),
    });
    const plain = ["1-1-N1", 10, 2019, 20, 2027, "減少", "", "", "", "", "", 9];
    expect(chartInputOf(kpiRowView(headers, plain.map(String), plain)!)).toMatchObject({
      rule: "decrease",
      base: 10,
      baseYear: 2019,
      target: 20,
      targetYear: 2027,
    });
  });
});
