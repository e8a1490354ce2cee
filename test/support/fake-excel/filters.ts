/**
 * Table filters and hidden rows in the fake: table.autoFilter.apply, table.columns.getItem(…).filter.apply /
 * applyValuesFilter, table.clearFilters, range.rowHidden. A filter hides the body rows that fail any column's
 * criteria (sheet.filteredRows, beside rows hidden by hand in sheet.rowHidden).
 *
 * Writing a 2-D array over rows a filter hides is where Excel goes wrong (office-js #224, "Setting range data when
 * filter is applied doesn't work": rows shown and hidden swap and data lands in the wrong cells). The fake cannot know
 * Excel's exact result, so it does one plainly wrong thing, documented in README: the array's rows go, in order, into
 * the visible rows of the range only (the rest is dropped), and the write is recorded in state.filteredWrites.
 */
import { FakeOfficeError } from "./context";
import type { Bounds } from "./range";
import type { FakeScalar, FakeSheetState, FakeTable } from "./state";

export interface FilterCriteria {
  readonly filterOn: string;
  readonly values?: readonly unknown[];
  readonly criterion1?: string;
}

function text(value: FakeScalar | undefined): string {
  return value === undefined || value === null ? "" : String(value);
}

function matches(value: FakeScalar | undefined, criteria: FilterCriteria): boolean {
  if (criteria.filterOn === "Values") return (criteria.values ?? []).map(String).includes(text(value));
  if (criteria.filterOn === "Custom" && criteria.criterion1 !== undefined) {
    const m = /^(<>|>=|<=|=|>|<)?(.*)$/.exec(criteria.criterion1) as RegExpExecArray;
    const op = m[1] ?? "=";
    const operand = m[2] as string;
    const n = Number(operand);
    const numeric = operand !== "" && !Number.isNaN(n) && typeof value === "number";
    const cmp = numeric ? (value as number) - n : text(value).localeCompare(operand);
    const eq = numeric ? cmp === 0 : text(value).toLowerCase() === operand.toLowerCase();
    return op === "="
      ? eq
      : op === "<>"
        ? !eq
        : op === ">"
          ? cmp > 0
          : op === "<"
            ? cmp < 0
            : op === ">="
              ? cmp >= 0
              : cmp <= 0;
  }
  throw new FakeOfficeError("InvalidArgument", `the fake filters on Values or Custom only, not ${criteria.filterOn}`);
}

/** Recomputes which body rows of `table` its filters hide. */
export function applyTableFilters(
  sheet: FakeSheetState,
  table: FakeTable,
  bounds: Bounds,
  value: (row: number, column: number) => FakeScalar | undefined,
): void {
  const filtered = (sheet.filteredRows ??= new Set());
  for (let r = bounds.top + 1; r <= bounds.bottom; r++) filtered.delete(r);
  for (let r = bounds.top + 1; r <= bounds.bottom; r++) {
    for (const [index, criteria] of table.filters ?? []) {
      if (!matches(value(r, bounds.left + index), criteria)) {
        filtered.add(r);
        break;
      }
    }
  }
}

/** Visible rows of `b` when a filter hides some of them, else null (the normal write). */
export function filteredTargetRows(sheet: FakeSheetState, b: Bounds): number[] | null {
  const filtered = sheet.filteredRows;
  if (!filtered || filtered.size === 0) return null;
  let any = false;
  const visible: number[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    if (filtered.has(r)) any = true;
    else visible.push(r);
  }
  return any ? visible : null;
}

/** Whether rows top..bottom are hidden: true, false, or null when mixed (Office.js Range.rowHidden). */
export function rowHiddenOf(sheet: FakeSheetState, top: number, bottom: number): boolean | null {
  let hidden = 0;
  for (let r = top; r <= bottom; r++) if (sheet.rowHidden?.has(r) || sheet.filteredRows?.has(r)) hidden++;
  return hidden === 0 ? false : hidden === bottom - top + 1 ? true : null;
}
