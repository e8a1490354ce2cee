/**
 * One refresh of an .xlsx, start to end: load → read the KPI table (readKpiState) → merge → apply → pack. Every
 * check runs before anything is written; a failure at any step returns its problems and no bytes.
 */
import ExcelJS from "exceljs";
import type { Dataset } from "../../domain/dataset/schema";
import type { HistoryEntry } from "../../refresh/history";
import { mergeRefresh, type ConflictChoice, type RefreshPlan } from "../../refresh/merge";
import type { RefreshNotice, WorkbookState } from "../../workbook/kpi-state";
import { layoutOf } from "../../workbook/kpi-columns";
import { prepareLoadedWorkbookForWrite } from "./prepare-loaded";
import { readKpiState } from "./read-kpi-sheet";
import { applyRefreshXlsx } from "./refresh-xlsx";

export interface RefreshXlsxInput {
  readonly xlsx: Uint8Array;
  readonly dataset: Dataset;
  readonly choices?: Readonly<Record<string, ConflictChoice>>;
  readonly history: HistoryEntry;
}

export type RefreshXlsxResult =
  | { readonly ok: true; readonly plan: RefreshPlan; readonly state: WorkbookState; readonly bytes: Buffer }
  | { readonly ok: false; readonly stage: "load" | "read" | "merge"; readonly problems: readonly RefreshNotice[] };

export async function loadXlsx(xlsx: Uint8Array): Promise<ExcelJS.Workbook | RefreshNotice> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    return wb;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { code: "NotXlsx", ja: `.xlsx として読めません: ${reason}`, en: `not a readable .xlsx: ${reason}` };
  }
}

/** Reads and merges only: what the preview shows. */
export async function previewRefreshXlsx(input: Omit<RefreshXlsxInput, "history">): Promise<
  | {
      readonly ok: true;
      readonly plan: RefreshPlan;
      readonly state: WorkbookState;
      readonly workbook: ExcelJS.Workbook;
      readonly worksheet: ExcelJS.Worksheet;
    }
  | { readonly ok: false; readonly stage: "load" | "read" | "merge"; readonly problems: readonly RefreshNotice[] }
> {
  const wb = await loadXlsx(input.xlsx);
  if (!(wb instanceof ExcelJS.Workbook)) return { ok: false, stage: "load", problems: [wb] };
  const read = readKpiState(wb, layoutOf(input.dataset));
  if (!read.ok) return { ok: false, stage: "read", problems: read.problems };
  const date = new Date().toISOString().slice(0, 10);
  const merged = mergeRefresh({
    state: read.state,
    dataset: input.dataset,
    date,
    ...(input.choices ? { choices: input.choices } : {}),
  });
  if (!merged.ok) return { ok: false, stage: "merge", problems: merged.problems };
  return { ok: true, plan: merged.plan, state: read.state, workbook: wb, worksheet: read.worksheet };
}

export async function refreshXlsx(input: RefreshXlsxInput): Promise<RefreshXlsxResult> {
  const wb = await loadXlsx(input.xlsx);
  if (!(wb instanceof ExcelJS.Workbook)) return { ok: false, stage: "load", problems: [wb] };
  const read = readKpiState(wb, layoutOf(input.dataset));
  if (!read.ok) return { ok: false, stage: "read", problems: read.problems };
  const merged = mergeRefresh({
    state: read.state,
    dataset: input.dataset,
    date: input.history.at.slice(0, 10),
    ...(input.choices ? { choices: input.choices } : {}),
  });
  if (!merged.ok) return { ok: false, stage: "merge", problems: merged.problems };
  applyRefreshXlsx({
    workbook: wb,
    worksheet: read.worksheet,
    state: read.state,
    plan: merged.plan,
    dataset: input.dataset,
    history: input.history,
    dataBottom: read.dataBottom,
  });
  prepareLoadedWorkbookForWrite(wb);
  const data = await wb.xlsx.writeBuffer();
  return { ok: true, plan: merged.plan, state: read.state, bytes: Buffer.from(data as ArrayBuffer) };
}
