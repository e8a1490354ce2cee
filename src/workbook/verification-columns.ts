/**
 * 「確認事項」 (issue #13): the staff's list of the dataset's verification notes — how the strategy PDF's text was
 * read where its layout left the reading open — one row per indicator, with the staff's check (状態, 確認者, 確認日,
 * メモ). A contract like the 効果検証's record sheets (evaluation-columns.ts): the plan builds the sheet from it, the
 * reader (verification-rows.ts) finds columns by these headers, and 「KPI一覧」's 要確認 formula reads 状態 by ID.
 */
import type { RecordColumnDef, RecordSheetContract } from "./evaluation-columns";

export const VERIFICATION_SHEET = "確認事項";

export type VerificationColumnKey =
  "indicatorId" | "name" | "reading" | "reason" | "state" | "checkedBy" | "checkedOn" | "memo" | "inDataset";

export const VERIFICATION_COLUMNS: readonly RecordColumnDef<VerificationColumnKey>[] = [
  { key: "indicatorId", header: "ID" },
  { key: "name", header: "指標名" },
  { key: "reading", header: "読み取り" },
  { key: "reason", header: "理由" },
  // Typed by staff: 未確認 / 確認済 (a list). 「KPI一覧」's 要確認 shows while the row is not 確認済.
  { key: "state", header: "状態" },
  { key: "checkedBy", header: "確認者" },
  { key: "checkedOn", header: "確認日" },
  { key: "memo", header: "メモ" },
  // Written by the refresh: whether the current dataset still carries the note (an item it dropped is kept, marked).
  { key: "inDataset", header: "データセット" },
];

export const VERIFICATION_CONTRACT: RecordSheetContract<VerificationColumnKey> = {
  sheet: VERIFICATION_SHEET,
  table: "確認事項",
  columns: VERIFICATION_COLUMNS,
  keyKeys: ["indicatorId"],
};

/** 状態's two values; anything else (empty, a typo) reads as not checked. */
export const VERIFICATION_STATES = { open: "未確認", checked: "確認済" } as const;

/** 「KPI一覧」's 要確認 cell while an item is not 確認済. */
export const VERIFICATION_MARK = "要確認";

/** データセット: the note is in the dataset the workbook was last built or refreshed from. */
export const IN_DATASET = "記載あり";
/** データセット of an item the dataset no longer carries starts so: 「記載なし（1.1.0）」 names the version. */
export const NOT_IN_DATASET = "記載なし";
export const notInDataset = (version: string): string => `${NOT_IN_DATASET}（${version}）`;
