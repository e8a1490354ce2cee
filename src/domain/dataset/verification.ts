/**
 * The dataset's verification notes (schema.ts `verification`: how the strategy PDF's text was read where its layout
 * left the reading open) as the staff's items of 「確認事項」 (issue #13), and the refresh's merge of a dataset into the
 * items staff keep. Staff's typing (状態, 確認者, 確認日, メモ) is never part of a merge: only the dataset's own columns
 * (読み取り, 理由, whether the dataset still carries the note) are written.
 */
import { indicatorLabel } from "./labels";
import type { Dataset } from "./schema";

/** An indicator's note as the dataset gives it. */
export interface DatasetVerification {
  readonly id: string;
  readonly name: string;
  readonly reading: string;
  readonly reason: string;
}

/** 要確認 until staff mark the item 確認済. */
export type VerificationState = "要確認" | "確認済";

/** One item of 「確認事項」 as read (workbook/verification-rows.ts). */
export interface VerificationItem {
  readonly id: string;
  readonly name: string;
  readonly reading: string;
  readonly reason: string;
  readonly state: VerificationState;
  readonly checkedBy?: string;
  /** As typed: a date cell reads as 2026-11-28. */
  readonly checkedOn?: string;
  readonly memo?: string;
  /** False when the dataset the workbook was refreshed from no longer carries the note (the row is kept). */
  readonly inDataset: boolean;
}

/** The dataset's notes, one per indicator that has one, in the dataset's order. */
export function verificationsOfDataset(dataset: Pick<Dataset, "indicators">): DatasetVerification[] {
  return dataset.indicators.flatMap((ind) =>
    ind.verification
      ? [{ id: ind.id, name: indicatorLabel(ind), reading: ind.verification.reading, reason: ind.verification.reason }]
      : [],
  );
}

/** An item of the workbook with where it is, for the merge. */
export interface KeptVerification {
  readonly item: Pick<VerificationItem, "id" | "reading" | "reason" | "inDataset">;
  /** Sheet row, for notices. */
  readonly row: number;
}

/** A kept item whose dataset columns the refresh rewrites (its staff columns stay). */
export interface VerificationUpdate {
  readonly id: string;
  readonly row: number;
  readonly reading: string;
  readonly reason: string;
  readonly inDataset: boolean;
}

export interface VerificationMerge {
  /** Notes the workbook has no item for, in the dataset's order: appended as 未確認. */
  readonly add: readonly DatasetVerification[];
  /** Items the dataset no longer carries: kept, marked. */
  readonly gone: readonly VerificationUpdate[];
  /** Items whose note changed its wording, or came back: rewritten (a 確認済 stays 確認済: staff decide). */
  readonly changed: readonly VerificationUpdate[];
}

export const NO_VERIFICATION_MERGE: VerificationMerge = { add: [], gone: [], changed: [] };

export const isEmptyVerificationMerge = (m: VerificationMerge): boolean =>
  m.add.length === 0 && m.gone.length === 0 && m.changed.length === 0;

/** The dataset's notes against the items kept: what to add, mark gone, and rewrite. Nothing is ever removed. */
export function mergeVerifications(
  dataset: readonly DatasetVerification[],
  kept: readonly KeptVerification[],
): VerificationMerge {
  const byId = new Map(kept.map((k) => [k.item.id, k]));
  const inDataset = new Set(dataset.map((d) => d.id));
  const add: DatasetVerification[] = [];
  const changed: VerificationUpdate[] = [];
  for (const d of dataset) {
    const k = byId.get(d.id);
    if (!k) add.push(d);
    else if (!k.item.inDataset || k.item.reading !== d.reading || k.item.reason !== d.reason)
      changed.push({ id: d.id, row: k.row, reading: d.reading, reason: d.reason, inDataset: true });
  }
  const gone = kept
    .filter((k) => k.item.inDataset && !inDataset.has(k.item.id))
    .map((k) => ({ id: k.item.id, row: k.row, reading: k.item.reading, reason: k.item.reason, inDataset: false }));
  return { add, gone, changed };
}
