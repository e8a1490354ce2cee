/**
 * The target revisions a dataset carries (schema.ts `revisions`) as rows of 「指標見直し」 (TargetRevision): what a
 * workbook built or refreshed from the dataset records, with the original target beside the revised one; and the
 * refresh's merge of them into a ledger people keep (mergeDatasetRevisions; app/refresh-revisions.ts reads and writes).
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

/** What a refresh does with the dataset's revisions against the 「指標見直し」 ledger it read (mergeDatasetRevisions). */
export interface RevisionMerge {
  /** Revisions whose (ID, 適用開始年度) the ledger lacks, in the dataset's order: appended. */
  readonly add: readonly TargetRevision[];
  /** A ledger row with the same key and another 改定目標値 / 改定目標年度: the row stays as people typed it. */
  readonly differing: readonly {
    readonly dataset: TargetRevision;
    readonly ledger: TargetRevision;
    /** The ledger row's sheet row. */
    readonly row: number;
  }[];
  /** Revisions from a closed year or before (`closed`, the latest closed year): not written. */
  readonly closed: readonly { readonly revision: TargetRevision; readonly closed: number }[];
}

export const NO_REVISION_MERGE: RevisionMerge = { add: [], differing: [], closed: [] };

const revisionKey = (r: Pick<TargetRevision, "indicatorId" | "fromYear">): string => `${r.indicatorId}|${r.fromYear}`;

/**
 * The dataset's revisions merged into the ledger: the ledger is what people keep, so nothing in it changes. A key it
 * has is left alone (told when its target differs: the reason, meeting and dates are people's wording and are not
 * compared); a key it lacks is added unless it applies from a closed year or before (a closed year is immutable, as
 * revising.ts has it).
 */
export function mergeDatasetRevisions(input: {
  readonly dataset: readonly TargetRevision[];
  readonly ledger: readonly { readonly record: TargetRevision; readonly row: number }[];
  readonly closedYears: readonly number[];
}): RevisionMerge {
  const ledger = new Map(input.ledger.map((l) => [revisionKey(l.record), l]));
  const lastClosed = Math.max(-Infinity, ...input.closedYears);
  const add: TargetRevision[] = [];
  const differing: RevisionMerge["differing"][number][] = [];
  const closed: RevisionMerge["closed"][number][] = [];
  for (const revision of input.dataset) {
    const there = ledger.get(revisionKey(revision));
    if (there) {
      const same =
        there.record.revisedTarget === revision.revisedTarget &&
        there.record.revisedTargetYear === revision.revisedTargetYear;
      if (!same) differing.push({ dataset: revision, ledger: there.record, row: there.row });
    } else if (revision.fromYear <= lastClosed) closed.push({ revision, closed: lastClosed });
    else add.push(revision);
  }
  return { add, differing, closed };
}
