/**
 * Actuals in the year columns: what people typed is kept; the dataset's actuals fill empty cells; where both exist
 * and differ, the conflict is listed and the workbook's value stays unless the user chose the dataset's for it.
 */
import type { Indicator } from "../domain/dataset/schema";
import type { Scalar } from "../lib/scalar";
import type { CellPlan } from "../plan/types";
import type { KpiColumnKey, KpiLayout } from "../workbook/kpi-columns";
import type { FoundCell, KpiRowState } from "../workbook/kpi-state";
import { readActual } from "./actual-value";
import { shiftFormulaRows } from "./formula-shift";
import { conflictKey, type Conflict, type ConflictChoice, type FilledActual } from "./refresh-plan";

/** Equal as the user sees it: "" is empty, numbers within rounding, line ends of either kind. */
export function sameScalar(a: Scalar, b: Scalar): boolean {
  const x = a === "" ? null : a;
  const y = b === "" ? null : b;
  if (typeof x === "number" && typeof y === "number") {
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  }
  if (typeof x === "string" && typeof y === "string") {
    return x === y || x.replace(/\r\n?/g, "\n") === y.replace(/\r\n?/g, "\n");
  }
  return x === y;
}

function numberOf(value: Scalar, unit: string | null): number | null {
  const reading = readActual(value, unit);
  return reading.kind === "number" ? reading.value : null;
}

/** Actual cell to write: kept value (number or the person's formula, moved `delta` rows), or none. */
export function actualCell(
  found: FoundCell | undefined,
  unit: string | null,
  numberFormat: string | undefined,
  delta: number,
): { cell: CellPlan; value: number | null; typed: boolean } {
  if (found?.formula !== undefined) {
    const v = typeof found.value === "number" ? found.value : null;
    return {
      cell: { formula: shiftFormulaRows(found.formula, delta), numberFormat, style: "input" },
      value: v,
      typed: true,
    };
  }
  const raw = found?.value ?? null;
  // Numbers and empty cells are nearly all of them: no parsing for those.
  const value = typeof raw === "number" && Number.isFinite(raw) ? raw : raw === null ? null : numberOf(raw, unit);
  return { cell: { value, numberFormat, style: "input" }, value, typed: value !== null };
}

export interface ActualsOut {
  readonly filled: FilledActual[];
  readonly conflicts: Conflict[];
}

export type YearOverrides = Readonly<Partial<Record<KpiColumnKey, CellPlan>>>;
/** No override (most rows): one shared object rather than an empty one per row, kept alive until the row is written. */
const NO_OVERRIDES: YearOverrides = Object.freeze({});

/**
 * The year cells of an indicator's row that differ from what the plan writes (typed values, chosen dataset values);
 * the rest are written as planned. Filled actuals and conflicts are added to `out`.
 */
export function yearOverrides(
  layout: KpiLayout,
  ind: Indicator,
  found: KpiRowState | undefined,
  fmt: string | undefined,
  delta: number,
  choices: Readonly<Record<string, ConflictChoice>>,
  out: ActualsOut,
): YearOverrides {
  const id = ind.id;
  let overrides: Partial<Record<KpiColumnKey, CellPlan>> | undefined;
  for (const { year, key } of layout.yearKeys) {
    const cellFound = found?.cells[key];
    let d: number | undefined;
    for (let j = 0; j < ind.actuals.length; j++) {
      const a = ind.actuals[j] as Indicator["actuals"][number];
      if (a.year === year) d = a.value;
    }
    if (cellFound === undefined || (cellFound.value === null && cellFound.formula === undefined)) {
      // Nothing typed (the common case): the dataset's actual or the plan's empty cell, as planned.
      if (d !== undefined && found) out.filled.push({ id, year, value: d });
      continue;
    }
    const kept = actualCell(cellFound, ind.unit, fmt, delta);
    if (!kept.typed) {
      (overrides ??= {})[key] = d !== undefined ? { value: d, numberFormat: fmt, style: "input" } : kept.cell;
      if (d !== undefined && found) out.filled.push({ id, year, value: d });
      continue;
    }
    (overrides ??= {})[key] = kept.cell;
    if (d !== undefined && kept.value !== null && !sameScalar(kept.value, d)) {
      const k = conflictKey(id, year);
      const resolution: ConflictChoice = choices[k] === "dataset" ? "dataset" : "workbook";
      out.conflicts.push({
        key: k,
        id,
        year,
        address: cellFound.address,
        workbook: kept.value,
        dataset: d,
        resolution,
      });
      if (resolution === "dataset") overrides[key] = { value: d, numberFormat: fmt, style: "input" };
    }
  }
  return overrides ?? NO_OVERRIDES;
}
