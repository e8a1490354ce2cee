import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../../src/domain/dataset/schema";
import { mergeDatasetRevisions, revisionsOfDataset } from "../../../src/domain/evaluation/dataset-revisions";
import { targetInForce } from "../../../src/domain/evaluation/target-in-force";
import { ROOT } from "../dataset/seed-text";

const minimal: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "datasets", "valid-minimal.json"), "utf8")),
);

describe("revisionsOfDataset", () => {
  it("is empty for a dataset without revisions (the bundled strategy carries none)", () => {
    expect(revisionsOfDataset(minimal)).toEqual([]);
    expect(revisionsOfDataset({ ...minimal, revisions: [] })).toEqual([]);
  });

  it("fills name, original target and year from the indicator, recordedAt from the revision's date, else the dataset's", () => {
    const dataset: Dataset = {
      ...minimal,
      datasetDate: "2026-05-01",
      revisions: [
        // 1-1-N1: 新規求人数, 1,630件 in 令和9年度 (2027)
        { indicatorId: "1-1-N1", target: 1700, fromYear: 2024, reason: "令和6年3月の一部改訂", meeting: 3 },
        // 1-1-K1-1: a calendar-year target of 13,500 in 令和8年 (2026), moved to 2027
        {
          indicatorId: "1-1-K1-1",
          target: 14000,
          targetYear: 2027,
          fromYear: 2025,
          reason: "上方修正",
          date: "2025-03-20",
        },
      ],
    };
    expect(revisionsOfDataset(dataset)).toEqual([
      {
        indicatorId: "1-1-N1",
        name: "新規求人数",
        originalTarget: 1630,
        originalTargetYear: 2027,
        revisedTarget: 1700,
        revisedTargetYear: null,
        fromYear: 2024,
        reason: "令和6年3月の一部改訂",
        meeting: 3,
        recordedAt: "2026-05-01",
      },
      {
        indicatorId: "1-1-K1-1",
        name: minimal.indicators[1]?.name,
        originalTarget: 13500,
        originalTargetYear: 2026,
        revisedTarget: 14000,
        revisedTargetYear: 2027,
        fromYear: 2025,
        reason: "上方修正",
        meeting: null,
        recordedAt: "2025-03-20",
      },
    ]);
  });

  it("names a split indicator with its part, as 「KPI一覧」 shows it", () => {
    const [first, ...rest] = minimal.indicators;
    if (!first) throw new Error("fixture");
    const dataset: Dataset = {
      ...minimal,
      indicators: [{ ...first, part: "男性" }, ...rest],
      revisions: [{ indicatorId: first.id, target: 1, fromYear: 2024, reason: "r" }],
    };
    expect(revisionsOfDataset(dataset)[0]?.name).toBe(`${first.name}（男性）`);
  });

  it("gives targetInForce what it needs: the revised target from its year on, the original before", () => {
    const dataset: Dataset = {
      ...minimal,
      revisions: [{ indicatorId: "1-1-N1", target: 1700, targetYear: 2026, fromYear: 2024, reason: "r" }],
    };
    const revisions = revisionsOfDataset(dataset);
    const original = { target: 1630, targetYear: 2027 };
    expect(targetInForce(original, revisions, "1-1-N1", 2023)).toMatchObject({ target: 1630, targetYear: 2027 });
    expect(targetInForce(original, revisions, "1-1-N1", 2024)).toMatchObject({ target: 1700, targetYear: 2026 });
  });
});

describe("mergeDatasetRevisions (the refresh's merge into 「指標見直し」)", () => {
  const revision = (
    indicatorId: string,
    fromYear: number,
    revisedTarget: number,
    revisedTargetYear: number | null,
  ) => ({
    indicatorId,
    name: "x",
    originalTarget: 10,
    originalTargetYear: 2027,
    revisedTarget,
    revisedTargetYear,
    fromYear,
    reason: "データセット",
    meeting: null,
    recordedAt: "2026-05-01",
  });

  it("adds the dataset's revisions whose (ID, 適用開始年度) the ledger lacks, in the dataset's order", () => {
    const typed = { ...revision("1-1-N1", 2025, 20, null), reason: "人が入力した理由" };
    const merged = mergeDatasetRevisions({
      dataset: [
        revision("1-1-K1-1", 2026, 30, 2030),
        revision("1-1-N1", 2025, 20, null),
        revision("1-1-N1", 2026, 25, null),
      ],
      ledger: [{ record: typed, row: 2 }],
      closedYears: [],
    });
    // Same key, same target: nothing to add and nothing to say, whatever the typed reason.
    expect(merged).toEqual({
      add: [revision("1-1-K1-1", 2026, 30, 2030), revision("1-1-N1", 2026, 25, null)],
      differing: [],
      closed: [],
    });
  });

  it("keeps a ledger row with the same key and another target or target year, and reports the difference", () => {
    const merged = mergeDatasetRevisions({
      dataset: [revision("1-1-N1", 2025, 20, null), revision("1-1-K1-1", 2026, 30, 2030)],
      ledger: [
        { record: revision("1-1-N1", 2025, 22, null), row: 2 },
        { record: revision("1-1-K1-1", 2026, 30, null), row: 3 },
      ],
      closedYears: [],
    });
    expect(merged.add).toEqual([]);
    expect(merged.differing).toEqual([
      { dataset: revision("1-1-N1", 2025, 20, null), ledger: revision("1-1-N1", 2025, 22, null), row: 2 },
      { dataset: revision("1-1-K1-1", 2026, 30, 2030), ledger: revision("1-1-K1-1", 2026, 30, null), row: 3 },
    ]);
  });

  it("refuses a revision that starts at or before a closed year (the latest closed year decides)", () => {
    const merged = mergeDatasetRevisions({
      dataset: [
        revision("1-1-N1", 2023, 20, null),
        revision("1-1-N1", 2024, 21, null),
        revision("1-1-N1", 2025, 22, null),
      ],
      ledger: [],
      closedYears: [2022, 2024],
    });
    expect(merged.add).toEqual([revision("1-1-N1", 2025, 22, null)]);
    expect(merged.closed).toEqual([
      { revision: revision("1-1-N1", 2023, 20, null), closed: 2024 },
      { revision: revision("1-1-N1", 2024, 21, null), closed: 2024 },
    ]);
  });

  it("says nothing about a closed year for a revision the ledger already has", () => {
    const merged = mergeDatasetRevisions({
      dataset: [revision("1-1-N1", 2023, 20, null)],
      ledger: [{ record: revision("1-1-N1", 2023, 20, null), row: 2 }],
      closedYears: [2024],
    });
    expect(merged).toEqual({ add: [], differing: [], closed: [] });
  });
});
