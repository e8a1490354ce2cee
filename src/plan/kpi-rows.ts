/**
 * Row-level entry points of 「KPI一覧」, for callers that write single rows (refresh) rather than the whole sheet.
 * `indicatorRowCells` is the same cell list buildKpiSheet writes for one indicator (a test holds the two together);
 * `formulaCells` is the formula part alone, for a row whose definitions come from somewhere else (a 廃止 row).
 * kpi-sheet.ts can switch to these once its owner wants one copy.
 */
import type { Dataset, Indicator, Quantity } from "../domain/dataset/schema";
import { directionInfo, statusInputOf } from "../domain/status";
import { type KpiColumnKey, type KpiLayout, yearKey } from "../workbook/kpi-columns";
import { GENERAL_FORMAT, RATIO_FORMAT, TEXT_FORMAT, valueFormat, yearFormat } from "./formats";
import { expectedFormula, gradeFormula, latestFormula, latestYearFormula, progressFormula } from "./formulas";
import {
  previousGradeFormula,
  projectionFormula,
  projectionGradeFormula,
  requiredFormula,
  targetInForceFormula,
  targetYearInForceFormula,
} from "./forward-formulas";
import { indicatorLabel, measureLabel, subGoalLabel } from "./labels";
import type { CellPlan } from "./types";
import { verificationMarkCell } from "./verification-sheet";

export const KIND_LABEL: Readonly<Record<Indicator["kind"], string>> = { "numeric-target": "数値目標", kpi: "KPI" };
export const BASIS_LABEL = { fiscal: "年度", calendar: "暦年" } as const;

export function textCell(value: string | null, style: CellPlan["style"] = "definition"): CellPlan {
  return { value: value === null || value === "" ? null : value, numberFormat: TEXT_FORMAT, style };
}

function describeQuantity(lines: string[], label: string, q: Quantity): void {
  if (q.deferred) lines.push(`${label}「${q.printed}」: ${q.deferred.reason}`);
  else if (q.interpretation) lines.push(`${label}「${q.printed}」: ${q.interpretation}`);
}

/**
 * The 注記 text of an indicator (※ notes, deferred/interpreted values, reference). The verification note is staff's
 * business: it lives in 「確認事項」 (plan/verification-sheet.ts), not in what members read.
 */
export function notesOf(ind: Indicator): string | null {
  const lines = [...ind.notes];
  describeQuantity(lines, "基準値", ind.baseline);
  describeQuantity(lines, "目標値", ind.target);
  if (ind.reference) {
    lines.push(`判定基準値: ${ind.reference.period.printed}の「${ind.reference.printed}」`);
    lines.push(ind.reference.note);
  }
  if (lines.length === 0) return null;
  return lines.length === 1 ? (lines[0] as string) : [...new Set(lines)].join("\n");
}

/** A row number that appears in no formula text except as the row itself, for the templates below. */
const TEMPLATE_ROW = 987654321;
type FormulaKey =
  | "latest"
  | "latestYear"
  | "targetInForce"
  | "targetYearInForce"
  | "progress"
  | "expected"
  | "grade"
  | "previousGrade"
  | "required"
  | "projection"
  | "projectionGrade";

/** Each formula column's text for a row (the layout's formula columns, one builder each). */
const FORMULAS: Readonly<Record<FormulaKey, (layout: KpiLayout, row: number) => string>> = {
  latest: latestFormula,
  latestYear: latestYearFormula,
  targetInForce: targetInForceFormula,
  targetYearInForce: targetYearInForceFormula,
  progress: progressFormula,
  expected: expectedFormula,
  grade: gradeFormula,
  previousGrade: previousGradeFormula,
  required: requiredFormula,
  projection: projectionFormula,
  projectionGrade: projectionGradeFormula,
};
const FORMULA_KEYS = Object.keys(FORMULAS) as FormulaKey[];

/**
 * The formula texts of sheet row `row`. The formulas are same-row relative, so they are built once for a
 * template row and the row number is put in by splitting (building them per row cost ~0.2 ms a row; a test holds
 * the template equal to building directly), and kept per row: a preview and its apply ask for the same rows.
 */
interface FormulaCache {
  readonly templates: Readonly<Record<FormulaKey, readonly string[]>>;
  readonly rows: Map<number, Readonly<Record<FormulaKey, string>>>;
}
/** Per layout (the year columns move the references): the templates and the texts of the rows asked for. */
const caches = new WeakMap<KpiLayout, FormulaCache>();
/** Rows cached at most (a sheet has 1,048,576; 10,000 rows of formulas are about 8 MB of text). */
const TEXT_CACHE_ROWS = 50_000;

function cacheOf(layout: KpiLayout): FormulaCache {
  let cache = caches.get(layout);
  if (!cache) {
    const split = (f: string): readonly string[] => f.split(String(TEMPLATE_ROW));
    const templates = Object.fromEntries(
      FORMULA_KEYS.map((k) => [k, split(FORMULAS[k](layout, TEMPLATE_ROW))]),
    ) as Record<FormulaKey, readonly string[]>;
    caches.set(layout, (cache = { templates, rows: new Map() }));
  }
  return cache;
}

export function formulaTexts(layout: KpiLayout, row: number): Readonly<Record<FormulaKey, string>> {
  const cache = cacheOf(layout);
  const cached = cache.rows.get(row);
  if (cached) return cached;
  const built = buildFormulaTexts(cache.templates, row);
  if (cache.rows.size < TEXT_CACHE_ROWS) cache.rows.set(row, built);
  return built;
}

function buildFormulaTexts(t: FormulaCache["templates"], row: number): Record<FormulaKey, string> {
  const r = String(row);
  return Object.fromEntries(FORMULA_KEYS.map((k) => [k, t[k].join(r)])) as Record<FormulaKey, string>;
}

export type { FormulaKey };

/**
 * 達成率: a rate below 0 (the actual moved away from the target, past the baseline) reads 「基準値より悪化」 in red
 * instead of a figure like −859.8 %; the cell keeps the number for formulas, sorting and the pane.
 */
export const PROGRESS_FORMAT = `${RATIO_FORMAT};[Red]"基準値より悪化";${RATIO_FORMAT}`;

/** The formula cells of sheet row `row` (same-row relative), with the number formats of the indicator's unit. */
export function formulaCells(
  layout: KpiLayout,
  row: number,
  valueNumberFormat: string,
  yearNumberFormat: string,
): Partial<Record<KpiColumnKey, CellPlan>> {
  const f = formulaTexts(layout, row);
  const cell = (key: FormulaKey, numberFormat?: string): CellPlan =>
    numberFormat === undefined
      ? { formula: f[key], style: "formula" }
      : { formula: f[key], numberFormat, style: "formula" };
  return {
    latest: cell("latest", valueNumberFormat),
    latestYear: cell("latestYear", yearNumberFormat),
    targetInForce: cell("targetInForce", valueNumberFormat),
    targetYearInForce: cell("targetYearInForce", yearNumberFormat),
    progress: cell("progress", PROGRESS_FORMAT),
    expected: cell("expected", RATIO_FORMAT),
    // Text results, but never the text format "@": a cell formatted "@" (a column inserted beside a text column takes
    // its format, in Excel as in the fake) would keep the formula as typed text instead of computing it.
    grade: cell("grade", GENERAL_FORMAT),
    previousGrade: cell("previousGrade", GENERAL_FORMAT),
    required: cell("required", valueNumberFormat),
    projection: cell("projection", valueNumberFormat),
    projectionGrade: cell("projectionGrade", GENERAL_FORMAT),
  };
}

/** 担当課: null where the dataset names none (older datasets have none). */
function departmentOf(ind: Indicator): string | null {
  return ind.department ?? null;
}

type Labels = { readonly subGoals: ReadonlyMap<string, string>; readonly measures: ReadonlyMap<string, string> };
const labelCache = new WeakMap<object, Labels>();

/** Sub-goal and 施策 labels by id, once per dataset (10,000 rows would otherwise search the lists per row). */
function labelsOf(dataset: Pick<Dataset, "subGoals" | "measures">): Labels {
  let labels = labelCache.get(dataset);
  if (!labels) {
    labels = {
      subGoals: new Map(dataset.subGoals.map((s) => [s.id, subGoalLabel(s)])),
      measures: new Map(dataset.measures.map((m) => [m.id, measureLabel(m)])),
    };
    labelCache.set(dataset, labels);
  }
  return labels;
}

/**
 * An empty year cell of a number format: one shared (read-only) object per format, since most year cells are empty
 * and 10,000 rows × 8 years of identical objects only feed the garbage collector.
 */
const emptyInputs = new Map<string, CellPlan>();
function emptyInput(numberFormat: string): CellPlan {
  let cell = emptyInputs.get(numberFormat);
  if (!cell) emptyInputs.set(numberFormat, (cell = { value: null, numberFormat, style: "input" }));
  return cell;
}

/** The cells of one indicator by column key (no positions other than `row` for the formulas). */
export function indicatorCellsByKey(
  layout: KpiLayout,
  dataset: Pick<Dataset, "subGoals" | "measures">,
  ind: Indicator,
  row: number,
): Record<KpiColumnKey, CellPlan> {
  const input = statusInputOf(ind);
  const fmt = valueFormat(ind.unit, ind.decimals);
  const labels = labelsOf(dataset);
  const judgeBasis = ind.reference?.period.basis ?? ind.baseline.period.basis;
  const targetYearFormat = yearFormat(ind.target.period.basis);
  const cells = {
    id: textCell(ind.id),
    name: textCell(indicatorLabel(ind)),
    subGoal: textCell(labels.subGoals.get(ind.subGoalId) ?? ind.subGoalId),
    measure: textCell(ind.measureId === null ? null : (labels.measures.get(ind.measureId) ?? ind.measureId)),
    department: textCell(departmentOf(ind)),
    kind: textCell(KIND_LABEL[ind.kind]),
    basis: textCell(BASIS_LABEL[ind.target.period.basis]),
    unit: textCell(ind.unit),
    // Not read by the formulas (they use 判定基準値), so an unnumbered baseline shows as printed (「－」).
    baseline:
      ind.baseline.value === null
        ? textCell(ind.baseline.printed)
        : { value: ind.baseline.value, numberFormat: fmt, style: "definition" },
    baselineYear: {
      value: ind.baseline.period.year,
      // The year as the year headers read it (「令和元年度(2019)」); the cell keeps the number the formulas use.
      numberFormat: yearFormat(ind.baseline.period.basis, ind.baseline.period.year),
      style: "definition",
    },
    // Blank when there is no target: the formulas read a blank 目標値 as 「目標未設定」.
    target: { value: input.target, numberFormat: fmt, style: "definition" },
    targetYear: {
      value: ind.target.period.year,
      numberFormat: yearFormat(ind.target.period.basis, ind.target.period.year),
      style: "definition",
    },
    direction: textCell(directionInfo(input.rule).label),
    judgeBase: { value: input.base, numberFormat: fmt, style: "definition" },
    judgeBaseYear: {
      value: input.baseYear,
      numberFormat: yearFormat(judgeBasis, input.baseYear ?? undefined),
      style: "definition",
    },
    // 要確認 until staff mark the item 確認済 in 「確認事項」, which holds the reading and reason (verification-sheet.ts).
    verification: verificationMarkCell(layout, row, Boolean(ind.verification)),
    notes: textCell(notesOf(ind), "note"),
    ...formulaCells(layout, row, fmt, targetYearFormat),
  } as Record<KpiColumnKey, CellPlan>;
  const empty = emptyInput(fmt);
  for (const { key } of layout.yearKeys) cells[key] = empty;
  for (const a of ind.actuals) {
    const key = yearKey(a.year);
    if (key in cells) cells[key] = { value: a.value, numberFormat: fmt, style: "input" };
  }
  return cells;
}

const nonEmpty = (text: string | null): string | null => (text === "" ? null : text);

/**
 * The values of the definition cells alone (what `indicatorCellsByKey` writes in them, a test holds the two equal),
 * for comparing with a workbook without building every cell of every row.
 */
export function definitionValues(
  dataset: Pick<Dataset, "subGoals" | "measures">,
  ind: Indicator,
): Readonly<Partial<Record<KpiColumnKey, string | number | null>>> {
  const input = statusInputOf(ind);
  const labels = labelsOf(dataset);
  return {
    id: nonEmpty(ind.id),
    name: nonEmpty(indicatorLabel(ind)),
    subGoal: nonEmpty(labels.subGoals.get(ind.subGoalId) ?? ind.subGoalId),
    measure: ind.measureId === null ? null : nonEmpty(labels.measures.get(ind.measureId) ?? ind.measureId),
    department: departmentOf(ind),
    kind: KIND_LABEL[ind.kind],
    basis: BASIS_LABEL[ind.target.period.basis],
    unit: nonEmpty(ind.unit),
    baseline: ind.baseline.value === null ? nonEmpty(ind.baseline.printed) : ind.baseline.value,
    baselineYear: ind.baseline.period.year,
    target: input.target,
    targetYear: ind.target.period.year,
    direction: nonEmpty(directionInfo(input.rule).label),
    judgeBase: input.base,
    judgeBaseYear: input.baseYear,
    verification: ind.verification ? "要確認" : null,
    notes: nonEmpty(notesOf(ind)),
  };
}

/** One indicator's row in the layout's column order: what buildKpiSheet writes at sheet row `row`. */
export function indicatorRowCells(
  layout: KpiLayout,
  dataset: Pick<Dataset, "subGoals" | "measures">,
  ind: Indicator,
  row: number,
): CellPlan[] {
  const byKey = indicatorCellsByKey(layout, dataset, ind, row);
  return layout.columns.map((c) => byKey[c.key] ?? { value: null });
}
