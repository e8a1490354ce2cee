/**
 * The preview's verdicts: "up to date" counts the 「指標見直し」 rows a refresh would add, "nothing to do" means applying
 * would write nothing, and each changed line names the indicator as well as its id.
 */
import { mergeRefresh, type RefreshPlan } from "../../src/refresh/merge";
import { previewLines, previewOf } from "../../src/refresh/preview";
import { noticeText } from "../../src/workbook/refresh-notice";
import type { Dataset } from "../../src/domain/dataset/schema";
import { datasetOf } from "../plan/dataset-builder";
import { sketch, stateOfDataset } from "./support";

const DATE = "2026-11-28";

function ok(result: ReturnType<typeof mergeRefresh>): RefreshPlan {
  if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
  return result.plan;
}

const base: Dataset = datasetOf([sketch(0), sketch(1)]);

describe("previewOf", () => {
  it("the same dataset over a fresh workbook: up to date, nothing to do", () => {
    const p = previewOf(ok(mergeRefresh({ state: stateOfDataset(base), dataset: base, date: DATE })));
    expect([p.upToDate, p.nothingToDo]).toEqual([true, true]);
  });

  it("target revisions to add are news: neither up to date nor nothing to do", () => {
    const p = previewOf(ok(mergeRefresh({ state: stateOfDataset(base), dataset: base, date: DATE })), 1);
    expect([p.counts.revisions, p.upToDate, p.nothingToDo]).toEqual([1, false, false]);
  });

  it("a new dataset version with the same data is something to write (the workbook records the version)", () => {
    const next: Dataset = { ...base, datasetVersion: `${base.datasetVersion}-next` };
    const p = previewOf(ok(mergeRefresh({ state: stateOfDataset(base), dataset: next, date: DATE })));
    expect([p.upToDate, p.nothingToDo]).toEqual([true, false]);
  });

  it("a changed field is listed with the indicator's name", () => {
    const next: Dataset = structuredClone(base);
    const id = next.indicators[1]!.id;
    next.indicators[1]!.name = "名称を直した指標";
    const p = previewOf(ok(mergeRefresh({ state: stateOfDataset(base), dataset: next, date: DATE })));
    expect(p.changed).toEqual([expect.objectContaining({ id, name: "名称を直した指標" })]);
    expect(previewLines(p, "ja")).toContainEqual(expect.stringContaining(`変更 ${id}「名称を直した指標」 指標名:`));
  });

  it("a conflict line names its year column's year as the header does: 「令和6年度(2024)」 / 2024", () => {
    const p = previewOf(ok(mergeRefresh({ state: stateOfDataset(base), dataset: base, date: DATE })));
    const conflict = { key: "k", id: "1-1-01", year: 2024, address: "M4", workbook: 77, dataset: 78 };
    const kept = { ...p, conflicts: [{ ...conflict, resolution: "workbook" as const }] };
    const taken = { ...p, conflicts: [{ ...conflict, resolution: "dataset" as const }] };
    expect(previewLines(kept, "ja")).toContain(
      "  競合 1-1-01 令和6年度(2024) M4: ブック 77 / データセット 78 → ブックの値を残す",
    );
    expect(previewLines(taken, "ja")).toContain(
      "  競合 1-1-01 令和6年度(2024) M4: ブック 77 / データセット 78 → データセットの値を採用",
    );
    expect(previewLines(kept, "en")).toContain("  conflict 1-1-01 2024 M4: workbook 77 / dataset 78 → workbook kept");
  });
});
