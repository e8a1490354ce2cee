/**
 * 「指標見直し」 rows ⇄ TargetRevision (issue #12 §3): the ledger of target revisions, columns found by their contract
 * header (evaluation-columns.ts REVISIONS_CONTRACT). A row without an ID is skipped (the blank row of an empty
 * table); a cell that is not what its column holds is a problem naming the cell. Two rows of one indicator and one
 * 適用開始年度 are reported naming both rows (which target applies would be a guess). 適用中 is a formula the plan
 * writes (src/plan/revisions-sheet.ts, which also gives a revision's cells); it is not part of the record.
 */
import { meetingNumber } from "../domain/comments/meeting-number";
import { evaluationProblem } from "../domain/evaluation/problems";
import type { TargetRevision } from "../domain/evaluation/types";
import { REVISIONS_CONTRACT } from "./evaluation-columns";
import { readRecordTable, textOf, type ReadRecords, type RecordRows } from "./evaluation-cells";

export function readRevisions(input: RecordRows): ReadRecords<TargetRevision> {
  return readRecordTable(REVISIONS_CONTRACT, input, (c) => {
    const id = c.text("indicatorId");
    if (id === "") return null;
    const revisedTarget = c.number("revisedTarget");
    const fromYear = c.year("fromYear");
    if (c.text("revisedTarget") === "") {
      c.problems.push(evaluationProblem(c.at("revisedTarget"), "required", { field: "revisedTarget" }));
    }
    if (c.text("fromYear") === "") {
      c.problems.push(evaluationProblem(c.at("fromYear"), "required", { field: "fromYear" }));
    }
    const meetingCell = c.get("meeting");
    let meeting: number | null = null;
    if (textOf(meetingCell).trim() !== "") {
      const n = meetingNumber(meetingCell);
      if (Number.isInteger(n) && n >= 1) meeting = n;
      else
        c.problems.push(
          evaluationProblem(c.at("meeting"), "notANumber", { field: "meeting", value: textOf(meetingCell) }),
        );
    }
    const record: TargetRevision = {
      indicatorId: id,
      name: c.text("name"),
      originalTarget: c.number("originalTarget"),
      originalTargetYear: c.year("originalTargetYear"),
      revisedTarget: revisedTarget ?? 0,
      revisedTargetYear: c.year("revisedTargetYear"),
      fromYear: fromYear ?? 0,
      reason: textOf(c.get("reason")),
      meeting,
      recordedAt: c.text("recordedAt"),
    };
    return fromYear !== null ? { record, key: `${id} ${fromYear}` } : { record };
  });
}
