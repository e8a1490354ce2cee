/**
 * 「会議録_第N回」: the minutes as a printable sheet (A4 portrait, the column header row repeated on every page),
 * for hosts where a download is not possible and for staff who print from Excel. Pure: MinutesDocument → SheetPlan.
 * Header-block values stand one line per row, unstyled, so they overflow into the empty cells to their right.
 * The order is the document's: header, 議事の経過 (a row per statement, the answer beside it when recorded), the
 * counts, and the appendix by target referring to the statements by number.
 */
import { APPENDIX_INTRO, HEADINGS } from "../domain/minutes/proceedings";
import type { CommentEntry, IndicatorEntry, MinutesDocument, MinutesGroup } from "../domain/minutes/types";
import { rowHeightFor } from "./row-heights";
import type { CellPlan, SheetPlan } from "./types";

export const MINUTES_SHEET_PREFIX = "会議録_第";

/** 「会議録_第3回」 */
export function minutesSheetName(meetingNumber: number): string {
  return `${MINUTES_SHEET_PREFIX}${meetingNumber}回`;
}

/** About 95 characters in all: A4 portrait at (nearly) full scale with fit-to-width. */
export const MINUTES_COLUMNS = [
  { header: "発言者", width: 14 },
  { header: "区分", width: 7 },
  { header: "内容", width: 42 },
  { header: "市の回答・対応", width: 26 },
  { header: "対応状況", width: 8 },
] as const;

type Row = readonly (CellPlan | null)[];

const widthOf = (column: number): number => MINUTES_COLUMNS[column]?.width ?? 0;

const text = (value: string, style?: CellPlan["style"]): CellPlan =>
  // "@": typed text stays text in every host, even when it starts with = + - @
  style ? { value, style, numberFormat: "@" } : { value, numberFormat: "@" };

const INDENT = ["", "", "　", "　　"] as const;

function band(value: string, style: CellPlan["style"]): Row {
  return [text(value, style), ...MINUTES_COLUMNS.slice(1).map(() => ({ style }))];
}

/** A statement of 議事の経過; the answer cell stays empty when no answer was recorded. */
function statementRow(c: CommentEntry): Row {
  return [
    // the target by its id only: the column is narrow, and the appendix names it in full
    text(`意見${c.number} ${c.speaker}\n（${c.target.kind === "strategy" ? "全体" : c.target.id}）`, "note"),
    text(c.category, "definition"),
    text(c.text, "note"),
    text(c.response, "note"),
    text(c.status, "definition"),
  ];
}

/** The appendix refers to a statement by its number. */
function itemRow(c: CommentEntry): Row {
  return [text(`意見${c.number}`, "definition"), text(c.category, "definition"), text(c.speaker), null, text(c.status)];
}

function indicatorRows(ind: IndicatorEntry, level: number): Row[] {
  return [
    [text(`${INDENT[Math.min(level + 1, 3)]}【指標】${ind.heading}`)],
    // in two rows from column A, so that neither runs past the printed columns (which would shrink the page)
    [text(`　${ind.span}`)],
    [text(`　${ind.status}`)],
    ...ind.comments.map(itemRow),
  ];
}

function groupRows(g: MinutesGroup): Row[] {
  return [
    band(`${INDENT[g.level]}${g.heading}`, "group"),
    ...g.comments.map(itemRow),
    ...g.indicators.flatMap((i) => indicatorRows(i, g.level)),
    ...g.children.flatMap(groupRows),
  ];
}

export function buildMinutesSheet(doc: MinutesDocument): SheetPlan {
  const rows: Row[] = [[text(doc.title, "title")], []];
  for (const h of doc.header) {
    h.lines.forEach((line, i) => rows.push([i === 0 ? text(h.label, "definition") : null, text(line)]));
  }
  const p = doc.proceedings;
  rows.push([], [text(HEADINGS.proceedings, "title")]);
  rows.push(band(HEADINGS.opening, "group"), [null, null, text(p.opening)]);
  rows.push(band(HEADINGS.business, "group"));
  for (const e of p.explanations) rows.push([null, null, text(e)]);
  rows.push(MINUTES_COLUMNS.map((c) => text(c.header, "header")));
  const headerRow = rows.length;
  // wrapped cells (発言者, 内容, 市の回答・対応) get the height their text needs: exceljs cannot autofit
  const rowHeights: { row: number; height: number }[] = [];
  for (const c of p.statements) {
    const row = statementRow(c);
    rows.push(row);
    const height = rowHeightFor(
      [0, 2, 3].map((i) => ({ text: (row[i]?.value as string | undefined) ?? null, width: widthOf(i) })),
    );
    if (height !== null) rowHeights.push({ row: rows.length, height });
  }
  if (p.note) rows.push([null, null, text(p.note)]);
  rows.push(band(HEADINGS.closing, "group"), [null, null, text(p.closing)]);
  const sum = doc.summary;
  rows.push(
    [],
    [text(HEADINGS.summary, "title")],
    [text("意見の総数", "definition"), { value: sum.total, style: "definition" }],
  );
  rows.push([text("区分", "header"), text("件数", "header")]);
  for (const r of sum.byCategory) rows.push([text(r.key, "definition"), { value: r.count, style: "definition" }]);
  rows.push([text("対応状況", "header"), text("件数", "header")]);
  for (const r of sum.byStatus) rows.push([text(r.key, "definition"), { value: r.count, style: "definition" }]);
  if (doc.sections.length > 0) {
    rows.push([], [text(HEADINGS.appendix, "title")], [text(APPENDIX_INTRO)]);
    for (const s of doc.sections) rows.push(...groupRows(s));
  }
  return {
    name: minutesSheetName(doc.meetingNumber),
    rows,
    columns: MINUTES_COLUMNS.map((c) => ({ width: c.width })),
    tables: [],
    conditionalFormats: [],
    validations: [],
    charts: [],
    rowHeights,
    pageSetup: {
      orientation: "portrait",
      paperSize: "A4",
      printTitleRows: `$${headerRow}:$${headerRow}`,
      fitToWidth: true,
    },
  };
}
