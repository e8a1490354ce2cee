/**
 * The xlsx side of the refresh use case (src/app/refresh.ts RefreshPort): load the bytes, read the KPI sheet
 * (read-kpi-sheet.ts), write the plan (refresh-xlsx.ts), pack the bytes. I/O only; the use case merges and decides.
 */
import ExcelJS from "exceljs";
import type { Dataset } from "../../domain/dataset/schema";
import type { HistoryEntry } from "../../refresh/history";
import type { RefreshPlan } from "../../refresh/merge";
import type { KpiLayout } from "../../workbook/kpi-columns";
import { refreshNotice, type RefreshNotice } from "../../workbook/refresh-notice";
import { prepareLoadedWorkbookForWrite } from "./prepare-loaded";
import { readKpiState, type ReadKpiResult } from "./read-kpi-sheet";
import { applyRefreshXlsx } from "./refresh-xlsx";

export async function loadXlsx(
  xlsx: Uint8Array,
): Promise<
  { readonly ok: true; readonly workbook: ExcelJS.Workbook } | { readonly ok: false; readonly problem: RefreshNotice }
> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    return { ok: true, workbook: wb };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: refreshNotice("NotXlsx", { reason }) };
  }
}

/** The workbook as .xlsx bytes (tables LibreOffice saved made fit to write first). */
export async function packXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  prepareLoadedWorkbookForWrite(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The refresh port over one loaded workbook: what was read is kept for the write. */
export function xlsxRefreshPort(wb: ExcelJS.Workbook) {
  let read: Extract<ReadKpiResult, { ok: true }> | null = null;
  return {
    async readKpi(layout: KpiLayout) {
      const result = readKpiState(wb, layout);
      read = result.ok ? result : null;
      return result.ok ? { ok: true as const, state: result.state } : result;
    },
    async writeRefresh(change: { plan: RefreshPlan; dataset: Dataset; history: HistoryEntry }): Promise<void> {
      if (!read) throw new Error("writeRefresh before a successful readKpi");
      applyRefreshXlsx({
        workbook: wb,
        worksheet: read.worksheet,
        state: read.state,
        dataBottom: read.dataBottom,
        ...change,
      });
    },
  };
}
