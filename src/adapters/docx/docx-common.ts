/**
 * What the .docx documents share (the minutes, minutes-docx.ts; the 効果検証報告書, report-docx.ts): A4 portrait with
 * 25 mm margins, Japanese fonts set for East Asian text, heading styles that keep with the next paragraph, typed text
 * made safe for XML, and the page-number footer 「- 1 / 3 -」.
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
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type FileChild,
  type IRunOptions,
  type IStylesOptions,
} from "docx";

export interface DocxFontOptions {
  /** Body font (明朝). Word substitutes a font the machine lacks; LibreOffice falls back through fontconfig. */
  readonly bodyFont?: string;
  /** Heading and table-label font (ゴシック). */
  readonly headingFont?: string;
}

const DEFAULT_BODY_FONT = "游明朝";
const DEFAULT_HEADING_FONT = "游ゴシック";

/** A4 in twentieths of a point, 25 mm margins (≈ 1417). */
export const A4 = { width: 11906, height: 16838 };
export const MARGIN = 1417;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "\uFFFD");
}

export const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/** Runs for typed text: one break per line break, one tab element per tab. */
export function textRuns(text: string, style: Omit<IRunOptions, "text" | "children" | "break"> = {}): TextRun[] {
  const lines = xmlSafe(text).replace(/\r\n?/g, "\n").split("\n");
  return lines.map((line, i) => {
    const parts = line.split("\t");
    const children = parts.flatMap((p, j) => (j === 0 ? [p] : [new Tab(), p]));
    return new TextRun({ ...style, children, ...(i > 0 ? { break: 1 } : {}) });
  });
}

export type Level = 1 | 2 | 3 | 4 | 5;

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

/**
 * keepNext: set on the paragraph itself as well as through the heading style, for a heading that must not end a page
 * apart from the table or text below it (the style alone left 「意見の集計」 at a page foot in LibreOffice).
 */
export function heading(
  text: string,
  level: Level,
  options: { readonly pageBreakBefore?: boolean; readonly keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: LEVELS[level - 1],
    children: textRuns(text),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
export const CELL_BORDERS = { top: thin, bottom: thin, left: thin, right: thin };
export const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };
/** The shading of a label cell. */
export const LABEL_FILL = "EDEDED";

/** Title and heading styles (ゴシック, black, sizes by level; H2 and below keep with the next paragraph). */
export function documentStyles(options: DocxFontOptions = {}): IStylesOptions {
  const body = font(options.bodyFont ?? DEFAULT_BODY_FONT);
  const head = font(options.headingFont ?? DEFAULT_HEADING_FONT);
  const headingRun = { font: head, bold: true, color: "000000" };
  return {
    default: {
      document: {
        run: { font: body, size: 21, language: { value: "ja-JP", eastAsia: "ja-JP" } },
        // lineRule given: without it LibreOffice reads the line as exact and clips an image to one line's height
        paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { ...headingRun, size: 32 }, paragraph: { spacing: { after: 240 } } },
      heading1: {
        run: { ...headingRun, size: 28 },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
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
  };
}

/** The section's page: A4 portrait, 25 mm margins. */
export const A4_PAGE = { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } };

/** 「- 1 / 3 -」 centred in the footer. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["- ", PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES, " -"] })],
      }),
    ],
  });
}

/**
 * One A4 section with the page-number footer and the shared styles. `updateFields` asks Word to update the fields
 * (a table of contents) when it opens the file.
 */
export function a4Document(
  title: string,
  children: readonly FileChild[],
  options: DocxFontOptions & { readonly updateFields?: boolean } = {},
): Document {
  return new Document({
    creator: "kpi-review",
    title: xmlSafe(title),
    ...(options.updateFields ? { features: { updateFields: true } } : {}),
    styles: documentStyles(options),
    sections: [{ properties: { page: A4_PAGE }, footers: { default: pageNumberFooter() }, children: [...children] }],
  });
}

/** The .docx bytes; an ArrayBuffer underneath, so the same call serves Node (the CLI) and the pane. */
export async function packDocument(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
