/**
 * RecordTablesPort: the generic table I/O the yearly 効果検証 use cases share (「評価」「総括意見」「評価履歴」
 * 「指標見直し」, contracts in src/workbook/evaluation-columns.ts). A backend reads a contract's table as header +
 * rows of scalars, appends rows, updates cells of rows found by their key columns, and adds sheets from a plan. What
 * a write touches is decided once in src/workbook/record-rows.ts; the backends (adapters/{office,xlsx}/record-tables.ts)
 * only find the table and write those cells.
 */
import type { CommentProblem } from "../domain/comments/problems";
import type { OfficeErrorInfo } from "../adapters/office";
import type { RecordSheetContract } from "../workbook/evaluation-columns";
import type { RecordCells, RecordGrid, RecordRowUpdate, RecordWriteOptions } from "../workbook/record-rows";
import type { WorkbookPlan } from "../plan/types";
import type { PlanApplyResult } from "./create-workbook";

export type { RecordCells, RecordGrid, RecordRowUpdate, RecordWriteOptions };

/** A table as read: missing (the workbook has no such table), or its header and rows. */
export type RecordTableRead = { readonly kind: "missing" } | ({ readonly kind: "table" } & RecordGrid);

/** A write's outcome: written, refused (missing table or header, a key that finds no row), or the backend failed. */
export type RecordWriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly problems: readonly CommentProblem[] }
  | { readonly ok: false; readonly error: OfficeErrorInfo };

export interface RecordTablesPort {
  /** The contract's table (found by name), as header + rows of scalars. */
  readRecordTable<K extends string>(contract: RecordSheetContract<K>): Promise<RecordTableRead>;
  /** Appends the rows below the table (the blank row an empty table carries is used first). */
  appendRecordRows<K extends string>(
    contract: RecordSheetContract<K>,
    rows: readonly RecordCells<K>[],
    options?: RecordWriteOptions<K>,
  ): Promise<RecordWriteResult>;
  /** Writes the given cells of the rows found by key; nothing is written when any key finds no row (or two). */
  updateRecordRows<K extends string>(
    contract: RecordSheetContract<K>,
    updates: readonly RecordRowUpdate<K>[],
    options?: RecordWriteOptions<K>,
  ): Promise<RecordWriteResult>;
  /** Adds the plan's sheets, leaving the workbook's metadata alone; refuses (SheetsExist) when they exist. */
  addRecordSheets(plan: WorkbookPlan): Promise<PlanApplyResult>;
}
