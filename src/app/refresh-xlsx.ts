/**
 * The refresh use case over an .xlsx file's bytes (the CLI, tests, the bench). Its own module so that the pane, which
 * imports ./refresh, never bundles exceljs.
 */
import type { RefreshPlan } from "../refresh/merge";
import type { WorkbookState } from "../workbook/kpi-state";
import type { RefreshNotice } from "../workbook/refresh-notice";
import { loadXlsx, packXlsx, xlsxRefreshPort } from "../adapters/xlsx/refresh-book";
import {
  applyRefresh,
  previewRefresh,
  type ApplyRefreshInput,
  type PreviewRefreshInput,
  type RefreshOutcome,
  type RefreshStage,
} from "./refresh";

export type RefreshXlsxResult =
  | { readonly ok: true; readonly plan: RefreshPlan; readonly state: WorkbookState; readonly bytes: Buffer }
  | { readonly ok: false; readonly stage: RefreshStage; readonly problems: readonly RefreshNotice[] };

/** An .xlsx's bytes refreshed: the new bytes, or the problems and no bytes. */
export async function refreshXlsx(
  input: { readonly xlsx: Uint8Array } & ApplyRefreshInput,
): Promise<RefreshXlsxResult> {
  const wb = await loadXlsx(input.xlsx);
  if (!wb.ok) return { ok: false, stage: "load", problems: [wb.problem] };
  const result = await applyRefresh(xlsxRefreshPort(wb.workbook), input);
  if (!result.ok) return result;
  return { ...result, bytes: await packXlsx(wb.workbook) };
}

/** The preview of an .xlsx's refresh (today's date unless given). */
export async function previewRefreshXlsx(
  input: { readonly xlsx: Uint8Array } & Omit<PreviewRefreshInput, "date"> & { readonly date?: string },
): Promise<RefreshOutcome> {
  const wb = await loadXlsx(input.xlsx);
  if (!wb.ok) return { ok: false, stage: "load", problems: [wb.problem] };
  return previewRefresh(xlsxRefreshPort(wb.workbook), {
    ...input,
    date: input.date ?? new Date().toISOString().slice(0, 10),
  });
}
