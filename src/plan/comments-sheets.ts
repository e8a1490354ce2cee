/**
 * The committee's record in the workbook: 「委員名簿」「会議」「委員意見」 as tables (headers are contracts, from
 * src/workbook/comment-columns.ts), and two formula columns for 「KPI一覧」 (意見数/未対応意見, entries of the KPI
 * column contract, src/workbook/kpi-columns.ts): each indicator's comment count and its open (未対応/対応中) count,
 * with a conditional format that marks rows with open comments.
 *
 * Entry point: `addCommentsToPlan(plan)` takes a finished WorkbookPlan and returns it with the three sheets appended
 * and 「KPI一覧」's table widened by the two columns. The counts are COUNTIF/COUNTIFS over whole columns of 委員意見
 * (A1 with quoted sheet names, Excel 2007 functions: the dialect of types.ts), so appended rows count at once.
 *
 * An Excel table needs one data row: an empty table carries one blank row, which readers skip (no id). Text cells
 * are formatted "@" so a comment typed or written into them is never evaluated as a formula.
 */
import {
  COMMENT_CATEGORIES,
  COMMENT_STATUSES,
  MEETING_DISCLOSURES,
  MEMBER_ROLES,
  OPEN_STATUSES,
  type CommentRecord,
  type Meeting,
  type Member,
} from "../domain/comments";
import type { Scalar } from "../lib/scalar";
import { commentCells, meetingCells, memberCells } from "../workbook/comment-rows";
import {
  COMMENT_COLUMNS,
  COMMENT_SHEET_NAMES,
  MEETING_NUMBER_FORMAT,
  NUMBER_FORMATS,
  WRAPPED_HEADERS,
  COMMENTS_CONTRACT,
  MEETINGS_CONTRACT,
  MEMBER_STATE,
  MEMBERS_CONTRACT,
  planColumnIndex,
  type CommentColumnKey,
  type CommentSheetContract,
  type MeetingColumnKey,
  type MemberColumnKey,
} from "../workbook/comment-columns";
import type { CommentTableKind } from "../workbook/comment-rows";
import { looksByTableColumn } from "../workbook/record-rows";
import { rowHeightFor } from "./row-heights";
import { columnLetter, parseRange, rangeAddress, sheetRef } from "../lib/a1";
import { COMMENT_COUNT_COLUMNS } from "../workbook/kpi-columns";
import { kpiColumnIndex } from "../workbook/kpi-row-view";
import { TEXT_FORMAT } from "./formats";
import { KPI_SHEET, KPI_TABLE } from "../workbook/names";
import type { CellPlan, ConditionalFormatPlan, SheetPlan, TablePlan, ValidationPlan, WorkbookPlan } from "./types";

/** 第3回 (a contract of the committee's tables, kept here too for the plans that show a meeting number). */
export { MEETING_NUMBER_FORMAT };
/** Rows below the header that carry the list validations (a table extends them as it grows). */
export const VALIDATED_ROWS = 2000;
export const OPEN_COMMENT_FILL = "#FCE4D6";
export const OPEN_COMMENT_FONT = "#9C0006";

export interface CommentSheetsInput {
  readonly members?: readonly Member[];
  readonly meetings?: readonly Meeting[];
  readonly comments?: readonly CommentRecord[];
}

interface SheetSpec<K extends string> extends CommentSheetContract<K> {
  readonly widths: Readonly<Record<K, number>>;
  readonly lists: readonly { readonly key: K; readonly values: readonly string[]; readonly prompt: string }[];
  readonly tabColor: string;
}

const MEMBERS_SPEC: SheetSpec<MemberColumnKey> = {
  ...MEMBERS_CONTRACT,
  widths: { id: 8, name: 16, role: 8, affiliation: 28, active: 8 },
  lists: [
    { key: "role", values: MEMBER_ROLES, prompt: "会長・副会長・委員から選択" },
    { key: "active", values: [MEMBER_STATE.active, MEMBER_STATE.inactive], prompt: "在任・退任から選択" },
  ],
  tabColor: "#70AD47",
};

const MEETINGS_SPEC: SheetSpec<MeetingColumnKey> = {
  ...MEETINGS_CONTRACT,
  widths: {
    number: 8,
    date: 12,
    startTime: 9,
    endTime: 9,
    place: 18,
    // names since #13 (「山田 太郎、佐藤 花子」), wrapped
    attendees: 20,
    absentees: 16,
    cityAttendees: 20,
    agenda: 30,
    handouts: 30,
    observers: 10,
    disclosure: 10,
    // 「企画部企画調整課」, wrapped like 市側出席者
    secretariat: 20,
  },
  lists: [{ key: "disclosure", values: MEETING_DISCLOSURES, prompt: "公開・非公開・一部非公開から選択" }],
  tabColor: "#70AD47",
};

const COMMENTS_SPEC: SheetSpec<CommentColumnKey> = {
  ...COMMENTS_CONTRACT,
  widths: {
    id: 24,
    meeting: 8,
    target: 11,
    speakerId: 9,
    speakerName: 14,
    category: 8,
    text: 50,
    response: 40,
    status: 10,
    // 「2025/07/10 14:30」: a date-time cell since #13
    recordedAt: 16,
    recordedBy: 12,
  },
  lists: [
    { key: "category", values: COMMENT_CATEGORIES, prompt: "意見・質問・提言・要望・その他から選択" },
    { key: "status", values: COMMENT_STATUSES, prompt: "未対応・対応中・対応済から選択" },
  ],
  tabColor: "#ED7D31",
};

/**
 * How each column's cells look, the plan's rows and a row a store appends alike: the number format (NUMBER_FORMATS:
 * 「第3回」, a date-time; else text "@") and the style (long text wraps, top-aligned).
 */
function rowLook<K extends string>({ columns }: CommentSheetContract<K>): Readonly<Record<K, CellPlan>> {
  const look = {} as Record<K, CellPlan>;
  for (const c of columns) {
    look[c.key] = {
      numberFormat: NUMBER_FORMATS.get(c.header) ?? TEXT_FORMAT,
      style: WRAPPED_HEADERS.has(c.header) ? "longInput" : "input",
    };
  }
  return look;
}

const ROW_LOOKS = {
  members: rowLook(MEMBERS_CONTRACT),
  meetings: rowLook(MEETINGS_CONTRACT),
  comments: rowLook(COMMENTS_CONTRACT),
};

const SPECS = { members: MEMBERS_SPEC, meetings: MEETINGS_SPEC, comments: COMMENTS_SPEC } as const;

/** Width of each column by header, for the row heights of wrapped text. */
const WIDTHS: ReadonlyMap<string, number> = new Map(
  Object.values(SPECS).flatMap((spec: SheetSpec<string>) =>
    spec.columns.map((c) => [c.header, spec.widths[c.key] ?? 0] as const),
  ),
);

/**
 * The height (points) a row needs to show its wrapped cells whole (row-heights.ts), or null for one line. `headers`:
 * the table's, so a row of a table people reordered is measured by its own columns' plan widths.
 */
export function commentRowHeight(headers: readonly Scalar[], row: readonly Scalar[]): number | null {
  return rowHeightFor(
    headers.flatMap((h, i) => {
      const header = typeof h === "string" ? h.trim() : "";
      const width = WIDTHS.get(header);
      const value = row[i];
      return WRAPPED_HEADERS.has(header) && width !== undefined && typeof value === "string"
        ? [{ text: value, width }]
        : [];
    }),
  );
}

/**
 * What each column of one of the three tables (in the table's order, found by header) gets on a row a store adds:
 * the plan's look of that column; null under a column people added (theirs to format).
 */
export function appendedCommentRowLooks(kind: CommentTableKind, headers: readonly Scalar[]): (CellPlan | null)[] {
  switch (kind) {
    case "members":
      return looksByTableColumn(MEMBERS_CONTRACT, headers, ROW_LOOKS.members);
    case "meetings":
      return looksByTableColumn(MEETINGS_CONTRACT, headers, ROW_LOOKS.meetings);
    case "comments":
      return looksByTableColumn(COMMENTS_CONTRACT, headers, ROW_LOOKS.comments);
  }
}

function tableSheet<K extends string>(spec: SheetSpec<K>, records: readonly Readonly<Record<K, Scalar>>[]): SheetPlan {
  const looks = rowLook(spec);
  const cell = (key: K, value: Scalar): CellPlan => ({ value, ...looks[key] });
  const header: CellPlan[] = spec.columns.map((c) => ({ value: c.header, style: "header" }));
  const body =
    records.length > 0
      ? records.map((r) => spec.columns.map((c) => cell(c.key, r[c.key] === "" ? null : r[c.key])))
      : [spec.columns.map((c) => cell(c.key, null))];
  const last = 1 + body.length;
  const headers = spec.columns.map((c) => c.header);
  const rowHeights = records.flatMap((r, i) => {
    const height = commentRowHeight(
      headers,
      spec.columns.map((c) => r[c.key]),
    );
    return height === null ? [] : [{ row: 2 + i, height }];
  });
  const table: TablePlan = {
    name: spec.table,
    range: rangeAddress(1, 1, spec.columns.length, last),
    style: "TableStyleLight9",
    showFilterButton: true,
  };
  const validations: ValidationPlan[] = spec.lists.map((l) => {
    const col = columnLetter(planColumnIndex(spec.columns, l.key));
    return {
      kind: "list",
      range: `${col}2:${col}${Math.max(last, VALIDATED_ROWS + 1)}`,
      values: l.values,
      prompt: l.prompt,
    };
  });
  return {
    name: spec.sheet,
    rows: [header, ...body],
    columns: spec.columns.map((c) => ({ width: spec.widths[c.key] })),
    freeze: { rows: 1, columns: 0 },
    tables: [table],
    conditionalFormats: [],
    validations,
    charts: [],
    ...(rowHeights.length > 0 ? { rowHeights } : {}),
    // One page wide, landscape, the header on every page (as the 効果検証 record sheets: record-sheet.ts).
    pageSetup: { orientation: "landscape", paperSize: "A4", printTitleRows: "$1:$1", fitToWidth: true },
    tabColor: spec.tabColor,
  };
}

/** 「委員名簿」「会議」「委員意見」, empty or holding the given records (CLI, tests). */
export function buildCommentSheets(input: CommentSheetsInput = {}): SheetPlan[] {
  return [
    tableSheet(MEMBERS_SPEC, (input.members ?? []).map(memberCells)),
    tableSheet(
      MEETINGS_SPEC,
      (input.meetings ?? []).map((m) => meetingCells(m, input.members ?? [])),
    ),
    tableSheet(COMMENTS_SPEC, (input.comments ?? []).map(commentCells)),
  ];
}

/** The formula of each count column (their headers and widths are the KPI column contract's). */
const COUNT_FORMULAS: Readonly<Record<(typeof COMMENT_COUNT_COLUMNS)[number]["key"], (idCell: string) => string>> = {
  commentCount: commentCountFormula,
  openComments: openCommentFormula,
};

/** '委員意見'!$C:$C for a column of the comments table; built once (every KPI row's two formulas use three). */
const commentColumnRefs = new Map<CommentColumnKey, string>();
const commentColumn = (key: CommentColumnKey): string => {
  let ref = commentColumnRefs.get(key);
  if (ref === undefined) {
    const letter = columnLetter(planColumnIndex(COMMENT_COLUMNS, key));
    commentColumnRefs.set(key, (ref = sheetRef(COMMENTS_CONTRACT.sheet, `$${letter}:$${letter}`)));
  }
  return ref;
};

/** =IF($A4="","",COUNTIF('委員意見'!$C:$C,$A4)): blank for a row without an id (an empty table's blank row). */
export function commentCountFormula(idCell: string): string {
  return `=IF(${idCell}="","",COUNTIF(${commentColumn("target")},${idCell}))`;
}

/** Open = 未対応 + 対応中, one COUNTIFS each (no array formulas, so all three engines agree). */
export function openCommentFormula(idCell: string): string {
  const parts = OPEN_STATUSES.map(
    (s) => `COUNTIFS(${commentColumn("target")},${idCell},${commentColumn("status")},"${s}")`,
  );
  return `=IF(${idCell}="","",${parts.join("+")})`;
}

/** 「KPI一覧」 with the two count columns appended to its table and the open-comment marks. */
export function withCommentColumns(kpi: SheetPlan): SheetPlan {
  const table = kpi.tables.find((t) => t.name === KPI_TABLE);
  if (!table) throw new Error(`${kpi.name} has no table ${KPI_TABLE}`);
  const range = parseRange(table.range);
  const headerRow = range.top;
  const lastRow = range.bottom;
  const headers = (kpi.rows[headerRow - 1] ?? []).map((c) => c?.value ?? null);
  const idIndex = kpiColumnIndex(headers, "id");
  if (idIndex < 0) throw new Error(`${kpi.name} has no ID column`);
  const firstNew = headers.length + 1;
  const openLetter = columnLetter(firstNew + 1);
  const idLetter = columnLetter(idIndex + 1);

  const rows = kpi.rows.map((row, i) => {
    const r = i + 1;
    const padded: (CellPlan | null)[] = [...row];
    while (padded.length < headers.length) padded.push(null);
    if (r === headerRow)
      return [...padded, ...COMMENT_COUNT_COLUMNS.map((c): CellPlan => ({ value: c.header, style: "header" }))];
    if (r > headerRow && r <= lastRow) {
      const id = `$${idLetter}${r}`;
      return [
        ...padded,
        ...COMMENT_COUNT_COLUMNS.map((c): CellPlan => ({
          formula: COUNT_FORMULAS[c.key](id),
          numberFormat: "0",
          style: "formula",
        })),
      ];
    }
    return row;
  });
  const marks = openCommentMarks({ idLetter, openLetter, firstRow: headerRow + 1, lastRow });
  return {
    ...kpi,
    rows,
    columns: [...kpi.columns, ...COMMENT_COUNT_COLUMNS.map((c) => ({ width: c.width }))],
    tables: kpi.tables.map((t) =>
      t === table ? { ...t, range: `${columnLetter(range.left)}${headerRow}:${openLetter}${lastRow}` } : t,
    ),
    conditionalFormats: [...kpi.conditionalFormats, ...marks],
  };
}

/** Where 「KPI一覧」's ID and 未対応意見 columns are, for the open-comment marks. */
export interface CountLayout {
  readonly idLetter: string;
  readonly openLetter: string;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** The ID and 未対応意見 cells of a row with open comments are filled (one rule each, same condition). */
export function openCommentMarks({ idLetter, openLetter, firstRow, lastRow }: CountLayout): ConditionalFormatPlan[] {
  const condition = `=AND(ISNUMBER($${openLetter}${firstRow}),$${openLetter}${firstRow}>0)`;
  return [
    {
      kind: "expression",
      range: `${openLetter}${firstRow}:${openLetter}${lastRow}`,
      formula: condition,
      fill: OPEN_COMMENT_FILL,
      fontColor: OPEN_COMMENT_FONT,
      bold: true,
    },
    {
      kind: "expression",
      range: `${idLetter}${firstRow}:${idLetter}${lastRow}`,
      formula: condition,
      fill: OPEN_COMMENT_FILL,
    },
  ];
}

/**
 * The finished plan with the committee's sheets appended and 「KPI一覧」 counting their comments. Idempotent: a plan
 * that already has them gets its comment sheets rebuilt from `input` and keeps one pair of count columns.
 */
export function addCommentsToPlan(plan: WorkbookPlan, input: CommentSheetsInput = {}): WorkbookPlan {
  const ours = new Set(COMMENT_SHEET_NAMES);
  const sheets = plan.sheets
    .filter((s) => !ours.has(s.name))
    .map((s) => (s.name === KPI_SHEET && !hasCommentColumns(s) ? withCommentColumns(s) : s));
  return { ...plan, sheets: [...sheets, ...buildCommentSheets(input)] };
}

function hasCommentColumns(kpi: SheetPlan): boolean {
  return kpi.rows.some((row) => row.some((c) => c?.value === COMMENT_COUNT_COLUMNS[0].header));
}

/** Column letter of a count column in a 「KPI一覧」 plan that went through withCommentColumns. */
export function commentCountColumnLetter(
  kpi: SheetPlan,
  header: (typeof COMMENT_COUNT_COLUMNS)[number]["header"],
): string | undefined {
  for (const row of kpi.rows) {
    const i = row.findIndex((c) => c?.value === header);
    if (i >= 0) return columnLetter(i + 1);
  }
  return undefined;
}

/** A formula column appended to 「KPI一覧」's table of a built workbook (set-up of the comment sheets). */
export interface KpiFormulaColumn {
  readonly header: string;
  readonly width: number;
  /** Formula of a row, given its ID cell ("$A4"). */
  readonly formula: (idCell: string) => string;
}

/** 意見数 and 未対応意見 as columns to append to an existing 「KPI一覧」 table. */
export function commentCountColumns(): KpiFormulaColumn[] {
  return COMMENT_COUNT_COLUMNS.map((c) => ({ header: c.header, width: c.width, formula: COUNT_FORMULAS[c.key] }));
}

/** Where 「KPI一覧」's ID column and the appended columns ended up in a built workbook's table. */
export interface AppendedColumnsLayout {
  readonly idLetter: string;
  /** Header → column letter, for the columns appended. */
  readonly letters: Readonly<Record<string, string>>;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** The open-comment marks for count columns appended by a backend (the layout it reports). */
export function appendedCountMarks(layout: AppendedColumnsLayout): ConditionalFormatPlan[] {
  return openCommentMarks({
    idLetter: layout.idLetter,
    openLetter: layout.letters[COMMENT_COUNT_COLUMNS[1].header] ?? layout.idLetter,
    firstRow: layout.firstRow,
    lastRow: layout.lastRow,
  });
}

/**
 * The three sheets alone, for a workbook built before comments existed (the pane's 「委員意見のシートを追加」).
 * The metadata is a placeholder the caller must not write (the pane applies it with writeMetadata: false): the
 * workbook keeps its own.
 */
export function addCommentsSheetsPlan(input: CommentSheetsInput = {}): WorkbookPlan {
  return {
    metadata: { planVersion: "", datasetVersion: "", datasetDate: "", builtAt: "" },
    sheets: buildCommentSheets(input),
    names: [],
  };
}

/**
 * For a rebuild over an existing workbook ("replace"): the plan without those of 委員名簿/会議/委員意見 that already
 * exist, so replacing the KPI sheets never deletes the committee's record (KPI一覧's counts find the kept sheets).
 */
export function keepExistingCommentSheets(plan: WorkbookPlan, existingSheets: readonly string[]): WorkbookPlan {
  const keep = new Set(COMMENT_SHEET_NAMES.filter((s) => existingSheets.includes(s)));
  return keep.size === 0 ? plan : { ...plan, sheets: plan.sheets.filter((s) => !keep.has(s.name)) };
}
