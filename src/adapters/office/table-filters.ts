/**
 * The KPI table's column filters across an Office.js refresh. The writer has to clear the filter before it writes
 * (office-js #224: a 2-D write over filtered rows lands in the wrong cells) and the table is made again, so the
 * filters are read with the table (TableColumn.filter.criteria, ExcelApi 1.2) and applied again to the new table
 * (Filter.apply, 1.2), each to the column with the same meaning: a plan column by the tolerant header match (an edited
 * era label that keeps its 「(2024)」 is the 2024 column), a column people added by its text. A filtered column the new
 * table does not have is skipped and named in a notice.
 */
import { matchHeader } from "../../workbook/kpi-headers";
import type { KpiLayout } from "../../workbook/kpi-columns";
import type { FoundHeader } from "../../workbook/kpi-state";

/** A column's filter as read: the header it was on and the criteria Excel gave. */
export interface SavedFilter {
  readonly header: string;
  readonly criteria: Excel.FilterCriteria;
}

/** The filters of the loaded columns (`columns.load("items/name,items/filter/criteria")`); unfiltered ones left out. */
export function savedFilters(
  items: readonly { readonly name: string; readonly filter: { readonly criteria: Excel.FilterCriteria | null } }[],
): SavedFilter[] {
  const out: SavedFilter[] = [];
  for (const item of items) {
    const criteria = item.filter.criteria;
    // An unfiltered column has no criteria, or criteria with no filterOn.
    if (criteria && typeof criteria.filterOn === "string" && (criteria.filterOn as string) !== "") {
      out.push({ header: item.name, criteria: withoutEmpty(criteria) });
    }
  }
  return out;
}

/** The criteria without the fields Excel returns empty (null), which apply() does not take back. */
function withoutEmpty(criteria: Excel.FilterCriteria): Excel.FilterCriteria {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(criteria)) if (value !== null && value !== undefined) out[key] = value;
  return out as unknown as Excel.FilterCriteria;
}

/** Which saved filters go on which header of the new table, and which columns are gone. */
export function filtersToRestore(
  saved: readonly SavedFilter[],
  layout: KpiLayout,
  extraColumns: readonly FoundHeader[],
): { readonly apply: readonly SavedFilter[]; readonly skipped: readonly string[] } {
  const extras = new Set(extraColumns.filter((e) => e.text !== "").map((e) => e.text));
  const apply: SavedFilter[] = [];
  const skipped: string[] = [];
  for (const filter of saved) {
    const match = matchHeader(filter.header, layout);
    if (match.kind === "plan") apply.push({ ...filter, header: layout.header(match.key) });
    else if (match.kind === "extra" && extras.has(filter.header)) apply.push(filter);
    else skipped.push(filter.header);
  }
  return { apply, skipped };
}

/** Queues the filters on the table (after the table and its header cells exist in the same request). */
export function queueFilters(table: Excel.Table, filters: readonly SavedFilter[]): number {
  for (const f of filters) table.columns.getItem(f.header).filter.apply(f.criteria);
  return filters.length;
}
