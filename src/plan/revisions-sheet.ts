/**
 * 「指標見直し」 (issue #12): the ledger of target revisions as the table 指標見直し at A1 (REVISIONS_CONTRACT), one row
 * per revision, the original target beside the revised one. Its 適用中 column is a formula (forward-formulas.ts
 * revisionInForceFormula) marking the revision in force for 評価年度, which 「KPI一覧」's 適用目標値 / 適用目標年度 read.
 *
 * Like the committee's sheets (comments-sheets.ts): an empty ledger carries one blank row (an Excel table needs one),
 * readers skip it (no ID); text cells are "@" so nothing typed is read as a formula.
 */
import type { TargetRevision } from "../domain/evaluation/types";
import type { Scalar } from "../lib/scalar";
import {
  CLOSED_CONTRACT,
  RECORD_HEADER_ROW,
  REVISIONS_CONTRACT,
  type RevisionColumnKey,
} from "../workbook/evaluation-columns";
import { ROW_PLACEHOLDER, type RecordCell, type RecordCells } from "../workbook/record-rows";
import { buildClosedHistorySheet, CLOSED_TAB_COLOR } from "./closed-history-sheet";
import { MEETING_NUMBER_FORMAT } from "./comments-sheets";
import { INTEGER_FORMAT, TEXT_FORMAT, yearFormat } from "./formats";
import { revisionInForceFormula } from "./forward-formulas";
import { buildRecordSheet, type ColumnLooks, type RecordPlanCells } from "./record-sheet";
import type { SheetPlan, WorkbookPlan } from "./types";

const GENERAL = "General";

const REVISION_WIDTHS: Readonly<Record<RevisionColumnKey, number>> = {
  indicatorId: 12,
  name: 34,
  originalTarget: 11,
  originalTargetYear: 12,
  revisedTarget: 11,
  revisedTargetYear: 12,
  // 「令和6年度(2024)」
  fromYear: 16,
  reason: 40,
  meeting: 9,
  // A written time (2025-06-20T01:00:00.000Z) shows whole.
  recordedAt: 24,
  inForce: 8,
};

/** Number columns and their formats; every other input column is text "@". */
const REVISION_FORMATS: Readonly<Partial<Record<RevisionColumnKey, string>>> = {
  originalTarget: GENERAL,
  originalTargetYear: INTEGER_FORMAT,
  revisedTarget: GENERAL,
  revisedTargetYear: INTEGER_FORMAT,
  // By hand 「2024年度」; a written revision's own year its label (revisionCellFormat).
  fromYear: yearFormat("fiscal"),
  meeting: MEETING_NUMBER_FORMAT,
};

/**
 * A revision cell's number format: the column's, but 適用開始年度 (a 評価年度) reads as every year label does,
 * 「令和6年度(2024)」 (issue #13). The target years keep "0": their basis (年度/暦年) is the indicator's.
 */
function revisionCellFormat(key: RevisionColumnKey, value: Scalar): string | undefined {
  if (key === "fromYear" && typeof value === "number") return yearFormat("fiscal", value);
  return REVISION_FORMATS[key];
}

/** The colour of 「評価履歴」 too: the two records of decisions. */
export const REVISIONS_TAB_COLOR = CLOSED_TAB_COLOR;

/** The cells of one revision by column (適用中 aside: it is the formula). */
export function revisionCells(r: TargetRevision): Readonly<Record<Exclude<RevisionColumnKey, "inForce">, Scalar>> {
  return {
    indicatorId: r.indicatorId,
    name: r.name,
    originalTarget: r.originalTarget,
    originalTargetYear: r.originalTargetYear,
    revisedTarget: r.revisedTarget,
    revisedTargetYear: r.revisedTargetYear,
    fromYear: r.fromYear,
    reason: r.reason,
    meeting: r.meeting,
    recordedAt: r.recordedAt,
  };
}

/**
 * A revision as the row a store appends (workbook/record-rows.ts): the sheet's number formats on its number columns,
 * 適用中 the sheet's formula for the row it lands on (ROW_PLACEHOLDER).
 */
export function revisionRecordCells(r: TargetRevision): RecordCells<RevisionColumnKey> {
  const values = revisionCells(r);
  const out: Partial<Record<RevisionColumnKey, RecordCell>> = {
    inForce: { formula: revisionInForceFormula(ROW_PLACEHOLDER) },
  };
  for (const key of Object.keys(values) as (keyof typeof values)[]) {
    const format = revisionCellFormat(key, values[key]);
    out[key] = format !== undefined ? { value: values[key], numberFormat: format } : { value: values[key] };
  }
  return out;
}

/** Typed columns: numbers where REVISION_FORMATS says, text "@" elsewhere; 適用中 the sheet's formula. */
export const REVISION_LOOKS: ColumnLooks<RevisionColumnKey> = Object.fromEntries(
  REVISIONS_CONTRACT.columns.map((c) => [
    c.key,
    c.key === "inForce"
      ? { width: REVISION_WIDTHS[c.key], style: "formula" }
      : { width: REVISION_WIDTHS[c.key], format: REVISION_FORMATS[c.key] ?? TEXT_FORMAT, style: "input" },
  ]),
) as ColumnLooks<RevisionColumnKey>;

/** A body row: the revision's values (none on the blank row an empty ledger carries) and 適用中's formula. */
const revisionRow = (r: TargetRevision | null, row: number): RecordPlanCells<RevisionColumnKey> => ({
  ...(r === null
    ? {}
    : {
        ...revisionCells(r),
        fromYear: { value: r.fromYear, numberFormat: revisionCellFormat("fromYear", r.fromYear), style: "input" },
      }),
  inForce: { formula: revisionInForceFormula(row), style: "formula" },
});

/** 「指標見直し」, empty (one blank row) or holding the given revisions in their order (the order decides ties). */
export function buildRevisionsSheet(revisions: readonly TargetRevision[] = []): SheetPlan {
  const first = RECORD_HEADER_ROW + 1;
  const body = revisions.length > 0 ? revisions.map((r, i) => revisionRow(r, first + i)) : [revisionRow(null, first)];
  return buildRecordSheet(REVISIONS_CONTRACT, REVISION_LOOKS, body, { tabColor: REVISIONS_TAB_COLOR });
}

/**
 * The plan with 「評価履歴」 (when no builder put it there) and 「指標見直し」 appended: the sheets 「KPI一覧」's
 * 前回評価 and 適用目標値 read, so every built workbook has them. Idempotent (an existing 「指標見直し」 is rebuilt).
 */
export function addRevisionSheetsToPlan(plan: WorkbookPlan, revisions: readonly TargetRevision[] = []): WorkbookPlan {
  const sheets = plan.sheets.filter((s) => s.name !== REVISIONS_CONTRACT.sheet);
  const history = sheets.some((s) => s.name === CLOSED_CONTRACT.sheet) ? [] : [buildClosedHistorySheet()];
  return { ...plan, sheets: [...sheets, ...history, buildRevisionsSheet(revisions)] };
}
