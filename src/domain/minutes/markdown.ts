/**
 * MinutesDocument → Markdown (CommonMark/GFM). Pure. Everything a person typed is escaped so that Markdown and HTML
 * in it show as typed: backslash escapes for Markdown punctuation, entities for & < >, line-start markers neutralised,
 * leading indentation as character references (so a blank line inside a comment cannot turn into a code block).
 * Multi-line texts are block quotes with a hard break (a trailing backslash) after every line but the last.
 */
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

function commentLines(c: CommentEntry): string[] {
  const out = [`**${escapeMarkdownLine(c.speaker)}**（${c.category}）`, "", ...quoteBlock(c.text), ""];
  out.push(`市の回答・対応（${c.status}）:`, "");
  out.push(...(c.response.trim() === "" ? ["（回答なし）"] : quoteBlock(c.response)), "");
  return out;
}

function indicatorLines(ind: IndicatorEntry): string[] {
  return [
    `**【指標】${escapeMarkdownLine(ind.heading)}**`,
    "",
    escapeMarkdownLine(ind.statusLine),
    "",
    ...ind.comments.flatMap(commentLines),
  ];
}

function groupLines(g: MinutesGroup): string[] {
  const hashes = "#".repeat(2 + g.level);
  return [
    `${hashes} ${escapeMarkdownLine(g.heading)}`,
    "",
    ...g.comments.flatMap(commentLines),
    ...g.indicators.flatMap(indicatorLines),
    ...g.children.flatMap(groupLines),
  ];
}

export function minutesToMarkdown(doc: MinutesDocument): string {
  const lines: string[] = [
    `# ${escapeMarkdownLine(doc.title)}`,
    "",
    "## 会議の概要",
    "",
    "| 項目 | 内容 |",
    "| --- | --- |",
  ];
  for (const row of doc.header) lines.push(`| ${row.label} | ${cellText(row.lines)} |`);
  lines.push("", "## 議事（委員意見）", "");
  if (doc.emptyNote) lines.push(doc.emptyNote, "");
  for (const s of doc.sections) lines.push(...groupLines(s));
  const s = doc.summary;
  lines.push("## 意見の集計", "", `意見の総数: ${s.total}件`, "");
  lines.push("| 区分 | 件数 |", "| --- | ---: |", ...s.byCategory.map((r) => `| ${r.key} | ${r.count} |`), "");
  lines.push("| 対応状況 | 件数 |", "| --- | ---: |", ...s.byStatus.map((r) => `| ${r.key} | ${r.count} |`), "");
  return lines.join("\n");
}
