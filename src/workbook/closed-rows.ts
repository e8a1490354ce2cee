/**
 * 「評価履歴」 rows ⇄ ClosedRecord (issue #12 §2): the frozen values and grades of closed 評価年度, columns found by
 * their contract header (evaluation-columns.ts CLOSED_CONTRACT). A row without ID and 評価年度 is skipped (the blank
 * row an empty table carries); a cell that is not what its column holds is a problem naming the cell. Two 確定 rows
 * of one year and indicator are reported with both rows: a lookup by キー would pick one silently.
 */
import type { Scalar } from "../lib/scalar";
import { GRADES, type Grade } from "../domain/status";
import { evaluationProblem } from "../domain/evaluation/problems";
import {
  CLOSED_STATES,
  COMMITTEE_GRADES,
  type ClosedRecord,
  type ClosedState,
  type CommitteeGrade,
} from "../domain/evaluation/types";
import { CLOSED_CONTRACT, closedKey, type ClosedColumnKey } from "./evaluation-columns";
import { readRecordTable, type ReadRecords, type RecordRows } from "./evaluation-cells";

const STATES: readonly string[] = [CLOSED_STATES.current, CLOSED_STATES.superseded];
const FORMULA_GRADES: readonly string[] = GRADES.map((g) => g.grade);

export function readClosedRecords(input: RecordRows): ReadRecords<ClosedRecord> {
  return readRecordTable(CLOSED_CONTRACT, input, (c) => {
    if (c.text("indicatorId") === "" && c.text("year") === "") return null;
    const inList = (key: ClosedColumnKey, allowed: readonly string[], empty: boolean): string => {
      const value = c.text(key);
      if ((empty && value === "") || allowed.includes(value)) return value;
      const field = CLOSED_CONTRACT.columns.find((col) => col.key === key)?.header ?? key;
      c.problems.push(evaluationProblem(c.at(key), "notInList", { field, value, allowed: allowed.join("、") }));
      return value;
    };
    const year = c.year("year");
    if (c.text("year") === "") {
      c.problems.push(evaluationProblem(c.at("year"), "required", { field: "year" }));
    }
    const id = c.text("indicatorId");
    if (id === "") c.problems.push(evaluationProblem(c.at("indicatorId"), "required", { field: "indicatorId" }));
    const record: ClosedRecord = {
      state: inList("state", STATES, false) as ClosedState,
      year: year ?? 0,
      indicatorId: id,
      name: c.text("name"),
      latest: c.number("latest"),
      latestYear: c.year("latestYear"),
      target: c.number("target"),
      progress: c.number("progress"),
      expected: c.number("expected"),
      formulaGrade: inList("formulaGrade", FORMULA_GRADES, false) as Grade,
      committeeGrade: inList("committeeGrade", COMMITTEE_GRADES, true) as CommitteeGrade | "",
      externalFactor: c.text("externalFactor"),
      datasetVersion: c.text("datasetVersion"),
      closedAt: c.text("closedAt"),
      closedBy: c.text("closedBy"),
    };
    // Only records in force share a キー: superseded ones of the same year stay side by side.
    const current = record.state === CLOSED_STATES.current && year !== null && id !== "";
    return current ? { record, key: closedKey(year, id) } : { record };
  });
}

/** A closed record's cells by column: キー on the record in force, empty on a superseded one. */
export function closedRecordCells(r: ClosedRecord): Record<ClosedColumnKey, Scalar> {
  return {
    key: r.state === CLOSED_STATES.current ? closedKey(r.year, r.indicatorId) : "",
    state: r.state,
    year: r.year,
    indicatorId: r.indicatorId,
    name: r.name,
    latest: r.latest,
    latestYear: r.latestYear,
    target: r.target,
    progress: r.progress,
    expected: r.expected,
    formulaGrade: r.formulaGrade,
    committeeGrade: r.committeeGrade,
    externalFactor: r.externalFactor,
    datasetVersion: r.datasetVersion,
    closedAt: r.closedAt,
    closedBy: r.closedBy,
  };
}

/** The cells a re-close rewrites on a record it supersedes (its values stay as they were). */
export const SUPERSEDED_CELLS: Readonly<Partial<Record<ClosedColumnKey, Scalar>>> = {
  key: "",
  state: CLOSED_STATES.superseded,
};
