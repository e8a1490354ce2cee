/**
 * 「評価」 and 「総括意見」 rows → EvaluationEntry / SummaryOpinion (issue #12), columns found by their contract header
 * (evaluation-columns.ts). A row without ID (評価) or 対象 (総括意見) and 評価年度 is skipped (the blank row an empty
 * table carries). A cell that is not what its column holds — a bad year, a direction or grade outside the lists —
 * is a problem naming the cell; grades typed as "B" or 「保留」 are read as the domain normalises them. Also what the
 * use cases check entries against, read from 「KPI一覧」: its indicators (ID, 指標名, 担当課), the plan years of its
 * year columns and the 基本目標 of its 基本目標 column.
 */
import { evaluationProblem } from "../domain/evaluation/problems";
import { normalizeCommitteeGrade, normalizeDirection, type EntryContext } from "../domain/evaluation/entries";
import {
  basicGoalTarget,
  COMMITTEE_GRADES,
  EVALUATION_DIRECTIONS,
  WHOLE_STRATEGY,
  type EvaluationEntry,
  type SummaryOpinion,
} from "../domain/evaluation/types";
import type { Scalar } from "../lib/scalar";
import {
  EVALUATION_CONTRACT,
  SUMMARY_OPINIONS_CONTRACT,
  type EvaluationColumnKey,
  type RecordSheetContract,
} from "./evaluation-columns";
import { readRecordTable, type ReadRecords, type RecordRows, type RowCells } from "./evaluation-cells";
import type { KpiRows } from "./kpi-snapshots";
import { yearOfHeader } from "./kpi-headers";
import { kpiColumnIndex } from "./kpi-row-view";

/** Rows keyed by two columns (評価年度 and ID / 対象): a row with both empty is no record, one with one empty a problem. */
function readRows<K extends string, T>(
  contract: RecordSheetContract<K>,
  input: RecordRows,
  keyOf: readonly [K, K],
  read: (c: RowCells<K>) => T,
): ReadRecords<T> {
  return readRecordTable(contract, input, (c) => {
    if (keyOf.every((k) => c.text(k) === "")) return null;
    for (const k of keyOf) if (c.text(k) === "") c.problems.push(evaluationProblem(c.at(k), "required", { field: k }));
    return { record: read(c), key: keyOf.map((k) => c.text(k)).join("|") };
  });
}

function listed<K extends string, T extends string>(
  c: RowCells<K>,
  key: K,
  normalize: (text: string) => T | "" | null,
  allowed: readonly string[],
  field: string,
): T | "" {
  const value = normalize(c.text(key));
  if (value !== null) return value;
  c.problems.push(
    evaluationProblem(c.at(key), "notInList", { field, value: c.text(key), allowed: allowed.join("、") }),
  );
  return "";
}

/** The rows of 「評価」. */
export function readEvaluationEntries(input: RecordRows): ReadRecords<EvaluationEntry> {
  return readRows(EVALUATION_CONTRACT, input, ["year", "indicatorId"], (c: RowCells<EvaluationColumnKey>) => ({
    year: c.year("year") ?? 0,
    indicatorId: c.text("indicatorId"),
    name: c.text("name"),
    department: c.text("department"),
    analysis: c.text("analysis"),
    issues: c.text("issues"),
    direction: listed(c, "direction", normalizeDirection, EVALUATION_DIRECTIONS, "direction"),
    externalFactor: c.text("externalFactor"),
    committeeGrade: listed(c, "committeeGrade", normalizeCommitteeGrade, COMMITTEE_GRADES, "committeeGrade"),
    committeeReason: c.text("committeeReason"),
    updatedAt: c.text("updatedAt"),
    updatedBy: c.text("updatedBy"),
  }));
}

/** The rows of 「総括意見」. */
export function readSummaryOpinions(input: RecordRows): ReadRecords<SummaryOpinion> {
  return readRows(SUMMARY_OPINIONS_CONTRACT, input, ["year", "target"], (c) => ({
    year: c.year("year") ?? 0,
    target: c.text("target"),
    text: c.text("text"),
    updatedAt: c.text("updatedAt"),
    updatedBy: c.text("updatedBy"),
  }));
}

/** An indicator of 「KPI一覧」 as 「評価」 shows it. */
export interface KpiIndicator {
  readonly id: string;
  readonly name: string;
  readonly department: string;
}

/** What 「KPI一覧」 says entries are checked against, and the indicators a new 評価 row is made from. */
export interface KpiEvaluationContext extends EntryContext {
  readonly indicators: readonly KpiIndicator[];
}

const text = (v: Scalar | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The indicators (rows with an ID), the plan years (its year columns, 「令和2年度(2020)」…) and the 基本目標 (the
 * leading digit of each 基本目標 label 「1-1 …」) of 「KPI一覧」; null when it has no ID column or no year column.
 */
export function kpiEvaluationContext(kpi: KpiRows): KpiEvaluationContext | null {
  const col = (key: "id" | "name" | "department" | "subGoal"): number => kpiColumnIndex(kpi.headers, key);
  const years = kpi.headers.map(yearOfHeader).filter((y): y is number => y !== null);
  if (col("id") < 0 || years.length === 0) return null;
  const indicators = kpi.rows.flatMap((row) => {
    const id = text(row[col("id")]);
    return id === "" ? [] : [{ id, name: text(row[col("name")]), department: text(row[col("department")]) }];
  });
  const goals = new Set<string>();
  for (const row of kpi.rows) {
    const m = /^([1-9])-/.exec(text(row[col("subGoal")]));
    if (m) goals.add(m[1] as string);
  }
  return {
    indicators,
    knownIds: new Set(indicators.map((i) => i.id)),
    years: { first: Math.min(...years), last: Math.max(...years) },
    summaryTargets: [WHOLE_STRATEGY, ...[...goals].sort().map(basicGoalTarget)],
  };
}
