/**
 * MinutesDocument → .docx (the only module that imports `docx`). `minutesDocxModel` is the formatter (the docx object
 * tree, no I/O); `packMinutesDocx` packs it into bytes. A4 portrait, Japanese fonts set for East Asian text, headings
 * by level, the header block as a two-column table, page numbers 「- 1 / 3 -」 in the footer.
 *
 * Typed text goes into runs unchanged; line breaks become <w:br/>, tabs <w:tab/>. Characters XML 1.0 cannot hold
 * (C0 controls other than tab/newline, U+FFFE/U+FFFF, lone surrogates) would make the file unreadable, so they are
 * written as U+FFFD; nothing else is altered.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import type { CommentEntry, IndicatorEntry, MinutesDocument, MinutesGroup } from "../../domain/minutes/types";

export interface MinutesDocxOptions {
  /** Body font (明朝). Word substitutes a font the machine lacks; LibreOffice falls back through fontconfig. */
  readonly bodyFont?: string;
  /** Heading and table-label font (ゴシック). */
  readonly headingFont?: string;
}

const DEFAULT_BODY_FONT = "游明朝";
const DEFAULT_HEADING_FONT = "游ゴシック";

/** A4 in twentieths of a point, 25 mm margins (≈ 1417). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1417;
const CONTENT_WIDTH = A4.width - 2 * MARGIN;

const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "\uFFFD");
}

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/** Runs for typed text: one break per line break, one tab element per tab. */
export function textRuns(text: string, style: Omit<IRunOptions, "text" | "children" | "break"> = {}): TextRun[] {
  const lines = xmlSafe(text).replace(/\r\n?/g, "\n").split("\n");
  return lines.map((line, i) => {
    const parts = line.split("\t");
    const children = parts.flatMap((p, j) => (j === 0 ? [p] : [new Tab(), p]));
    return new TextRun({ ...style, children, ...(i > 0 ? { break: 1 } : {}) });
  });
}

type Level = 1 | 2 | 3 | 4 | 5;

function heading(text: string, level: Level): Paragraph {
  const levels = [
    HeadingLevel.HEADING_1,
    HeadingLevel.HEADING_2,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
    HeadingLevel.HEADING_5,
  ] as const;
  return new Paragraph({ heading: levels[level - 1], children: textRuns(text) });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

function cell(
  lines: readonly string[],
  width: number,
  opts: { shade?: boolean; bold?: boolean; keepNext?: boolean } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    ...(opts.shade ? { shading: { type: ShadingType.CLEAR, fill: "EDEDED", color: "auto" } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
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
  const body = font(options.bodyFont ?? DEFAULT_BODY_FONT);
  const head = font(options.headingFont ?? DEFAULT_HEADING_FONT);
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
  const headingRun = { font: head, bold: true, color: "000000" };
  return new Document({
    creator: "kpi-review",
    title: xmlSafe(doc.title),
    styles: {
      default: {
        document: {
          run: { font: body, size: 21, language: { value: "ja-JP", eastAsia: "ja-JP" } },
          paragraph: { spacing: { line: 300 } },
        },
        title: { run: { ...headingRun, size: 32 }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { ...headingRun, size: 28 }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: {
          run: { ...headingRun, size: 26 },
          paragraph: { spacing: { before: 300, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { ...headingRun, size: 23 },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading4: {
          run: { ...headingRun, size: 21 },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
        },
        heading5: {
          run: { ...headingRun, size: 21 },
          paragraph: { spacing: { before: 160, after: 40 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["- ", PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES, " -"] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx bytes of the minutes; an ArrayBuffer underneath, so the same call serves Node (the CLI) and the pane. */
export async function packMinutesDocx(
  doc: MinutesDocument,
  options: MinutesDocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(minutesDocxModel(doc, options)));
}
