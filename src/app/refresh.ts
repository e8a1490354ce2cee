/**
 * refresh: read the workbook's KPI sheet → merge with the dataset (src/refresh) → show the preview, or write the plan
 * and a line in 「更新履歴」. Written once over RefreshPort; the pane (Office: the open workbook) and the CLI (xlsx: a
 * file) call it, each backend implements the port (adapters/office/refresh-office.ts, adapters/xlsx/refresh-book.ts)
 * and does only I/O. Every check runs before anything is written: a failure returns its problems and writes nothing.
 */
import type { Dataset } from "../domain/dataset/schema";
import type { HistoryEntry } from "../refresh/history";
import { mergeRefresh, type ConflictChoice, type RefreshPlan } from "../refresh/merge";
import { layoutOf, type KpiLayout } from "../workbook/kpi-columns";
import type { WorkbookState } from "../workbook/kpi-state";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";

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
  | { readonly ok: true; readonly plan: RefreshPlan; readonly state: WorkbookState }
  | { readonly ok: false; readonly stage: RefreshStage; readonly problems: readonly RefreshNotice[] };

/** Reads and merges only: what the preview shows; nothing is written. */
export async function previewRefresh(port: RefreshPort, input: PreviewRefreshInput): Promise<RefreshOutcome> {
  const read = await port.readKpi(layoutOf(input.dataset));
  if (!read.ok) return { ok: false, stage: "read", problems: read.problems };
  const merged = mergeRefresh({
    state: read.state,
    dataset: input.dataset,
    date: input.date,
    ...(input.choices ? { choices: input.choices } : {}),
  });
  if (!merged.ok) return { ok: false, stage: "merge", problems: merged.problems };
  return { ok: true, plan: merged.plan, state: read.state };
}

/** Reads, merges and writes (the same merge as the preview, refused when the workbook changed in between). */
export async function applyRefresh(port: RefreshPort, input: ApplyRefreshInput): Promise<RefreshOutcome> {
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
  return merged;
}
