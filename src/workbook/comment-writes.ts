/**
 * What a store writes for an append or an edit of the committee's record, decided once for both backends: which
 * cells of which row, with which number format ("@" on text, so nothing is evaluated as a formula) and whether the
 * cell wraps (long, multi-line text). The stores only find the table and write these cells.
 */
import type { Scalar } from "../lib/scalar";
import type { CommentProblem } from "../domain/comments/problems";
import type { Member } from "../domain/comments/types";
import { WRAPPED_HEADERS } from "./comment-columns";
import {
  COMMENT_TABLES,
  findRowById,
  rowNumberFormats,
  type CommentRecordOf,
  type CommentTableKind,
} from "./comment-rows";
import { problem } from "../domain/comments/problems";

/** One cell to write: its 0-based column in the table, its value, its number format (null: leave it) and wrap. */
export interface CellWrite {
  readonly column: number;
  readonly value: string | number | boolean;
  readonly format: string | null;
  readonly wrap: boolean;
  /** A formula ("=…") written instead of `value` (the record tables' formula columns; comments never set one). */
  readonly formula?: string;
}

export type Refused = { readonly ok: false; readonly problems: CommentProblem[] };

/** A store's append or edit of one record of any of the three tables, on its backend's `target`. */
export type RecordWriter<Target, Result> = <K extends CommentTableKind>(
  target: Target,
  kind: K,
  record: CommentRecordOf[K],
) => Result;

function cellWrites(headers: readonly Scalar[], row: readonly Scalar[]): CellWrite[] {
  const formats = rowNumberFormats(row, headers);
  return row.flatMap((value, column) => {
    if (value === null) return [];
    const header = headers[column];
    const wrap = typeof header === "string" && WRAPPED_HEADERS.has(header);
    return [{ column, value, format: formats[column] ?? null, wrap }];
  });
}

/**
 * The cells of a new row for `record` (columns that are not ours are left out); refused when a header is missing.
 * `roster`: the members, so a meeting's 出席委員/欠席委員 are written as names (the stores pass it for 会議).
 */
export function appendWrite<K extends CommentTableKind>(
  kind: K,
  headers: readonly Scalar[],
  record: CommentRecordOf[K],
  roster: readonly Member[] = [],
): { readonly ok: true; readonly cells: CellWrite[] } | Refused {
  const built = COMMENT_TABLES[kind].row(headers, record, roster);
  return built.ok ? { ok: true, cells: cellWrites(headers, built.row) } : built;
}

/**
 * The row (0-based in `rows`) that holds the record's id and the cells of it that differ from `record`. The row is
 * found by reading the id column, so a sorted or filtered table edits the right row; a missing or doubled id is
 * refused (notFound).
 */
export function editWrite<K extends CommentTableKind>(
  kind: K,
  headers: readonly Scalar[],
  rows: readonly (readonly Scalar[])[],
  record: CommentRecordOf[K],
  roster: readonly Member[] = [],
): { readonly ok: true; readonly index: number; readonly cells: CellWrite[] } | Refused {
  const { table, idHeader, idOf, row } = COMMENT_TABLES[kind];
  const built = row(headers, record, roster);
  if (!built.ok) return built;
  const id = idOf(record);
  const index = findRowById(headers, rows, idHeader, id);
  if (index < 0) return { ok: false, problems: [problem(table, "notFound", { value: String(id) })] };
  const current = rows[index] ?? [];
  const changed = built.row.map((v, i) => (v === null || v === current[i] ? null : v));
  return { ok: true, index, cells: cellWrites(headers, changed) };
}

/** The cells as one row of `width` columns (null where nothing is written), e.g. to measure the row's height. */
export function cellsRow(cells: readonly CellWrite[], width: number): Scalar[] {
  const row: Scalar[] = Array.from({ length: width }, () => null);
  for (const c of cells) row[c.column] = c.value;
  return row;
}
