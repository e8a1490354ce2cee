/**
 * A workbook built from a dataset, behind the two ports a refresh test drives (the refresh session and the record
 * tables), in each backend: Office (the recording fake Excel) and xlsx (a real exceljs workbook, written to bytes and
 * loaded back, as a file would be). Tests that also look at cells reach the backend's own workbook (`state`, `wb`).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { officeRecordTablesPort } from "../../src/adapters/office/record-tables";
import { officeRefreshPort } from "../../src/adapters/office/refresh-office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxRecordTablesPort } from "../../src/adapters/xlsx/record-tables";
import { xlsxRefreshPort } from "../../src/adapters/xlsx/refresh-book";
import type { RecordTablesPort } from "../../src/app/record-tables";
import type { RefreshSessionPort } from "../../src/app/refresh";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { createFakeExcel, type FakeWorkbookState } from "./fake-excel";

/** The dataset the pane ships with (seeds/kpi-dataset.json), validated. */
export function bundledDataset(): Dataset {
  return datasetSchema.parse(JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")));
}

export interface RefreshBook {
  /** A refresh session on the workbook, its clock stopped at the build's instant. */
  readonly refreshPort: () => RefreshSessionPort;
  readonly tables: RecordTablesPort;
  /** Deletes a sheet, as a person may. */
  readonly dropSheet: (name: string) => void;
}

/** The plan for `dataset`, rendered on the recording fake Excel. */
export async function officeRefreshBook(
  dataset: Dataset,
  at: string,
): Promise<RefreshBook & { readonly state: FakeWorkbookState }> {
  const excel = createFakeExcel();
  const built = await applyWorkbookPlan(excel.context, buildWorkbookPlan(dataset, { builtAt: new Date(at) }), {
    isSetSupported: () => true,
  });
  if (!built.ok) throw new Error("the fake workbook was not built");
  const host = {
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(excel.context),
    isSetSupported: () => true,
  };
  const state = excel.fake.state;
  return {
    state,
    refreshPort: () => officeRefreshPort(excel.context, { now: () => new Date(at) }),
    tables: officeRecordTablesPort(host),
    dropSheet: (name) => void state.sheets.splice(state.sheets.indexOf(state.sheet(name)), 1),
  };
}

/** The plan for `dataset`, written as an .xlsx and loaded back with exceljs. */
export async function xlsxRefreshBook(
  dataset: Dataset,
  at: string,
): Promise<RefreshBook & { readonly wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await writeWorkbookXlsx(buildWorkbookPlan(dataset, { builtAt: new Date(at) }))) as unknown as ArrayBuffer,
  );
  return {
    wb,
    refreshPort: () => xlsxRefreshPort(wb, { now: () => new Date(at) }),
    tables: xlsxRecordTablesPort(wb),
    dropSheet: (name) => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      wb.removeWorksheet(ws.id);
    },
  };
}
