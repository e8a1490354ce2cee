/**
 * Checks across fields and rows that the zod schema cannot express: unique ids, references between
 * sub-goals, 施策 and indicators, ids that agree with what they name, periods that parse, values that
 * agree with their printed text, and directions that agree with baseline and target.
 *
 * Works on the items that passed the schema one by one (with their original index), so a file with
 * structural problems still gets its semantic problems reported in the same run.
 */
import { daysInFiscalYear, parsePeriod } from "../periods";
import { NO_FIGURE, KNOWN_UNITS, parsePrintedNumber, printedDecimals, printedUnitFollows } from "./printed";
import { formatPath, type PathPart, type Problem } from "./problems";
import type { BasicGoal, Indicator, Measure, PeriodData, Plan, Quantity, SubGoal } from "./schema";

export interface Indexed<T> {
  readonly index: number;
  readonly item: T;
}

export interface DatasetParts {
  readonly plan: Plan | null;
  readonly basicGoals: readonly Indexed<BasicGoal>[];
  readonly subGoals: readonly Indexed<SubGoal>[];
  readonly measures: readonly Indexed<Measure>[];
  readonly indicators: readonly Indexed<Indicator>[];
  /** Ids present in the file even on items that failed the schema, so they do not count as unknown. */
  readonly knownIds: {
    readonly basicGoals: ReadonlySet<string>;
    readonly subGoals: ReadonlySet<string>;
    readonly measures: ReadonlySet<string>;
  };
}

type Report = (path: readonly PathPart[], message: string) => void;

function checkUnique<T extends { id: string }>(list: string, items: readonly Indexed<T>[], report: Report): void {
  const first = new Map<string, number>();
  for (const { index, item } of items) {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, index);
    else report([list, index, "id"], `duplicate id "${item.id}" (first used at ${formatPath([list, seen])})`);
  }
}

function checkPeriod(period: PeriodData, path: readonly PathPart[], report: Report): void {
  const parsed = parsePeriod(period.printed);
  if (!parsed.ok) {
    report([...path, "printed"], parsed.message);
    return;
  }
  if (parsed.basis !== period.basis) {
    report([...path, "basis"], `"${period.printed}" is a ${parsed.basis} period, got "${period.basis}"`);
  }
  if (parsed.year !== period.year)
    report([...path, "year"], `"${period.printed}" is ${parsed.year}, got ${period.year}`);
}

function checkQuantity(q: Quantity, ind: Indicator, path: readonly PathPart[], report: Report): void {
  checkPeriod(q.period, [...path, "period"], report);
  if (q.deferred && q.value !== null) {
    report([...path, "value"], `a deferred value must be null, got ${q.value}`);
    return;
  }
  if (q.value === null) {
    if (!q.deferred && q.printed !== NO_FIGURE) {
      report(
        [...path, "value"],
        `null is allowed only for a printed "${NO_FIGURE}" or a deferred value; printed is "${q.printed}"`,
      );
    }
    return;
  }
  const printedNumber = q.deferred ? null : parsePrintedNumber(q.printed);
  if (printedNumber === null) {
    // 待機児童なし → 0: a value read from words must say how.
    if (!q.interpretation)
      report([...path, "interpretation"], `printed "${q.printed}" holds no number: say how it becomes ${q.value}`);
    return;
  }
  if (printedNumber !== q.value)
    report([...path, "value"], `${q.value} does not match printed "${q.printed}" (${printedNumber})`);
  if (KNOWN_UNITS.includes(ind.unit) && !printedUnitFollows(q.printed, ind.unit))
    report([...path, "printed"], `"${q.printed}" does not print the unit "${ind.unit}"`);
  if (printedDecimals(q.printed) > ind.decimals) {
    report(
      [...path.slice(0, -1), "decimals"],
      `"${q.printed}" prints ${printedDecimals(q.printed)} decimals, more than decimals ${ind.decimals}`,
    );
  }
}

/** increase/decrease/maintain must agree with the values (and the ※ reference where one explains them). */
function checkDirection(ind: Indicator, path: readonly PathPart[], report: Report): void {
  const base = ind.baseline.value;
  const target = ind.target.value;
  if (ind.direction === "maintain") {
    if (ind.bound === null) report([...path, "bound"], `a maintain target needs a bound ("floor" or "ceiling")`);
  } else if (ind.bound !== null) {
    report([...path, "bound"], `only a maintain target has a bound, got "${ind.bound}" for "${ind.direction}"`);
  }
  if (ind.reference && target !== null && ind.reference.value >= target) {
    report([...path, "reference", "value"], `reference ${ind.reference.value} must be below the target ${target}`);
  }
  if (base === null || target === null) return;
  if (ind.direction === "increase" && !(target > base) && !(ind.reference && ind.reference.value < target)) {
    report(
      [...path, "direction"],
      `"increase" needs target > baseline (${target} ≤ ${base}) or a reference below the target`,
    );
  }
  if (ind.direction === "decrease" && !(target < base)) {
    report([...path, "direction"], `"decrease" needs target < baseline (${target} ≥ ${base})`);
  }
}

function checkIndicator(
  ind: Indicator,
  index: number,
  parts: DatasetParts,
  measures: ReadonlyMap<string, Measure>,
  report: Report,
): void {
  const at = ["indicators", index] as const;
  if (!parts.knownIds.subGoals.has(ind.subGoalId)) report([...at, "subGoalId"], `unknown sub-goal "${ind.subGoalId}"`);
  const idMatch = /^(\d-\d)-(?:N\d+|K(\d+)-\d+)([a-z]?)$/.exec(ind.id);
  if (idMatch && idMatch[1] !== ind.subGoalId) {
    report([...at, "id"], `id "${ind.id}" names sub-goal ${idMatch[1] as string}, but subGoalId is "${ind.subGoalId}"`);
  }
  if (ind.kind === "numeric-target") {
    if (ind.measureId !== null)
      report(
        [...at, "measureId"],
        `a numeric-target belongs to no 施策: measureId must be null, got "${ind.measureId}"`,
      );
    if (!ind.id.includes("-N"))
      report([...at, "id"], `a numeric-target id looks like "${ind.subGoalId}-N1", got "${ind.id}"`);
  } else {
    if (ind.measureId === null) report([...at, "measureId"], "a kpi needs the measureId of its 施策");
    else if (!parts.knownIds.measures.has(ind.measureId))
      report([...at, "measureId"], `unknown measure "${ind.measureId}"`);
    else {
      const measure = measures.get(ind.measureId);
      if (measure && measure.subGoalId !== ind.subGoalId) {
        report(
          [...at, "measureId"],
          `measure "${ind.measureId}" belongs to sub-goal "${measure.subGoalId}", not "${ind.subGoalId}"`,
        );
      }
      if (idMatch?.[2] !== undefined && ind.measureId !== `${ind.subGoalId}-${idMatch[2]}`) {
        report([...at, "id"], `id "${ind.id}" names 施策 ${idMatch[2]}, but measureId is "${ind.measureId}"`);
      }
    }
    if (!ind.id.includes("-K")) report([...at, "id"], `a kpi id looks like "${ind.subGoalId}-K1-1", got "${ind.id}"`);
  }
  if (idMatch && (idMatch[3] !== "") !== (ind.part !== null)) {
    report(
      [...at, "part"],
      ind.part === null
        ? `id "${ind.id}" has a part letter but part is null`
        : `part "${ind.part}" needs an id ending in a letter (a, b, …)`,
    );
  }
  if (!KNOWN_UNITS.includes(ind.unit))
    report([...at, "unit"], `unknown unit "${ind.unit}" (known: ${KNOWN_UNITS.join(" ")})`);
  checkQuantity(ind.baseline, ind, [...at, "baseline"], report);
  checkQuantity(ind.target, ind, [...at, "target"], report);
  if (ind.baseline.deferred) report([...at, "baseline", "deferred"], "only a target can be deferred");
  if (ind.reference) checkPeriod(ind.reference.period, [...at, "reference", "period"], report);
  checkDirection(ind, at, report);
  if (/累計/.test(ind.name) && !ind.cumulative)
    report([...at, "cumulative"], `the name says 累計: cumulative must be true`);
  if (ind.everyDayOfYear && !(ind.unit === "日" && ind.direction === "maintain" && ind.bound === "floor")) {
    report([...at, "everyDayOfYear"], `everyDayOfYear needs unit "日", direction "maintain" and bound "floor"`);
  }
  if (ind.everyDayOfYear) {
    // 366日（閏年）: open every day, so a printed count must be the days of its fiscal year.
    for (const key of ["baseline", "target"] as const) {
      const q = ind[key];
      if (q.value === null || q.period.basis !== "fiscal") continue;
      const days = daysInFiscalYear(q.period.year);
      if (q.value !== days)
        report(
          [...at, key, "value"],
          `${q.value} is not the ${days} days of fiscal ${q.period.year} (${q.period.printed})`,
        );
    }
  }
  const years = new Set<number>();
  ind.actuals.forEach((actual, i) => {
    if (years.has(actual.year)) report([...at, "actuals", i, "year"], `a second actual for ${actual.year}`);
    years.add(actual.year);
  });
}

/** Every semantic problem, in file order. */
export function checkRules(parts: DatasetParts): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ path: formatPath(path), message });

  if (parts.plan) {
    checkPeriod(parts.plan.from, ["plan", "from"], report);
    checkPeriod(parts.plan.to, ["plan", "to"], report);
    if (parts.plan.from.year > parts.plan.to.year)
      report(
        ["plan", "to", "year"],
        `the plan ends (${parts.plan.to.year}) before it starts (${parts.plan.from.year})`,
      );
  }
  checkUnique("basicGoals", parts.basicGoals, report);
  checkUnique("subGoals", parts.subGoals, report);
  checkUnique("measures", parts.measures, report);
  checkUnique("indicators", parts.indicators, report);

  for (const { index, item } of parts.subGoals) {
    if (!parts.knownIds.basicGoals.has(item.basicGoalId))
      report(["subGoals", index, "basicGoalId"], `unknown basic goal "${item.basicGoalId}"`);
    if (!item.id.startsWith(`${item.basicGoalId}-`))
      report(["subGoals", index, "id"], `id "${item.id}" does not belong to basic goal "${item.basicGoalId}"`);
  }
  const measures = new Map<string, Measure>();
  for (const { index, item } of parts.measures) {
    measures.set(item.id, item);
    if (!parts.knownIds.subGoals.has(item.subGoalId))
      report(["measures", index, "subGoalId"], `unknown sub-goal "${item.subGoalId}"`);
    if (item.id !== `${item.subGoalId}-${item.no}`)
      report(["measures", index, "id"], `id "${item.id}" should be "${item.subGoalId}-${item.no}" (subGoalId and no)`);
  }
  for (const { index, item } of parts.indicators) checkIndicator(item, index, parts, measures, report);
  return problems;
}
