/**
 * What a workbook holds, as far as a refresh is concerned: the rows of the 「KPI一覧」 table by indicator id (every
 * cell as found: value, formula, number format, note), the columns users added, and the committee comments' targets.
 * Both readers (exceljs and Office.js) produce this; everything after it is pure.
 */
import type { Scalar } from "../lib/scalar";
import type { KpiColumnKey } from "./kpi-columns";
import type { RefreshNotice } from "./refresh-notice";

/** Something the user is told (refresh-notice.ts). */
export type { RefreshNotice };

export interface FoundCell {
  /** A1 address where the cell was found, e.g. "P7" (for messages). */
  readonly address: string;
  /** The value (for a formula cell: its cached result, or null). */
  readonly value: Scalar;
  /** The formula with its "=", when the cell holds one. */
  readonly formula?: string;
  readonly numberFormat?: string;
  /** A cell note / comment someone attached. */
  readonly note?: string;
}

export interface KpiRowState {
  /** The ID cell's text, trimmed. */
  readonly id: string;
  /** 1-based sheet row where the row was found. */
  readonly sheetRow: number;
  /** Cells of the plan's columns, by column key (absent when the column itself is missing). */
  readonly cells: Readonly<Partial<Record<KpiColumnKey, FoundCell>>>;
  /** Cells of columns people added, by their header. */
  readonly extra: Readonly<Record<string, FoundCell>>;
}

/** A column header as found: where, and what it says. */
export interface FoundHeader {
  readonly address: string;
  readonly text: string;
  /** 1-based sheet column. */
  readonly column: number;
  /** Column hidden by a person. */
  readonly hidden?: boolean;
  readonly width?: number;
  /** For a column people added: the key of its cells in `KpiRowState.extra` when not its text (empty or repeated). */
  readonly key?: string;
}

export interface CommentRef {
  readonly id: string;
  /** Indicator id (or 施策/sub-goal id) the comment is about. */
  readonly targetId: string;
}

export interface WorkbookState {
  /** Name of the sheet holding the KPI table (「KPI一覧」, or what it was renamed to). */
  readonly sheetName: string;
  /** 1-based row of the table's header. */
  readonly headerRow: number;
  /** Plan columns found, by key. */
  readonly columns: Readonly<Partial<Record<KpiColumnKey, FoundHeader>>>;
  /** Columns people added, in sheet order. */
  readonly extraColumns: readonly FoundHeader[];
  /** Data rows in sheet order; rows with no content at all are left out. */
  readonly rows: readonly KpiRowState[];
  /** Rows with content but an empty ID cell: damage unless certain (see check.ts). */
  readonly rowsWithoutId: readonly { readonly sheetRow: number; readonly address: string }[];
  /** The western years found in row 2 above each year column (the formulas read them). */
  readonly yearsRow: Readonly<Record<number, Scalar>>;
  /** The dataset version the workbook was built or last refreshed from, if its metadata says. */
  readonly datasetVersion: string | null;
  /** The PLAN_VERSION the workbook was built with, if its metadata says (absent or null: unknown). */
  readonly planVersion?: string | null;
  /** Comments of 「委員意見」 (issue 5), by target; refresh never writes that sheet. */
  readonly comments: readonly CommentRef[];
  /** Recoveries the reader already made (a renamed sheet found by its table …). */
  readonly notices: readonly RefreshNotice[];
}
