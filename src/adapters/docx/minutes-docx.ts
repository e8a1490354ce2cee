/**
 * MinutesDocument → .docx. `minutesDocxModel` is the formatter (the docx object tree, no I/O); `packMinutesDocx`
 * packs it into bytes. Page, fonts, heading styles, safe text and the page-number footer are docx-common.ts's (the
 * report shares them); here: headings by level, the header block as a two-column table, the comments.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { CommentEntry, IndicatorEntry, MinutesDocument, MinutesGroup } from "../../domain/minutes/types";
import {
  a4Document,
  packDocument,
  CELL_BORDERS,
  CELL_MARGINS,
  CONTENT_WIDTH,
  LABEL_FILL,
  heading,
  textRuns,
  xmlSafe,
  type DocxFontOptions,
  type Level,
} from "./docx-common";

export { textRuns, xmlSafe };
export type MinutesDocxOptions = DocxFontOptions;

function cell(
  lines: readonly string[],
  width: number,
  opts: { shade?: boolean; bold?: boolean; keepNext?: boolean } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    ...(opts.shade ? { shading: { type: ShadingType.CLEAR, fill: LABEL_FILL, color: "auto" } } : {}),
    margins: CELL_MARGINS,
    children: lines.map(
      (l) =>
        new Paragraph({ keepNext: opts.keepNext ?? false, children: textRuns(l, opts.bold ? { bold: true } : {}) }),
    ),
  });
}

/**
 * keepTogether: a short table (the summary) is not split across pages (keepNext on every row but the last), its
 * header row and third column (対応状況) are labels too.
 */
function table(rows: readonly (readonly string[])[][], widths: readonly number[], keepTogether = false): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    rows: rows.map(
      (r, ri) =>
        new TableRow({
          cantSplit: true,
          children: r.map((lines, i) =>
            cell(lines, widths[i] as number, {
              shade: i === 0 || (keepTogether && (ri === 0 || i === 2)),
              bold: i === 0 || (keepTogether && (ri === 0 || i === 2)),
              keepNext: keepTogether && ri < rows.length - 1,
            }),
          ),
        }),
    ),
  });
}

function commentBlock(c: CommentEntry): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 160 },
      keepNext: true,
      children: [new TextRun({ text: `○${xmlSafe(c.speaker)}`, bold: true }), new TextRun(`（${c.category}）`)],
    }),
    new Paragraph({ indent: { left: 240 }, children: textRuns(c.text) }),
    new Paragraph({
      indent: { left: 240 },
      spacing: { before: 80 },
      children: [
        new TextRun({ text: `市の回答・対応（${c.status}）：`, bold: true }),
        ...(c.response.trim() === ""
          ? [new TextRun("（回答なし）")]
          : [new TextRun({ text: "", break: 1 }), ...textRuns(c.response)]),
      ],
    }),
  ];
}

/** An indicator's heading sits one level below its group's (H4 under a sub-goal, H5 under a 施策). */
function indicatorBlock(ind: IndicatorEntry, level: Level): Paragraph[] {
  return [
    heading(`【指標】${ind.heading}`, level),
    new Paragraph({ children: [new TextRun({ text: ind.statusLine, color: "404040" })] }),
    ...ind.comments.flatMap(commentBlock),
  ];
}

function groupBlock(g: MinutesGroup): (Paragraph | Table)[] {
  return [
    heading(g.heading, (g.level + 1) as Level),
    ...g.comments.flatMap(commentBlock),
    ...g.indicators.flatMap((ind) => indicatorBlock(ind, (g.level + 2) as Level)),
    ...g.children.flatMap(groupBlock),
  ];
}

/** The docx object tree of the minutes (no I/O). */
export function minutesDocxModel(doc: MinutesDocument, options: MinutesDocxOptions = {}): Document {
  const labelWidth = Math.round(CONTENT_WIDTH * 0.2);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: textRuns(doc.title) }),
    heading("会議の概要", 1),
    table(
      doc.header.map((h) => [[h.label], h.lines]),
      [labelWidth, CONTENT_WIDTH - labelWidth],
    ),
    heading("議事（委員意見）", 1),
    ...(doc.emptyNote ? [new Paragraph({ children: [new TextRun(doc.emptyNote)] })] : []),
    ...doc.sections.flatMap(groupBlock),
    heading("意見の集計", 1),
    new Paragraph({ keepNext: true, children: [new TextRun(`意見の総数：${doc.summary.total}件`)] }),
    // one table, 区分 beside 対応状況, so the summary stays a compact block
    table(
      [
        [["区分"], ["件数"], ["対応状況"], ["件数"]],
        ...doc.summary.byCategory.map((c, i) => {
          const st = doc.summary.byStatus[i];
          return [[c.key], [`${c.count}件`], st ? [st.key] : [], st ? [`${st.count}件`] : []];
        }),
      ],
      [2000, 1200, 2000, 1200],
      true,
    ),
  ];
  return a4Document(doc.title, children, options);
}

/** The .docx bytes of the minutes (docx-common packDocument). */
export async function packMinutesDocx(
  doc: MinutesDocument,
  options: MinutesDocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return packDocument(minutesDocxModel(doc, options));
}
