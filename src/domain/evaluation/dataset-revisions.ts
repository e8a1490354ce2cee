/**
 * The target revisions a dataset carries (schema.ts `revisions`) as rows of 「指標見直し」 (TargetRevision): what a
 * workbook built or refreshed from the dataset records, with the original target beside the revised one.
 */
import type { Dataset, Indicator } from "../dataset/schema";
import type { TargetRevision } from "./types";

/**
 * 「健康寿命（男性）」: the name 「KPI一覧」 shows for a split indicator (src/plan/labels.ts indicatorLabel, which this
 * layer cannot import), so the ledger names an indicator as the list does.
 */
const labelOf = (ind: Pick<Indicator, "name" | "part">): string => (ind.part ? `${ind.name}（${ind.part}）` : ind.name);

/**
 * One TargetRevision per dataset revision, in the dataset's order. recordedAt is the dataset's date (when the
 * revision entered the records the workbook is built from); a revision's own `date` (the decision) has no column.
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
      name: ind ? labelOf(ind) : "",
      originalTarget: ind ? ind.target.value : null,
      originalTargetYear: ind ? ind.target.period.year : null,
      revisedTarget: r.target,
      revisedTargetYear: r.targetYear ?? null,
      fromYear: r.fromYear,
      reason: r.reason,
      meeting: r.meeting ?? null,
      recordedAt: dataset.datasetDate,
    };
  });
}
