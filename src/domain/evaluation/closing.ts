/**
 * Closing a 評価年度 (issue #12 §2), pure: per indicator, the values and grades of that year as the status twin
 * (domain/status.ts evaluateIndicator) works them out from the actuals typed into 「KPI一覧」 — never the dataset's
 * actuals — graded against the target in force for the year (target-in-force.ts), with the committee's grade and the
 * outside factor from 「評価」, the dataset version, who and when. A re-close supersedes the year's earlier records
 * (旧記録, キー emptied by the writer) and adds new ones: nothing is deleted.
 *
 * Refused: a year outside the plan; a year after the workbook's 評価年度 (「KPI一覧」 has never shown that year's
 * grades, the committee cannot have reviewed them, and the year's actuals are not all in: closing freezes what was
 * reviewed, so the workbook is moved to the year first); a year already closed, unless `replace`.
 */
import { CMP_PLACES, evaluateIndicator, roundTo, type StatusInput } from "../status";
import { evaluationProblem, type EvaluationProblem } from "./problems";
import { targetInForce } from "./target-in-force";
import { CLOSED_STATES, type ClosedRecord, type EvaluationEntry, type TargetRevision } from "./types";

/** One indicator as 「KPI一覧」 holds it. */
export interface ClosingIndicator {
  readonly id: string;
  readonly name: string;
  /** The status rule's inputs with the original target (the definitions the workbook was built from). */
  readonly input: StatusInput;
  /** The actuals typed into 「KPI一覧」's year columns, by western year. */
  readonly actuals: ReadonlyMap<number, number>;
}

export interface ClosingInput {
  readonly year: number;
  /** The plan's years (the year columns of 「KPI一覧」, the range 評価年度 may take). */
  readonly planYears: { readonly first: number; readonly last: number };
  /** The workbook's 評価年度. */
  readonly evaluationYear: number;
  /** 順調閾値 k. */
  readonly k: number;
  readonly indicators: readonly ClosingIndicator[];
  readonly revisions: readonly TargetRevision[];
  /** Rows of 「評価」 (any year; the closed year's are used). */
  readonly entries: readonly Pick<EvaluationEntry, "year" | "indicatorId" | "committeeGrade" | "externalFactor">[];
  /** 「評価履歴」 as read, each record with its row index (a re-close supersedes rows by index). */
  readonly history: readonly { readonly record: ClosedRecord; readonly index: number }[];
  readonly replace: boolean;
  readonly datasetVersion: string;
  readonly closedBy: string;
  /** ISO date-time. */
  readonly closedAt: string;
}

export type ClosingResult =
  | {
      readonly ok: true;
      /** The new records in force, one per indicator, in 「KPI一覧」's order. */
      readonly records: readonly ClosedRecord[];
      /** The year's earlier records in force, now 旧記録 (their row index and the record as it becomes). */
      readonly superseded: readonly { readonly index: number; readonly record: ClosedRecord }[];
    }
  | { readonly ok: false; readonly problems: readonly EvaluationProblem[] };

/**
 * 達成率 / 期待進捗 as frozen: rounded to the places the grade rules compare at (CMP_PLACES), so the value survives
 * any engine's save unchanged (LibreOffice writes 15 significant digits: 0.36666666666666664 would come back as
 * 0.366666666666667). The grade is decided on the unrounded values, as the formulas decide it.
 */
const frozenRatio = (x: number | null): number | null => (x === null ? null : roundTo(x, CMP_PLACES));

/** The 評価年度 already closed (those with a record in force), ascending. */
export function closedYears(history: readonly { readonly record: ClosedRecord }[]): number[] {
  const years = new Set(history.filter((h) => h.record.state === CLOSED_STATES.current).map((h) => h.record.year));
  return [...years].sort((a, b) => a - b);
}

/** Why `year` cannot be closed now, if it cannot. */
export function closingProblems(input: ClosingInput): EvaluationProblem[] {
  const { year, planYears } = input;
  if (!Number.isInteger(year) || year < planYears.first || year > planYears.last) {
    return [
      evaluationProblem("year", "yearOutsidePlan", {
        field: "year",
        year,
        from: planYears.first,
        to: planYears.last,
      }),
    ];
  }
  if (year > input.evaluationYear) {
    return [evaluationProblem("year", "yearAfterEvaluationYear", { year, evaluationYear: input.evaluationYear })];
  }
  if (input.indicators.length === 0) return [evaluationProblem("year", "noIndicators")];
  const earlier = input.history.filter((h) => h.record.year === year && h.record.state === CLOSED_STATES.current);
  if (earlier.length > 0 && !input.replace) {
    const closedAt = earlier[0]?.record.closedAt ?? "";
    return [evaluationProblem("year", "alreadyClosed", { year, closedAt, count: earlier.length })];
  }
  return [];
}

/** The closed records of `year` and the earlier ones they supersede; nothing when closingProblems has any. */
export function closeYear(input: ClosingInput): ClosingResult {
  const problems = closingProblems(input);
  if (problems.length > 0) return { ok: false, problems };
  const { year } = input;
  const entryOf = new Map<string, ClosingInput["entries"][number]>();
  for (const e of input.entries) if (e.year === year && !entryOf.has(e.indicatorId)) entryOf.set(e.indicatorId, e);
  const records = input.indicators.map((ind): ClosedRecord => {
    const inForce = targetInForce(
      { target: ind.input.target, targetYear: ind.input.targetYear },
      input.revisions,
      ind.id,
      year,
    );
    const status = evaluateIndicator(
      { ...ind.input, target: inForce.target, targetYear: inForce.targetYear },
      ind.actuals,
      { evaluationYear: year, k: input.k },
    );
    const entry = entryOf.get(ind.id);
    return {
      state: CLOSED_STATES.current,
      year,
      indicatorId: ind.id,
      name: ind.name,
      latest: status.latest,
      latestYear: status.latestYear,
      target: inForce.target,
      progress: frozenRatio(status.progress),
      expected: frozenRatio(status.expected),
      formulaGrade: status.grade,
      committeeGrade: entry?.committeeGrade ?? "",
      externalFactor: entry?.externalFactor ?? "",
      datasetVersion: input.datasetVersion,
      closedAt: input.closedAt,
      closedBy: input.closedBy,
    };
  });
  const superseded = input.history
    .filter((h) => h.record.year === year && h.record.state === CLOSED_STATES.current)
    .map((h) => ({ index: h.index, record: { ...h.record, state: CLOSED_STATES.superseded } }));
  return { ok: true, records, superseded };
}

/** An indicator's closed records, oldest year first, the record in force before the ones it superseded. */
export function historyOf(history: readonly { readonly record: ClosedRecord }[], indicatorId: string): ClosedRecord[] {
  const rank = (r: ClosedRecord): number => (r.state === CLOSED_STATES.current ? 0 : 1);
  return history
    .map((h) => h.record)
    .filter((r) => r.indicatorId === indicatorId)
    .sort((a, b) => a.year - b.year || rank(a) - rank(b) || b.closedAt.localeCompare(a.closedAt));
}
