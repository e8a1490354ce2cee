/**
 * The plan's formulas on other sheets that name 「KPI一覧」's columns by letter (「概要」's counts and C・D list, 「評価」's
 * 評価（算定）) across a refresh that moves those columns: a workbook built before the member-first order of plan 1.3.0
 * (issue #13), or one whose columns people moved. The refresh rewrites 「KPI一覧」 in the plan's order, so each such
 * reference is re-pointed from the column it read to where the same header now is; nothing else in the formula
 * changes. Re-pointing rather than writing the current plan's formulas: an older 「概要」 has another layout than the
 * current plan's (the counts start on other rows), and its formulas stay right for it. Only cells the plan owns are
 * rewritten — every formula of 「概要」 (a derived sheet: titles, labels and formulas) and 「評価」's formula columns
 * (found by header) —, never a cell people type. When no column moves nothing is read or written, so this runs on
 * every refresh.
 */
import { columnLetter, columnNumber, quoteSheet } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import { SUMMARY_SHEET } from "../workbook/names";
import { EVALUATION_COLUMNS, EVALUATION_SHEET, RECORD_HEADER_ROW } from "../workbook/evaluation-columns";
import type { KpiLayout } from "../workbook/kpi-columns";
import type { WorkbookState } from "../workbook/kpi-state";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";

/** Old sheet column → new sheet column of 「KPI一覧」, for the columns that move (empty: nothing moves). */
export type ColumnMoves = ReadonlyMap<number, number>;

/**
 * Where each column of the KPI sheet goes: the plan's columns to their layout's place, people's columns right after
 * the plan's in their order (as both writers place them: adapters/{xlsx,office}/refresh-*.ts).
 */
export function kpiColumnMoves(
  state: Pick<WorkbookState, "columns" | "extraColumns">,
  layout: Pick<KpiLayout, "columns" | "col">,
): ColumnMoves {
  const moves = new Map<number, number>();
  const add = (from: number, to: number): void => {
    if (from !== to) moves.set(from, to);
  };
  for (const { key } of layout.columns) {
    const found = state.columns[key];
    if (found) add(found.column, layout.col(key));
  }
  state.extraColumns.forEach((e, i) => add(e.column, layout.columns.length + 1 + i));
  return moves;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** References to `sheet`: its name quoted or bare, a column (with or without a row), optionally a range's end. */
function referencePattern(sheet: string): RegExp {
  const name = `(?:${escape(quoteSheet(sheet))}|(?<![^\\s=(,+\\-*/&<>:;{^%])${escape(sheet)})`;
  const ref = "(\\$?)([A-Z]{1,3})(\\$?\\d*)";
  return new RegExp(`(${name}!)${ref}(?::${ref})?(?![A-Za-z0-9_(\\[])`, "g");
}

/** `formula` with its references to the KPI sheet's columns moved; text in double quotes is left alone. */
export function repointKpiReferences(formula: string, kpiSheet: string, moves: ColumnMoves): string {
  if (moves.size === 0) return formula;
  const pattern = referencePattern(kpiSheet);
  const column = (letters: string): string => {
    const to = moves.get(columnNumber(letters));
    return to === undefined ? letters : columnLetter(to);
  };
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = (parts[i] as string).replace(
      pattern,
      (whole, sheet: string, a1: string, c1: string, r1: string, a2?: string, c2?: string, r2?: string) =>
        `${sheet}${a1}${column(c1)}${r1}` + (c2 === undefined ? "" : `:${a2 ?? ""}${column(c2)}${r2 ?? ""}`),
    );
  }
  return parts.join('"');
}

/** A sheet's cells as read: `formulas[r][c]` is row r + 1, column c + 1 (a formula starts with "="). */
export interface SheetFormulas {
  readonly name: string;
  readonly formulas: readonly (readonly Scalar[])[];
}

export interface FormulaWrite {
  readonly sheet: string;
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** The sheets whose plan formulas read 「KPI一覧」 by letter, in the order the notice names them. */
export const SHEETS_READING_KPI_COLUMNS: readonly string[] = [SUMMARY_SHEET, EVALUATION_SHEET];

const EVALUATION_FORMULA_HEADERS = new Set(EVALUATION_COLUMNS.filter((c) => c.formula).map((c) => c.header));

/** The columns (0-based) of a sheet whose formulas are the plan's: all of 「概要」, 「評価」's formula columns by header. */
function ownedColumns(sheet: SheetFormulas): ((column: number, row: number) => boolean) | null {
  if (sheet.name === SUMMARY_SHEET) return () => true;
  if (sheet.name !== EVALUATION_SHEET) return null;
  const headers = sheet.formulas[RECORD_HEADER_ROW - 1] ?? [];
  const owned = new Set<number>();
  headers.forEach((h, i) => {
    if (typeof h === "string" && EVALUATION_FORMULA_HEADERS.has(h.trim())) owned.add(i);
  });
  return (column, row) => row > RECORD_HEADER_ROW - 1 && owned.has(column);
}

/** The cells to rewrite: the plan's formulas on the given sheets whose references to the KPI sheet move. */
export function repointedFormulas(
  sheets: readonly SheetFormulas[],
  kpiSheet: string,
  moves: ColumnMoves,
): FormulaWrite[] {
  if (moves.size === 0) return [];
  const out: FormulaWrite[] = [];
  for (const sheet of sheets) {
    const owned = ownedColumns(sheet);
    if (!owned) continue;
    sheet.formulas.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (typeof cell !== "string" || !cell.startsWith("=") || !owned(c, r)) return;
        const formula = repointKpiReferences(cell, kpiSheet, moves);
        if (formula !== cell) out.push({ sheet: sheet.name, row: r + 1, column: c + 1, formula });
      }),
    );
  }
  return out;
}

/** The one notice of a refresh that re-points formulas: which sheets, how many cells; none when nothing moves. */
export function repointNotices(writes: readonly FormulaWrite[], kpiSheet: string): RefreshNotice[] {
  if (writes.length === 0) return [];
  const sheets = SHEETS_READING_KPI_COLUMNS.filter((name) => writes.some((w) => w.sheet === name));
  return [refreshNotice("KpiReferencesRepointed", { sheets, count: writes.length, kpiSheet }, { sheet: sheets[0] })];
}
