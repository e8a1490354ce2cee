/**
 * What the refresh puts back in the sheet's layout and tells the user: plan columns that were missing (added back in
 * the plan's place), and western years in the row above the year columns that were changed (the formulas read them).
 */
import { KPI_ROWS, type KpiColumnKey, type KpiLayout } from "../workbook/kpi-columns";
import type { WorkbookState } from "../workbook/kpi-state";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";

export function layoutNotices(layout: KpiLayout, state: WorkbookState): RefreshNotice[] {
  const sheet = state.sheetName;
  const out: RefreshNotice[] = [];
  const added = (code: "YearColumnAdded" | "ColumnAdded", key: KpiColumnKey): void => {
    out.push(refreshNotice(code, { header: layout.header(key) }, { sheet }));
  };
  for (const { year, key } of layout.yearKeys) {
    const header = state.columns[key];
    if (!header) {
      added("YearColumnAdded", key);
      continue;
    }
    const found = state.yearsRow[year];
    if (found === year) continue;
    const cell = header.address.replace(/\d+$/, String(KPI_ROWS.years));
    out.push(refreshNotice("YearsRowRestored", { cell, found: String(found ?? ""), year }, { sheet, cell }));
  }
  for (const key of [...layout.definitionKeys, ...layout.formulaKeys]) {
    if (!state.columns[key]) added("ColumnAdded", key);
  }
  return out;
}
