/**
 * Making a workbook exceljs loaded from a file safe for exceljs to write again (the CLI's verbs and the refresh write
 * loaded workbooks): LibreOffice's table-style omission, exceljs's own overlapping validation ranges and its misread of a conditional
 * format's number format.
 */
import type ExcelJS from "exceljs";
import { columnLetter, parseRange } from "../../lib/a1";
import { runtimeSheet, tableModelsOf, type RuntimeSheet } from "./exceljs-internals";

/** Runs of consecutive numbers, sorted: [3, 1, 2, 7] → [[1, 3], [7, 7]]. */
function runs(numbers: readonly number[]): [number, number][] {
  const sorted = [...numbers].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/**
 * exceljs loads data validations cell by cell and, when writing, squeezes them back into ranges in string order of
 * the addresses ("F10" before "F2"), which writes overlapping ranges (F10:F2001 and F2:F2001) — and Excel may
 * report overlapping validations as a problem to repair. Before writing a loaded workbook, this regroups each
 * sheet's per-cell validations into non-overlapping rectangles: runs of rows per column, then adjacent columns with
 * the same runs. Validations already stored by range are left as they are.
 */
export function compactDataValidations(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const store = (runtimeSheet(ws) as Partial<RuntimeSheet>).dataValidations;
    if (!store) continue;
    const model = store.model;
    const groups = new Map<string, { validation: ExcelJS.DataValidation | undefined; cells: Map<number, number[]> }>();
    const kept: Record<string, ExcelJS.DataValidation | undefined> = {};
    for (const [address, validation] of Object.entries(model)) {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m) {
        kept[address] = validation;
        continue;
      }
      const key = JSON.stringify(validation);
      const group = groups.get(key) ?? { validation, cells: new Map<number, number[]>() };
      groups.set(key, group);
      const col = parseRange(address).left;
      const rows = group.cells.get(col) ?? [];
      rows.push(Number(m[2]));
      group.cells.set(col, rows);
    }
    for (const { validation, cells } of groups.values()) {
      // column → its runs of consecutive rows; then columns sharing a run become one rectangle
      const byRun = new Map<string, number[]>();
      for (const [col, rows] of cells) {
        for (const [top, bottom] of runs(rows)) {
          const run = `${top}:${bottom}`;
          byRun.set(run, [...(byRun.get(run) ?? []), col]);
        }
      }
      for (const [run, cols] of byRun) {
        const [top, bottom] = run.split(":").map(Number) as [number, number];
        for (const [first, last] of runs(cols)) {
          const a = `${columnLetter(first)}${top}`;
          const b = `${columnLetter(last)}${bottom}`;
          kept[a === b ? a : `${a}:${b}`] = validation;
        }
      }
    }
    store.model = kept;
  }
}

/**
 * exceljs reads a conditional format's dxf number format as `{ id, formatCode }` but writes `style.numFmt` as a
 * format code, so a loaded rule with one (「KPI一覧」's year labels, plan/formats.ts yearLabelRules) would be written
 * as formatCode="[object Object]", a file Excel repairs (exceljs issue/PR #2698, open). Back to the code.
 */
export function numFmtCodesOfConditionalFormats(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const cf of runtimeSheet(ws).conditionalFormattings ?? []) {
      for (const rule of cf.rules as { style?: { numFmt?: unknown; numFmtId?: unknown } }[]) {
        const numFmt = rule.style?.numFmt;
        if (!rule.style || numFmt === undefined || typeof numFmt === "string") continue;
        const code = (numFmt as { formatCode?: unknown } | null)?.formatCode;
        if (typeof code === "string") rule.style.numFmt = code;
        else delete rule.style.numFmt;
        delete rule.style.numFmtId;
      }
    }
  }
}

/**
 * Makes a loaded workbook safe for exceljs to write: LibreOffice saves tables without their style element, which
 * exceljs cannot write back (it crashes on the missing style), so such tables get the plan's table style; and data
 * validations are regrouped (compactDataValidations). Call before writing any workbook that was loaded from a file.
 */
export function prepareLoadedWorkbookForWrite(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const t of tableModelsOf(ws)) {
      if (t.style === null || t.style === undefined) t.style = { theme: "TableStyleLight9", showRowStripes: true };
    }
  }
  compactDataValidations(wb);
  numFmtCodesOfConditionalFormats(wb);
}
