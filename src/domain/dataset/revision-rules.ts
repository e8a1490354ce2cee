/**
 * Checks on the dataset's target revisions (issue #12 §3) that the schema cannot express: the indicator exists, the
 * years are ones the workbook has (planYearRange: the 評価年度 a revision applies from is one of them), at most one
 * revision per indicator and year (two would leave the target in force of that year to their order), and a date that
 * is a day of the calendar.
 */
import { formatPath, type PathPart, type Problem } from "./problems";
import type { Indexed } from "./rules";
import type { DatasetRevision, Plan } from "./schema";
import { planYearRange } from "./workbook-limits";

/** "2025-02-30" passes the schema's pattern but names no day. */
function isCalendarDay(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Problems of the revisions that passed the schema, in file order. `knownIndicators` holds the ids of every indicator
 * in the file, even one that failed the schema (reported already by its own path), so it does not count as unknown.
 */
export function revisionProblems(
  plan: Pick<Plan, "from" | "to"> | null,
  revisions: readonly Indexed<DatasetRevision>[],
  knownIndicators: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const report = (path: readonly PathPart[], message: string): void => {
    problems.push({ path: formatPath(path), message });
  };
  const range = plan && plan.from.year <= plan.to.year ? planYearRange(plan) : null;
  const outside = (year: number): string | null =>
    range === null || (year >= range.first && year <= range.last)
      ? null
      : `${year} is outside the plan's years ${range.first}–${range.last}`;
  const first = new Map<string, number>();
  for (const { index, item } of revisions) {
    const at = ["revisions", index] as const;
    if (!knownIndicators.has(item.indicatorId))
      report([...at, "indicatorId"], `unknown indicator "${item.indicatorId}"`);
    const from = outside(item.fromYear);
    if (from !== null) report([...at, "fromYear"], from);
    const key = `${item.indicatorId}|${item.fromYear}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else
      report(
        [...at, "fromYear"],
        `a second revision of "${item.indicatorId}" from ${item.fromYear} (the first is ${formatPath(["revisions", seen])})`,
      );
    const targetYear = item.targetYear === undefined ? null : outside(item.targetYear);
    if (targetYear !== null) report([...at, "targetYear"], targetYear);
    if (item.date !== undefined && !isCalendarDay(item.date))
      report([...at, "date"], `"${item.date}" is not a day of the calendar`);
  }
  return problems;
}
