/**
 * The 「評価履歴」 sheet (issue #12 §2): the table 評価履歴 at A1 with the contract's headers (CLOSED_CONTRACT), empty
 * but for the one blank row an Excel table needs. Closing a 評価年度 appends rows of values (never formulas: a closed
 * year must not move when anything else changes); 「KPI一覧」's 前回評価 and 「評価」's 評価（算定） look a closed grade up
 * by キー. Laid out like the committee's sheets (src/plan/comments-sheets.ts): header style, text columns "@",
 * numbers as numbers (達成率 / 期待進捗 as 0.0 %), widths, frozen header, A4 landscape print with the header repeated.
 */
import type { Scalar } from "../lib/scalar";
import type { ClosedRecord } from "../domain/evaluation/types";
import { rangeAddress } from "../lib/a1";
import { CLOSED_CONTRACT, type ClosedColumnKey } from "../workbook/evaluation-columns";
import { closedRecordCells } from "../workbook/closed-rows";
import { RATIO_FORMAT, TEXT_FORMAT } from "./formats";
import type { CellPlan, SheetPlan, TablePlan } from "./types";

/** Number formats of the columns that hold numbers; every other column is text "@". */
export const CLOSED_NUMBER_FORMATS: Readonly<Partial<Record<ClosedColumnKey, string>>> = {
  year: "0",
  latest: "General",
  latestYear: "0",
  target: "General",
  progress: RATIO_FORMAT,
  expected: RATIO_FORMAT,
};

const WIDTHS: Readonly<Record<ClosedColumnKey, number>> = {
  key: 16,
  state: 8,
  year: 9,
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

/** 「評価履歴」 empty, or holding the given records (tests, a workbook rebuilt with its history). */
export function buildClosedHistorySheet(records: readonly ClosedRecord[] = []): SheetPlan {
  const columns = CLOSED_CONTRACT.columns;
  // Frozen values: not for typing (the "definition" style), whatever the column.
  const cell = (key: ClosedColumnKey, value: Scalar): CellPlan => ({
    value,
    numberFormat: CLOSED_NUMBER_FORMATS[key] ?? TEXT_FORMAT,
    style: "definition",
  });
  const header: CellPlan[] = columns.map((c) => ({ value: c.header, style: "header" }));
  const body =
    records.length > 0
      ? records.map((r) => {
          const cells = closedRecordCells(r);
          return columns.map((c) => cell(c.key, cells[c.key] === "" ? null : cells[c.key]));
        })
      : [columns.map((c) => cell(c.key, null))];
  const last = 1 + body.length;
  const table: TablePlan = {
    name: CLOSED_CONTRACT.table,
    range: rangeAddress(1, 1, columns.length, last),
    style: "TableStyleLight9",
    showFilterButton: true,
  };
  return {
    name: CLOSED_CONTRACT.sheet,
    rows: [header, ...body],
    columns: columns.map((c) => ({ width: WIDTHS[c.key] })),
    freeze: { rows: 1, columns: 0 },
    tables: [table],
    conditionalFormats: [],
    validations: [],
    charts: [],
    pageSetup: { orientation: "landscape", paperSize: "A4", printTitleRows: "$1:$1", fitToWidth: true },
    tabColor: CLOSED_TAB_COLOR,
  };
}
