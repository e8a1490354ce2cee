/**
 * The xlsx backend of RecordTablesPort (src/app/record-tables.ts) over one loaded exceljs workbook: the 効果検証
 * tables found by name, read, appended to and updated through the comments store's table helpers
 * (comments-store.ts); what each write touches is workbook/record-rows.ts's. A row added below a table gets the
 * style and number format the plan gives the table's rows (plan/record-row-looks.ts), then its cells. No I/O.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../lib/a1";
import { missingTableProblem } from "../../workbook/comment-rows";
import type { RecordSheetContract } from "../../workbook/evaluation-columns";
import {
  appendRecordWrites,
  looksByTableColumn,
  updateRecordWrites,
  type RecordCells,
  type RecordGrid,
  type RecordRowWrite,
  type RecordRowUpdate,
  type RecordWriteOptions,
} from "../../workbook/record-rows";
import { appendedRowLook } from "../../plan/record-row-looks";
import type { WorkbookPlan } from "../../plan/types";
import type { Refused } from "../../workbook/comment-writes";
import { findHeadedTable, rowsOf, writeCells, type FoundTable, type StoreResult } from "./comments-store";
import { setTableRef } from "./exceljs-internals";
import { styleRow } from "./row-looks";
import { StyleCache } from "./styles";
import { applyPlanToWorkbook } from "./write-workbook";

const missing = (table: string): StoreResult => ({ ok: false, problems: [missingTableProblem(table)] });

const gridOf = (t: FoundTable): RecordGrid => ({ headers: t.headers, rows: rowsOf(t), firstRow: t.range.top + 1 });

/**
 * One write to the table `contract` names: `decide` says which body rows get which cells (or refuses); rows past the
 * table are styled as the plan's rows, written below it, and the table's reference grows over them.
 */
function writeTable<K extends string>(
  wb: ExcelJS.Workbook,
  contract: RecordSheetContract<K>,
  decide: (grid: RecordGrid) => { readonly ok: true; readonly rows: readonly RecordRowWrite[] } | Refused,
): StoreResult {
  const t = findHeadedTable(wb, contract.table);
  if (!t) return missing(contract.table);
  const writes = decide(gridOf(t));
  if (!writes.ok) return writes;
  const rowLook = appendedRowLook(contract);
  const looks = rowLook ? looksByTableColumn(contract, t.headers, rowLook) : [];
  const styles = new StyleCache();
  let bottom = t.range.bottom;
  for (const w of writes.rows) {
    const r = t.range.top + 1 + w.index;
    if (r > t.range.bottom) styleRow(t, r, looks, styles);
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
  return writeTable(wb, contract, (grid) => appendRecordWrites(contract, grid, rows, options));
}

export function updateRecordRowsXlsx<K extends string>(
  wb: ExcelJS.Workbook,
  contract: RecordSheetContract<K>,
  updates: readonly RecordRowUpdate<K>[],
  options?: RecordWriteOptions<K>,
): StoreResult {
  return writeTable(wb, contract, (grid) => updateRecordWrites(contract, grid, updates, options));
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
