/**
 * 「確認事項」 rows → VerificationItem (issue #13), columns found by their contract header (verification-columns.ts).
 * A row without an ID is skipped (the blank row of an empty table); two rows of one ID are a problem naming both
 * rows (「KPI一覧」's 要確認 counts 確認済 rows by ID: which one staff meant would be a guess).
 *
 * 状態 reads as 「KPI一覧」's formula reads it: 確認済 exactly (as typed, not trimmed: COUNTIFS matches the whole
 * text) is checked; anything else — 未確認, empty, a typo — is 要確認, so the pane never says 確認済 while the sheet
 * still shows the mark.
 */
import type { VerificationItem } from "../domain/dataset/verification";
import { serialToDate } from "../lib/excel-date";
import { readRecordTable, textOf, type ReadRecords, type RecordRows } from "./evaluation-cells";
import { NOT_IN_DATASET, VERIFICATION_CONTRACT, VERIFICATION_STATES } from "./verification-columns";

const optional = (text: string): string | undefined => (text === "" ? undefined : text);

export function readVerificationItems(input: RecordRows): ReadRecords<VerificationItem> {
  return readRecordTable(VERIFICATION_CONTRACT, input, (c) => {
    const id = c.text("indicatorId");
    if (id === "") return null;
    const on = c.get("checkedOn");
    const checkedOn = typeof on === "number" ? serialToDate(on) : c.text("checkedOn");
    const mark = c.text("inDataset");
    const record: VerificationItem = {
      id,
      name: c.text("name"),
      reading: textOf(c.get("reading")).trim(),
      reason: textOf(c.get("reason")).trim(),
      state: textOf(c.get("state")) === VERIFICATION_STATES.checked ? "確認済" : "要確認",
      ...spread("checkedBy", optional(c.text("checkedBy"))),
      ...spread("checkedOn", optional(checkedOn)),
      ...spread("memo", optional(textOf(c.get("memo")).trim())),
      // Only the refresh's own mark says the note left the dataset; an edited or emptied cell keeps the item current.
      inDataset: !mark.startsWith(NOT_IN_DATASET),
    };
    return { record, key: id };
  });
}

/** { key: value } when there is a value (exactOptionalPropertyTypes: no key for none). */
function spread<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
