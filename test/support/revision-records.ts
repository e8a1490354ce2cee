/**
 * What people typed into a workbook before a refresh brings in the dataset's target revisions (issue #12), shared by
 * the refresh tests of the use case (test/app) and of the CLI: two 「指標見直し」 rows and one closed year.
 */
import type { ClosedRecord, TargetRevision } from "../../src/domain/evaluation/types";
import { closedRecordCells } from "../../src/workbook/closed-rows";
import type { ClosedColumnKey } from "../../src/workbook/evaluation-columns";
import type { RecordCells } from "../../src/workbook/record-rows";

/** A 「指標見直し」 row people typed: `id`'s target `target` from `fromYear`, decided by the committee. */
export const typedRevision = (id: string, fromYear: number, target: number): TargetRevision => ({
  indicatorId: id,
  name: "人が入力",
  originalTarget: null,
  originalTargetYear: null,
  revisedTarget: target,
  revisedTargetYear: null,
  fromYear,
  reason: "委員会で決定",
  meeting: 2,
  recordedAt: "2026-06-01T00:00:00.000Z",
});

/** The year 2024 closed for `id` (with the dataset version `datasetVersion`), on 2025-06-01. */
export const closed2024 = (id: string, datasetVersion: string): ClosedRecord => ({
  state: "確定",
  year: 2024,
  indicatorId: id,
  name: "x",
  latest: 1,
  latestYear: 2024,
  target: 10,
  progress: 0.1,
  expected: 0.5,
  formulaGrade: "C 遅れ",
  committeeGrade: "",
  externalFactor: "",
  datasetVersion,
  closedAt: "2025-06-01T00:00:00.000Z",
  closedBy: "u",
});

/** A closed record as the cells 「評価履歴」 takes: each value as it is, no format of its own. */
export const closedCells = (record: ClosedRecord): RecordCells<ClosedColumnKey> =>
  Object.fromEntries(
    Object.entries(closedRecordCells(record)).map(([k, v]) => [k, { value: v }]),
  ) as RecordCells<ClosedColumnKey>;
