/**
 * The one layout of the 効果検証 record sheets (「評価」「総括意見」「評価履歴」「指標見直し」): the contract's table at
 * A1 (RECORD_HEADER_ROW) with the header style, a body of records (or the one blank row an Excel table needs),
 * frozen header, A4 landscape print one page wide with the header repeated, and a tab colour. Each sheet says only
 * how its columns look (ColumnLook: width, number format, style); the same looks give the cells of a row a store
 * appends later (recordRowLook), so an appended row looks like the rows the plan built.
 */
import { rangeAddress } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import { RECORD_HEADER_ROW, type RecordSheetContract } from "../workbook/evaluation-columns";
import type { CellPlan, CellStyle, ConditionalFormatPlan, SheetPlan, ValidationPlan } from "./types";

/** How a column's cells look: its width, number format and style (long text wraps through its style). */
export interface ColumnLook {
  readonly width: number;
  /** Number format; none on formula columns (a formula in a text-formatted cell would stay text when retyped). */
  readonly format?: string;
  readonly style: CellStyle;
}

export type ColumnLooks<K extends string> = Readonly<Record<K, ColumnLook>>;

/** A record's cells by column: a value, or a whole cell (a formula) that takes the column's number format. */
export type RecordPlanCells<K extends string> = Readonly<Partial<Record<K, Scalar | CellPlan>>>;

/** One body cell of a column: the given value (「」 is empty) or cell, with the column's format and style. */
export function recordCell(look: ColumnLook, given: Scalar | CellPlan | undefined): CellPlan {
  const format = look.format === undefined ? {} : { numberFormat: look.format };
  if (given !== null && typeof given === "object") return { ...format, ...given };
  return { value: given === undefined || given === "" ? null : given, ...format, style: look.style };
}

/** The style and number format of each column's cells in a record row: what an appended row is given. */
export function recordRowLook<K extends string>(looks: ColumnLooks<K>): Readonly<Record<K, CellPlan>> {
  const out = {} as Record<K, CellPlan>;
  for (const key of Object.keys(looks) as K[]) {
    const look = looks[key];
    out[key] = look.format === undefined ? { style: look.style } : { numberFormat: look.format, style: look.style };
  }
  return out;
}

export interface RecordSheetOptions {
  readonly tabColor: string;
  readonly validations?: readonly ValidationPlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
}

/** The sheet row of the last body row when the sheet holds `records` records (one blank row when none). */
export const recordLastRow = (records: number): number => RECORD_HEADER_ROW + Math.max(records, 1);

/** A record sheet: the contract's header, one row per record (or one blank row), its columns looked up in `looks`. */
export function buildRecordSheet<K extends string>(
  contract: RecordSheetContract<K>,
  looks: ColumnLooks<K>,
  records: readonly RecordPlanCells<K>[],
  options: RecordSheetOptions,
): SheetPlan {
  const header: CellPlan[] = contract.columns.map((c) => ({ value: c.header, style: "header" }));
  const body = (records.length > 0 ? records : [{} as RecordPlanCells<K>]).map((r) =>
    contract.columns.map((c) => recordCell(looks[c.key], r[c.key])),
  );
  return {
    name: contract.sheet,
    rows: [header, ...body],
    columns: contract.columns.map((c) => ({ width: looks[c.key].width })),
    freeze: { rows: RECORD_HEADER_ROW, columns: 0 },
    tables: [
      {
        name: contract.table,
        range: rangeAddress(1, RECORD_HEADER_ROW, contract.columns.length, recordLastRow(records.length)),
        style: "TableStyleLight9",
        showFilterButton: true,
      },
    ],
    conditionalFormats: options.conditionalFormats ?? [],
    validations: options.validations ?? [],
    charts: [],
    pageSetup: {
      orientation: "landscape",
      paperSize: paperFor(contract.columns.reduce((sum, c) => sum + looks[c.key].width, 0)),
      printTitleRows: "$1:$1",
      fitToWidth: true,
    },
    tabColor: options.tabColor,
  };
}

/**
 * One page wide on A4 landscape shrinks a sheet wider than this many characters below ~70 % (「評価」's 277 printed
 * at about half size): such a sheet prints on A3 landscape, which a city office's copier takes as readily.
 */
export const A4_LANDSCAPE_WIDTH = 180;

function paperFor(totalWidth: number): "A4" | "A3" {
  return totalWidth > A4_LANDSCAPE_WIDTH ? "A3" : "A4";
}
