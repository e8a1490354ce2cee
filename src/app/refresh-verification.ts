/**
 * The refresh's part in 「確認事項」 (issue #13): the dataset's verification notes (verificationsOfDataset) merged
 * into the staff's items (mergeVerifications), read through the record-tables port with the sheet's one reader
 * (workbook/verification-rows.ts), as refresh-revisions.ts does for 「指標見直し」. A note the sheet lacks is
 * appended as 未確認; a note whose wording changed (or that came back) gets its 読み取り / 理由 rewritten; an item the
 * dataset dropped is kept and marked 記載なし. 状態, 確認者, 確認日 and メモ are never written. What it would do is a
 * notice of the refresh's plan (the preview lists it); the apply writes after 「KPI一覧」. A sheet it cannot read
 * (a table gone while its sheet stays, a row it cannot read) changes nothing, and says why.
 */
import type { Dataset } from "../domain/dataset/schema";
import {
  isEmptyVerificationMerge,
  mergeVerifications,
  NO_VERIFICATION_MERGE,
  verificationsOfDataset,
  type VerificationMerge,
  type VerificationUpdate,
} from "../domain/dataset/verification";
import { VERIFICATION_WRAPPED, verificationRecordCells, verificationRowHeight } from "../plan/verification-sheet";
import type { RecordRowUpdate } from "../workbook/record-rows";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";
import {
  IN_DATASET,
  notInDataset,
  VERIFICATION_CONTRACT,
  VERIFICATION_SHEET,
  type VerificationColumnKey,
} from "../workbook/verification-columns";
import { readVerificationItems } from "../workbook/verification-rows";
import type { RecordTablesPort } from "./record-tables";

/** A sheet row's height in points. */
export interface RowHeight {
  readonly row: number;
  readonly height: number;
}

/**
 * What the refresh asks of 「確認事項」: read it, append to it, rewrite the dataset's columns of a row, and give the
 * rows it wrote the heights their wrapped text needs (exceljs cannot autofit, and Excel does not grow a row for text
 * set by code).
 */
export type RefreshVerificationPort = Pick<
  RecordTablesPort,
  "readRecordTable" | "appendRecordRows" | "updateRecordRows"
> & {
  readonly setRowHeights: (sheet: string, heights: readonly RowHeight[]) => Promise<void>;
};

export interface VerificationOfRefresh {
  readonly merge: VerificationMerge;
  readonly notices: readonly RefreshNotice[];
}

/** The sheets the refresh adds (repair.ts's EvaluationSheetsAdded, among the read's notices): read as empty. */
function isAdded(notices: readonly RefreshNotice[]): boolean {
  return notices.some(
    (n) =>
      n.code === "EvaluationSheetsAdded" &&
      Array.isArray(n.params.sheets) &&
      n.params.sheets.includes(VERIFICATION_SHEET),
  );
}

function mergeNotices(merge: VerificationMerge): RefreshNotice[] {
  const where = { sheet: VERIFICATION_SHEET };
  const ids = (list: readonly { readonly id: string }[]): readonly string[] => list.map((x) => x.id);
  return [
    ...(merge.add.length > 0
      ? [refreshNotice("VerificationAdded", { count: merge.add.length, ids: ids(merge.add) }, where)]
      : []),
    ...(merge.changed.length > 0 ? [refreshNotice("VerificationChanged", { ids: ids(merge.changed) }, where)] : []),
    ...(merge.gone.length > 0 ? [refreshNotice("VerificationGone", { ids: ids(merge.gone) }, where)] : []),
  ];
}

/** What the refresh would do with the dataset's notes, given the notices of its read (which sheets it adds). */
export async function verificationOfRefresh(
  port: RefreshVerificationPort,
  dataset: Pick<Dataset, "indicators">,
  readNotices: readonly RefreshNotice[],
): Promise<VerificationOfRefresh> {
  const notes = verificationsOfDataset(dataset);
  const table = await port.readRecordTable(VERIFICATION_CONTRACT);
  if (table.kind === "missing") {
    if (isAdded(readNotices)) {
      const merge = mergeVerifications(notes, []);
      return { merge, notices: mergeNotices(merge) };
    }
    const params = { sheet: VERIFICATION_SHEET, table: VERIFICATION_CONTRACT.table };
    return {
      merge: NO_VERIFICATION_MERGE,
      notices:
        notes.length > 0 ? [refreshNotice("VerificationTableMissing", params, { sheet: VERIFICATION_SHEET })] : [],
    };
  }
  const read = readVerificationItems(table);
  if (read.problems.length > 0) {
    const cells = read.problems.map((p) => p.path);
    return {
      merge: NO_VERIFICATION_MERGE,
      notices: [
        refreshNotice("VerificationNotMerged", { sheet: VERIFICATION_SHEET, cells }, { sheet: VERIFICATION_SHEET }),
      ],
    };
  }
  const kept = read.records.map((r) => ({ item: r.record, row: table.firstRow + r.index }));
  const merge = mergeVerifications(notes, kept);
  return { merge, notices: mergeNotices(merge) };
}

/** The dataset's columns of a kept row (its staff columns are not among them). */
function updateOf(u: VerificationUpdate, version: string): RecordRowUpdate<VerificationColumnKey> {
  return {
    key: { indicatorId: u.id },
    cells: {
      reading: { value: u.reading },
      reason: { value: u.reason },
      inDataset: { value: u.inDataset ? IN_DATASET : notInDataset(version) },
    },
  };
}

/** Writes the merge (after 「KPI一覧」 is written; a missing sheet was added by then). */
export async function applyVerification(
  port: RefreshVerificationPort,
  merge: VerificationMerge,
  datasetVersion: string,
): Promise<void> {
  if (isEmptyVerificationMerge(merge)) return;
  const options = { wrap: VERIFICATION_WRAPPED };
  const updates = [...merge.changed, ...merge.gone].map((u) => updateOf(u, datasetVersion));
  if (updates.length > 0) {
    const updated = await port.updateRecordRows(VERIFICATION_CONTRACT, updates, options);
    if (!updated.ok)
      throw new Error(`「${VERIFICATION_SHEET}」: the dataset's verification notes could not be written`);
  }
  if (merge.add.length > 0) {
    const added = await port.appendRecordRows(VERIFICATION_CONTRACT, merge.add.map(verificationRecordCells), options);
    // The read that decided this found the table and its headers; a refusal here means the workbook changed under us.
    if (!added.ok) throw new Error(`「${VERIFICATION_SHEET}」: the dataset's verification notes could not be appended`);
  }
  await fitRowHeights(
    port,
    [...merge.add, ...merge.changed].map((v) => v.id),
  );
}

/**
 * The rows written with new text (`ids`) as tall as a built workbook's rows for the same texts (the plan's
 * verificationRowHeight over the row as it reads now: staff's メモ counts too); a row one line fits is left alone.
 */
async function fitRowHeights(port: RefreshVerificationPort, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const table = await port.readRecordTable(VERIFICATION_CONTRACT);
  if (table.kind === "missing") return;
  const wanted = new Set(ids);
  const heights = readVerificationItems(table).records.flatMap((r) => {
    if (!wanted.has(r.record.id)) return [];
    const height = verificationRowHeight(r.record);
    return height === null ? [] : [{ row: table.firstRow + r.index, height }];
  });
  if (heights.length > 0) await port.setRowHeights(VERIFICATION_SHEET, heights);
}
