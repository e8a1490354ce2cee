/**
 * The refresh brings an older workbook's record tables up to their contracts (issue #13): a column the contract
 * added later (`optional`, at the table's end: 「会議」's 傍聴者, 公開区分, 事務局) that the table lacks is added at the
 * table's end, with the plan's header style, width, number format and cell look, so the pane's fields for it work.
 * Only a table that exists and has every required column is brought up: one that lacks a required column (or the
 * table) is not the refresh's to guess at. Typed cells are never touched: the new columns are empty on every row.
 * Pure: the backends add the columns (adapters/{office,xlsx}/refresh-record-columns.ts).
 */
import { parseRange } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import { buildCommentSheets, VALIDATED_ROWS } from "../plan/comments-sheets";
import type { CellStyle, SheetPlan, ValidationPlan } from "../plan/types";
import {
  COMMENTS_CONTRACT,
  MEETINGS_CONTRACT,
  MEMBERS_CONTRACT,
  type CommentSheetContract,
} from "../workbook/comment-columns";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";

/** The record tables whose contracts may grow: the committee's three (workbook/comment-rows.ts COMMENT_TABLES). */
export const GROWING_CONTRACTS: readonly CommentSheetContract<string>[] = [
  MEMBERS_CONTRACT,
  MEETINGS_CONTRACT,
  COMMENTS_CONTRACT,
];

/** One column to add at a table's end, as the plan builds it. */
export interface AddedColumn {
  readonly header: string;
  /** The header cell's style (the plan's header row). */
  readonly headerStyle: CellStyle | undefined;
  /** Column width in characters. */
  readonly width: number | undefined;
  /** Number format and style of the column's cells on every existing row ("@" for text). */
  readonly numberFormat: string | undefined;
  readonly style: CellStyle | undefined;
  /** The plan's list of allowed values (公開区分), offered in the column's cells as the plan's rows offer it. */
  readonly list: { readonly values: readonly string[]; readonly prompt?: string } | undefined;
}

/** The columns one table gets, in the contract's order. */
export interface TableColumnsAddition {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly AddedColumn[];
}

const normalized = (h: Scalar | undefined): string => (typeof h === "string" ? h.trim() : "");

/** The plan's sheet of a contract (the empty one: its header row and blank row carry every column's look). */
function plannedSheet(contract: CommentSheetContract<string>): SheetPlan {
  const sheet = buildCommentSheets().find((s) => s.name === contract.sheet);
  if (!sheet) throw new Error(`no planned sheet ${contract.sheet}`);
  return sheet;
}

function plannedColumn(plan: SheetPlan, header: string): AddedColumn {
  const at = (plan.rows[0] ?? []).findIndex((c) => c?.value === header);
  if (at < 0) throw new Error(`「${plan.name}」's plan has no column ${header}`);
  const body = plan.rows[1]?.[at];
  const list = plan.validations.find(
    (v): v is Extract<ValidationPlan, { kind: "list" }> => v.kind === "list" && parseRange(v.range).left === at + 1,
  );
  return {
    header,
    headerStyle: plan.rows[0]?.[at]?.style,
    width: plan.columns[at]?.width,
    numberFormat: body?.numberFormat,
    style: body?.style,
    list: list ? { values: list.values, ...(list.prompt !== undefined ? { prompt: list.prompt } : {}) } : undefined,
  };
}

/**
 * The list validation of an added column at `letter` of a table whose header is on `headerRow` and whose last row is
 * `bottom`, over as many rows as the plan's (VALIDATED_ROWS below the header, or to the table's end); null without one.
 */
export function addedColumnValidation(
  column: AddedColumn,
  letter: string,
  headerRow: number,
  bottom: number,
): ValidationPlan | null {
  if (!column.list) return null;
  const last = Math.max(bottom, headerRow + VALIDATED_ROWS);
  return {
    kind: "list",
    range: `${letter}${headerRow + 1}:${letter}${last}`,
    values: column.list.values,
    ...(column.list.prompt !== undefined ? { prompt: column.list.prompt } : {}),
  };
}

/**
 * What the table of `contract`, read with `headers`, gets: its missing optional columns; null when it lacks none, or
 * lacks a required one.
 */
export function missingRecordColumns(
  contract: CommentSheetContract<string>,
  headers: readonly Scalar[],
): TableColumnsAddition | null {
  const found = new Set(headers.map(normalized));
  const missing = contract.columns.filter((c) => !found.has(c.header));
  if (missing.length === 0 || missing.some((c) => !c.optional)) return null;
  const plan = plannedSheet(contract);
  return {
    sheet: contract.sheet,
    table: contract.table,
    columns: missing.map((c) => plannedColumn(plan, c.header)),
  };
}

/**
 * One notice per table that gets columns, naming them; one per table that would but has cells typed right of it
 * (`blocked`: nothing is added there, the user is told to make room).
 */
export function recordColumnsNotices(
  additions: readonly TableColumnsAddition[],
  blocked: readonly TableColumnsAddition[] = [],
): RefreshNotice[] {
  const notice = (code: "RecordColumnsAdded" | "RecordColumnsNoRoom", a: TableColumnsAddition) =>
    refreshNotice(code, { table: a.table, headers: a.columns.map((c) => c.header) }, { sheet: a.sheet });
  return [
    ...additions.map((a) => notice("RecordColumnsAdded", a)),
    ...blocked.map((a) => notice("RecordColumnsNoRoom", a)),
  ];
}
