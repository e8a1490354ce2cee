/** Test helpers: a WorkbookState as a freshly built (or refreshed) workbook would read back. */
import { KPI_ROWS, type KpiColumnKey } from "../../src/workbook/kpi-columns";
import { columnLetter } from "../../src/lib/a1";
import { buildKpiSheet } from "../../src/plan/kpi-sheet";
import type { CellPlan } from "../../src/plan/types";
import type { Dataset } from "../../src/domain/dataset/schema";
import type { RefreshPlan } from "../../src/refresh/merge";
import type { CommentRef, FoundCell, FoundHeader, KpiRowState, WorkbookState } from "../../src/workbook/kpi-state";
import { KPI_COLUMNS, YEARS } from "../support/layout";
import type { IndicatorSketch } from "../plan/dataset-builder";

/** An increasing indicator, 10 (2019) → 20 (2027), fiscal, in sub-goal `subGoal`, with `actuals` [year, value]. */
export const sketch = (subGoal: number, actuals: [number, number][] = []): IndicatorSketch => ({
  rule: "increase",
  baseline: 10,
  baselineYear: 2019,
  target: 20,
  targetYear: 2027,
  basis: "fiscal",
  actuals,
  subGoal,
});

export function foundOf(cell: CellPlan | null | undefined, address: string, note?: string): FoundCell {
  const base = {
    address,
    value: cell?.formula !== undefined ? null : (cell?.value ?? null),
    ...(cell?.formula !== undefined ? { formula: cell.formula } : {}),
    ...(cell?.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
  };
  return note === undefined ? base : { ...base, note };
}

export function planHeaders(extra: readonly string[] = []): {
  columns: Partial<Record<KpiColumnKey, FoundHeader>>;
  extraColumns: FoundHeader[];
} {
  const columns: Partial<Record<KpiColumnKey, FoundHeader>> = {};
  KPI_COLUMNS.forEach((c, i) => {
    columns[c.key] = { address: `${columnLetter(i + 1)}${KPI_ROWS.header}`, text: c.header, column: i + 1 };
  });
  const extraColumns = extra.map((text, j) => {
    const column = KPI_COLUMNS.length + j + 1;
    return { address: `${columnLetter(column)}${KPI_ROWS.header}`, text, column };
  });
  return { columns, extraColumns };
}

export function emptyState(rows: KpiRowState[], extra: readonly string[] = []): WorkbookState {
  const yearsRow: Record<number, number> = {};
  for (const y of YEARS) yearsRow[y] = y;
  return {
    sheetName: "KPI一覧",
    headerRow: KPI_ROWS.header,
    ...planHeaders(extra),
    rows,
    rowsWithoutId: [],
    yearsRow,
    datasetVersion: "0.0.1",
    comments: [],
    notices: [],
  };
}

/** The state of a workbook freshly built from `dataset`. */
export function stateOfDataset(dataset: Dataset, comments: CommentRef[] = []): WorkbookState {
  const sheet = buildKpiSheet(dataset, "t");
  const rows: KpiRowState[] = dataset.indicators.map((ind, i) => {
    const sheetRow = KPI_ROWS.firstData + i;
    const planRow = sheet.rows[sheetRow - 1] as readonly (CellPlan | null)[];
    const cells: Partial<Record<KpiColumnKey, FoundCell>> = {};
    KPI_COLUMNS.forEach((c, j) => {
      cells[c.key] = foundOf(planRow[j], `${columnLetter(j + 1)}${sheetRow}`);
    });
    return { id: ind.id, sheetRow, cells, extra: {} };
  });
  return { ...emptyState(rows), comments };
}

/** What reading the workbook back after writing `plan` gives (the writer's contract, simulated). */
export function stateAfter(plan: RefreshPlan, comments: CommentRef[] = []): WorkbookState {
  const rows: KpiRowState[] = plan.rows.map((r) => {
    const cells: Partial<Record<KpiColumnKey, FoundCell>> = {};
    KPI_COLUMNS.forEach((c, j) => {
      cells[c.key] = foundOf(r.cells[c.key], `${columnLetter(j + 1)}${r.sheetRow}`, r.notes[c.key]);
    });
    return { id: r.id, sheetRow: r.sheetRow, cells, extra: r.extra };
  });
  return {
    ...emptyState(
      rows,
      plan.extraColumns.map((c) => c.text),
    ),
    datasetVersion: plan.datasetVersion,
    comments,
  };
}

/** Replace one cell of one row (a person typing). */
export function typed(state: WorkbookState, id: string, key: KpiColumnKey, cell: Partial<FoundCell>): WorkbookState {
  return {
    ...state,
    rows: state.rows.map((r) => {
      if (r.id !== id) return r;
      const old = r.cells[key] ?? { address: `?${r.sheetRow}`, value: null };
      const next: FoundCell = { address: old.address, value: null, ...cell };
      return { ...r, cells: { ...r.cells, [key]: next } };
    }),
  };
}
