/**
 * The Office backend of RecordTablesPort (src/app/record-tables.ts): the 効果検証 tables in the open workbook, through
 * the comments store's table reading, request guard and wrap (comments-store.ts). What each write touches is
 * workbook/record-rows.ts's; this module only writes those cells.
 *
 * - Append: one `table.rows.add` for the new rows (the blank row an empty table carries is filled first); each row's
 *   number formats ("@" on text) are set before its values in the same request, then its formulas.
 * - Update: the body is read, every key is found first (a missing key writes nothing), then cell by cell.
 */
import type { Scalar } from "../../lib/scalar";
import type { CellWrite, Refused } from "../../workbook/comment-writes";
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
import { guarded, queueTable, queueWrap, readTablesOffice, type LoadedTable } from "./comments-store";
import { officeCommentsPort } from "./comments-port";
import type { OfficeHost } from "./host";
import { scalarRows } from "./values";

/** Writes `cells` into the one-row `range` (all of the table's columns): formats, then values, then formulas. */
function queueRow(range: Excel.Range, width: number, cells: readonly CellWrite[]): void {
  const values: (string | number | boolean)[] = Array.from({ length: width }, () => "");
  const formats: (string | null)[] = Array.from({ length: width }, () => null);
  for (const c of cells) {
    values[c.column] = c.value;
    formats[c.column] = c.format;
  }
  range.numberFormat = [formats];
  range.values = [values];
  for (const c of cells.filter((c) => c.formula !== undefined)) range.getCell(0, c.column).formulas = [[c.formula]];
  queueWrap(range, cells);
}

/** Writes `cells` into row `index` of `body`, cell by cell (the row's other cells are left alone). */
function queueCells(body: Excel.Range, index: number, cells: readonly CellWrite[]): void {
  for (const c of cells) {
    const cell = body.getCell(index, c.column);
    if (c.format) cell.numberFormat = [[c.format]];
    if (c.formula !== undefined) cell.formulas = [[c.formula]];
    else cell.values = [[c.value]];
  }
  queueWrap(body.getRow(index), cells);
}

/**
 * One write to the table `name`: its header and body are read, then `queue` queues the cells (false: nothing to
 * write) or refuses; a second sync writes them.
 */
function writeTable(
  context: Excel.RequestContext,
  name: string,
  queue: (t: LoadedTable, headers: Scalar[], body: Scalar[][]) => boolean | Refused,
) {
  return guarded(context, name, async (sync) => {
    const t = queueTable(context, name);
    await sync();
    if (t.table.isNullObject) return { ok: false, problems: [missingTableProblem(name)] };
    const queued = queue(t, scalarRows(t.header.values)[0] ?? [], scalarRows(t.body.values));
    if (typeof queued !== "boolean") return queued;
    if (queued) await sync();
    return { ok: true };
  });
}

export function appendRecordRowsOffice<K extends string>(
  context: Excel.RequestContext,
  contract: RecordSheetContract<K>,
  rows: readonly RecordCells<K>[],
  options?: RecordWriteOptions<K>,
) {
  return writeTable(context, contract.table, (t, headers, body) => {
    const fillBlank = isBlankRow(body[body.length - 1]);
    const firstNew = t.body.rowIndex + 1 + (fillBlank ? body.length - 1 : body.length);
    const writes = appendRecordWrites(contract, headers, rows, firstNew, options);
    if (!writes.ok) return writes;
    const [first, ...rest] = writes.rows;
    const added = fillBlank ? rest : writes.rows;
    if (fillBlank && first) queueRow(t.body.getRow(body.length - 1), headers.length, first);
    // One rows.add a row, each given its cells in the same request (the TableRow's range is that row).
    for (const cells of added) {
      const range = t.table.rows.add(undefined, [headers.map(() => "")]).getRange();
      queueRow(range, headers.length, cells);
    }
    return writes.rows.length > 0;
  });
}

export function updateRecordRowsOffice<K extends string>(
  context: Excel.RequestContext,
  contract: RecordSheetContract<K>,
  updates: readonly RecordRowUpdate<K>[],
  options?: RecordWriteOptions<K>,
) {
  return writeTable(context, contract.table, (t, headers, body) => {
    const writes = updateRecordWrites(contract, headers, body, t.body.rowIndex + 1, updates, options);
    if (!writes.ok) return writes;
    for (const r of writes.rows) queueCells(t.body, r.index, r.cells);
    return writes.rows.some((r) => r.cells.length > 0);
  });
}

export function officeRecordTablesPort(host: OfficeHost) {
  return {
    readRecordTable: <K extends string>(contract: RecordSheetContract<K>) =>
      host.run(async (context) => {
        const grid = (await readTablesOffice(context, [contract.table]))(contract.table);
        return grid ? { kind: "table" as const, ...grid, firstRow: grid.firstRow ?? 2 } : { kind: "missing" as const };
      }),
    appendRecordRows: <K extends string>(
      contract: RecordSheetContract<K>,
      rows: readonly RecordCells<K>[],
      options?: RecordWriteOptions<K>,
    ) => host.run((context) => appendRecordRowsOffice(context, contract, rows, options)),
    updateRecordRows: <K extends string>(
      contract: RecordSheetContract<K>,
      updates: readonly RecordRowUpdate<K>[],
      options?: RecordWriteOptions<K>,
    ) => host.run((context) => updateRecordRowsOffice(context, contract, updates, options)),
    // The same as the committee's sheets: only the new sheets, the workbook keeps its own metadata.
    addRecordSheets: (plan: WorkbookPlan) => officeCommentsPort(host).addSheets(plan),
  };
}
