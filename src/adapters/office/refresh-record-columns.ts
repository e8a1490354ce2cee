/**
 * The Office side of the refresh's record-table columns (app/refresh-record-columns.ts): the tables' header rows
 * (and whether the cells right of each are empty), and the columns an older table lacks added at its end with
 * table.columns.add (index omitted, the header as the values' first row, as kpi-formula-columns.ts adds 意見数), then
 * the plan's looks: header style, "@" and the input style on every row, the width, 公開区分's list.
 */
import { columnLetter, parseRange } from "../../lib/a1";
import type { Scalar } from "../../lib/scalar";
import { addedColumnValidation, type TableColumnsAddition } from "../../refresh/record-columns";
import { columnWidthPoints } from "./cell-blocks";
import { queueValidations } from "./formats";
import { queueRowStyles } from "./row-looks";
import { scalarRows } from "./values";

/** The table's bounds from a loaded address ("会議!A1:M3", "'My sheet'!$A$1:$M$3"). */
function boundsOf(address: string) {
  return parseRange(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, ""));
}

interface QueuedHeader {
  readonly header: Excel.Range;
  readonly range: Excel.Range;
  readonly sheet: string;
}

/**
 * The record tables' headers for one refresh batch, read without a sync of their own in the common case: the list of
 * the workbook's tables rides the KPI sheet's first read (`listTables` before it), the header rows of those that exist
 * ride the next request the refresh makes (`queueHeaders` after the read; the record tables' read follows), and
 * `read` syncs only when none has run since. Loading a range of a missing table would fail the whole request, so only
 * tables the list holds are loaded. `syncs`: the batch's sync count.
 */
export function officeTableHeaders(context: Excel.RequestContext, syncs: () => number) {
  let list: Excel.TableCollection | null = null;
  let queued: { readonly at: number; readonly tables: Map<string, QueuedHeader> } | null = null;
  const queueFor = (names: readonly string[], present: ReadonlySet<string>, sheets: ReadonlyMap<string, string>) => {
    const tables = new Map<string, QueuedHeader>();
    for (const name of names) {
      const sheet = sheets.get(name);
      if (!present.has(name) || sheet === undefined) continue;
      const table = context.workbook.tables.getItem(name);
      tables.set(name, {
        header: table.getHeaderRowRange().load("values"),
        range: table.getRange().load("address"),
        sheet,
      });
    }
    return { at: syncs(), tables };
  };
  let sheets: ReadonlyMap<string, string> | null = null;
  /** The headers as loaded; null when a load did not complete (its request failed for another reason). */
  const loadedHeaders = (names: readonly string[], q: NonNullable<typeof queued>) => {
    try {
      return new Map(
        names.flatMap((n) => {
          const t = q.tables.get(n);
          return t ? [[n, scalarRows(t.header.values)[0] ?? []] as const] : [];
        }),
      );
    } catch {
      return null;
    }
  };
  return {
    listTables(): void {
      list = context.workbook.tables.load("items/name,items/worksheet/name");
    },
    /** After the sync that loaded the list; nothing when it did not run (the read failed first). */
    queueHeaders(names: readonly string[]): void {
      try {
        const items = list?.items ?? [];
        sheets = new Map(items.map((t) => [t.name, t.worksheet.name] as const));
        queued = queueFor(names, new Set(sheets.keys()), sheets);
      } catch {
        queued = null; // the list was never loaded
      }
    },
    async read(names: readonly string[]): Promise<Map<string, readonly Scalar[]>> {
      if (!queued || !sheets) {
        this.listTables();
        await context.sync();
        this.queueHeaders(names);
      }
      let q = queued as { readonly at: number; readonly tables: Map<string, QueuedHeader> } | null;
      if (!q || !sheets) return new Map();
      if (syncs() === q.at && q.tables.size > 0) await context.sync();
      const headers = loadedHeaders(names, q);
      if (headers) return headers;
      // The request they rode failed (another read's missing table): load them again, on their own.
      q = queued = queueFor(names, new Set(sheets.keys()), sheets);
      await context.sync();
      const again = loadedHeaders(names, q);
      if (!again) throw new Error("the committee tables' headers could not be read");
      return again;
    },
    /** Whether the `width` columns right of a table `read` found hold nothing on its rows (one sync). */
    async hasRoomRight(name: string, width: number): Promise<boolean> {
      const t = queued?.tables.get(name);
      if (!t) return false;
      const b = boundsOf(t.range.address);
      const right = context.workbook.worksheets
        .getItem(t.sheet)
        .getRangeByIndexes(b.top - 1, b.right, b.bottom - b.top + 1, width)
        .load("values");
      await context.sync();
      // Office reads an empty cell as "".
      return scalarRows(right.values).every((row) => row.every((v) => v === null || v === ""));
    },
  };
}

/** Adds the addition's columns at the end of its table (the read that decided this found it). Two syncs. */
export async function addTableColumnsOffice(
  context: Excel.RequestContext,
  addition: TableColumnsAddition,
): Promise<void> {
  const table = context.workbook.tables.getItem(addition.table);
  const range = table.getRange().load("address");
  const sheetName = table.worksheet.load("name");
  await context.sync();
  const b = boundsOf(range.address);
  const rows = b.bottom - b.top;
  const sheet = context.workbook.worksheets.getItem(sheetName.name);
  addition.columns.forEach((c, i) => {
    const column = b.right + 1 + i;
    // Empty on every row: nothing typed is touched, and nothing is made up for the rows already there.
    table.columns.add(undefined, [[c.header], ...Array.from({ length: rows }, () => [""])]);
    queueRowStyles(sheet, [c.headerStyle ? { style: c.headerStyle } : null], {
      top: b.top,
      bottom: b.top,
      left: column,
    });
    if (rows > 0) {
      if (c.numberFormat !== undefined) {
        sheet.getRangeByIndexes(b.top, column - 1, rows, 1).numberFormat = Array.from({ length: rows }, () => [
          c.numberFormat as string,
        ]);
      }
      queueRowStyles(sheet, [c.style ? { style: c.style } : null], { top: b.top + 1, bottom: b.bottom, left: column });
    }
    const letter = columnLetter(column);
    if (c.width !== undefined) sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(c.width);
    const list = addedColumnValidation(c, letter, b.top, b.bottom);
    if (list) queueValidations(sheet, [list]);
  });
  await context.sync();
}
