/**
 * The target revisions a dataset carries (schema.ts `revisions`) as rows of 「指標見直し」 (TargetRevision): what a
 * workbook built or refreshed from the dataset records, with the original target beside the revised one.
 */
import { indicatorLabel } from "../dataset/labels";
import type { Dataset } from "../dataset/schema";
import type { TargetRevision } from "./types";

/**
 * One TargetRevision per dataset revision, in the dataset's order. recordedAt is the revision's own `date` (the
 * decision) when the dataset gives one, else the dataset's date (when it entered the records).
 * A validated dataset names only its own indicators; an unknown one still gives its row, with no name or original.
 */
export function revisionsOfDataset(
  dataset: Pick<Dataset, "indicators" | "revisions" | "datasetDate">,
): TargetRevision[] {
  const byId = new Map(dataset.indicators.map((ind) => [ind.id, ind]));
  return (dataset.revisions ?? []).map((r) => {
    const ind = byId.get(r.indicatorId);
    return {
      indicatorId: r.indicatorId,
      name: ind ? indicatorLabel(ind) : "",
      originalTarget: ind ? ind.target.value : null,
      originalTargetYear: ind ? ind.target.period.year : null,
      revisedTarget: r.target,
      revisedTargetYear: r.targetYear ?? null,
      fromYear: r.fromYear,
      reason: r.reason,
      meeting: r.meeting ?? null,
      recordedAt: r.date ?? dataset.datasetDate,
    };
  });
}
