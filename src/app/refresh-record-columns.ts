/**
 * The refresh's part in the record tables' contracts (issue #13): a table made before a column was added to its
 * contract (「会議」's 傍聴者, 公開区分, 事務局) gets the column at its end (refresh/record-columns.ts decides), so the
 * pane's new fields can write there. The preview lists it (one notice per table); the apply adds the columns after
 * 「KPI一覧」 is written. A table that is missing, or has every column, gets nothing.
 */
import {
  GROWING_CONTRACTS,
  missingRecordColumns,
  recordColumnsNotices,
  type TableColumnsAddition,
} from "../refresh/record-columns";
import type { Scalar } from "../lib/scalar";
import type { RefreshNotice } from "../workbook/refresh-notice";

export type { TableColumnsAddition };

/** What the refresh asks of the record tables here: their header rows, room beside one, columns added at its end. */
export interface RefreshRecordColumnsPort {
  /** Each named table's header row; a table the workbook lacks is absent. */
  readonly readTableHeaders: (tables: readonly string[]) => Promise<ReadonlyMap<string, readonly Scalar[]>>;
  /** Whether the `width` columns right of the table hold nothing on its rows (asked only of a table that grows). */
  readonly hasRoomRight: (table: string, width: number) => Promise<boolean>;
  readonly addTableColumns: (addition: TableColumnsAddition) => Promise<void>;
}

export interface RecordColumnsOfRefresh {
  readonly additions: readonly TableColumnsAddition[];
  readonly notices: readonly RefreshNotice[];
}

/**
 * The columns each record table of the workbook lacks (tables found by name, read by their headers). A table with
 * something typed right of it gets nothing (the columns would cover it), and says so.
 */
export async function recordColumnsOfRefresh(port: RefreshRecordColumnsPort): Promise<RecordColumnsOfRefresh> {
  const headers = await port.readTableHeaders(GROWING_CONTRACTS.map((c) => c.table));
  const additions: TableColumnsAddition[] = [];
  const blocked: TableColumnsAddition[] = [];
  for (const contract of GROWING_CONTRACTS) {
    const found = headers.get(contract.table);
    const addition = found ? missingRecordColumns(contract, found) : null;
    if (!addition) continue;
    const room = await port.hasRoomRight(addition.table, addition.columns.length);
    (room ? additions : blocked).push(addition);
  }
  return { additions, notices: recordColumnsNotices(additions, blocked) };
}

/** Adds the columns (after 「KPI一覧」 is written). */
export async function applyRecordColumns(
  port: RefreshRecordColumnsPort,
  additions: readonly TableColumnsAddition[],
): Promise<void> {
  for (const addition of additions) await port.addTableColumns(addition);
}
