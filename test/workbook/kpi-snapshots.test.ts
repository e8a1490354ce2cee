import { snapshotsFromActuals, snapshotsFromCalculated } from "../../src/workbook/kpi-snapshots";
import { yearOfHeader } from "../../src/workbook/kpi-headers";
import { layoutOf } from "../../src/workbook/kpi-columns";
import { minutesDataset } from "../fixtures/minutes/records";

describe("status snapshots from 「KPI一覧」 rows (found by header)", () => {
  it("reads the western year of a year column", () => {
    expect(yearOfHeader("令和6年度(2024)")).toBe(2024);
    expect(yearOfHeader("令和元年度(2019) ")).toBe(2019);
    expect(yearOfHeader("最新実績")).toBeNull();
    expect(yearOfHeader(2024)).toBeNull();
  });

  it("takes Excel's calculated values as they are, in any column order", () => {
    const t = {
      headers: ["評価", "ID", "達成率", "指標名", "実績年度", "最新実績"],
      rows: [
        ["C 遅れ", "1-1-N1", 0.4, "新規求人数", 2023, 1590],
        ["目標未設定", "1-1-K1-1", "", "x", null, null],
        ["#VALUE!", "1-1-K1-2", "#VALUE!", "x", "2024", "1,400"],
        [null, null, null, null, null, null],
      ],
    };
    const { map, missing } = snapshotsFromCalculated(t, layoutOf(minutesDataset()));
    expect(missing).toEqual([]);
    // no 基準値/目標値 columns here: those stay null (the minutes then show the dataset's)
    const none = { baseline: null, baselineYear: null, target: null, targetYear: null };
    expect(map.get("1-1-N1")).toEqual({ latest: 1590, latestYear: 2023, progress: 0.4, grade: "C 遅れ", ...none });
    expect(map.get("1-1-K1-1")).toEqual({
      latest: null,
      latestYear: null,
      progress: null,
      grade: "目標未設定",
      ...none,
    });
    // an error value is not a grade: shown as 未評価 rather than as a fake grade
    expect(map.get("1-1-K1-2")).toEqual({
      latest: 1400,
      latestYear: 2024,
      progress: null,
      grade: "− 未評価",
      ...none,
    });
    expect(map.size).toBe(3);
  });

  it("reads 基準値 and the target in force (適用目標値 over 目標値) for the minutes' indicator line", () => {
    const t = {
      headers: [
        "ID",
        "基準値",
        "基準年度",
        "目標値",
        "目標年度",
        "適用目標値",
        "適用目標年度",
        "最新実績",
        "実績年度",
        "達成率",
        "評価",
      ],
      rows: [
        ["1-1-N1", 1563, 2019, 1630, 2027, 1700, 2029, 1500, 2024, -0.5, "D 悪化"],
        ["1-1-K1-1", "－", 2019, null, 2027, null, null, null, null, null, "目標未設定"],
      ],
    };
    const { map } = snapshotsFromCalculated(t, layoutOf(minutesDataset()));
    expect(map.get("1-1-N1")).toMatchObject({ baseline: 1563, baselineYear: 2019, target: 1700, targetYear: 2029 });
    // no revision in force: 目標値/目標年度; a baseline printed as text stays text
    expect(map.get("1-1-K1-1")).toMatchObject({ baseline: "－", baselineYear: 2019, target: null, targetYear: 2027 });
  });

  it("names the headers it lacks", () => {
    expect(snapshotsFromCalculated({ headers: ["ID", "評価"], rows: [] }, layoutOf(minutesDataset())).missing).toEqual([
      "最新実績",
      "実績年度",
      "達成率",
    ]);
  });

  it("applies the status twin to typed actuals, ignoring years after 評価年度", () => {
    const t = {
      headers: ["ID", "令和4年度(2022)", "令和5年度(2023)", "令和6年度(2024)"],
      rows: [
        ["1-1-N1", 1600, 1590, 1700],
        ["9-9-N9", 1, 2, 3],
      ],
    };
    const { map } = snapshotsFromActuals(t, minutesDataset(), { evaluationYear: 2023, k: 1 });
    // 2024 is after 評価年度: latest 1590 (2023); p = 27/67, e = 4/8 → C 遅れ (as in the fixture's hand derivation)
    expect(map.get("1-1-N1")!.latest).toBe(1590);
    expect(map.get("1-1-N1")!.progress).toBeCloseTo(27 / 67, 12);
    expect(map.get("1-1-N1")!.grade).toBe("C 遅れ");
    expect(map.has("9-9-N9")).toBe(false);
  });

  it("gives the typed 基準値/目標値 with the twin's status", () => {
    const t = {
      headers: ["ID", "基準値", "基準年度", "目標値", "目標年度", "令和5年度(2023)"],
      rows: [["1-1-N1", 1563, 2019, 1630, 2027, 1590]],
    };
    const { map } = snapshotsFromActuals(t, minutesDataset(), { evaluationYear: 2023, k: 1 });
    expect(map.get("1-1-N1")).toMatchObject({ baseline: 1563, baselineYear: 2019, target: 1630, targetYear: 2027 });
  });

  it("finds the contract's columns by header whatever the plan period, and width or spacing variants of them", () => {
    const ds = minutesDataset();
    const later = {
      ...ds,
      plan: { ...ds.plan, from: { ...ds.plan.from, year: 2029 }, to: { ...ds.plan.to, year: 2035 } },
    };
    const layout = layoutOf(later);
    const t = {
      headers: ["令和12年度(2030)", " 評価 ", "ＩＤ", "達成率", "実績年度", "最新 実績"],
      rows: [[5, "A 達成", "1-1-N1", 1.2, 2030, 5]],
    };
    expect(snapshotsFromCalculated(t, layout)).toEqual({
      map: new Map([
        [
          "1-1-N1",
          {
            latest: 5,
            latestYear: 2030,
            progress: 1.2,
            grade: "A 達成",
            ...{ baseline: null, baselineYear: null, target: null, targetYear: null },
          },
        ],
      ]),
      missing: [],
    });
  });

  it("reads every year column of the twin by its western year, also years outside the dataset's plan period", () => {
    const t = {
      headers: ["ID", "令和4年度(2022)", "令和5年度(2023)", "令和6年度(2024)"],
      rows: [["1-1-N1", 1600, 1590, 1700]],
    };
    const ds = minutesDataset();
    const later = {
      ...ds,
      plan: { ...ds.plan, from: { ...ds.plan.from, year: 2029 }, to: { ...ds.plan.to, year: 2035 } },
    };
    const now = snapshotsFromActuals(t, ds, { evaluationYear: 2023, k: 1 }).map.get("1-1-N1");
    expect(snapshotsFromActuals(t, later, { evaluationYear: 2023, k: 1 }).map.get("1-1-N1")).toEqual(now);
    expect(now!.latest).toBe(1590);
  });

  it("names a missing column by the contract's header", () => {
    const t = { headers: ["指標名", "令和6年度(2024)"], rows: [] };
    expect(snapshotsFromActuals(t, minutesDataset(), { evaluationYear: 2024, k: 1 }).missing).toEqual(["ID"]);
  });
});
