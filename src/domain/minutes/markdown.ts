/**
 * MinutesDocument → Markdown (CommonMark/GFM). Pure. Everything a person typed is escaped so that Markdown and HTML
 * in it show as typed: backslash escapes for Markdown punctuation, entities for & < >, line-start markers neutralised,
 * leading indentation as character references (so a blank line inside a comment cannot turn into a code block).
 * Multi-line texts are block quotes with a hard break (a trailing backslash) after every line but the last.
 * The order is the document's: header, 議事の経過, 意見の集計, then the appendix by target.
 */
import { answerHead, APPENDIX_INTRO, appendixItem, HEADINGS, statementAbout, statementHead } from "./proceedings";
import type { CommentEntry, IndicatorEntry, MinutesDocument, MinutesGroup } from "./types";

/** Escaped wherever they stand; + - . ) = matter only at the start of a line and are handled there. */
const INLINE_SPECIAL = /[\\`*_{}[\]#|~]/g;

/** One line of typed text as Markdown inline text. */
export function escapeMarkdownLine(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
  const rest = line
    .slice(indent.length)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(INLINE_SPECIAL, (ch) => `\\${ch}`)
    // list markers (- + 1. 1)), thematic breaks (---) and setext underlines (=== / ---)
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
  const lead = indent.replace(/ /g, "&#32;").replace(/\t/g, "&#9;");
  return lead + rest;
}

/** Typed text (line breaks kept) as the lines of a block quote. */
export function quoteBlock(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return lines.map((line, i) => {
    if (line === "") return ">";
    const hardBreak = i < lines.length - 1 && lines[i + 1] !== "" ? "\\" : "";
    return `> ${escapeMarkdownLine(line)}${hardBreak}`;
  });
}

/** Typed text inside a table cell: escaped, line breaks as <br>. */
function cellText(lines: readonly string[]): string {
  return lines
    .flatMap((l) => l.replace(/\r\n?/g, "\n").split("\n"))
    .map(escapeMarkdownLine)
    .join("<br>");
}

/** A statement and, only when one was recorded, the city's answer. */
function statementLines(c: CommentEntry): string[] {
  const out = [`**${escapeMarkdownLine(statementHead(c))}**${escapeMarkdownLine(statementAbout(c))}`, ""];
  out.push(...quoteBlock(c.text), "");
  if (c.response.trim() !== "") out.push(`**${escapeMarkdownLine(answerHead(c))}**`, "", ...quoteBlock(c.response), "");
  return out;
}

const itemLines = (comments: readonly CommentEntry[]): string[] =>
  comments.length > 0 ? [...comments.map((c) => `- ${escapeMarkdownLine(appendixItem(c))}`), ""] : [];

function indicatorLines(ind: IndicatorEntry): string[] {
  return [
    `**【指標】${escapeMarkdownLine(ind.heading)}**`,
    "",
    escapeMarkdownLine(ind.statusLine),
    "",
    ...itemLines(ind.comments),
  ];
}

function groupLines(g: MinutesGroup): string[] {
  const hashes = "#".repeat(2 + g.level);
  return [
    `${hashes} ${escapeMarkdownLine(g.heading)}`,
    "",
    ...itemLines(g.comments),
    ...g.indicators.flatMap(indicatorLines),
    ...g.children.flatMap(groupLines),
  ];
}

function proceedingsLines(doc: MinutesDocument): string[] {
  const p = doc.proceedings;
  const lines = [`## ${HEADINGS.proceedings}`, "", `### ${HEADINGS.opening}`, "", escapeMarkdownLine(p.opening), ""];
  lines.push(`### ${HEADINGS.business}`, "");
  if (p.explanations.length > 0) {
    lines.push(`#### ${HEADINGS.explanation}`, "", ...p.explanations.flatMap((e) => [escapeMarkdownLine(e), ""]));
  }
  lines.push(`#### ${HEADINGS.discussion}`, "", ...p.statements.flatMap(statementLines));
  if (p.note) lines.push(escapeMarkdownLine(p.note), "");
  lines.push(`### ${HEADINGS.closing}`, "", escapeMarkdownLine(p.closing), "");
  return lines;
}

export function minutesToMarkdown(doc: MinutesDocument): string {
  const lines: string[] = [
    `# ${escapeMarkdownLine(doc.title)}`,
    "",
    `## ${HEADINGS.overview}`,
    "",
    "| 項目 | 内容 |",
    "| --- | --- |",
  ];
  for (const row of doc.header) lines.push(`| ${escapeMarkdownLine(row.label)} | ${cellText(row.lines)} |`);
  lines.push("", ...proceedingsLines(doc));
  const s = doc.summary;
  lines.push(`## ${HEADINGS.summary}`, "", `意見の総数: ${s.total}件`, "");
  lines.push("| 区分 | 件数 |", "| --- | ---: |", ...s.byCategory.map((r) => `| ${r.key} | ${r.count} |`), "");
  lines.push("| 対応状況 | 件数 |", "| --- | ---: |", ...s.byStatus.map((r) => `| ${r.key} | ${r.count} |`), "");
  if (doc.sections.length > 0) {
    lines.push(`## ${HEADINGS.appendix}`, "", APPENDIX_INTRO, "");
    for (const g of doc.sections) lines.push(...groupLines(g));
  }
  return lines.join("\n");
}
