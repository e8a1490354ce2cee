/**
 * Status snapshots from the rows of the 「KPI一覧」 table, its columns found by header through the column contract
 * (kpi-headers matchHeader), never by position. Pure: the backends hand over the header row and the cells as scalars.
 *  - snapshotsFromCalculated: the workbook's own results (最新実績, 実績年度, 達成率, 評価), as Excel calculated them.
 *  - snapshotsFromActuals: for files without calculated values (exceljs writes none), the status twin applied to the
 *    year columns 「令和6年度(2024)」 with the workbook's 評価年度 and 順調閾値.
 *  - kpiStatuses: either, as a backend's reading calls for, with what the minutes say about what was missing.
 */
import type { Dataset } from "../domain/dataset/schema";
import { lastCompletedFiscalYear } from "../domain/periods";
import { GRADES, evaluateIndicator, statusInputOf, type Grade, type StatusSettings } from "../domain/status";
import type { StatusSnapshot } from "../domain/minutes/types";
import { yearLabel } from "../i18n/dates";
import { translate } from "../i18n/messages";
import type { Lang } from "../lib/lang";
import type { Scalar } from "../lib/scalar";
import { layoutOf, type FixedColumnKey, type KpiLayout } from "./kpi-columns";
import { matchHeader, yearOfHeader } from "./kpi-headers";
import { EVALUATION_YEAR_NAME, KPI_SHEET, KPI_TABLE, THRESHOLD_NAME } from "./names";

export interface KpiRows {
  readonly headers: readonly Scalar[];
  readonly rows: readonly (readonly Scalar[])[];
}

/** The dataset as the snapshots need it: the indicators (the twin's inputs) and the plan period (the layout). */
export type SnapshotDataset = Pick<Dataset, "indicators" | "plan">;

interface Located {
  /** 0-based index of each fixed column of the contract, the first when a header repeats. */
  readonly fixed: ReadonlyMap<FixedColumnKey, number>;
  /** Every year column by its western year, whatever the plan period (a workbook may be older than the dataset). */
  readonly years: readonly { readonly i: number; readonly year: number }[];
}

function locate(t: KpiRows, layout: KpiLayout): Located {
  const fixed = new Map<FixedColumnKey, number>();
  const years: { i: number; year: number }[] = [];
  t.headers.forEach((h, i) => {
    if (typeof h !== "string") return;
    const m = matchHeader(h, layout);
    if (m.kind === "plan" && !m.key.startsWith("year:")) {
      if (!fixed.has(m.key as FixedColumnKey)) fixed.set(m.key as FixedColumnKey, i);
      return;
    }
    const year = yearOfHeader(h);
    if (year !== null) years.push({ i, year });
  });
  return { fixed, years };
}

function num(v: Scalar | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v.replace(/,/g, "").trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const isGrade = (v: unknown): v is Grade => GRADES.some((g) => g.grade === v);

const CALCULATED = ["id", "latest", "latestYear", "progress", "grade"] as const satisfies readonly FixedColumnKey[];

export function snapshotsFromCalculated(
  t: KpiRows,
  layout: KpiLayout,
): { map: Map<string, StatusSnapshot>; missing: string[] } {
  const { fixed } = locate(t, layout);
  const missing = CALCULATED.filter((key) => !fixed.has(key)).map((key) => layout.header(key));
  const map = new Map<string, StatusSnapshot>();
  if (missing.length > 0) return { map, missing };
  const at = (key: (typeof CALCULATED)[number]) => fixed.get(key) as number;
  const optional = (row: readonly Scalar[], key: FixedColumnKey): Scalar | undefined => {
    const i = fixed.get(key);
    return i === undefined ? undefined : row[i];
  };
  for (const row of t.rows) {
    const id = row[at("id")];
    if (typeof id !== "string" || id.trim() === "") continue;
    const grade = row[at("grade")];
    // the target the row is graded against: 適用目標値 (a revision in force) where calculated, else 目標値
    const inForce = num(optional(row, "targetInForce"));
    map.set(id.trim(), {
      latest: num(row[at("latest")]),
      latestYear: num(row[at("latestYear")]),
      progress: num(row[at("progress")]),
      grade: isGrade(grade) ? grade : "− 未評価",
      baseline: quantity(optional(row, "baseline")),
      baselineYear: num(optional(row, "baselineYear")),
      target: inForce ?? quantity(optional(row, "target")),
      targetYear:
        inForce === null
          ? num(optional(row, "targetYear"))
          : (num(optional(row, "targetYearInForce")) ?? num(optional(row, "targetYear"))),
    });
  }
  return { map, missing };
}

/** 基準値/目標値 as the cell holds them: a number, the text typed where there is none (「－」), or null when blank. */
function quantity(v: Scalar | undefined): number | string | null {
  const n = num(v);
  if (n !== null) return n;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

/** One row of 「KPI一覧」 as typed: its id, the definitions people read (指標名, 基準値, 目標値 …), its actuals. */
export interface TypedKpiRow {
  readonly id: string;
  readonly name: string;
  /** 基準値 and 基準年度 (a number, the text where none is printed, or null when blank). */
  readonly baseline: number | string | null;
  readonly baselineYear: number | null;
  readonly target: number | null;
  readonly targetYear: number | null;
  /** The numbers in the year columns, by western year. */
  readonly actuals: ReadonlyMap<number, number>;
}

/**
 * The rows with an ID, in sheet order, and the headers that are missing (ID, or any year column): what the twin
 * evaluates (snapshotsFromActuals; closing a 評価年度, src/domain/evaluation/closing.ts) and a revision starts from.
 */
export function typedKpiRows(t: KpiRows, layout: KpiLayout): { rows: TypedKpiRow[]; missing: string[] } {
  const { fixed, years } = locate(t, layout);
  const idCol = fixed.get("id");
  const missing = [
    ...(idCol === undefined ? [layout.header("id")] : []),
    ...(years.length === 0 ? ["令和N年度(YYYY)"] : []),
  ];
  if (idCol === undefined || missing.length > 0) return { rows: [], missing };
  const cell = (row: readonly Scalar[], key: FixedColumnKey): Scalar | undefined => {
    const i = fixed.get(key);
    return i === undefined ? undefined : row[i];
  };
  const rows: TypedKpiRow[] = [];
  for (const row of t.rows) {
    const id = row[idCol];
    if (typeof id !== "string" || id.trim() === "") continue;
    const actuals = new Map<number, number>();
    for (const { i, year } of years) {
      const v = num(row[i]);
      if (v !== null) actuals.set(year, v);
    }
    const name = cell(row, "name");
    rows.push({
      id: id.trim(),
      name: typeof name === "string" ? name.trim() : "",
      baseline: quantity(cell(row, "baseline")),
      baselineYear: num(cell(row, "baselineYear")),
      target: num(cell(row, "target")),
      targetYear: num(cell(row, "targetYear")),
      actuals,
    });
  }
  return { rows, missing };
}

/** The twin over the typed actuals; indicators of the workbook that the dataset does not know are left out. */
export function snapshotsFromActuals(
  t: KpiRows,
  dataset: SnapshotDataset,
  settings: StatusSettings,
): { map: Map<string, StatusSnapshot>; missing: string[] } {
  const { rows, missing } = typedKpiRows(t, layoutOf(dataset));
  const map = new Map<string, StatusSnapshot>();
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  for (const row of rows) {
    const ind = byId.get(row.id);
    if (!ind) continue;
    const r = evaluateIndicator(statusInputOf(ind), row.actuals, settings);
    // the twin grades against the dataset's target (statusInputOf), so the typed 目標値 is the one shown with it
    map.set(ind.id, {
      latest: r.latest,
      latestYear: r.latestYear,
      progress: r.progress,
      grade: r.grade,
      baseline: row.baseline,
      baselineYear: row.baselineYear,
      target: row.target,
      targetYear: row.targetYear,
    });
  }
  return { map, missing };
}

/** What a backend read of 「KPI一覧」 and 「設定」 for the statuses. */
export interface KpiStatusInput {
  /** The table's header row and data rows as scalars, or null when the workbook has none. */
  readonly kpi: KpiRows | null;
  /**
   * "calculated": the cells hold Excel's results, read as they are (Office). "typed": only the typed actuals can be
   * trusted (exceljs calculates nothing), so the statuses are the twin over them with 評価年度/順調閾値 below.
   */
  readonly kpiValues: "calculated" | "typed";
  /** The values of the names 評価年度 and 順調閾値; null when unreadable (and for calculated values, not read). */
  readonly evaluationYear: number | null;
  readonly threshold: number | null;
}

export interface KpiStatusOptions {
  /** The language of the problem lines. */
  readonly lang: Lang;
  /** Today, for the default 評価年度 when the workbook's cannot be read. */
  readonly today?: Date;
}

export interface KpiStatuses {
  readonly statusById: ReadonlyMap<string, StatusSnapshot>;
  /** The settings the twin evaluated with; null when the workbook's calculated values were used. */
  readonly settings: StatusSettings | null;
  /** What fell back to a default or could not be shown, in `lang`. */
  readonly problems: readonly string[];
}

/** 順調閾値 when the workbook's cannot be read (the plan's own default). */
const DEFAULT_THRESHOLD = 1;

export function kpiStatuses(
  input: KpiStatusInput,
  dataset: SnapshotDataset,
  { lang, today = new Date() }: KpiStatusOptions,
): KpiStatuses {
  if (input.kpiValues === "calculated") {
    // The pane has always shown Excel's values as they are, and nothing when the table or a header is missing.
    const statusById = input.kpi ? snapshotsFromCalculated(input.kpi, layoutOf(dataset)).map : new Map();
    return { statusById, settings: null, problems: [] };
  }
  const problems: string[] = [];
  const year = input.evaluationYear;
  const settings: StatusSettings = {
    evaluationYear: year ?? lastCompletedFiscalYear(today),
    k: input.threshold ?? DEFAULT_THRESHOLD,
  };
  if (year === null) {
    const params = { name: EVALUATION_YEAR_NAME, year: yearLabel(lang, settings.evaluationYear) };
    problems.push(translate(lang, "minutes.problem.evaluationYear", params));
  }
  if (input.threshold === null) {
    problems.push(translate(lang, "minutes.problem.threshold", { name: THRESHOLD_NAME, value: DEFAULT_THRESHOLD }));
  }
  if (!input.kpi) {
    problems.push(translate(lang, "minutes.problem.noKpiTable", { table: KPI_TABLE, sheet: KPI_SHEET }));
    return { statusById: new Map(), settings, problems };
  }
  const s = snapshotsFromActuals(input.kpi, dataset, settings);
  if (s.missing.length > 0) {
    const headers = s.missing.map((h) => `「${h}」`).join("");
    problems.push(translate(lang, "minutes.problem.missingHeaders", { table: KPI_TABLE, headers }));
  }
  return { statusById: s.map, settings, problems };
}
