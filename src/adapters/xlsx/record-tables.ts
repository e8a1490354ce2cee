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
  isBlankRow,
  updateRecordWrites,
  type RecordCells,
  type RecordRowUpdate,
  type RecordWriteOptions,
} from "../../workbook/record-rows";
import type { WorkbookPlan } from "../../plan/types";
import { findHeadedTable, rowsOf, writeCells, type StoreResult } from "./comments-store";
import { setTableRef } from "./exceljs-internals";
import { applyPlanToWorkbook } from "./write-workbook";

const missing = (table: string): StoreResult => ({ ok: false, problems: [missingTableProblem(table)] });

export function appendRecordRowsXlsx<K extends string>(
  wb: ExcelJS.Workbook,
  contract: RecordSheetContract<K>,
  rows: readonly RecordCells<K>[],
  options?: RecordWriteOptions<K>,
): StoreResult {
  const t = findHeadedTable(wb, contract.table);
  if (!t) return missing(contract.table);
  // The blank row an empty table carries is filled first.
  let r = isBlankRow(rowsOf(t).at(-1)) ? t.range.bottom : t.range.bottom + 1;
  const writes = appendRecordWrites(contract, t.headers, rows, r, options);
  if (!writes.ok) return writes;
  for (const cells of writes.rows) writeCells(t, r++, cells);
  const bottom = r - 1;
  if (bottom > t.range.bottom)
    setTableRef(t.model, `${columnLetter(t.range.left)}${t.range.top}:${columnLetter(t.range.right)}${bottom}`);
  return { ok: true };
}

export function updateRecordRowsXlsx<K extends string>(
  wb: ExcelJS.Workbook,
  contract: RecordSheetContract<K>,
  updates: readonly RecordRowUpdate<K>[],
  options?: RecordWriteOptions<K>,
): StoreResult {
  const t = findHeadedTable(wb, contract.table);
  if (!t) return missing(contract.table);
  const writes = updateRecordWrites(contract, t.headers, rowsOf(t), t.range.top + 1, updates, options);
  if (!writes.ok) return writes;
  for (const w of writes.rows) writeCells(t, t.range.top + 1 + w.index, w.cells);
  return { ok: true };
}

export function xlsxRecordTablesPort(wb: ExcelJS.Workbook) {
  return {
    readRecordTable: async <K extends string>(contract: RecordSheetContract<K>) => {
      const t = findHeadedTable(wb, contract.table);
      return t
        ? { kind: "table" as const, headers: t.headers, rows: rowsOf(t), firstRow: t.range.top + 1 }
        : { kind: "missing" as const };
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
