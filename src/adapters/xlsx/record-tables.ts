/**
 * The xlsx backend of RecordTablesPort (src/app/record-tables.ts) over one loaded exceljs workbook: the 効果検証
 * tables found by name, read, appended to and updated through the comments store's table helpers
 * (comments-store.ts); what each write touches is workbook/record-rows.ts's. No I/O.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../lib/a1";
import { missingTableProblem } from "../../workbook/comment-rows";
import type { RecordSheetContract } from "../../workbook/evaluation-columns";
import {
  appendRecordWrites,
  updateRecordWrites,
  type RecordCells,
  type RecordGrid,
  type RecordRowWrite,
  type RecordRowUpdate,
  type RecordWriteOptions,
} from "../../workbook/record-rows";
import type { WorkbookPlan } from "../../plan/types";
import type { Refused } from "../../workbook/comment-writes";
import { findHeadedTable, rowsOf, writeCells, type FoundTable, type StoreResult } from "./comments-store";
import { setTableRef } from "./exceljs-internals";
import { applyPlanToWorkbook } from "./write-workbook";

const missing = (table: string): StoreResult => ({ ok: false, problems: [missingTableProblem(table)] });

const gridOf = (t: FoundTable): RecordGrid => ({ headers: t.headers, rows: rowsOf(t), firstRow: t.range.top + 1 });

/**
 * One write to the table `name`: `decide` says which body rows get which cells (or refuses); rows past the table are
 * written below it and the table's reference grows over them.
 */
function writeTable(
  wb: ExcelJS.Workbook,
  name: string,
  decide: (grid: RecordGrid) => { readonly ok: true; readonly rows: readonly RecordRowWrite[] } | Refused,
): StoreResult {
  const t = findHeadedTable(wb, name);
  if (!t) return missing(name);
  const writes = decide(gridOf(t));
  if (!writes.ok) return writes;
  let bottom = t.range.bottom;
  for (const w of writes.rows) {
    const r = t.range.top + 1 + w.index;
    writeCells(t, r, w.cells);
    bottom = Math.max(bottom, r);
  }
  if (bottom > t.range.bottom)
    setTableRef(t.model, `${columnLetter(t.range.left)}${t.range.top}:${columnLetter(t.range.right)}${bottom}`);
  return { ok: true };
}

export function appendRecordRowsXlsx<K extends string>(
  wb: ExcelJS.Workbook,
  contract: RecordSheetContract<K>,
  rows: readonly RecordCells<K>[],
  options?: RecordWriteOptions<K>,
): StoreResult {
  return writeTable(wb, contract.table, (grid) => appendRecordWrites(contract, grid, rows, options));
}

export function updateRecordRowsXlsx<K extends string>(
  wb: ExcelJS.Workbook,
  contract: RecordSheetContract<K>,
  updates: readonly RecordRowUpdate<K>[],
  options?: RecordWriteOptions<K>,
): StoreResult {
  return writeTable(wb, contract.table, (grid) => updateRecordWrites(contract, grid, updates, options));
}

export function xlsxRecordTablesPort(wb: ExcelJS.Workbook) {
  return {
    readRecordTable: async <K extends string>(contract: RecordSheetContract<K>) => {
      const t = findHeadedTable(wb, contract.table);
      return t ? { kind: "table" as const, ...gridOf(t) } : { kind: "missing" as const };
    },
    appendRecordRows: async <K extends string>(
      contract: RecordSheetContract<K>,
      rows: readonly RecordCells<K>[],
      options?: RecordWriteOptions<K>,
    ) => appendRecordRowsXlsx(wb, contract, rows, options),
    updateRecordRows: async <K extends string>(
      contract: RecordSheetContract<K>,
      updates: readonly RecordRowUpdate<K>[],
      options?: RecordWriteOptions<K>,
    ) => updateRecordRowsXlsx(wb, contract, updates, options),
    // Only the new sheets: the workbook keeps its own metadata (as the committee's sheets are added).
    addRecordSheets: async (plan: WorkbookPlan) => applyPlanToWorkbook(wb, plan, { writeMetadata: false }),
  };
}
