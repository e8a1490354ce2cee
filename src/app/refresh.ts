/**
 * refresh: read the workbook's KPI sheet → merge with the dataset (src/refresh) → show the preview, or write the plan
 * and a line in 「更新履歴」. Written once over RefreshPort; the pane (Office: the open workbook) and the CLI (xlsx: a
 * file) call it, each backend implements the port (adapters/office/refresh-office.ts, adapters/xlsx/refresh-book.ts)
 * and does only I/O. Every check runs before anything is written: a failure returns its problems and writes nothing.
 */
import type { Dataset } from "../domain/dataset/schema";
import type { RevisionMerge } from "../domain/evaluation/dataset-revisions";
import type { VerificationMerge } from "../domain/dataset/verification";
import type { HistoryEntry } from "../refresh/history";
import { mergeRefresh, type ConflictChoice, type RefreshPlan } from "../refresh/merge";
import { layoutOf, type KpiLayout } from "../workbook/kpi-columns";
import type { WorkbookState } from "../workbook/kpi-state";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";
import { appendRevisions, revisionsOfRefresh, type RefreshRecordsPort } from "./refresh-revisions";
import { applyVerification, verificationOfRefresh, type RefreshVerificationPort } from "./refresh-verification";
import {
  applyRecordColumns,
  recordColumnsOfRefresh,
  type RefreshRecordColumnsPort,
  type TableColumnsAddition,
} from "./refresh-record-columns";

export type RefreshRead =
  | { readonly ok: true; readonly state: WorkbookState }
  | { readonly ok: false; readonly problems: readonly RefreshNotice[] };

/** What the refresh needs of a backend: one session over one workbook, read first, then (maybe) written. */
export interface RefreshPort {
  /** Reads the KPI sheet with the plan period's columns (and what the write and the history line need later). */
  readKpi(layout: KpiLayout): Promise<RefreshRead>;
  /** Writes the plan read → merged from the last readKpi, the metadata, and the history line. */
  writeRefresh(change: {
    readonly plan: RefreshPlan;
    readonly dataset: Dataset;
    readonly history: HistoryEntry;
  }): Promise<void>;
}

/**
 * The refresh's session: the port above and the record tables over the same workbook, for the dataset's revisions
 * in 「指標見直し」 (refresh-revisions.ts), its verification notes in 「確認事項」 (refresh-verification.ts) and the
 * columns an older workbook's record tables lack (refresh-record-columns.ts). Each
 * backend's refresh port is both (adapters/{office,xlsx}).
 */
export type RefreshSessionPort = RefreshPort & RefreshRecordsPort & RefreshVerificationPort & RefreshRecordColumnsPort;

export interface PreviewRefreshInput {
  readonly dataset: Dataset;
  readonly choices?: Readonly<Record<string, ConflictChoice>>;
  /** ISO date of the refresh (written into 廃止 notes). */
  readonly date: string;
}

export interface ApplyRefreshInput {
  readonly dataset: Dataset;
  readonly choices?: Readonly<Record<string, ConflictChoice>>;
  readonly history: HistoryEntry;
  /** When given, the plan the user confirmed in the preview must still be what the merge yields now. */
  readonly expect?: (plan: RefreshPlan) => boolean;
}

export type RefreshStage = "load" | "read" | "merge";

export type RefreshOutcome =
  | {
      readonly ok: true;
      /** The merge's plan; its notices end with what happens to the dataset's revisions. */
      readonly plan: RefreshPlan;
      readonly state: WorkbookState;
      /** The dataset's revisions: appended to 「指標見直し」, differing from a typed row, refused (closed year). */
      readonly revisions: RevisionMerge;
      /** The dataset's verification notes in 「確認事項」: added, rewritten, marked as dropped (never removed). */
      readonly verification: VerificationMerge;
      /** Columns added at the end of record tables made before their contracts grew (「会議」's 事務局 …). */
      readonly recordColumns: readonly TableColumnsAddition[];
    }
  | { readonly ok: false; readonly stage: RefreshStage; readonly problems: readonly RefreshNotice[] };

/** Reads and merges only: what the preview shows; nothing is written. */
export async function previewRefresh(port: RefreshSessionPort, input: PreviewRefreshInput): Promise<RefreshOutcome> {
  const read = await port.readKpi(layoutOf(input.dataset));
  if (!read.ok) return { ok: false, stage: "read", problems: read.problems };
  const merged = mergeRefresh({
    state: read.state,
    dataset: input.dataset,
    date: input.date,
    ...(input.choices ? { choices: input.choices } : {}),
  });
  if (!merged.ok) return { ok: false, stage: "merge", problems: merged.problems };
  const revisions = await revisionsOfRefresh(port, input.dataset, read.state.notices);
  const verification = await verificationOfRefresh(port, input.dataset, read.state.notices);
  const columns = await recordColumnsOfRefresh(port);
  const more = [...revisions.notices, ...verification.notices, ...columns.notices];
  const plan = more.length === 0 ? merged.plan : { ...merged.plan, notices: [...merged.plan.notices, ...more] };
  return {
    ok: true,
    plan,
    state: read.state,
    revisions: revisions.merge,
    verification: verification.merge,
    recordColumns: columns.additions,
  };
}

/** Reads, merges and writes (the same merge as the preview, refused when the workbook changed in between). */
export async function applyRefresh(port: RefreshSessionPort, input: ApplyRefreshInput): Promise<RefreshOutcome> {
  const merged = await previewRefresh(port, {
    dataset: input.dataset,
    date: input.history.at.slice(0, 10),
    ...(input.choices ? { choices: input.choices } : {}),
  });
  if (!merged.ok) return merged;
  if (input.expect && !input.expect(merged.plan)) {
    return { ok: false, stage: "merge", problems: [refreshNotice("ChangedSincePreview")] };
  }
  await port.writeRefresh({ plan: merged.plan, dataset: input.dataset, history: input.history });
  await appendRevisions(port, merged.revisions);
  await applyVerification(port, merged.verification, input.dataset.datasetVersion);
  await applyRecordColumns(port, merged.recordColumns);
  return merged;
}
