/**
 * The refresh merge (pure): what the workbook holds + the dataset + the user's choices → the rows to write and
 * everything the user is shown first. Rows are matched by indicator id only.
 *
 * - Definition columns come from the dataset; each difference is listed (old → new).
 * - Actuals typed in the workbook are kept; dataset actuals fill empty cells; where both exist and differ the
 *   conflict is listed and the workbook's value stays unless `choices` says "dataset" for it.
 * - An indicator that left the dataset stays, marked 廃止 in 区分 and 注記, with its actuals, notes and extra cells.
 * - New indicators go next to their 施策, else their 基本目標 (sub-goal), else their 基本目標 group, in dataset order.
 * - Formula columns are rewritten with the plan's formulas; cells someone typed over are listed as restored.
 * Damage that leaves the meaning open (duplicate ids, text in a year column …) returns problems and no plan.
 */
import type { Dataset, Indicator } from "../domain/dataset/schema";
import { KPI_ROWS, layoutOf, type KpiColumnKey, type KpiLayout } from "../workbook/kpi-columns";
import { valueFormat } from "../plan/formats";
import {
  definitionValues,
  formulaCells,
  formulaTexts,
  type FormulaKey,
  indicatorCellsByKey,
  textCell,
} from "../plan/kpi-rows";
import type { CellPlan } from "../plan/types";
import { readActual } from "./actual-value";
import { shiftFormulaRows } from "./formula-shift";
import { isIndicatorId, placeNewRows } from "./placement";
import type { Scalar } from "../lib/scalar";
import type { FoundCell, FoundHeader, KpiRowState, RefreshNotice, WorkbookState } from "../workbook/kpi-state";

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

function sameScalar(a: Scalar, b: Scalar): boolean {
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

const normFormula = (f: string): string => f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();

function describeFound(cell: FoundCell): string {
  if (cell.formula !== undefined) return cell.formula;
  return cell.value === null ? "（空欄）" : String(cell.value);
}

function notice(code: string, sheet: string, cell: string | undefined, ja: string, en: string): RefreshNotice {
  return cell === undefined ? { code, sheet, ja, en } : { code, sheet, cell, ja, en };
}

/** Damage that stops the refresh: the meaning of the workbook is not certain. */
function damage(layout: KpiLayout, state: WorkbookState, units: ReadonlyMap<string, Indicator>): RefreshNotice[] {
  const s = state.sheetName;
  const out: RefreshNotice[] = [];
  if (!state.columns.id) {
    out.push(notice("IdColumnMissing", s, undefined, `「${s}」にID列が見つかりません。`, `No ID column in "${s}".`));
    return out;
  }
  if (state.headerRow !== KPI_ROWS.header) {
    const at = state.columns.id.address;
    out.push(
      notice(
        "HeaderRowMoved",
        s,
        at,
        `「${s}」の見出し行が${KPI_ROWS.header}行目ではなく${state.headerRow}行目（${at}）にあります。式が参照する行がずれるため更新できません。行を削除して元の位置に戻してください。`,
        `The header row of "${s}" is at row ${state.headerRow} (${at}), not row ${KPI_ROWS.header}; the formulas would read the wrong rows.`,
      ),
    );
  }
  const seen = new Map<string, KpiRowState>();
  for (const row of state.rows) {
    const first = seen.get(row.id);
    const at = row.cells.id?.address ?? `A${row.sheetRow}`;
    if (first) {
      const firstAt = first.cells.id?.address ?? `A${first.sheetRow}`;
      out.push(
        notice(
          "DuplicateId",
          s,
          at,
          `「${s}」の${firstAt}と${at}に同じID「${row.id}」があります。どちらかを削除または修正してください。`,
          `"${s}" has the id "${row.id}" twice, in ${firstAt} and ${at}.`,
        ),
      );
    } else seen.set(row.id, row);
  }
  for (const row of state.rows) {
    if (isIndicatorId(row.id)) continue;
    const at = row.cells.id?.address ?? `A${row.sheetRow}`;
    out.push(
      notice(
        "NotAnId",
        s,
        at,
        `「${s}」の${at}の「${row.id}」は指標のID（1-1-K1-1 などの形）ではありません。表の中に指標以外の行を置かないでください。`,
        `"${s}" ${at}: "${row.id}" is not an indicator id (like 1-1-K1-1); keep other rows out of the table.`,
      ),
    );
  }
  for (const r of state.rowsWithoutId) {
    out.push(
      notice(
        "MissingId",
        s,
        r.address,
        `「${s}」の${r.address}のIDが空ですが、その行に値があります。IDを入れるか行を削除してください。`,
        `"${s}" ${r.address}: the ID is empty but the row holds values.`,
      ),
    );
  }
  for (const row of state.rows) {
    let unit: string | null | undefined;
    for (const { key } of layout.yearKeys) {
      const cell = row.cells[key];
      if (!cell || cell.formula !== undefined) continue;
      // Empty cells and numbers (nearly all of them) are never text: no reading, no unit lookup.
      if (cell.value === null || (typeof cell.value === "number" && Number.isFinite(cell.value))) continue;
      unit ??= units.get(row.id)?.unit ?? (typeof row.cells.unit?.value === "string" ? row.cells.unit.value : null);
      const reading = readActual(cell.value, unit);
      if (reading.kind === "text") {
        out.push(
          notice(
            "TextInNumberColumn",
            s,
            cell.address,
            `「${s}」の${cell.address}（${layout.header(key)}）に数値でない「${reading.text}」があります。数値に直すか消してください。`,
            `"${s}" ${cell.address} (${layout.header(key)}) holds "${reading.text}", not a number.`,
          ),
        );
      }
    }
  }
  const hasExtra = state.extraColumns.length > 0;
  for (const { year, key } of layout.yearKeys) {
    if (state.columns[key] || !hasExtra) continue;
    const extras = state.extraColumns.map((c) => `${c.address}「${c.text}」`).join("、");
    out.push(
      notice(
        "YearColumnMissing",
        s,
        state.extraColumns[0]?.address,
        `「${s}」に「${layout.header(key)}」列がありません。見出しを変えた列（${extras}）のどれかがその年度の実績なら、見出しを「${layout.header(key)}」に戻してください。`,
        `"${s}" has no column "${layout.header(key)}" (${year}); if one of the renamed columns (${extras}) holds it, restore its header.`,
      ),
    );
  }
  return out;
}

function numberOf(value: Scalar, unit: string | null): number | null {
  const reading = readActual(value, unit);
  return reading.kind === "number" ? reading.value : null;
}

/** Actual cell to write: kept value (number or the person's formula), or the dataset's. */
function actualCell(
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

function foundScalar(cell: FoundCell | undefined): Scalar {
  return cell?.value ?? null;
}

function notesOfRow(layout: KpiLayout, row: KpiRowState): Partial<Record<KpiColumnKey, string>> {
  const out: Partial<Record<KpiColumnKey, string>> = {};
  // Most rows have no note: look through the row's own cells first (for-in walks the object's own key list, far
  // cheaper than 30 lookups by name), then collect in column order.
  let any = false;
  for (const key in row.cells) {
    const note = row.cells[key as KpiColumnKey]?.note;
    if (note !== undefined && note !== "") {
      any = true;
      break;
    }
  }
  if (!any) return out;
  for (const c of layout.columns) {
    const note = row.cells[c.key]?.note;
    if (note !== undefined && note !== "") out[c.key] = note;
  }
  return out;
}

function movedExtra(row: KpiRowState, delta: number): Record<string, FoundCell> {
  const out: Record<string, FoundCell> = {};
  for (const [header, cell] of Object.entries(row.extra)) {
    out[header] = cell.formula === undefined ? cell : { ...cell, formula: shiftFormulaRows(cell.formula, delta) };
  }
  return out;
}

/**
 * Columns people (or the comments feature) added whose every cell is the same formula moved to its row: an Excel
 * table's calculated column. A new row gets that formula too, as Excel would give it.
 */
function calculatedExtras(state: WorkbookState): Map<string, { formula: string; row: number }> {
  const out = new Map<string, { formula: string; row: number }>();
  if (state.rows.length === 0) return out;
  for (const column of state.extraColumns) {
    const key = column.key ?? column.text;
    const first = state.rows[0] as KpiRowState;
    const f0 = first.extra[key]?.formula;
    if (f0 === undefined) continue;
    const same = state.rows.every((r) => {
      const f = r.extra[key]?.formula;
      return f !== undefined && f === shiftFormulaRows(f0, r.sheetRow - first.sheetRow);
    });
    if (same) out.set(key, { formula: f0, row: first.sheetRow });
  }
  return out;
}

export function mergeRefresh(input: MergeInput): MergeResult {
  const { state, dataset } = input;
  const layout = layoutOf(dataset);
  const choices = input.choices ?? {};
  const s = state.sheetName;
  // Maps filled by loops: no [key, value] pair array per row (20,000 of them at 10,000 indicators).
  const byId = new Map<string, Indicator>();
  for (const ind of dataset.indicators) byId.set(ind.id, ind);
  const problems = damage(layout, state, byId);
  if (problems.length > 0) return { ok: false, problems };

  const notices: RefreshNotice[] = [...state.notices];
  const existing = new Map<string, KpiRowState>();
  for (const row of state.rows) existing.set(row.id, row);
  const order = placeNewRows(
    state.rows.map((r) => r.id),
    dataset,
  );

  const calculated = calculatedExtras(state);
  const rows: RowToWrite[] = [];
  const changes: FieldChange[] = [];
  const filled: FilledActual[] = [];
  const conflicts: Conflict[] = [];
  const restored: RestoredFormula[] = [];
  const added: string[] = [];
  const retired: string[] = [];
  const unretired: string[] = [];

  for (let i = 0; i < order.length; i++) {
    const id = order[i] as string;
    const sheetRow = KPI_ROWS.firstData + i;
    const ind = byId.get(id);
    const found = existing.get(id);
    const delta = found ? sheetRow - found.sheetRow : 0;
    if (found) {
      // The plan's texts for the row it was found on (cached per row; the writer asks for the same rows): one
      // string comparison per cell is several times cheaper than matching the template piece by piece.
      const planTexts = formulaTexts(layout, found.sheetRow);
      for (const key of layout.formulaKeys) {
        const cell = found.cells[key];
        if (!cell) continue;
        const expected = planTexts[key as FormulaKey];
        if (cell.formula === expected) continue;
        // Excel may re-space or re-case a formula it stores: compare loosely before calling it typed over.
        if (cell.formula === undefined || normFormula(cell.formula) !== normFormula(expected)) {
          restored.push({ id, header: layout.header(key), address: cell.address, found: describeFound(cell) });
        }
      }
    }
    if (ind) {
      const defs = definitionValues(dataset, ind);
      // Year cells that differ from what the plan writes (typed values, chosen dataset values); the rest as planned.
      const overrides: Partial<Record<KpiColumnKey, CellPlan>> = {};
      const fmt = valueFormat(ind.unit, ind.decimals);
      const wasRetired = found ? String(foundScalar(found.cells.kind) ?? "").startsWith(RETIRED_MARK) : false;
      const status: RowStatus = !found ? "added" : wasRetired ? "unretired" : "kept";
      if (found) {
        for (const key of layout.definitionKeys) {
          const cell = found.cells[key];
          if (!cell) continue;
          const after = defs[key] ?? null;
          if (!sameScalar(cell.value, after)) {
            changes.push({ id, key, header: layout.header(key), before: cell.value, after });
          }
        }
      }
      for (const { year, key } of layout.yearKeys) {
        const cellFound = found?.cells[key];
        let d: number | undefined;
        for (let j = 0; j < ind.actuals.length; j++) {
          const a = ind.actuals[j] as Indicator["actuals"][number];
          if (a.year === year) d = a.value;
        }
        if (cellFound === undefined || (cellFound.value === null && cellFound.formula === undefined)) {
          // Nothing typed (the common case): the dataset's actual or the plan's empty cell, as planned.
          if (d !== undefined && found) filled.push({ id, year, value: d });
          continue;
        }
        const kept = actualCell(cellFound, ind.unit, fmt, delta);
        if (!kept.typed) {
          overrides[key] = d !== undefined ? { value: d, numberFormat: fmt, style: "input" } : kept.cell;
          if (d !== undefined && found) filled.push({ id, year, value: d });
          continue;
        }
        overrides[key] = kept.cell;
        if (d !== undefined && kept.value !== null && !sameScalar(kept.value, d)) {
          const k = conflictKey(id, year);
          const resolution: ConflictChoice = choices[k] === "dataset" ? "dataset" : "workbook";
          conflicts.push({
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
            notes: found ? notesOfRow(layout, found) : {},
          },
          () => Object.assign(indicatorCellsByKey(layout, dataset, ind, sheetRow), overrides),
        ),
      );
      continue;
    }
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
    if (!String(foundScalar(row.cells.kind) ?? "").startsWith(RETIRED_MARK)) retired.push(id);
  }

  for (const { year, key } of layout.yearKeys) {
    const header = state.columns[key];
    if (!header) {
      notices.push(
        notice(
          "YearColumnAdded",
          s,
          undefined,
          `「${layout.header(key)}」列がなかったため追加しました。`,
          `Column "${layout.header(key)}" was missing and is added back.`,
        ),
      );
      continue;
    }
    const found = state.yearsRow[year];
    if (found !== year) {
      const at = header.address.replace(/\d+$/, String(KPI_ROWS.years));
      notices.push(
        notice(
          "YearsRowRestored",
          s,
          at,
          `${at}の西暦「${found ?? ""}」を ${year} に戻しました（式が参照します）。`,
          `${at} held "${found ?? ""}" instead of ${year}; restored (the formulas read it).`,
        ),
      );
    }
  }
  for (const key of [...layout.definitionKeys, ...layout.formulaKeys]) {
    if (!state.columns[key]) {
      notices.push(
        notice(
          "ColumnAdded",
          s,
          undefined,
          `「${layout.header(key)}」列がなかったため追加しました。`,
          `Column "${layout.header(key)}" was missing and is added back.`,
        ),
      );
    }
  }

  return {
    ok: true,
    plan: {
      sheetName: s,
      rows,
      extraColumns: state.extraColumns,
      added,
      retired,
      unretired,
      changes,
      filled,
      conflicts,
      restored,
      notices,
      datasetVersion: dataset.datasetVersion,
      previousDatasetVersion: state.datasetVersion,
    },
  };
}

/**
 * The row's cells are built when first read (by a writer, or a test): the merge decides, the 30 cell objects per row
 * are made only for rows that get written. A preview of 10,000 rows does not build 300,000 objects it never shows.
 * One getter shared by every row, its maker (then its cells) kept aside: a getter closure per row gave each row its
 * own hidden class (a dictionary object, ~0.5 kB a row for the garbage collector).
 */
type Cells = Record<KpiColumnKey, CellPlan>;
const lazyCells = new WeakMap<object, Cells | (() => Cells)>();
const LAZY_CELLS: PropertyDescriptor = {
  enumerable: true,
  get(this: object): Cells {
    const held = lazyCells.get(this) as Cells | (() => Cells);
    if (typeof held !== "function") return held;
    const cells = held();
    lazyCells.set(this, cells);
    return cells;
  },
};

function withLazyCells(row: Omit<RowToWrite, "cells">, make: () => Cells): RowToWrite {
  // `row` is the caller's fresh literal: the getter goes on it, no copy.
  lazyCells.set(row, make);
  return Object.defineProperty(row, "cells", LAZY_CELLS) as RowToWrite;
}

function newRowExtras(
  calculated: ReadonlyMap<string, { formula: string; row: number }>,
  sheetRow: number,
): Record<string, FoundCell> {
  const out: Record<string, FoundCell> = {};
  for (const [key, c] of calculated)
    out[key] = { address: "", value: null, formula: shiftFormulaRows(c.formula, sheetRow - c.row) };
  return out;
}

/** A 廃止 row: definitions as found (the dataset no longer has them), 区分 and 注記 marked, formulas restored. */
function retiredCells(
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
  const kind = String(foundScalar(row.cells.kind) ?? "");
  if (!kind.startsWith(RETIRED_MARK)) cells.kind = textCell(kind ? `${RETIRED_MARK}（${kind}）` : RETIRED_MARK);
  const notes = String(foundScalar(row.cells.notes) ?? "");
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

/** Every id the merged rows carry, for callers that check nothing was lost. */
export function idsOfPlan(plan: RefreshPlan): string[] {
  return plan.rows.map((r) => r.id);
}
