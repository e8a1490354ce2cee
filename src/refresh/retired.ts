/**
 * An indicator that left the dataset stays in the workbook as a 廃止 row: its definitions as found (the dataset no
 * longer has them), 区分 and 注記 marked, its actuals, notes and added cells kept, its formulas restored.
 */
import type { Dataset } from "../domain/dataset/schema";
import { formulaCells, textCell } from "../plan/kpi-rows";
import type { CellPlan } from "../plan/types";
import type { FoundCell, KpiRowState } from "../workbook/kpi-state";
import type { KpiColumnKey, KpiLayout } from "../workbook/kpi-columns";
import { actualCell } from "./actuals";
import { RETIRED_MARK } from "./refresh-plan";

/** A 区分 cell that marks its row 廃止. */
export function isRetiredKind(cell: FoundCell | undefined): boolean {
  return String(cell?.value ?? "").startsWith(RETIRED_MARK);
}

/** The cells of a 廃止 row written at `sheetRow` (found `delta` rows higher), marked on `date`. */
export function retiredCells(
  layout: KpiLayout,
  row: KpiRowState,
  sheetRow: number,
  delta: number,
  dataset: Dataset,
  date: string,
): Record<KpiColumnKey, CellPlan> {
  const cells = {} as Record<KpiColumnKey, CellPlan>;
  const unit = typeof row.cells.unit?.value === "string" ? row.cells.unit.value : null;
  const valueFormat = row.cells.baseline?.numberFormat ?? row.cells.target?.numberFormat;
  for (const key of layout.definitionKeys) {
    const cell = row.cells[key];
    const value = cell?.value ?? null;
    cells[key] =
      typeof value === "number"
        ? { value, numberFormat: cell?.numberFormat, style: "definition" }
        : textCell(value === null ? null : String(value), key === "notes" ? "note" : "definition");
  }
  cells.id = textCell(row.id);
  const kind = String(row.cells.kind?.value ?? "");
  if (!kind.startsWith(RETIRED_MARK)) cells.kind = textCell(kind ? `${RETIRED_MARK}（${kind}）` : RETIRED_MARK);
  const notes = String(row.cells.notes?.value ?? "");
  if (!notes.split("\n").some((l) => l.startsWith(`${RETIRED_MARK}:`))) {
    const line = `${RETIRED_MARK}: データセット ${dataset.datasetVersion}（${date}）に含まれない指標`;
    cells.notes = textCell(notes ? `${line}\n${notes}` : line, "note");
  }
  for (const { key } of layout.yearKeys) {
    const cell = row.cells[key];
    cells[key] = actualCell(cell, unit, cell?.numberFormat ?? valueFormat, delta).cell;
  }
  const yearFmt = row.cells.latestYear?.numberFormat ?? row.cells.targetYear?.numberFormat ?? '0"年度"';
  const formulas = formulaCells(layout, sheetRow, valueFormat ?? "General", yearFmt);
  for (const key of layout.formulaKeys) cells[key] = formulas[key] ?? { value: null };
  return cells;
}
