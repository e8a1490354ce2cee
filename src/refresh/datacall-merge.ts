/**
 * A returned 実績照会 file against the main workbook (issue #12 §5), pure: the checks that refuse the file (another
 * 評価年度, another department, ids changed, added or removed, an actual that is no number), then what it would
 * change. The rules are the refresh's for actuals (actuals.ts): what people typed in the main workbook is never lost
 * — an empty cell is filled, an equal value is left, a different value is a conflict that keeps the workbook's
 * unless the user chose the file's. Unlike the refresh, a conflict nobody chose for refuses the import with the list
 * (the department answered on purpose; silently keeping either side would hide it). The same comparison (sameScalar)
 * and reading of typed actuals (readActual) as the refresh; the cells are written by the use case (app/datacall.ts).
 */
import { evaluationProblem, type EvaluationProblem } from "../domain/evaluation/problems";
import type { Scalar } from "../lib/scalar";
import type { DatacallFile, DatacallRow, DatacallTextKey } from "../workbook/datacall-file";
import { readActual } from "./actual-value";
import { sameScalar } from "./actuals";

/** The fields of 「評価」 a department answers (the others — 委員会評価 … — are the committee's). */
export const DATACALL_ENTRY_FIELDS = ["analysis", "issues", "direction", "externalFactor"] as const;
export type DatacallEntryField = (typeof DATACALL_ENTRY_FIELDS)[number];
export type DatacallField = "actual" | DatacallEntryField;

/** An indicator of the main workbook as the import compares with it. */
export interface DatacallTarget {
  readonly id: string;
  readonly department: string;
  readonly unit: string | null;
  /** 「KPI一覧」's cell of the 評価年度 as typed, and where it is (「KPI一覧 R7」). */
  readonly actual: Scalar;
  readonly actualCell: string;
  /** 「評価」's row of the 評価年度, when there is one. */
  readonly entry: Readonly<Record<DatacallEntryField, string>> | null;
}

export interface DatacallWorkbook {
  readonly evaluationYear: number;
  readonly datasetVersion: string | null;
  readonly indicators: readonly DatacallTarget[];
}

/** Which side wins each conflict: the ids whose file values are taken; the rest keep the workbook's when asked. */
export interface DatacallChoices {
  readonly useFile: readonly string[];
  readonly keepWorkbook: boolean;
}

export type DatacallResolution = "file" | "workbook" | null;

export interface DatacallChange {
  readonly id: string;
  readonly field: DatacallField;
  /** The cell of the returned file. */
  readonly fileCell: string;
  readonly before: Scalar;
  readonly after: Scalar;
  /** fill: the workbook's cell was empty; conflict: both hold different values. */
  readonly kind: "fill" | "conflict";
  /** For a conflict: the side chosen, null when none was. A fill always takes the file's. */
  readonly resolution: DatacallResolution;
}

export interface DatacallImport {
  readonly department: string;
  readonly year: number;
  /** Every difference, fills and conflicts, in file order. */
  readonly changes: readonly DatacallChange[];
  /** The conflicts nobody chose a side for: the import is refused while there are any. */
  readonly unresolved: readonly DatacallChange[];
  /** The actual to write per id (fills and conflicts resolved to the file). */
  readonly actuals: readonly { readonly id: string; readonly value: number }[];
  /** The 「評価」 fields to write per id: the workbook's fields with the file's taken on top. */
  readonly entries: readonly { readonly id: string; readonly fields: Record<DatacallEntryField, string> }[];
  /** 出典 and 速報/確定 per id whose actual from the file is in force (written, or equal to the workbook's). */
  readonly sources: readonly { readonly id: string; readonly source: string; readonly status: string }[];
  /** The file was made from another dataset version than the workbook now records (a refresh since). */
  readonly datasetChanged: { readonly file: string; readonly workbook: string } | null;
}

export type DatacallMergeResult =
  | { readonly ok: true; readonly value: DatacallImport }
  | { readonly ok: false; readonly problems: readonly EvaluationProblem[] };

/** The checks that make the file unusable for this workbook, naming the cell. */
function fileProblems(file: DatacallFile, wb: DatacallWorkbook): EvaluationProblem[] {
  const { metadata: meta, metadataCell } = file;
  if (meta.year !== wb.evaluationYear) {
    return [evaluationProblem(metadataCell, "datacallWrongYear", { file: meta.year, workbook: wb.evaluationYear })];
  }
  const ofDepartment = wb.indicators.filter((i) => i.department === meta.department).map((i) => i.id);
  if (ofDepartment.length === 0) {
    return [evaluationProblem(metadataCell, "datacallWrongDepartment", { department: meta.department })];
  }
  const problems: EvaluationProblem[] = [];
  const owner = new Map(wb.indicators.map((i) => [i.id, i.department]));
  for (const row of file.rows) {
    const dept = owner.get(row.id);
    if (dept === undefined) problems.push(evaluationProblem(row.cells.id, "unknownIndicator", { value: row.id }));
    else if (dept !== meta.department) {
      problems.push(
        evaluationProblem(row.cells.id, "datacallOtherDepartment", {
          id: row.id,
          department: meta.department,
          owner: dept || "—",
        }),
      );
    }
  }
  const inFile = new Set(file.rows.map((r) => r.id));
  const absent = ofDepartment.filter((id) => !inFile.has(id));
  if (absent.length > 0) {
    problems.push(
      evaluationProblem(metadataCell, "datacallMissingIds", { department: meta.department, ids: absent.join(", ") }),
    );
  }
  return problems;
}

/** A difference between the workbook's value and the file's, or null when the file leaves it (blank) or agrees. */
function difference(
  id: string,
  field: DatacallField,
  fileCell: string,
  before: Scalar,
  after: Scalar,
  chosen: (id: string) => DatacallResolution,
): DatacallChange | null {
  if (after === null || after === "") return null;
  if (before === null || before === "") return { id, field, fileCell, before, after, kind: "fill", resolution: "file" };
  if (sameScalar(before, after)) return null;
  return { id, field, fileCell, before, after, kind: "conflict", resolution: chosen(id) };
}

/** The file's actual as a number (the refresh's reading, with the indicator's unit), or a problem. */
function fileActual(row: DatacallRow, unit: string | null): number | null | EvaluationProblem {
  const r = readActual(row.actual, unit);
  if (r.kind === "empty") return null;
  if (r.kind === "number") return r.value;
  return evaluationProblem(row.cells.actual, "notANumber", { field: "actual", value: r.text });
}

/**
 * The returned file's rows against the workbook: refused (problems) when the file does not belong to it or a value
 * cannot be read, or a --use-file id names no conflict; else the changes, with `unresolved` listing conflicts that
 * still need a choice.
 */
export function mergeDatacall(file: DatacallFile, wb: DatacallWorkbook, choices: DatacallChoices): DatacallMergeResult {
  const refused = fileProblems(file, wb);
  if (refused.length > 0) return { ok: false, problems: refused };
  const byId = new Map(wb.indicators.map((i) => [i.id, i]));
  const useFile = new Set(choices.useFile);
  const chosen = (id: string): DatacallResolution =>
    useFile.has(id) ? "file" : choices.keepWorkbook ? "workbook" : null;
  const problems: EvaluationProblem[] = [];
  const changes: DatacallChange[] = [];
  const actuals: { id: string; value: number }[] = [];
  const entries: { id: string; fields: Record<DatacallEntryField, string> }[] = [];
  const sources: { id: string; source: string; status: string }[] = [];
  for (const row of file.rows) {
    const target = byId.get(row.id) as DatacallTarget;
    const value = fileActual(row, target.unit);
    if (value !== null && typeof value === "object") {
      problems.push(value);
      continue;
    }
    // The workbook's cell as the refresh reads a typed actual: 「1,234人」 is 1234; text that is no number stays text.
    const typed = readActual(target.actual, target.unit);
    const before: Scalar = typed.kind === "number" ? typed.value : typed.kind === "empty" ? null : typed.text;
    const actual = difference(row.id, "actual", row.cells.actual, before, value, chosen);
    if (actual) changes.push(actual);
    if (actual?.resolution === "file") actuals.push({ id: row.id, value: value as number });
    if (value !== null && (actual === null || actual.resolution === "file") && (row.source || row.status)) {
      sources.push({ id: row.id, source: row.source, status: row.status });
    }
    const fields = { ...(target.entry ?? { analysis: "", issues: "", direction: "", externalFactor: "" }) };
    let taken = false;
    for (const field of DATACALL_ENTRY_FIELDS) {
      const d = difference(row.id, field, row.cells[field as DatacallTextKey], fields[field], row[field], chosen);
      if (!d) continue;
      changes.push(d);
      if (d.resolution === "file") {
        fields[field] = row[field];
        taken = true;
      }
    }
    if (taken) entries.push({ id: row.id, fields });
  }
  const conflictIds = new Set(changes.filter((c) => c.kind === "conflict").map((c) => c.id));
  for (const id of useFile) {
    if (!conflictIds.has(id)) problems.push(evaluationProblem("--use-file", "datacallStrayChoice", { id }));
  }
  if (problems.length > 0) return { ok: false, problems };
  const version = file.metadata.datasetVersion;
  return {
    ok: true,
    value: {
      department: file.metadata.department,
      year: file.metadata.year,
      changes,
      unresolved: changes.filter((c) => c.resolution === null),
      actuals,
      entries,
      sources,
      datasetChanged:
        version !== null && wb.datasetVersion !== null && version !== wb.datasetVersion
          ? { file: version, workbook: wb.datasetVersion }
          : null,
    },
  };
}
