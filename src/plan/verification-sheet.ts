/**
 * 「確認事項」 (issue #13): the staff sheet of the dataset's verification notes (VERIFICATION_CONTRACT), one row per
 * indicator whose text the dataset marks for checking against the strategy PDF, with the staff's check (状態 from a
 * list, 確認者, 確認日, メモ). The notes used to open 「KPI一覧」's 注記 in red for every member; 「KPI一覧」 now shows
 * only the mark 要確認, a formula against this sheet that empties once staff set 状態 to 確認済, with the warning
 * fill a conditional format gives it while it reads 要確認 (the same rule at a refresh: refresh/kpi-rules.ts).
 *
 * Laid out as every record sheet (record-sheet.ts); the refresh appends the notes of a new dataset version and marks
 * the ones it dropped (app/refresh-verification.ts), with the looks below (record-row-looks.ts).
 */
import { columnLetter, sheetRef } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import type { DatasetVerification } from "../domain/dataset/verification";
import { verificationsOfDataset } from "../domain/dataset/verification";
import type { Dataset } from "../domain/dataset/schema";
import { planColumnIndex } from "../workbook/comment-columns";
import { RECORD_HEADER_ROW } from "../workbook/evaluation-columns";
import type { KpiLayout } from "../workbook/kpi-columns";
import { KPI_SHEET } from "../workbook/names";
import type { RecordCells } from "../workbook/record-rows";
import {
  IN_DATASET,
  VERIFICATION_COLUMNS,
  VERIFICATION_CONTRACT,
  VERIFICATION_MARK,
  VERIFICATION_STATES,
  type VerificationColumnKey,
} from "../workbook/verification-columns";
import { VALIDATED_ROWS } from "./comments-sheets";
import { TEXT_FORMAT } from "./formats";
import { buildRecordSheet, recordLastRow, type ColumnLooks, type RecordPlanCells } from "./record-sheet";
import { rowHeightFor } from "./row-heights";
import type { CellPlan, ConditionalFormatPlan, SheetPlan, ValidationPlan, WorkbookPlan } from "./types";

/** Grey: a staff sheet, apart from the members' blue and green tabs. */
export const VERIFICATION_TAB_COLOR = "#7F7F7F";
/** The warning colours of the 「要確認」 mark (style-palette.ts "warning"). */
export const VERIFICATION_FILL = "#FCE4D6";
export const VERIFICATION_FONT = "#9C0006";
/** 確認日: a typed date (2026/11/28) shows as 2026-11-28, the style of the other record sheets' dates. */
export const CHECKED_ON_FORMAT = "yyyy-mm-dd";

export const VERIFICATION_LOOKS: ColumnLooks<VerificationColumnKey> = {
  indicatorId: { width: 12, format: TEXT_FORMAT, style: "definition" },
  name: { width: 24, format: TEXT_FORMAT, style: "definition" },
  // The dataset's wording, long and several sentences: wrapped, top-aligned.
  reading: { width: 36, format: TEXT_FORMAT, style: "note" },
  reason: { width: 60, format: TEXT_FORMAT, style: "note" },
  // Top-aligned like the texts beside them (the rows are as tall as the reason): longInput, short as they are.
  state: { width: 9, format: TEXT_FORMAT, style: "longInput" },
  checkedBy: { width: 10, format: TEXT_FORMAT, style: "longInput" },
  checkedOn: { width: 11, format: CHECKED_ON_FORMAT, style: "longInput" },
  memo: { width: 30, format: TEXT_FORMAT, style: "longInput" },
  inDataset: { width: 16, format: TEXT_FORMAT, style: "definition" },
};

/** The columns whose cells wrap (the name too: up to 19 characters in the bundled data), also in rows a store writes. */
export const VERIFICATION_WRAPPED: readonly VerificationColumnKey[] = ["name", "reading", "reason", "memo"];

const letterOf = (key: VerificationColumnKey): string => columnLetter(planColumnIndex(VERIFICATION_COLUMNS, key));
const wholeColumn = (key: VerificationColumnKey): string => {
  const l = letterOf(key);
  return sheetRef(VERIFICATION_CONTRACT.sheet, `$${l}:$${l}`);
};

/**
 * 「KPI一覧」's 要確認 of sheet row `row`: 要確認 until a 「確認事項」 row of the same ID says 確認済, then empty (the
 * mark leaves the members' view). COUNTIFS over whole columns works alike in Excel 2010+, LibreOffice and
 * HyperFormula; the ID is found by header in `layout`, never by a fixed letter.
 */
export function verificationMarkFormula(layout: Pick<KpiLayout, "letter">, row: number): string {
  const id = `$${layout.letter("id")}${row}`;
  const checked = `COUNTIFS(${wholeColumn("indicatorId")},${id},${wholeColumn("state")},"${VERIFICATION_STATES.checked}")`;
  return `=IF(${checked}>0,"","${VERIFICATION_MARK}")`;
}

/** The 要確認 cell of an indicator's 「KPI一覧」 row: the formula where the dataset has a note, else empty. */
export function verificationMarkCell(layout: Pick<KpiLayout, "letter">, row: number, noted: boolean): CellPlan {
  return noted
    ? { formula: verificationMarkFormula(layout, row), style: "formula" }
    : { value: null, style: "formula" };
}

/**
 * What the refresh compares with the dataset's definition (kpi-rows.ts definitionValues: 要確認 or empty): a cell
 * holding a formula is the mark, whatever it shows now (empty once 確認済; not calculated in a file exceljs wrote);
 * a value is itself (a workbook built before 「確認事項」 holds the text 要確認).
 */
export function verificationMarkOf(cell: { readonly value: Scalar; readonly formula?: string }): Scalar {
  return cell.formula !== undefined ? VERIFICATION_MARK : cell.value;
}

/** The warning fill of 「KPI一覧」's 要確認 column while a cell reads 要確認 (an emptied mark has none). */
export function verificationMarkRule(
  layout: Pick<KpiLayout, "letter">,
  firstRow: number,
  lastRow: number,
): ConditionalFormatPlan {
  const l = layout.letter("verification");
  return {
    kind: "expression",
    range: `${l}${firstRow}:${l}${lastRow}`,
    formula: `=$${l}${firstRow}="${VERIFICATION_MARK}"`,
    fill: VERIFICATION_FILL,
    fontColor: VERIFICATION_FONT,
    bold: true,
  };
}

/** A dataset note as the cells of a new 「確認事項」 row: 未確認, in the current dataset. */
export function verificationCells(v: DatasetVerification): RecordPlanCells<VerificationColumnKey> {
  return {
    indicatorId: v.id,
    name: v.name,
    reading: v.reading,
    reason: v.reason,
    state: VERIFICATION_STATES.open,
    inDataset: IN_DATASET,
  };
}

/** The same row as a store appends it (record-rows.ts), each value with its column's number format. */
export function verificationRecordCells(v: DatasetVerification): RecordCells<VerificationColumnKey> {
  const values = verificationCells(v);
  const out: Partial<Record<VerificationColumnKey, { value: string; numberFormat: string }>> = {};
  for (const key of Object.keys(values) as VerificationColumnKey[]) {
    out[key] = { value: String(values[key] ?? ""), numberFormat: VERIFICATION_LOOKS[key].format ?? TEXT_FORMAT };
  }
  return out;
}

/**
 * The height (points) a 「確認事項」 row needs to show its wrapped texts whole (row-heights.ts), or null for one line:
 * the build's rows and the rows a refresh appends or rewrites (app/refresh-verification.ts), so both are as tall.
 */
export function verificationRowHeight(texts: Partial<Readonly<Record<VerificationColumnKey, Scalar>>>): number | null {
  return rowHeightFor(
    VERIFICATION_WRAPPED.map((key) => {
      const text = texts[key];
      return { text: text === null || text === undefined ? null : String(text), width: VERIFICATION_LOOKS[key].width };
    }),
  );
}

/** The rows 状態's list and mark cover: the table's rows, at least VALIDATED_ROWS (the table grows). */
const bodyRange = (key: VerificationColumnKey, lastRow: number): string =>
  `${letterOf(key)}${RECORD_HEADER_ROW + 1}:${letterOf(key)}${Math.max(lastRow, VALIDATED_ROWS + 1)}`;

/** 「確認事項」 with one row per note (the blank row an Excel table needs when there is none). */
export function buildVerificationSheet(notes: readonly DatasetVerification[]): SheetPlan {
  const lastRow = recordLastRow(notes.length);
  const state = letterOf("state");
  const first = RECORD_HEADER_ROW + 1;
  const validations: ValidationPlan[] = [
    {
      kind: "list",
      range: bodyRange("state", lastRow),
      values: [VERIFICATION_STATES.open, VERIFICATION_STATES.checked],
      prompt: `${VERIFICATION_STATES.open}・${VERIFICATION_STATES.checked}から選択`,
    },
  ];
  // 状態 of an item with an ID, not 確認済: what staff still have to check.
  const id = letterOf("indicatorId");
  const marks: ConditionalFormatPlan[] = [
    {
      kind: "expression",
      range: bodyRange("state", lastRow),
      formula: `=AND($${id}${first}<>"",$${state}${first}<>"${VERIFICATION_STATES.checked}")`,
      fill: VERIFICATION_FILL,
      fontColor: VERIFICATION_FONT,
      bold: true,
    },
  ];
  const sheet = buildRecordSheet(VERIFICATION_CONTRACT, VERIFICATION_LOOKS, notes.map(verificationCells), {
    tabColor: VERIFICATION_TAB_COLOR,
    validations,
    conditionalFormats: marks,
  });
  const wrapped = new Set<VerificationColumnKey>(VERIFICATION_WRAPPED);
  const heights = notes.flatMap((n, i) => {
    const height = verificationRowHeight({ name: n.name, reading: n.reading, reason: n.reason });
    return height === null ? [] : [{ row: first + i, height }];
  });
  return {
    ...sheet,
    columns: VERIFICATION_COLUMNS.map((c) =>
      wrapped.has(c.key)
        ? { width: VERIFICATION_LOOKS[c.key].width, wrap: true }
        : { width: VERIFICATION_LOOKS[c.key].width },
    ),
    // exceljs cannot autofit and LibreOffice keeps the heights a file gives: each row tall enough for its texts.
    ...(heights.length > 0 ? { rowHeights: heights } : {}),
  };
}

/**
 * The plan with 「確認事項」 last (after the members' and the 効果検証's sheets) and 「KPI一覧」's 要確認 column given
 * its warning rule over the table's rows. Idempotent: an existing 「確認事項」 is rebuilt.
 */
export function addVerificationSheetToPlan(
  plan: WorkbookPlan,
  dataset: Pick<Dataset, "indicators">,
  layout: Pick<KpiLayout, "letter">,
  kpiRows: { readonly first: number; readonly last: number },
): WorkbookPlan {
  const rule = verificationMarkRule(layout, kpiRows.first, kpiRows.last);
  const same = JSON.stringify(rule);
  const sheets = plan.sheets
    .filter((s) => s.name !== VERIFICATION_CONTRACT.sheet)
    .map((s) =>
      s.name === KPI_SHEET
        ? { ...s, conditionalFormats: [...s.conditionalFormats.filter((r) => JSON.stringify(r) !== same), rule] }
        : s,
    );
  return { ...plan, sheets: [...sheets, buildVerificationSheet(verificationsOfDataset(dataset))] };
}
