/**
 * MinutesDocument → .docx. `minutesDocxModel` is the formatter (the docx object tree, no I/O); `packMinutesDocx`
 * packs it into bytes. Page, fonts, heading styles, safe text and the page-number footer are docx-common.ts's (the
 * report shares them); here: the header block as a two-column table, 議事の経過 in the meeting's order, the counts,
 * and the appendix by target.
 *
 * Page breaks: every heading and the paragraph before a table keep with what follows (keepNext set on the paragraph
 * itself, not only through the style, so LibreOffice and Word agree), a statement's speaker line keeps with its text,
 * and the short summary table is not split.
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
import {
  answerHead,
  APPENDIX_INTRO,
  appendixItem,
  HEADINGS,
  statementAbout,
  statementHead,
} from "../../domain/minutes/proceedings";
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

/** A heading that keeps with the next paragraph (or table) in the paragraph's own properties. */
function head(text: string, level: Level): Paragraph {
  return heading(text, level, { keepNext: true });
}

const para = (text: string, opts: { keepNext?: boolean; indent?: boolean; color?: string } = {}): Paragraph =>
  new Paragraph({
    ...(opts.keepNext ? { keepNext: true } : {}),
    ...(opts.indent ? { indent: { left: 240 } } : {}),
    children: textRuns(text, opts.color ? { color: opts.color } : {}),
  });

/** 「意見3　○佐藤 花子 委員（質問／…）」, the statement, and the answer only when one was recorded. */
function statementBlock(c: CommentEntry): Paragraph[] {
  const out = [
    new Paragraph({
      spacing: { before: 160 },
      keepNext: true,
      children: [new TextRun({ text: xmlSafe(statementHead(c)), bold: true }), ...textRuns(statementAbout(c))],
    }),
    new Paragraph({ indent: { left: 240 }, children: textRuns(c.text) }),
  ];
  if (c.response.trim() === "") return out;
  return [
    ...out,
    new Paragraph({
      indent: { left: 240 },
      spacing: { before: 80 },
      keepNext: true,
      children: [new TextRun({ text: xmlSafe(answerHead(c)), bold: true })],
    }),
    new Paragraph({ indent: { left: 240 }, children: textRuns(c.response) }),
  ];
}

const itemBlock = (c: CommentEntry): Paragraph => para(appendixItem(c), { indent: true });

/** An indicator's heading sits one level below its group's (H3 under a sub-goal, H4 under a 施策). */
function indicatorBlock(ind: IndicatorEntry, level: Level): Paragraph[] {
  return [
    head(`【指標】${ind.heading}`, level),
    para(ind.statusLine, { color: "404040", keepNext: ind.comments.length > 0 }),
    ...ind.comments.map(itemBlock),
  ];
}

/** The appendix: 基本目標 H2, sub-goal H3, 施策 H4 (under H1 付録). */
function groupBlock(g: MinutesGroup): Paragraph[] {
  return [
    head(g.heading, (g.level + 1) as Level),
    ...g.comments.map(itemBlock),
    ...g.indicators.flatMap((ind) => indicatorBlock(ind, (g.level + 2) as Level)),
    ...g.children.flatMap(groupBlock),
  ];
}

function proceedingsBlock(doc: MinutesDocument): Paragraph[] {
  const p = doc.proceedings;
  return [
    head(HEADINGS.proceedings, 1),
    head(HEADINGS.opening, 2),
    para(p.opening),
    head(HEADINGS.business, 2),
    ...(p.explanations.length > 0 ? [head(HEADINGS.explanation, 3), ...p.explanations.map((e) => para(e))] : []),
    head(HEADINGS.discussion, 3),
    ...p.statements.flatMap(statementBlock),
    ...(p.note ? [new Paragraph({ spacing: { before: 160 }, children: textRuns(p.note) })] : []),
    head(HEADINGS.closing, 2),
    para(p.closing),
  ];
}

/** The docx object tree of the minutes (no I/O). */
export function minutesDocxModel(doc: MinutesDocument, options: MinutesDocxOptions = {}): Document {
  const labelWidth = Math.round(CONTENT_WIDTH * 0.24);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: textRuns(doc.title) }),
    head(HEADINGS.overview, 1),
    table(
      doc.header.map((h) => [[h.label], h.lines]),
      [labelWidth, CONTENT_WIDTH - labelWidth],
    ),
    ...proceedingsBlock(doc),
    head(HEADINGS.summary, 1),
    para(`意見の総数：${doc.summary.total}件`, { keepNext: true }),
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
    ...(doc.sections.length > 0
      ? [head(HEADINGS.appendix, 1), para(APPENDIX_INTRO, { color: "404040" }), ...doc.sections.flatMap(groupBlock)]
      : []),
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
