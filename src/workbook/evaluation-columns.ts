/**
 * Sheet, table and header names of the yearly 効果検証 (issue #12): 「評価」, 「総括意見」, 「評価履歴」, 「指標見直し」.
 * Contracts like comment-columns.ts: the plan builds the sheets from these entries, the grid readers find columns by
 * these headers (never by position), and people's macros rely on them.
 */
import type { ColumnDef, CommentSheetContract } from "./comment-columns";

/** Each sheet's table starts at A1 (header in row 1, records from row 2), like the committee's record. */
export const RECORD_HEADER_ROW = 1;

/**
 * A record column; `formula` marks a column the plan fills with a formula on every row (the blank row an empty table
 * carries too), so a value there (FALSE, "") never makes a row a record.
 */
export interface RecordColumnDef<K extends string> extends ColumnDef<K> {
  readonly formula?: true;
}

/** A sheet holding one table of records; `keyKeys` are the columns a row is found by. */
export interface RecordSheetContract<K extends string> extends Omit<CommentSheetContract<K>, "idKey" | "columns"> {
  readonly columns: readonly RecordColumnDef<K>[];
  readonly keyKeys: readonly K[];
}

export const EVALUATION_SHEET = "評価";
export const SUMMARY_OPINIONS_SHEET = "総括意見";
export const CLOSED_HISTORY_SHEET = "評価履歴";
export const REVISIONS_SHEET = "指標見直し";

export type EvaluationColumnKey =
  | "year"
  | "indicatorId"
  | "name"
  | "department"
  | "formulaGrade"
  | "analysis"
  | "issues"
  | "direction"
  | "externalFactor"
  | "committeeGrade"
  | "committeeReason"
  | "difference"
  | "updatedAt"
  | "updatedBy";
export const EVALUATION_COLUMNS: readonly RecordColumnDef<EvaluationColumnKey>[] = [
  { key: "year", header: "評価年度" },
  { key: "indicatorId", header: "ID" },
  { key: "name", header: "指標名" },
  { key: "department", header: "担当課" },
  // A formula: the closed year's frozen grade from 「評価履歴」, or for the open 評価年度 the live grade of 「KPI一覧」.
  { key: "formulaGrade", header: "評価（算定）", formula: true },
  { key: "analysis", header: "要因分析" },
  { key: "issues", header: "課題" },
  { key: "direction", header: "今後の方向性" },
  { key: "externalFactor", header: "外的要因" },
  { key: "committeeGrade", header: "委員会評価" },
  { key: "committeeReason", header: "委員会評価の理由" },
  // A formula: shows how 委員会評価 differs from 評価（算定）, blank when they agree.
  { key: "difference", header: "算定との差異", formula: true },
  { key: "updatedAt", header: "記録日時" },
  { key: "updatedBy", header: "記録者" },
];
export const EVALUATION_CONTRACT: RecordSheetContract<EvaluationColumnKey> = {
  sheet: EVALUATION_SHEET,
  table: "評価",
  columns: EVALUATION_COLUMNS,
  keyKeys: ["year", "indicatorId"],
};

export type SummaryOpinionColumnKey = "year" | "target" | "text" | "updatedAt" | "updatedBy";
export const SUMMARY_OPINION_COLUMNS: readonly RecordColumnDef<SummaryOpinionColumnKey>[] = [
  { key: "year", header: "評価年度" },
  { key: "target", header: "対象" },
  { key: "text", header: "総括意見" },
  { key: "updatedAt", header: "記録日時" },
  { key: "updatedBy", header: "記録者" },
];
export const SUMMARY_OPINIONS_CONTRACT: RecordSheetContract<SummaryOpinionColumnKey> = {
  sheet: SUMMARY_OPINIONS_SHEET,
  table: "総括意見",
  columns: SUMMARY_OPINION_COLUMNS,
  keyKeys: ["year", "target"],
};

export type ClosedColumnKey =
  | "key"
  | "state"
  | "year"
  | "indicatorId"
  | "name"
  | "latest"
  | "latestYear"
  | "target"
  | "progress"
  | "expected"
  | "formulaGrade"
  | "committeeGrade"
  | "externalFactor"
  | "datasetVersion"
  | "closedAt"
  | "closedBy";
export const CLOSED_COLUMNS: readonly RecordColumnDef<ClosedColumnKey>[] = [
  // 「2025|1-1-K1-1」 on the record in force, empty on a superseded one: formulas look a closed grade up by it
  // (one MATCH on one column works the same in Excel 2016, LibreOffice and HyperFormula).
  { key: "key", header: "キー" },
  { key: "state", header: "状態" },
  { key: "year", header: "評価年度" },
  { key: "indicatorId", header: "ID" },
  { key: "name", header: "指標名" },
  { key: "latest", header: "最新実績" },
  { key: "latestYear", header: "実績年度" },
  { key: "target", header: "適用目標値" },
  { key: "progress", header: "達成率" },
  { key: "expected", header: "期待進捗" },
  { key: "formulaGrade", header: "評価（算定）" },
  { key: "committeeGrade", header: "委員会評価" },
  { key: "externalFactor", header: "外的要因" },
  { key: "datasetVersion", header: "データセット版" },
  { key: "closedAt", header: "確定日時" },
  { key: "closedBy", header: "確定者" },
];
export const CLOSED_CONTRACT: RecordSheetContract<ClosedColumnKey> = {
  sheet: CLOSED_HISTORY_SHEET,
  table: "評価履歴",
  columns: CLOSED_COLUMNS,
  keyKeys: ["year", "indicatorId"],
};
/** キー of a closed record in force. */
export const closedKey = (year: number, indicatorId: string): string => `${year}|${indicatorId}`;

export type RevisionColumnKey =
  | "indicatorId"
  | "name"
  | "originalTarget"
  | "originalTargetYear"
  | "revisedTarget"
  | "revisedTargetYear"
  | "fromYear"
  | "reason"
  | "meeting"
  | "recordedAt"
  | "inForce";
export const REVISION_COLUMNS: readonly RecordColumnDef<RevisionColumnKey>[] = [
  { key: "indicatorId", header: "ID" },
  { key: "name", header: "指標名" },
  { key: "originalTarget", header: "当初目標値" },
  { key: "originalTargetYear", header: "当初目標年度" },
  { key: "revisedTarget", header: "改定目標値" },
  { key: "revisedTargetYear", header: "改定目標年度" },
  { key: "fromYear", header: "適用開始年度" },
  { key: "reason", header: "理由" },
  { key: "meeting", header: "承認会議" },
  { key: "recordedAt", header: "記録日時" },
  // A formula: TRUE on the revision in force for 評価年度 (the latest 適用開始年度 at or before it); 「KPI一覧」's
  // 適用目標値 / 適用目標年度 read the row marked TRUE with COUNTIFS / SUMIFS, which all three engines share.
  { key: "inForce", header: "適用中", formula: true },
];
export const REVISIONS_CONTRACT: RecordSheetContract<RevisionColumnKey> = {
  sheet: REVISIONS_SHEET,
  table: "指標見直し",
  columns: REVISION_COLUMNS,
  keyKeys: ["indicatorId", "fromYear"],
};

/** The four sheets, in the order a workbook has them (after the committee's record). */
export const EVALUATION_SHEET_NAMES: readonly string[] = [
  EVALUATION_SHEET,
  SUMMARY_OPINIONS_SHEET,
  CLOSED_HISTORY_SHEET,
  REVISIONS_SHEET,
];
