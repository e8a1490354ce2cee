/**
 * The xlsx side of the refresh's record-table columns (app/refresh-record-columns.ts): the tables' header rows, and
 * the columns an older table lacks added at its end — done on the exceljs model as kpi-formula-columns.ts does for
 * 「KPI一覧」: header and cells written beside the table, the table's column list and range widened. The cells get the
 * plan's looks (header style, "@" and the input style on every row, the width, 公開区分's list); no value is written.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../lib/a1";
import type { Scalar } from "../../lib/scalar";
import { addedColumnValidation, type TableColumnsAddition } from "../../refresh/record-columns";
import { findTable, rowScalars, runtimeSheet, setTableRef, type TableModel } from "./exceljs-internals";
import { StyleCache } from "./styles";

/** The loaded table model's column list (exceljs writes the table's columns from it). */
type ColumnsModel = TableModel & { columns?: { name: string; filterButton?: boolean }[] };

/** Each named table's header row (a table the workbook lacks is absent). */
export function readTableHeadersXlsx(wb: ExcelJS.Workbook, tables: readonly string[]): Map<string, readonly Scalar[]> {
  const out = new Map<string, readonly Scalar[]>();
  for (const name of tables) {
    const t = findTable(wb, name);
    if (t) out.set(name, rowScalars(t.ws, t.range.top, t.range.left, t.range.right));
  }
  return out;
}

/** Whether the `width` columns right of the table hold nothing on its rows. */
export function hasRoomRightXlsx(wb: ExcelJS.Workbook, table: string, width: number): boolean {
  const t = findTable(wb, table);
  if (!t) return false;
  const { ws, range } = t;
  for (let r = range.top; r <= range.bottom; r++) {
    if (rowScalars(ws, r, range.right + 1, range.right + width).some((v) => v !== null && v !== "")) return false;
  }
  return true;
}

/** Adds the addition's columns at the end of its table (found by name; the read that decided this found it). */
export function addTableColumnsXlsx(wb: ExcelJS.Workbook, addition: TableColumnsAddition): void {
  const t = findTable(wb, addition.table);
  if (!t) throw new Error(`「${addition.sheet}」: table ${addition.table} is gone`);
  const { ws, range } = t;
  const model = t.model as ColumnsModel;
  const styles = new StyleCache();
  const validations = runtimeSheet(ws).dataValidations;
  addition.columns.forEach((c, i) => {
    const column = range.right + 1 + i;
    const header = ws.getCell(range.top, column);
    header.value = c.header;
    const headerStyle = styles.get(c.headerStyle, undefined);
    if (headerStyle) header.style = { ...headerStyle };
    const look = styles.get(c.style, c.numberFormat);
    if (look) for (let r = range.top + 1; r <= range.bottom; r++) ws.getCell(r, column).style = { ...look };
    if (c.width !== undefined) ws.getColumn(column).width = c.width;
    model.columns?.push({ name: c.header, filterButton: model.columns[0]?.filterButton ?? true });
    const list = addedColumnValidation(c, columnLetter(column), range.top, range.bottom);
    if (list?.kind === "list") {
      // An inline list is a quoted, comma-separated formula; quotes inside are doubled (as write-workbook.ts writes).
      const formula = `"${list.values.map((s) => s.replace(/"/g, '""')).join(",")}"`;
      const prompt = list.prompt ? { showInputMessage: true, prompt: list.prompt } : {};
      validations.add(list.range, { type: "list", allowBlank: true, formulae: [formula], ...prompt });
    }
  });
  const right = columnLetter(range.right + addition.columns.length);
  setTableRef(model, `${columnLetter(range.left)}${range.top}:${right}${range.bottom}`);
}
