/**
 * 「確認事項」 for the pane (issue #13): the staff's verification items as read through the record-tables port
 * (both backends), with the sheet's one reader (workbook/verification-rows.ts). The selected-indicator card shows an
 * item's state to staff; 「KPI一覧」's 要確認 formula follows the same 状態 rule.
 */
import type { VerificationItem } from "../domain/dataset/verification";
import type { EvaluationProblem } from "../domain/evaluation/problems";
import { VERIFICATION_CONTRACT } from "../workbook/verification-columns";
import { readVerificationItems } from "../workbook/verification-rows";
import type { RecordTablesPort } from "./record-tables";

export type { VerificationItem, VerificationState } from "../domain/dataset/verification";

export type VerificationRead =
  /** The workbook has no 「確認事項」 table (built before issue #13 and not refreshed since). */
  | { readonly kind: "missing" }
  /** The items read, and the rows that could not be (a duplicate ID names both rows): those are left out. */
  | {
      readonly kind: "items";
      readonly items: readonly VerificationItem[];
      readonly problems: readonly EvaluationProblem[];
    };

export type VerificationReadPort = Pick<RecordTablesPort, "readRecordTable">;

/** Every item of 「確認事項」, in sheet order. */
export async function readVerification(port: VerificationReadPort): Promise<VerificationRead> {
  const table = await port.readRecordTable(VERIFICATION_CONTRACT);
  if (table.kind === "missing") return { kind: "missing" };
  const read = readVerificationItems(table);
  return { kind: "items", items: read.records.map((r) => r.record), problems: read.problems };
}

/** The item of one indicator; null when it has none (or the sheet is missing, or its row cannot be read). */
export async function verificationOf(port: VerificationReadPort, id: string): Promise<VerificationItem | null> {
  const read = await readVerification(port);
  if (read.kind === "missing") return null;
  return read.items.find((item) => item.id === id) ?? null;
}
