/**
 * What closing a 評価年度 and revising a target read of the workbook besides the record tables: 「KPI一覧」's rows as
 * typed, the names 評価年度 / 順調閾値, and the dataset version the workbook records. Both backends fill
 * EvaluationKpiRead (adapters/{office,xlsx}/evaluation-kpi.ts); the mapping to the closing's indicators is here,
 * once: the definitions (direction, 判定基準, target) from the dataset, the actuals from the workbook.
 */
import type { Dataset } from "../domain/dataset/schema";
import type { ClosingIndicator } from "../domain/evaluation/closing";
import { statusInputOf } from "../domain/status";
import { layoutOf } from "./kpi-columns";
import { typedKpiRows, type KpiRows, type TypedKpiRow } from "./kpi-snapshots";

export interface EvaluationKpiRead {
  /** 「KPI」's header and data rows as scalars (typed values; formula cells are not read for their results). */
  readonly kpi: KpiRows | null;
  /** The values of the names 評価年度 and 順調閾値; null when unreadable. */
  readonly evaluationYear: number | null;
  readonly threshold: number | null;
  /** The dataset version in the workbook's metadata; null when the metadata cannot be read. */
  readonly datasetVersion: string | null;
}

/** 「KPI一覧」's indicators in sheet order, with what the header row lacks (ID, the year columns). */
export function kpiRowsOf(
  read: EvaluationKpiRead,
  dataset: Pick<Dataset, "plan">,
): { rows: TypedKpiRow[]; missing: string[] } {
  return read.kpi ? typedKpiRows(read.kpi, layoutOf(dataset)) : { rows: [], missing: [] };
}

/**
 * The indicators to close: each 「KPI一覧」 row the dataset defines, with its typed actuals. Rows the dataset does not
 * know are returned apart (their rule and target are unknown, so they cannot be graded).
 */
export function closingIndicators(
  rows: readonly TypedKpiRow[],
  dataset: Pick<Dataset, "indicators">,
): { indicators: ClosingIndicator[]; unknown: string[] } {
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  const indicators: ClosingIndicator[] = [];
  const unknown: string[] = [];
  for (const row of rows) {
    const ind = byId.get(row.id);
    if (!ind) unknown.push(row.id);
    else indicators.push({ id: row.id, name: row.name || ind.name, input: statusInputOf(ind), actuals: row.actuals });
  }
  return { indicators, unknown };
}
