/**
 * Reading the cells of the 効果検証's record tables (「評価履歴」「指標見直し」…): columns found by their contract
 * header (never by position), cell → text / number / year with the problem naming the cell when it is not one.
 * Pure; the readers (closed-rows.ts, revision-rows.ts) build their records with these.
 */
import type { Scalar } from "../lib/scalar";
import { evaluationProblem, type EvaluationProblem } from "../domain/evaluation/problems";
import type { ColumnDef } from "./comment-columns";
import { cellText, mapColumns } from "./comment-rows";
import type { RecordSheetContract } from "./evaluation-columns";

/** A record table's header row and the data rows below it, as scalars. */
export interface RecordRows {
  readonly headers: readonly Scalar[];
  readonly rows: readonly (readonly Scalar[])[];
  /** Sheet row of rows[0], for messages; default 2 (the tables start at A1). */
  readonly firstRow?: number;
}

/** 0-based index of each contract column among `headers`; a missing or doubled header is a problem. */
export function mapRecordColumns<K extends string>(
  contract: RecordSheetContract<K>,
  headers: readonly Scalar[],
): { ok: true; map: Readonly<Record<K, number>> } | { ok: false; problems: EvaluationProblem[] } {
  // The committee's column map (comment-rows.ts), its problems as the 効果検証's (the same codes and parameters).
  const mapped = mapColumns(contract.sheet, headers, contract.columns);
  if (mapped.ok) return mapped;
  return {
    ok: false,
    problems: mapped.problems.map((p) =>
      evaluationProblem(p.path, p.code as "missingHeader" | "duplicateHeader", p.params),
    ),
  };
}

/** A cell as text (TRUE / FALSE for a boolean, line breaks as "\n"), as the committee's record reads it. */
export const textOf = (cell: Scalar | undefined): string => cellText(cell);

/** A number typed or stored as text (「1,234」, full-width digits) is read as the number it shows. */
export function numberOf(cell: Scalar | undefined): number | null | "bad" {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "bad";
  if (typeof cell === "boolean") return "bad";
  const text = cell
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/,/g, "")
    .trim();
  if (text === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : "bad";
}

/** One table row's cells by column key, and where each is (「評価履歴 3行目 達成率」) for its problems. */
export interface RowCells<K extends string> {
  readonly get: (key: K) => Scalar | undefined;
  readonly at: (key: K) => string;
  /** The row's own sheet row, 「評価履歴 3行目」. */
  readonly row: string;
  readonly text: (key: K) => string;
  /** The number in the cell; null when empty; a notANumber problem (and null) otherwise. */
  readonly number: (key: K) => number | null;
  /** A western year (a whole number 1900–9999); null when empty; a badYear problem otherwise. */
  readonly year: (key: K) => number | null;
  readonly problems: EvaluationProblem[];
}

export function rowCells<K extends string>(
  contract: RecordSheetContract<K>,
  map: Readonly<Record<K, number>>,
  cells: readonly Scalar[],
  sheetRow: number,
): RowCells<K> {
  const header = (key: K): string => contract.columns.find((c: ColumnDef<K>) => c.key === key)?.header ?? key;
  const row = `${contract.sheet} ${sheetRow}行目`;
  const problems: EvaluationProblem[] = [];
  const get = (key: K): Scalar | undefined => cells[map[key]];
  const at = (key: K): string => `${row} ${header(key)}`;
  const number = (key: K): number | null => {
    const n = numberOf(get(key));
    if (n !== "bad") return n;
    problems.push(evaluationProblem(at(key), "notANumber", { field: header(key), value: textOf(get(key)) }));
    return null;
  };
  const year = (key: K): number | null => {
    const n = numberOf(get(key));
    if (n === null) return null;
    if (n !== "bad" && Number.isInteger(n) && n >= 1900 && n <= 9999) return n;
    problems.push(evaluationProblem(at(key), "badYear", { field: header(key), value: textOf(get(key)) }));
    return null;
  };
  return { get, at, row, text: (key) => textOf(get(key)).trim(), number, year, problems };
}

/** What a record table's reader returns: each record with its index in `rows`, and the rows it could not read. */
export interface ReadRecords<T> {
  readonly records: readonly { readonly record: T; readonly index: number }[];
  readonly problems: readonly EvaluationProblem[];
}

/** What a reader makes of one row: its record, and the key no two rows may share (a duplicate names both rows). */
export interface ReadRow<T> {
  readonly record: T;
  readonly key?: string;
}

/**
 * The row loop every record reader shares: columns found by header (a missing or doubled one gives no records), each
 * row read by `read` with its cells (null: not a record, e.g. the blank row an empty table carries), a key seen twice
 * a duplicateRow problem naming both rows, and a row with any problem left out of the records.
 */
export function readRecordTable<K extends string, T>(
  contract: RecordSheetContract<K>,
  input: RecordRows,
  read: (c: RowCells<K>) => ReadRow<T> | null,
): ReadRecords<T> {
  const mapped = mapRecordColumns(contract, input.headers);
  if (!mapped.ok) return { records: [], problems: mapped.problems };
  const first = input.firstRow ?? 2;
  const records: { record: T; index: number }[] = [];
  const problems: EvaluationProblem[] = [];
  const seen = new Map<string, string>();
  input.rows.forEach((cells, index) => {
    const c = rowCells(contract, mapped.map, cells, first + index);
    const got = read(c);
    if (got === null) return;
    if (got.key !== undefined) {
      const firstSeen = seen.get(got.key);
      if (firstSeen !== undefined) {
        c.problems.push(evaluationProblem(c.row, "duplicateRow", { what: got.key, first: firstSeen, second: c.row }));
      } else seen.set(got.key, c.row);
    }
    problems.push(...c.problems);
    if (c.problems.length === 0) records.push({ record: got.record, index });
  });
  return { records, problems };
}
