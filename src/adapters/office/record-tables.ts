/**
 * The Office backend of RecordTablesPort (src/app/record-tables.ts): the 効果検証 tables in the open workbook, through
 * the comments store's table reading, request guard and wrap (comments-store.ts). What each write touches is
 * workbook/record-rows.ts's; this module only writes those cells.
 *
 * - Append: the blank row an empty table carries is filled first (cell by cell), then one `table.rows.add` a new row;
 *   each added row's number formats ("@" on text; the plan's format on the other columns) are set before its values
 *   in the same request, then its formulas; the added rows get the plan's row styles (plan/record-row-looks.ts), set
 *   here rather than left to Excel extending the table's format, which Office.js does not document for rows.add.
 * - Update: the body is read, every key is found first (a missing key writes nothing), then cell by cell.
 */
import type { CellWrite, Refused } from "../../workbook/comment-writes";
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
import { TEXT_FORMAT } from "../../plan/formats";
import { appendedRowLook } from "../../plan/record-row-looks";
import type { CellPlan, WorkbookPlan } from "../../plan/types";
import { guarded, queueTable, queueWrap, readTablesOffice } from "./comments-store";
import { queueRowStyles } from "./row-looks";
import { officeCommentsPort } from "./comments-port";
import type { OfficeHost } from "./host";
import { scalarRows } from "./values";

/**
 * Writes `cells` into the one-row `range` (all of the table's columns): formats (a cell's own, else its column's in
 * the plan; never "@" under a formula, which Excel would keep as text), then values, then formulas.
 */
function queueRow(range: Excel.Range, looks: readonly (CellPlan | null)[], cells: readonly CellWrite[]): void {
  const values: (string | number | boolean)[] = looks.map(() => "");
  const formats: (string | null)[] = looks.map((l) => l?.numberFormat ?? null);
  for (const c of cells) {
    values[c.column] = c.value;
    const planned = formats[c.column] ?? null;
    formats[c.column] = c.format ?? (c.formula !== undefined && planned === TEXT_FORMAT ? "General" : planned);
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
 * One write to the table `contract` names: its header and body are read, `decide` says which body rows get which
 * cells (or refuses), and a second sync writes them: a row the table has cell by cell (its other cells, formulas too,
 * are left alone), a row past it added by one rows.add, given its cells in the same request (the TableRow's range is
 * that row), and the added rows the plan's row styles.
 */
function writeTable<K extends string>(
  context: Excel.RequestContext,
  contract: RecordSheetContract<K>,
  decide: (grid: RecordGrid) => { readonly ok: true; readonly rows: readonly RecordRowWrite[] } | Refused,
) {
  const name = contract.table;
  return guarded(context, name, async (sync) => {
    const t = queueTable(context, name);
    const sheet = t.table.worksheet.load("name");
    t.header.load("columnIndex");
    await sync();
    if (t.table.isNullObject) return { ok: false, problems: [missingTableProblem(name)] };
    const headers = scalarRows(t.header.values)[0] ?? [];
    const body = scalarRows(t.body.values);
    const firstRow = t.body.rowIndex + 1;
    const writes = decide({ headers, rows: body, firstRow });
    if (!writes.ok) return writes;
    const rowLook = appendedRowLook(contract);
    const looks = rowLook ? looksByTableColumn(contract, headers, rowLook) : headers.map(() => null);
    for (const w of writes.rows) {
      if (w.index < body.length) queueCells(t.body, w.index, w.cells);
      else queueRow(t.table.rows.add(undefined, [headers.map(() => "")]).getRange(), looks, w.cells);
    }
    const added = writes.rows.filter((w) => w.index >= body.length).map((w) => firstRow + w.index);
    if (added.length > 0) {
      queueRowStyles(context.workbook.worksheets.getItem(sheet.name), looks, {
        top: Math.min(...added),
        bottom: Math.max(...added),
        left: t.header.columnIndex + 1,
      });
    }
    if (writes.rows.some((w) => w.cells.length > 0)) await sync();
    return { ok: true };
  });
}

export function appendRecordRowsOffice<K extends string>(
  context: Excel.RequestContext,
  contract: RecordSheetContract<K>,
  rows: readonly RecordCells<K>[],
  options?: RecordWriteOptions<K>,
) {
  return writeTable(context, contract, (grid) => appendRecordWrites(contract, grid, rows, options));
}

export function updateRecordRowsOffice<K extends string>(
  context: Excel.RequestContext,
  contract: RecordSheetContract<K>,
  updates: readonly RecordRowUpdate<K>[],
  options?: RecordWriteOptions<K>,
) {
  return writeTable(context, contract, (grid) => updateRecordWrites(contract, grid, updates, options));
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
