/**
 * The refresh's part in 「指標見直し」 (issue #12): the dataset's target revisions (revisionsOfDataset) merged into the
 * ledger people keep (mergeDatasetRevisions), read through the record-tables port with the ledger's one reader
 * (workbook/revision-rows.ts) and 「評価履歴」's (closed-rows.ts) for the closed years. What it would add, what differs
 * and what a closed year refuses are notices of the refresh's plan, so the preview (the pane, the CLI's --dry-run)
 * lists them; the apply appends the rows after 「KPI一覧」 is written. A ledger or history it cannot read (or a table
 * that is gone while its sheet stays) adds nothing, and says why: a guess could write a second row for a key.
 */
import type { Dataset } from "../domain/dataset/schema";
import {
  mergeDatasetRevisions,
  NO_REVISION_MERGE,
  revisionsOfDataset,
  type RevisionMerge,
} from "../domain/evaluation/dataset-revisions";
import { closedYears } from "../domain/evaluation/closing";
import type { TargetRevision } from "../domain/evaluation/types";
import { revisionRecordCells } from "../plan/revisions-sheet";
import { readClosedRecords } from "../workbook/closed-rows";
import type { ReadRecords, RecordRows } from "../workbook/evaluation-cells";
import {
  CLOSED_CONTRACT,
  RECORD_HEADER_ROW,
  REVISIONS_CONTRACT,
  REVISIONS_SHEET,
  type RecordSheetContract,
} from "../workbook/evaluation-columns";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";
import { readRevisions } from "../workbook/revision-rows";
import type { RecordTablesPort } from "./record-tables";

/** What the refresh asks of the record tables: read the ledger and the history, append to the ledger. */
export type RefreshRecordsPort = Pick<RecordTablesPort, "readRecordTable" | "appendRecordRows">;

export interface RevisionsOfRefresh {
  readonly merge: RevisionMerge;
  readonly notices: readonly RefreshNotice[];
}

/** The sheets the refresh adds (repair.ts's EvaluationSheetsAdded, among the read's notices): read as empty. */
function addedSheets(notices: readonly RefreshNotice[]): Set<string> {
  const added = notices.filter((n) => n.code === "EvaluationSheetsAdded").flatMap((n) => n.params.sheets ?? []);
  return new Set(Array.isArray(added) ? added.map(String) : []);
}

/** A table's records; null (with its notice) when the table cannot be read as a whole. */
async function readAll<T>(
  port: RefreshRecordsPort,
  contract: RecordSheetContract<string>,
  read: (rows: RecordRows) => ReadRecords<T>,
  added: ReadonlySet<string>,
  notices: RefreshNotice[],
): Promise<ReadRecords<T>["records"] | null> {
  const table = await port.readRecordTable(contract);
  if (table.kind === "missing") {
    if (added.has(contract.sheet)) return [];
    notices.push(
      refreshNotice(
        "RevisionsTableMissing",
        { sheet: contract.sheet, table: contract.table },
        { sheet: contract.sheet },
      ),
    );
    return null;
  }
  const records = read(table);
  if (records.problems.length === 0) return records.records;
  const cells = records.problems.map((p) => p.path);
  notices.push(refreshNotice("RevisionsNotMerged", { sheet: contract.sheet, cells }, { sheet: contract.sheet }));
  return null;
}

const shown = (n: number | null): string => (n === null ? "" : String(n));
const targetYearOf = (r: TargetRevision): string => shown(r.revisedTargetYear ?? r.originalTargetYear);

/** The notices of a merge: added first (in the ledger's new order), then differences, then refusals. */
function mergeNotices(merge: RevisionMerge): RefreshNotice[] {
  const where = { sheet: REVISIONS_SHEET };
  return [
    ...merge.add.map((r) =>
      refreshNotice(
        "RevisionAdded",
        {
          id: r.indicatorId,
          fromYear: r.fromYear,
          target: r.revisedTarget,
          targetYear: targetYearOf(r),
          reason: r.reason,
        },
        where,
      ),
    ),
    ...merge.differing.map((d) =>
      refreshNotice(
        "RevisionDiffers",
        {
          row: d.row,
          id: d.ledger.indicatorId,
          fromYear: d.ledger.fromYear,
          ledger: d.ledger.revisedTarget,
          ledgerYear: targetYearOf(d.ledger),
          target: d.dataset.revisedTarget,
          targetYear: targetYearOf(d.dataset),
        },
        where,
      ),
    ),
    ...merge.closed.map((c) =>
      refreshNotice(
        "RevisionFromClosedYear",
        { id: c.revision.indicatorId, fromYear: c.revision.fromYear, closed: c.closed },
        where,
      ),
    ),
  ];
}

/**
 * What the refresh would do with the dataset's revisions, given the notices of its read (which sheets it adds). A
 * dataset without revisions reads nothing.
 */
export async function revisionsOfRefresh(
  port: RefreshRecordsPort,
  dataset: Dataset,
  readNotices: readonly RefreshNotice[],
): Promise<RevisionsOfRefresh> {
  const fromDataset = revisionsOfDataset(dataset);
  if (fromDataset.length === 0) return { merge: NO_REVISION_MERGE, notices: [] };
  const added = addedSheets(readNotices);
  const notices: RefreshNotice[] = [];
  const ledger = await readAll(port, REVISIONS_CONTRACT, readRevisions, added, notices);
  const history = await readAll(port, CLOSED_CONTRACT, readClosedRecords, added, notices);
  if (ledger === null || history === null) return { merge: NO_REVISION_MERGE, notices };
  const merge = mergeDatasetRevisions({
    dataset: fromDataset,
    ledger: ledger.map((l) => ({ record: l.record, row: l.index + RECORD_HEADER_ROW + 1 })),
    closedYears: closedYears(history),
  });
  return { merge, notices: mergeNotices(merge) };
}

/** Appends the revisions the merge adds (after 「KPI一覧」 is written; a missing ledger was added by then). */
export async function appendRevisions(port: RefreshRecordsPort, merge: RevisionMerge): Promise<void> {
  if (merge.add.length === 0) return;
  const result = await port.appendRecordRows(REVISIONS_CONTRACT, merge.add.map(revisionRecordCells));
  // The read that decided this found the table and its headers; a refusal here means the workbook changed under us.
  if (!result.ok) throw new Error(`「${REVISIONS_CONTRACT.sheet}」: the dataset's revisions could not be appended`);
}
