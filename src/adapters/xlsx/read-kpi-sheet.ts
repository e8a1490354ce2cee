/**
 * An .xlsx (loaded with exceljs) → WorkbookState for the refresh: exceljs → sheet summaries → locate the KPI table
 * (workbook/kpi-locate.ts) → a Grid of that sheet → the one reader (workbook/kpi-grid-reader.ts). This module only
 * reads cells; every rule about what they mean is in the workbook layer, shared with the Office.js backend.
 */
import type ExcelJS from "exceljs";
import { readCommentBook } from "./comments-store";
import { formulaOf, noteText, scalarOf, tableModel, tableRange } from "./exceljs-internals";
import type { KpiLayout } from "../../workbook/kpi-columns";
import { KPI_TABLE } from "../../workbook/names";
import type { Grid } from "../../workbook/grid";
import { stateFromGrid } from "../../workbook/kpi-grid-reader";
import { HEADER_SEARCH_ROWS, headerCandidates, locateKpiTable, type SheetSummary } from "../../workbook/kpi-locate";
import type { Scalar } from "../../lib/scalar";
import type { CommentRef, RefreshNotice, WorkbookState } from "../../workbook/kpi-state";
import { readMetadataXlsx } from "./metadata-sheet";
import { cellAddress } from "../../lib/a1";

export type ReadKpiResult =
  | {
      readonly ok: true;
      readonly state: WorkbookState;
      readonly worksheet: ExcelJS.Worksheet;
      /** Last row of the KPI data; rows below it are people's own and stay (moved down if the table grows). */
      readonly dataBottom: number;
    }
  | { readonly ok: false; readonly problems: readonly RefreshNotice[] };

/** Values of sheet rows top..bottom (each row as long as its last cell). */
function valuesOf(ws: ExcelJS.Worksheet, top: number, bottom: number): Scalar[][] {
  const out: Scalar[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: Scalar[] = [];
    ws.getRow(r).eachCell((cell, c) => {
      row[c - 1] = scalarOf(cell.value);
    });
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    out.push(row);
  }
  return out;
}

/** What locating needs of each sheet: where the table "KPI" is, and the first rows of the sheets it may have to search. */
function summaries(wb: ExcelJS.Workbook): SheetSummary[] {
  const tables = wb.worksheets.map((ws) => {
    const model = tableModel(ws, KPI_TABLE);
    return model ? tableRange(model) : null;
  });
  const search = tables.some((t) => t !== null) ? [] : headerCandidates(wb.worksheets.map((ws) => ws.name));
  return wb.worksheets.map((ws, i) => ({
    name: ws.name,
    kpiTable: tables[i] ?? null,
    ...(search.includes(ws.name)
      ? { topRows: { top: 1, values: valuesOf(ws, 1, Math.min(HEADER_SEARCH_ROWS, ws.rowCount)) } }
      : {}),
  }));
}

/** The sheet from `top` down to its last row, every column it uses: values, formulas, formats, notes, hidden flags. */
function gridOf(ws: ExcelJS.Worksheet, top: number, headerRow: number): Grid {
  const values: Scalar[][] = [];
  const formulas: Scalar[][] = [];
  const numberFormats: Scalar[][] = [];
  const notes = new Map<string, string>();
  const hiddenRows = new Set<number>();
  for (let r = top; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.hidden) hiddenRows.add(r);
    const v: Scalar[] = [];
    const f: Scalar[] = [];
    const nf: Scalar[] = [];
    // Empty cells too: a note can sit on an empty cell.
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      v[c - 1] = scalarOf(cell.value);
      const formula = formulaOf(cell);
      if (formula) f[c - 1] = `=${formula}`;
      if (cell.numFmt) nf[c - 1] = cell.numFmt;
      const note = noteText(cell.note);
      if (note) notes.set(cellAddress(c, r), note);
    });
    values.push(v);
    formulas.push(f);
    numberFormats.push(nf);
  }
  // Columns as far right as the sheet or its header row reaches (exceljs counts either).
  const right = Math.max(ws.columnCount, ws.getRow(headerRow).cellCount);
  const header = values[headerRow - top];
  if (header) for (let c = header.length; c < right; c++) header[c] = null;
  const hiddenColumns = new Set<number>();
  const columnWidths = new Map<number, number>();
  for (let c = 1; c <= right; c++) {
    const column = ws.getColumn(c);
    if (column.hidden) hiddenColumns.add(c);
    if (column.width !== undefined) columnWidths.set(c, column.width);
  }
  return {
    sheetName: ws.name,
    top,
    left: 1,
    values,
    formulas,
    numberFormats,
    notes,
    hiddenRows,
    hiddenColumns,
    columnWidths,
  };
}

/** Reads the KPI table, its user columns and the comment targets; damage is returned as problems. */
export function readKpiState(wb: ExcelJS.Workbook, layout: KpiLayout): ReadKpiResult {
  const where = locateKpiTable(summaries(wb), layout);
  if (!where.ok) return { ok: false, problems: [where.problem] };
  const ws = wb.getWorksheet(where.sheetName) as ExcelJS.Worksheet;
  const meta = readMetadataXlsx(wb);
  // A workbook without the comment sheets has no comments (readCommentBook reports the missing tables as data).
  const comments: CommentRef[] = readCommentBook(wb).comments.records.map(({ record }) => ({
    id: record.id,
    targetId: record.target.kind === "strategy" ? "全体" : record.target.id,
  }));
  const read = stateFromGrid({
    layout,
    grid: gridOf(ws, Math.max(1, where.headerRow - 1), where.headerRow),
    headerRow: where.headerRow,
    tableBottom: where.tableBottom,
    datasetVersion: meta.ok ? meta.metadata.datasetVersion : null,
    planVersion: meta.ok ? meta.metadata.planVersion : null,
    comments,
    notices: where.notices,
  });
  if (!read.ok) return read;
  return { ok: true, state: read.state, worksheet: ws, dataBottom: read.dataBottom };
}
