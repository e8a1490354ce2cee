/**
 * The 「評価履歴」 sheet (issue #12 §2): the table 評価履歴 at A1 with the contract's headers (CLOSED_CONTRACT), empty
 * but for the one blank row an Excel table needs. Closing a 評価年度 appends rows of values (never formulas: a closed
 * year must not move when anything else changes); 「KPI一覧」's 前回評価 and 「評価」's 評価（算定） look a closed grade up
 * by キー. Laid out as every record sheet (record-sheet.ts); its columns: text "@", numbers as numbers (達成率 /
 * 期待進捗 as 0.0 %), all in the "definition" style (frozen values are not for typing).
 */
import type { ClosedRecord } from "../domain/evaluation/types";
import { CLOSED_CONTRACT, type ClosedColumnKey } from "../workbook/evaluation-columns";
import { closedRecordCells } from "../workbook/closed-rows";
import type { Scalar } from "../lib/scalar";
import { RATIO_FORMAT, TEXT_FORMAT, yearFormat } from "./formats";
import { buildRecordSheet, type ColumnLooks, type RecordPlanCells } from "./record-sheet";
import type { SheetPlan } from "./types";

/** Number formats of the columns that hold numbers; every other column is text "@". */
export const CLOSED_NUMBER_FORMATS: Readonly<Partial<Record<ClosedColumnKey, string>>> = {
  // 評価年度 by hand reads 「2024年度」; a closed row's own year its label (closedCellFormat).
  year: yearFormat("fiscal"),
  latest: "General",
  latestYear: "0",
  target: "General",
  progress: RATIO_FORMAT,
  expected: RATIO_FORMAT,
};

const WIDTHS: Readonly<Record<ClosedColumnKey, number>> = {
  key: 16,
  state: 8,
  // 「令和6年度(2024)」
  year: 16,
  indicatorId: 12,
  name: 36,
  latest: 11,
  latestYear: 9,
  target: 11,
  progress: 9,
  expected: 9,
  formulaGrade: 11,
  committeeGrade: 11,
  // Unwrapped values: wide enough for 「新型コロナウイルス感染症の影響」.
  externalFactor: 30,
  datasetVersion: 14,
  // A written time (2025-06-20T01:00:00.000Z) shows whole; at 21 LibreOffice cut its Z.
  closedAt: 24,
  closedBy: 12,
};

export const CLOSED_TAB_COLOR = "#7030A0";

/** Frozen values: not for typing (the "definition" style), whatever the column; numbers as numbers, the rest "@". */
export const CLOSED_LOOKS: ColumnLooks<ClosedColumnKey> = Object.fromEntries(
  CLOSED_CONTRACT.columns.map((c) => [
    c.key,
    { width: WIDTHS[c.key], format: CLOSED_NUMBER_FORMATS[c.key] ?? TEXT_FORMAT, style: "definition" },
  ]),
) as ColumnLooks<ClosedColumnKey>;

/**
 * The number format of a closed row's cell: the column's, but 評価年度 reads as every year label does, 「令和6年度(2024)」
 * (yearFormat with the row's year; issue #13). undefined: a text column.
 */
export function closedCellFormat(key: ClosedColumnKey, value: Scalar): string | undefined {
  if (key === "year" && typeof value === "number") return yearFormat("fiscal", value);
  return CLOSED_NUMBER_FORMATS[key];
}

/** 「評価履歴」 empty, or holding the given records (tests, a workbook rebuilt with its history). */
export function buildClosedHistorySheet(records: readonly ClosedRecord[] = []): SheetPlan {
  const body: RecordPlanCells<ClosedColumnKey>[] = records.map((r) => {
    const cells = closedRecordCells(r);
    const year = closedCellFormat("year", cells.year);
    return year === undefined
      ? cells
      : { ...cells, year: { value: cells.year, numberFormat: year, style: "definition" } };
  });
  return buildRecordSheet(CLOSED_CONTRACT, CLOSED_LOOKS, body, { tabColor: CLOSED_TAB_COLOR });
}
