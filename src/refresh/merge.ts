/**
 * The refresh merge (pure): what the workbook holds + the dataset + the user's choices → the rows to write and
 * everything the user is shown first (refresh-plan.ts). Rows are matched by indicator id only.
 *
 * - Definition columns come from the dataset; each difference is listed (old → new).
 * - Actuals typed in the workbook are kept; dataset actuals fill empty cells; conflicts are listed (actuals.ts).
 * - An indicator that left the dataset stays, marked 廃止 in 区分 and 注記, with its actuals, notes and extra cells
 *   (retired.ts).
 * - New indicators go next to their 施策, else their 基本目標 (sub-goal), else their 基本目標 group, in dataset order
 *   (placement.ts).
 * - Formula columns are rewritten with the plan's formulas; cells someone typed over are listed (restored-formulas.ts);
 *   in a workbook built by an older plan, its other formulas are counted as the plan's update (plan-version.ts).
 * Damage that leaves the meaning open (duplicate ids, text in a year column …) returns problems and no plan
 * (damage.ts).
 */
import type { Indicator } from "../domain/dataset/schema";
import { valueFormat } from "../plan/formats";
import type { CellPlan } from "../plan/types";
import { definitionValues, indicatorCellsByKey } from "../plan/kpi-rows";
import { verificationMarkOf } from "../plan/verification-sheet";
import { KPI_ROWS, layoutOf, type KpiColumnKey } from "../workbook/kpi-columns";
import type { KpiRowState } from "../workbook/kpi-state";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";
import { PLAN_VERSION } from "../workbook/names";
import { isOlderPlanVersion } from "./plan-version";
import { sameScalar, yearOverrides, type ActualsOut, type YearOverrides } from "./actuals";
import { damage, firstRowsById, rowDamage, yearCellDamage, yearColumnDamage } from "./damage";
import { layoutNotices } from "./layout-notices";
import { withLazyCells } from "./lazy-cells";
import { placeRows } from "./placement";
import type { FieldChange, MergeInput, MergeResult, RestoredFormula, RowStatus, RowToWrite } from "./refresh-plan";
import { restoredFormulas } from "./restored-formulas";
import { isRetiredKind, retiredCells } from "./retired";
import { calculatedExtras, movedExtra, newRowExtras, notesOfRow, NOTHING_CARRIED } from "./row-carry";

// The plan's vocabulary, for callers that know the merge by this module.
export {
  conflictKey,
  idsOfPlan,
  RETIRED_MARK,
  type Conflict,
  type ConflictChoice,
  type FieldChange,
  type FilledActual,
  type MergeInput,
  type MergeResult,
  type RefreshPlan,
  type RestoredFormula,
  type RowStatus,
  type RowToWrite,
} from "./refresh-plan";

export function mergeRefresh(input: MergeInput): MergeResult {
  const { state, dataset } = input;
  const layout = layoutOf(dataset);
  const choices = input.choices ?? {};
  // Maps filled by loops: no [key, value] pair array per row (20,000 of them at 10,000 indicators).
  const byId = new Map<string, Indicator>();
  for (const ind of dataset.indicators) byId.set(ind.id, ind);
  const placed = placeRows(
    state.rows.map((r) => r.id),
    dataset,
  );
  const order = placed.ids;
  // Placement met as many distinct ids as there are rows: none repeats, no Map of first rows to look them up in.
  let distinct = 0;
  for (let i = 0; i < placed.row.length; i++) if ((placed.row[i] as number) >= 0) distinct++;
  const firstRows = distinct === state.rows.length ? null : firstRowsById(state.rows);
  // Damaged ids: every problem, as damage() lists them. Otherwise each row's year cells are checked in the pass
  // below, while the row is in the cache (a pass of its own over 10,000 rows cost a tenth of the merge).
  if (rowDamage(state, firstRows).length > 0) {
    return { ok: false, problems: damage(layout, state, byId, firstRows ?? undefined) };
  }
  const checkYearCells = yearCellDamage(layout, state.sheetName, byId);
  const yearProblems: RefreshNotice[] = [];

  const calculated = calculatedExtras(state);
  const rows: RowToWrite[] = [];
  const changes: FieldChange[] = [];
  const actuals: ActualsOut = { filled: [], conflicts: [] };
  const restored: RestoredFormula[] = [];
  // Built by an older plan: its formulas that differ are the plan's update, counted, not listed as restored.
  const previousPlan = state.planVersion ?? null;
  const olderPlan = previousPlan !== null && isOlderPlanVersion(previousPlan, PLAN_VERSION);
  let updatedFormulas = 0;
  const added: string[] = [];
  const retired: string[] = [];
  const unretired: string[] = [];

  // Every kept or added row's cells, made when a writer first reads them (lazy-cells.ts): one maker for all rows,
  // the row's year overrides its argument, so no closure per row.
  const cellsOf = (row: RowToWrite, overrides: YearOverrides): Record<KpiColumnKey, CellPlan> =>
    Object.assign(indicatorCellsByKey(layout, dataset, byId.get(row.id) as Indicator, row.sheetRow), overrides);

  for (let i = 0; i < order.length; i++) {
    const id = order[i] as string;
    const sheetRow = KPI_ROWS.firstData + i;
    // The row's indicator and found row as placement met them (the same as byId.get(id) and existing.get(id)).
    const at = placed.indicator[i] as number;
    const ind = at < 0 ? undefined : dataset.indicators[at];
    const from = placed.row[i] as number;
    const found = from < 0 ? undefined : state.rows[from];
    // Rows are found in sheet order (new ones between them): the problems come in damage()'s order.
    if (found) checkYearCells(found, yearProblems);
    const delta = found ? sheetRow - found.sheetRow : 0;
    if (found) updatedFormulas += restoredFormulas(layout, found, restored, olderPlan);
    if (!ind) {
      // Not in the dataset: keep everything, mark 廃止.
      const row = found as KpiRowState;
      rows.push({
        id,
        status: "retired",
        sheetRow,
        fromRow: row.sheetRow,
        cells: retiredCells(layout, row, sheetRow, delta, dataset, input.date),
        extra: movedExtra(row, delta),
        notes: notesOfRow(layout, row),
      });
      if (!isRetiredKind(row.cells.kind)) retired.push(id);
      continue;
    }
    const status: RowStatus = !found ? "added" : isRetiredKind(found.cells.kind) ? "unretired" : "kept";
    if (found) {
      const defs = definitionValues(dataset, ind);
      for (const key of layout.definitionKeys) {
        const cell = found.cells[key];
        if (!cell) continue;
        const after = defs[key] ?? null;
        // 要確認 is a formula against 「確認事項」 that empties once staff check the item: the formula is the mark.
        const before = key === "verification" ? verificationMarkOf(cell) : cell.value;
        if (!sameScalar(before, after)) changes.push({ id, key, header: layout.header(key), before, after });
      }
    }
    const overrides = yearOverrides(layout, ind, found, valueFormat(ind.unit, ind.decimals), delta, choices, actuals);
    if (status === "added") added.push(id);
    if (status === "unretired") unretired.push(id);
    rows.push(
      withLazyCells(
        {
          id,
          status,
          sheetRow,
          fromRow: found?.sheetRow ?? null,
          extra: found ? movedExtra(found, delta) : newRowExtras(calculated, sheetRow),
          notes: found ? notesOfRow(layout, found) : NOTHING_CARRIED,
        },
        cellsOf,
        overrides,
      ),
    );
  }

  yearProblems.push(...yearColumnDamage(layout, state));
  if (yearProblems.length > 0) return { ok: false, problems: yearProblems };

  const notices: RefreshNotice[] = [...state.notices, ...layoutNotices(layout, state)];
  if (updatedFormulas > 0) {
    notices.push(
      refreshNotice(
        "PlanFormulasUpdated",
        { version: PLAN_VERSION, from: previousPlan ?? "", count: updatedFormulas },
        { sheet: state.sheetName },
      ),
    );
  }
  return {
    ok: true,
    plan: {
      sheetName: state.sheetName,
      rows,
      extraColumns: state.extraColumns,
      added,
      retired,
      unretired,
      changes,
      filled: actuals.filled,
      conflicts: actuals.conflicts,
      restored,
      updatedFormulas,
      planUpdated: olderPlan,
      notices,
      datasetVersion: dataset.datasetVersion,
      previousDatasetVersion: state.datasetVersion,
    },
  };
}
