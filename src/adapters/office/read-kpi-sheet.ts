/**
 * The KPI table through Office.js → WorkbookState: Office.js → sheet summaries → locate the table
 * (workbook/kpi-locate.ts) → a Grid → the one reader (workbook/kpi-grid-reader.ts), as the exceljs backend does.
 *
 * With the table "KPI" (wherever it is): its header and body as values + formulas + number formats and the years row
 * above, in one batched read (two syncs: one to learn whether the table exists, one for the ranges), plus the
 * comments' targets (comments-store). Without it: the used range of 「KPI一覧」 (or, when that sheet is gone too, of
 * every sheet, to find the one with the KPI header row). Notes, hidden rows and column widths are not read here:
 * Office.js gives them per cell or per column only, at a cost the refresh does not need (its writer keeps them).
 */
import type { KpiLayout } from "../../workbook/kpi-columns";
import { KPI_TABLE } from "../../workbook/names";
import type { Grid } from "../../workbook/grid";
import { stateFromGrid, type KpiGridInput } from "../../workbook/kpi-grid-reader";
import { HEADER_SEARCH_ROWS, headerCandidates, locateKpiTable } from "../../workbook/kpi-locate";
import type { Scalar } from "../../lib/scalar";
import type { CommentRef, RefreshNotice, WorkbookState } from "../../workbook/kpi-state";
import { METADATA_SHEET, readMetadataCopies, type MetadataReadResult } from "../../workbook/metadata";
import { sheetCopyRange, sheetCopyText } from "./metadata-sheet";
import { parseRange } from "../../lib/a1";
import { readCommentBookOffice } from "./comments-store";
import { refreshNotice } from "../../workbook/refresh-notice";
import { savedFilters, type SavedFilter } from "./table-filters";

export interface OfficeKpiRead {
  readonly state: WorkbookState;
  /** Address of the table (without the sheet), null when it was gone and the sheet was read by its headers. */
  readonly tableAddress: string | null;
  /** Last row of the KPI data as found. */
  readonly dataBottom: number;
  /** 「更新履歴」: next free row, or null when the sheet does not exist. */
  readonly historyNextRow: number | null;
  /** Every sheet of the workbook, and the workbook's names that point at a sheet it has (refresh/repair.ts). */
  readonly sheetNames: readonly string[];
  readonly resolvedNames: ReadonlySet<string>;
  /** The workbook's metadata from its two copies (src/workbook/metadata.ts). */
  readonly metadata: MetadataReadResult;
  /**
   * Rows of the KPI data were hidden (a filter, or by hand): the writer clears the filter and shows them before it
   * writes, since Excel writes a 2-D array over filtered rows into the wrong cells (office-js issue #224).
   */
  readonly hiddenRows: boolean;
  /** The table's column filters, read before the writer clears them so that it can put them back (table-filters.ts). */
  readonly filters: readonly SavedFilter[];
  readonly syncs: number;
}

export type OfficeKpiReadResult =
  | ({ readonly ok: true } & OfficeKpiRead)
  | { readonly ok: false; readonly problems: readonly RefreshNotice[]; readonly syncs: number };

const stripSheet = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

type Rows = Scalar[][];

/** Comment targets through the comments store (a workbook without its sheets has none). */
async function commentRefs(context: Excel.RequestContext): Promise<CommentRef[]> {
  const book = await readCommentBookOffice(context).catch(() => null);
  return (book?.comments.records ?? []).map(({ record }) => ({
    id: record.id,
    targetId: record.target.kind === "strategy" ? "全体" : record.target.id,
  }));
}

/**
 * Names that point at a cell of a sheet the workbook has. A name whose sheet was deleted reads "=#REF!$B$4" in Excel
 * (NamedItem.value: "for a named range, the range address"; ExcelApi 1.1), so it counts as missing.
 */
function resolvedNamesOf(items: readonly { name: string; value?: unknown }[], sheets: readonly string[]): Set<string> {
  const has = new Set(sheets);
  const out = new Set<string>();
  for (const item of items) {
    // A value that did not come back (a host or fake without it) cannot say the name is broken: it counts as there.
    if (typeof item.value !== "string") {
      out.add(item.name);
      continue;
    }
    const value = item.value.replace(/^=/, "");
    const at = value.lastIndexOf("!");
    const sheet = value.slice(0, Math.max(0, at)).replace(/^'|'$/g, "").replace(/''/g, "'");
    if (at > 0 && !value.includes("#REF!") && has.has(sheet)) out.add(item.name);
  }
  return out;
}

type ReadRest = Omit<OfficeKpiRead, "state" | "dataBottom" | "metadata">;

/** Range.rowHidden (ExcelApi 1.2): false when no row of the range is hidden, true or null (mixed) otherwise. */
const anyHidden = (range: { rowHidden?: boolean | null }): boolean => range.rowHidden !== false;

/** The metadata's two copies: the description's text, and A1 of the hidden sheet when it exists. */
interface MetadataCopies {
  readonly description: string;
  readonly sheet: Excel.Range | null;
}

/** Queues the load of the hidden sheet's copy when `sheets` has it (read after the next sync). */
function loadSheetCopy(wb: Excel.Workbook, sheets: readonly string[]): Excel.Range | null {
  return sheets.includes(METADATA_SHEET) ? sheetCopyRange(wb).load("values") : null;
}

function read(
  input: Omit<KpiGridInput, "datasetVersion" | "planVersion" | "comments">,
  copies: MetadataCopies,
  comments: readonly CommentRef[],
  rest: ReadRest,
): OfficeKpiReadResult {
  const metadata = readMetadataCopies({
    description: copies.description,
    sheet: copies.sheet ? sheetCopyText(copies.sheet.values) : null,
  });
  const datasetVersion = metadata.ok ? metadata.metadata.datasetVersion : null;
  const planVersion = metadata.ok ? metadata.metadata.planVersion : null;
  const result = stateFromGrid({ ...input, datasetVersion, planVersion, comments });
  if (!result.ok) return { ok: false, problems: result.problems, syncs: rest.syncs };
  const state = rest.hiddenRows
    ? {
        ...result.state,
        notices: [
          ...result.state.notices,
          refreshNotice("FilterCleared", { sheet: result.state.sheetName }, { sheet: result.state.sheetName }),
        ],
      }
    : result.state;
  return { ok: true, state, dataBottom: result.dataBottom, metadata, ...rest };
}

export async function readKpiStateOffice(
  context: Excel.RequestContext,
  historySheet: string,
  layout: KpiLayout,
): Promise<OfficeKpiReadResult> {
  const wb = context.workbook;
  const table = wb.tables.getItemOrNullObject(KPI_TABLE);
  table.load("name");
  const sheets = wb.worksheets.load("items/name");
  const props = wb.properties.load("comments");
  const namedItems = wb.names.load("items/name,items/value");
  await context.sync();
  const names = sheets.items.map((x) => x.name);
  const resolvedNames = resolvedNamesOf(namedItems.items, names);
  if (table.isNullObject) {
    return readWithoutTable(context, names, props.comments, historySheet, layout, resolvedNames);
  }
  let syncs = 1;
  const sheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,formulas,numberFormat,rowHidden");
  const whole = table.getRange().load("address");
  const columns = table.columns.load("items/name,items/filter/criteria");
  const historyUsed = names.includes(historySheet)
    ? wb.worksheets.getItem(historySheet).getUsedRange().load("address")
    : null;
  const sheetCopy = loadSheetCopy(wb, names);
  await context.sync();
  syncs++;
  const tableRange = parseRange(stripSheet(whole.address));
  const yearsRowRange =
    tableRange.top > 1
      ? sheet
          .getRangeByIndexes(tableRange.top - 2, tableRange.left - 1, 1, tableRange.right - tableRange.left + 1)
          .load("values")
      : null;
  // The comments reader syncs the queued years-row load along with its own reads.
  const comments = await commentRefs(context);
  syncs += 1;
  if (yearsRowRange) {
    await context.sync();
    syncs++;
  }
  const where = locateKpiTable(
    names.map((name) => ({ name, kpiTable: name === sheet.name ? tableRange : null })),
    layout,
  );
  if (!where.ok) return { ok: false, problems: [where.problem], syncs };
  // The rows above the header other than the years row are not needed: the grid starts at the years row.
  const above: Rows = yearsRowRange ? [yearsRowRange.values[0] as Scalar[]] : [];
  const grid: Grid = {
    sheetName: sheet.name,
    top: tableRange.top - above.length,
    left: tableRange.left,
    values: [...above, (header.values[0] ?? []) as Scalar[], ...(body.values as Rows)],
    formulas: [...above.map(() => undefined), undefined, ...(body.formulas as Rows)],
    numberFormats: [...above.map(() => undefined), undefined, ...(body.numberFormat as Rows)],
  };
  return read(
    { layout, grid, headerRow: tableRange.top, tableBottom: tableRange.bottom, notices: where.notices },
    { description: props.comments, sheet: sheetCopy },
    comments,
    {
      tableAddress: stripSheet(whole.address),
      historyNextRow: historyUsed ? parseRange(stripSheet(historyUsed.address)).bottom + 1 : null,
      sheetNames: names,
      resolvedNames,
      hiddenRows: anyHidden(body),
      filters: savedFilters(columns.items),
      syncs,
    },
  );
}

/**
 * The table "KPI" is gone (converted to a range, or deleted with its sheet kept): read 「KPI一覧」's used range (or
 * every sheet's, when that sheet is gone too) and find the header row by its 「ID」 and 「指標名」 cells. The writer
 * then creates the table again.
 */
async function readWithoutTable(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  metadataText: string,
  historySheet: string,
  layout: KpiLayout,
  resolvedNames: ReadonlySet<string>,
): Promise<OfficeKpiReadResult> {
  let syncs = 1;
  const wb = context.workbook;
  const candidates = headerCandidates(sheetNames);
  // One candidate (「KPI一覧」): everything the grid needs in this one read; several: their values, to search.
  const properties = candidates.length === 1 ? "values,formulas,numberFormat,address,rowHidden" : "values,address";
  const used = candidates.map((name) => wb.worksheets.getItem(name).getUsedRange().load(properties));
  const historyUsed = sheetNames.includes(historySheet)
    ? wb.worksheets.getItem(historySheet).getUsedRange().load("address")
    : null;
  const sheetCopy = loadSheetCopy(wb, sheetNames);
  await context.sync();
  syncs++;
  const ranges = used.map((u) => parseRange(stripSheet(u.address)));
  const where = locateKpiTable(
    sheetNames.map((name) => {
      const i = candidates.indexOf(name);
      const range = ranges[i];
      const values = used[i]?.values as Rows | undefined;
      return range && values
        ? { name, topRows: { top: range.top, values: values.slice(0, HEADER_SEARCH_ROWS) } }
        : { name };
    }),
    layout,
  );
  if (!where.ok) return { ok: false, problems: [where.problem], syncs };
  let found = used[candidates.indexOf(where.sheetName)] as Excel.Range;
  if (candidates.length > 1) {
    found = wb.worksheets
      .getItem(where.sheetName)
      .getUsedRange()
      .load("values,formulas,numberFormat,address,rowHidden");
    await context.sync();
    syncs++;
  }
  const comments = await commentRefs(context);
  syncs++;
  const range = parseRange(stripSheet(found.address));
  const grid: Grid = {
    sheetName: where.sheetName,
    top: range.top,
    left: range.left,
    values: found.values as Rows,
    formulas: found.formulas as Rows,
    numberFormats: found.numberFormat as Rows,
  };
  return read(
    { layout, grid, headerRow: where.headerRow, tableBottom: null, notices: where.notices },
    { description: metadataText, sheet: sheetCopy },
    comments,
    {
      tableAddress: null,
      historyNextRow: historyUsed ? parseRange(stripSheet(historyUsed.address)).bottom + 1 : null,
      sheetNames,
      resolvedNames,
      hiddenRows: anyHidden(found),
      // No table, no table filter (a sheet autoFilter over a range is not read: the xlsx refresh drops it too).
      filters: [],
      syncs,
    },
  );
}
