/**
 * What a refresh merge yields (refresh/merge.ts makes it; the preview, the writers and the history read it): the
 * rows to write in their order, and everything the user is shown first (changes, 廃止, conflicts, restored formulas,
 * notices).
 */
import type { Dataset } from "../domain/dataset/schema";
import type { Scalar } from "../lib/scalar";
import type { CellPlan } from "../plan/types";
import type { KpiColumnKey } from "../workbook/kpi-columns";
import type { FoundCell, FoundHeader, RefreshNotice, WorkbookState } from "../workbook/kpi-state";

export type ConflictChoice = "workbook" | "dataset";
export type RowStatus = "kept" | "added" | "retired" | "unretired";

/** 区分 of a 廃止 row starts with this; the reader recognises a 廃止 row by it. */
export const RETIRED_MARK = "廃止";

export interface MergeInput {
  readonly state: WorkbookState;
  readonly dataset: Dataset;
  /** Per conflict (key `${id}|${year}`): which value wins. Unlisted conflicts keep the workbook's value. */
  readonly choices?: Readonly<Record<string, ConflictChoice>>;
  /** ISO date of the refresh, written into the 廃止 note. */
  readonly date: string;
}

export interface RowToWrite {
  readonly id: string;
  readonly status: RowStatus;
  /** 1-based sheet row the row is written to. */
  readonly sheetRow: number;
  /** Where it was found, for moved formulas and messages; null for an added row. */
  readonly fromRow: number | null;
  readonly cells: Readonly<Record<KpiColumnKey, CellPlan>>;
  /** Cells of the columns people added, as found (formulas moved with the row). */
  readonly extra: Readonly<Record<string, FoundCell>>;
  /** Cell notes on plan columns, carried with the row. */
  readonly notes: Readonly<Partial<Record<KpiColumnKey, string>>>;
}

export interface FieldChange {
  readonly id: string;
  readonly key: KpiColumnKey;
  readonly header: string;
  readonly before: Scalar;
  readonly after: Scalar;
}

export interface Conflict {
  readonly key: string;
  readonly id: string;
  readonly year: number;
  readonly address: string;
  readonly workbook: number;
  readonly dataset: number;
  readonly resolution: ConflictChoice;
}

export interface FilledActual {
  readonly id: string;
  readonly year: number;
  readonly value: number;
}

export interface RestoredFormula {
  readonly id: string;
  readonly header: string;
  readonly address: string;
  /** What the cell held instead (a value or another formula). */
  readonly found: string;
}

export interface RefreshPlan {
  readonly sheetName: string;
  readonly rows: readonly RowToWrite[];
  /** Headers of the columns people added, in their order; written after the plan's columns. */
  readonly extraColumns: readonly FoundHeader[];
  readonly added: readonly string[];
  readonly retired: readonly string[];
  readonly unretired: readonly string[];
  readonly changes: readonly FieldChange[];
  readonly filled: readonly FilledActual[];
  readonly conflicts: readonly Conflict[];
  readonly restored: readonly RestoredFormula[];
  /** Formula cells of a workbook built by an older plan that now get the plan's formulas (PlanFormulasUpdated). */
  readonly updatedFormulas: number;
  /** The workbook was built by an older plan: the writer records PLAN_VERSION in the metadata. */
  readonly planUpdated: boolean;
  /** Recoveries made and other things to tell (reader notices included). */
  readonly notices: readonly RefreshNotice[];
  readonly datasetVersion: string;
  readonly previousDatasetVersion: string | null;
}

export type MergeResult =
  | { readonly ok: true; readonly plan: RefreshPlan }
  | { readonly ok: false; readonly problems: readonly RefreshNotice[] };

export function conflictKey(id: string, year: number): string {
  return `${id}|${year}`;
}

/** Every id the merged rows carry, for callers that check nothing was lost. */
export function idsOfPlan(plan: RefreshPlan): string[] {
  return plan.rows.map((r) => r.id);
}
