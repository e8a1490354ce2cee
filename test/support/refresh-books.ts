/**
 * A workbook built from a dataset, behind the two ports a refresh test drives (the refresh session and the record
 * tables), in each backend: Office (the recording fake Excel) and xlsx (a real exceljs workbook, written to bytes and
 * loaded back, as a file would be), built and refreshed at the instant AT of test/fixtures/adapters/office-built.ts.
 * Tests that also look at cells reach the backend's own workbook (`state`, `wb`).
 */
import ExcelJS from "exceljs";
import { officeRecordTablesPort } from "../../src/adapters/office/record-tables";
import { officeRefreshPort } from "../../src/adapters/office/refresh-office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxRecordTablesPort } from "../../src/adapters/xlsx/record-tables";
import { xlsxRefreshPort } from "../../src/adapters/xlsx/refresh-book";
import type { RecordTablesPort } from "../../src/app/record-tables";
import type { RefreshSessionPort } from "../../src/app/refresh";
import type { Dataset } from "../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { AT, builtOffice, bundled } from "../fixtures/adapters/office-built";
import type { FakeWorkbookState } from "./fake-excel";

export interface RefreshBook {
  /** A refresh session on the workbook, its clock stopped at the build's instant. */
  readonly refreshPort: () => RefreshSessionPort;
  readonly tables: RecordTablesPort;
  /** Deletes a sheet, as a person may. */
  readonly dropSheet: (name: string) => void;
}

/** The plan for `dataset` (the bundled one unless given), rendered on the recording fake Excel. */
export async function officeRefreshBook(
  dataset: Dataset = bundled,
): Promise<RefreshBook & { readonly state: FakeWorkbookState }> {
  const excel = await builtOffice(dataset);
  const host = {
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(excel.context),
    isSetSupported: () => true,
  };
  const state = excel.fake.state;
  return {
    state,
    refreshPort: () => officeRefreshPort(excel.context, { now: () => new Date(AT) }),
    tables: officeRecordTablesPort(host),
    dropSheet: (name) => void state.sheets.splice(state.sheets.indexOf(state.sheet(name)), 1),
  };
}

/** The plan for `dataset` (the bundled one unless given), written as an .xlsx and loaded back with exceljs. */
export async function xlsxRefreshBook(
  dataset: Dataset = bundled,
): Promise<RefreshBook & { readonly wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await writeWorkbookXlsx(buildWorkbookPlan(dataset, { builtAt: new Date(AT) }))) as unknown as ArrayBuffer,
  );
  return {
    wb,
    refreshPort: () => xlsxRefreshPort(wb, { now: () => new Date(AT) }),
    tables: xlsxRecordTablesPort(wb),
    dropSheet: (name) => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      wb.removeWorksheet(ws.id);
    },
  };
}
