/**
 * Row-level entry points of 「KPI一覧」, for callers that write single rows (refresh) rather than the whole sheet.
 * `indicatorRowCells` is the same cell list buildKpiSheet writes for one indicator (a test holds the two together);
 * `formulaCells` is the formula part alone, for a row whose definitions come from somewhere else (a 廃止 row).
 * kpi-sheet.ts can switch to these once its owner wants one copy.
 */
import type { Dataset, Indicator, Quantity } from "../domain/dataset/schema";
import { directionInfo, statusInputOf } from "../domain/status";
import { KPI_COLUMNS, type KpiColumnKey, yearKey } from "./columns";
import { RATIO_FORMAT, TEXT_FORMAT, valueFormat, yearFormat } from "./formats";
import { expectedFormula, gradeFormula, latestFormula, latestYearFormula, progressFormula } from "./formulas";
import { indicatorLabel, measureLabel, subGoalLabel } from "./labels";
import { YEARS } from "./names";
import type { CellPlan } from "./types";

export const KIND_LABEL: Readonly<Record<Indicator["kind"], string>> = { "numeric-target": "数値目標", kpi: "KPI" };
export const BASIS_LABEL = { fiscal: "年度", calendar: "暦年" } as const;

export function textCell(value: string | null, style: CellPlan["style"] = "definition"): CellPlan {
  return { value: value === null || value === "" ? null : value, numberFormat: TEXT_FORMAT, style };
}

/** The 注記 text of an indicator (verification, ※ notes, deferred/interpreted values, reference). */
export function notesOf(ind: Indicator): string | null {
  const lines = ind.verification ? [`要確認: ${ind.verification.reading}（${ind.verification.reason}）`] : [];
  lines.push(...ind.notes);
  const describe = (label: string, q: Quantity): void => {
    if (q.deferred) lines.push(`${label}「${q.printed}」: ${q.deferred.reason}`);
    else if (q.interpretation) lines.push(`${label}「${q.printed}」: ${q.interpretation}`);
  };
  describe("基準値", ind.baseline);
  describe("目標値", ind.target);
  if (ind.reference) {
    lines.push(`判定基準値: ${ind.reference.period.printed}の「${ind.reference.printed}」`);
    lines.push(ind.reference.note);
  }
  const unique = [...new Set(lines)];
  return unique.length > 0 ? unique.join("\n") : null;
}

/** The formula cells of sheet row `row` (same-row relative), with the number formats of the indicator's unit. */
export function formulaCells(
  row: number,
  valueNumberFormat: string,
  yearNumberFormat: string,
): Partial<Record<KpiColumnKey, CellPlan>> {
  return {
    latest: { formula: latestFormula(row), numberFormat: valueNumberFormat, style: "formula" },
    latestYear: { formula: latestYearFormula(row), numberFormat: yearNumberFormat, style: "formula" },
    progress: { formula: progressFormula(row), numberFormat: RATIO_FORMAT, style: "formula" },
    expected: { formula: expectedFormula(row), numberFormat: RATIO_FORMAT, style: "formula" },
    grade: { formula: gradeFormula(row), style: "formula" },
  };
}

/** The cells of one indicator by column key (no positions other than `row` for the formulas). */
export function indicatorCellsByKey(
  dataset: Pick<Dataset, "subGoals" | "measures">,
  ind: Indicator,
  row: number,
): Record<KpiColumnKey, CellPlan> {
  const input = statusInputOf(ind);
  const fmt = valueFormat(ind.unit, ind.decimals);
  const subGoal = dataset.subGoals.find((s) => s.id === ind.subGoalId);
  const measure = ind.measureId === null ? undefined : dataset.measures.find((m) => m.id === ind.measureId);
  const judgeBasis = ind.reference?.period.basis ?? ind.baseline.period.basis;
  const actuals = new Map(ind.actuals.map((a) => [a.year, a.value]));
  const cells: Partial<Record<KpiColumnKey, CellPlan>> = {
    id: textCell(ind.id),
    name: textCell(indicatorLabel(ind)),
    subGoal: textCell(subGoal ? subGoalLabel(subGoal) : ind.subGoalId),
    measure: textCell(measure ? measureLabel(measure) : ind.measureId),
    kind: textCell(KIND_LABEL[ind.kind]),
    basis: textCell(BASIS_LABEL[ind.target.period.basis]),
    unit: textCell(ind.unit),
    baseline:
      ind.baseline.value === null
        ? textCell(ind.baseline.printed)
        : { value: ind.baseline.value, numberFormat: fmt, style: "definition" },
    baselineYear: {
      value: ind.baseline.period.year,
      numberFormat: yearFormat(ind.baseline.period.basis),
      style: "definition",
    },
    target: { value: input.target, numberFormat: fmt, style: "definition" },
    targetYear: {
      value: ind.target.period.year,
      numberFormat: yearFormat(ind.target.period.basis),
      style: "definition",
    },
    direction: textCell(directionInfo(input.rule).label),
    judgeBase: { value: input.base, numberFormat: fmt, style: "definition" },
    judgeBaseYear: { value: input.baseYear, numberFormat: yearFormat(judgeBasis), style: "definition" },
    verification: ind.verification ? textCell("要確認", "warning") : textCell(null),
    notes: textCell(notesOf(ind), "note"),
    ...formulaCells(row, fmt, yearFormat(ind.target.period.basis)),
  };
  for (const year of YEARS) {
    cells[yearKey(year)] = { value: actuals.get(year) ?? null, numberFormat: fmt, style: "input" };
  }
  const out = {} as Record<KpiColumnKey, CellPlan>;
  for (const c of KPI_COLUMNS) out[c.key] = cells[c.key] ?? { value: null };
  return out;
}

/** One indicator's row in KPI_COLUMNS order: what buildKpiSheet writes at sheet row `row`. */
export function indicatorRowCells(dataset: Pick<Dataset, "subGoals" | "measures">, ind: Indicator, row: number): CellPlan[] {
  const byKey = indicatorCellsByKey(dataset, ind, row);
  return KPI_COLUMNS.map((c) => byKey[c.key] ?? { value: null });
}
