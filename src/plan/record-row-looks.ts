/**
 * The look of a row appended to a 効果検証 table, per contract column: the style and number format the sheet's plan
 * gives its own rows (each sheet's ColumnLooks through record-sheet.ts recordRowLook), so both stores give a row
 * they add below the table what the plan's rows have (the xlsx store writes it; in Excel a table may extend its
 * rows' format to a new row, which the Office store does not rely on).
 */
import {
  CLOSED_CONTRACT,
  EVALUATION_CONTRACT,
  REVISIONS_CONTRACT,
  SUMMARY_OPINIONS_CONTRACT,
  type RecordSheetContract,
} from "../workbook/evaluation-columns";
import { CLOSED_LOOKS } from "./closed-history-sheet";
import { EVALUATION_LOOKS, SUMMARY_LOOKS } from "./evaluation-sheets";
import { recordRowLook, type ColumnLooks } from "./record-sheet";
import { REVISION_LOOKS } from "./revisions-sheet";
import type { CellPlan } from "./types";
import { VERIFICATION_CONTRACT } from "../workbook/verification-columns";
import { VERIFICATION_LOOKS } from "./verification-sheet";

const LOOKS: ReadonlyMap<string, ColumnLooks<string>> = new Map<string, ColumnLooks<string>>([
  [EVALUATION_CONTRACT.table, EVALUATION_LOOKS],
  [SUMMARY_OPINIONS_CONTRACT.table, SUMMARY_LOOKS],
  [CLOSED_CONTRACT.table, CLOSED_LOOKS],
  [REVISIONS_CONTRACT.table, REVISION_LOOKS],
  [VERIFICATION_CONTRACT.table, VERIFICATION_LOOKS],
]);

/** Each column's style and number format in a record row of the contract's table (null: a table we do not plan). */
export function appendedRowLook<K extends string>(
  contract: RecordSheetContract<K>,
): Readonly<Record<K, CellPlan>> | null {
  const looks = LOOKS.get(contract.table) as ColumnLooks<K> | undefined;
  return looks ? recordRowLook(looks) : null;
}
