/**
 * The columns of 「KPI一覧」 as a table: header text (a contract: the add-in finds columns by header), width,
 * and what kind of cell it is. Everything that needs a column position asks here.
 */
import type { Plan } from "../domain/dataset/schema";
import { planYearRange } from "../domain/dataset/workbook-limits";
import { periodLabel } from "../domain/periods";
import { columnLetter } from "../lib/a1";

export type ColumnKind = "definition" | "input" | "formula";

export type FixedColumnKey =
  | "id"
  | "name"
  | "subGoal"
  | "measure"
  | "department"
  | "kind"
  | "basis"
  | "unit"
  | "baseline"
  | "baselineYear"
  | "target"
  | "targetYear"
  | "direction"
  | "judgeBase"
  | "judgeBaseYear"
  | "verification"
  | "notes"
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

export type KpiColumnKey = FixedColumnKey | `year:${number}`;

export interface KpiColumn {
  readonly key: KpiColumnKey;
  readonly header: string;
  readonly width: number;
  readonly kind: ColumnKind;
}

/** A definition column by key: the table below orders the columns, this one says what each is. */
const DEFINITIONS = {
  id: { key: "id", header: "ID", width: 11, kind: "definition" },
  name: { key: "name", header: "指標名", width: 34, kind: "definition" },
  // Wide enough for most labels on one line (they wrap, plan/row-heights.ts): in the folded details, they cost a
  // member no room.
  subGoal: { key: "subGoal", header: "基本目標", width: 36, kind: "definition" },
  measure: { key: "measure", header: "施策", width: 42, kind: "definition" },
  department: { key: "department", header: "担当課", width: 14, kind: "definition" },
  kind: { key: "kind", header: "区分", width: 9, kind: "definition" },
  basis: { key: "basis", header: "年度/暦年", width: 9, kind: "definition" },
  unit: { key: "unit", header: "単位", width: 7, kind: "definition" },
  baseline: { key: "baseline", header: "基準値", width: 11, kind: "definition" },
  baselineYear: { key: "baselineYear", header: "基準年度", width: 16, kind: "definition" },
  target: { key: "target", header: "目標値", width: 11, kind: "definition" },
  targetYear: { key: "targetYear", header: "目標年度", width: 16, kind: "definition" },
  direction: { key: "direction", header: "方向", width: 10, kind: "definition" },
  judgeBase: { key: "judgeBase", header: "判定基準値", width: 11, kind: "definition" },
  judgeBaseYear: { key: "judgeBaseYear", header: "判定基準年度", width: 16, kind: "definition" },
  verification: { key: "verification", header: "要確認", width: 8, kind: "definition" },
  notes: { key: "notes", header: "注記", width: 36, kind: "definition" },
} as const satisfies Record<string, KpiColumn>;

const FORMULAS = {
  latest: { key: "latest", header: "最新実績", width: 11, kind: "formula" },
  // 16 wide, as 基準年度: the year reads 「令和6年度(2024)」 (plan/kpi-sheet.ts yearColumnRules).
  latestYear: { key: "latestYear", header: "実績年度", width: 16, kind: "formula" },
  // The target that grades 評価年度: 「指標見直し」's revision in force, else 目標値 / 目標年度 (issue #12).
  targetInForce: { key: "targetInForce", header: "適用目標値", width: 11, kind: "formula" },
  targetYearInForce: { key: "targetYearInForce", header: "適用目標年度", width: 16, kind: "formula" },
  // Wide enough for 「基準値より悪化」, what a negative rate reads as (kpi-sheet.ts PROGRESS_FORMAT).
  progress: { key: "progress", header: "達成率", width: 15, kind: "formula" },
  expected: { key: "expected", header: "期待進捗", width: 10, kind: "formula" },
  grade: { key: "grade", header: "評価", width: 11, kind: "formula" },
  // 「C → B」: the last closed year's grade from 「評価履歴」, then today's.
  previousGrade: { key: "previousGrade", header: "前回評価", width: 10, kind: "formula" },
  // The forward view: where the straight path stands in 評価年度, the trend's value in the target year, its verdict.
  required: { key: "required", header: "必要値", width: 11, kind: "formula" },
  projection: { key: "projection", header: "見込み", width: 11, kind: "formula" },
  projectionGrade: { key: "projectionGrade", header: "見込み評価", width: 11, kind: "formula" },
} as const satisfies Record<string, KpiColumn>;

/**
 * Member-first order (issue #13): what a member reads at the meeting — the indicator, its baseline → target, the
 * latest actual and the verdict — comes first, so it sits beside the frozen ID/指標名 without scrolling; the year
 * inputs follow, then the definition details (an outline group that folds). Headers are the contract, not
 * positions: every reader finds a column by its header, and a workbook in the older order refreshes into this one.
 */
const BEFORE_YEARS: readonly KpiColumn[] = [
  DEFINITIONS.id,
  DEFINITIONS.name,
  DEFINITIONS.kind,
  DEFINITIONS.unit,
  DEFINITIONS.baseline,
  DEFINITIONS.target,
  FORMULAS.latest,
  FORMULAS.latestYear,
  FORMULAS.progress,
  FORMULAS.expected,
  FORMULAS.grade,
  FORMULAS.previousGrade,
  FORMULAS.required,
  FORMULAS.projection,
  FORMULAS.projectionGrade,
  FORMULAS.targetInForce,
  FORMULAS.targetYearInForce,
];

/** The definition details after the year columns: the outline group that folds (kpi-sheet.ts). */
const AFTER_YEARS: readonly KpiColumn[] = [
  DEFINITIONS.subGoal,
  DEFINITIONS.measure,
  DEFINITIONS.department,
  DEFINITIONS.basis,
  DEFINITIONS.baselineYear,
  DEFINITIONS.targetYear,
  DEFINITIONS.direction,
  DEFINITIONS.judgeBase,
  DEFINITIONS.judgeBaseYear,
  DEFINITIONS.notes,
  DEFINITIONS.verification,
];

/** The columns the plan folds (hidden by its outline group, not by a person): a reader does not report them hidden. */
export const FOLDED_KEYS: ReadonlySet<KpiColumnKey> = new Set(AFTER_YEARS.map((c) => c.key));

/** The columns every plan period has (only the year columns between them follow the period). */
export const FIXED_COLUMNS: readonly KpiColumn[] = [...BEFORE_YEARS, ...AFTER_YEARS];

/**
 * The committee's counts appended after 評価 when the comment sheets exist (src/plan/comments-sheets.ts writes them):
 * their headers are contracts like the others'.
 */
export const COMMENT_COUNT_COLUMNS = [
  { key: "commentCount", header: "意見数", width: 8 },
  { key: "openComments", header: "未対応意見", width: 10 },
] as const;

/**
 * The year input columns of a strategy: the year before its first year (where baselines sit, 令和2年度 for a plan
 * from 令和3年度) through its last year. From the dataset's plan period, so a 第3期 strategy needs no code change.
 */
export interface PlanYears {
  readonly first: number;
  readonly last: number;
}

/** The rule lives with the dataset's validation (it refuses actuals outside these years): one definition. */
export const planYearsOf: (plan: Pick<Plan, "from" | "to">) => PlanYears = planYearRange;

/** The columns of 「KPI一覧」 for one plan period: everything that needs a column position or header asks here. */
export interface KpiLayout {
  readonly years: readonly number[];
  readonly firstYear: number;
  readonly lastYear: number;
  readonly columns: readonly KpiColumn[];
  readonly yearKeys: readonly { readonly year: number; readonly key: KpiColumnKey }[];
  readonly definitionKeys: readonly KpiColumnKey[];
  readonly formulaKeys: readonly KpiColumnKey[];
  /** 1-based column number of a column. */
  col(key: KpiColumnKey): number;
  letter(key: KpiColumnKey): string;
  header(key: KpiColumnKey): string;
  has(key: KpiColumnKey): boolean;
}

function buildLayout({ first, last }: PlanYears): KpiLayout {
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first) {
    throw new Error(`plan years must run forward: ${first}–${last}`);
  }
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const yearColumns: KpiColumn[] = years.map((year) => ({
    key: yearKey(year),
    header: periodLabel(year, "fiscal"),
    // Two header lines (令和2年度 / (2020)) in a column as wide as its numbers.
    width: 11,
    kind: "input",
  }));
  const columns = [...BEFORE_YEARS, ...yearColumns, ...AFTER_YEARS];
  const numbers = new Map<KpiColumnKey, number>(columns.map((c, i) => [c.key, i + 1]));
  const letters = new Map<KpiColumnKey, string>(columns.map((c, i) => [c.key, columnLetter(i + 1)]));
  const headers = new Map<KpiColumnKey, string>(columns.map((c) => [c.key, c.header]));
  const get = <T>(map: ReadonlyMap<KpiColumnKey, T>, key: KpiColumnKey): T => {
    const v = map.get(key);
    if (v === undefined) throw new Error(`no KPI column ${key}`);
    return v;
  };
  return {
    years,
    firstYear: first,
    lastYear: last,
    columns,
    yearKeys: years.map((year) => ({ year, key: yearKey(year) })),
    definitionKeys: columns.filter((c) => c.kind === "definition").map((c) => c.key),
    formulaKeys: columns.filter((c) => c.kind === "formula").map((c) => c.key),
    col: (key) => get(numbers, key),
    letter: (key) => get(letters, key),
    header: (key) => get(headers, key),
    has: (key) => numbers.has(key),
  };
}

const layouts = new Map<string, KpiLayout>();

/** The layout of a plan period (one object per period, so callers may compare and cache by identity). */
export function kpiLayout(years: PlanYears): KpiLayout {
  const id = `${years.first}-${years.last}`;
  let layout = layouts.get(id);
  if (!layout) layouts.set(id, (layout = buildLayout(years)));
  return layout;
}

/** The layout for a dataset's plan period. */
export function layoutOf(dataset: { readonly plan: Parameters<typeof planYearsOf>[0] }): KpiLayout {
  return kpiLayout(planYearsOf(dataset.plan));
}

export function yearKey(year: number): `year:${number}` {
  return `year:${year}`;
}

/** Rows of 「KPI一覧」: title, the western years the formulas read, the table header, then one row per indicator. */
export const KPI_ROWS = { title: 1, years: 2, header: 3, firstData: 4 } as const;
