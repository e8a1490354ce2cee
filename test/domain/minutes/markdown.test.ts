import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { commentsInOrder, minutesToMarkdown, quoteBlock } from "../../../src/domain/minutes";
import { minutesOf } from "../../fixtures/minutes/records";

/**
 * The test's own reader of a quote block (independent of the writer): strip the quote marker, drop a trailing
 * unescaped backslash (hard break), undo backslash escapes left to right, then decode the entities in one pass.
 */
function readQuote(lines: readonly string[]): string {
  return lines
    .map((line) => {
      const body = line === ">" ? "" : line.replace(/^> /, "");
      let out = "";
      for (let i = 0; i < body.length; i++) {
        const ch = body[i]!;
        if (ch === "\\") {
          if (i + 1 < body.length) out += body[++i];
        } else out += ch;
      }
      return out.replace(
        /&(amp|lt|gt|#32|#9);/g,
        (_, e: string) => ({ amp: "&", lt: "<", gt: ">", "#32": " ", "#9": "\t" })[e]!,
      );
    })
    .join("\n");
}

describe("minutesToMarkdown", () => {
  it("matches the hand-written minutes of a meeting without comments", () => {
    const expected = readFileSync(join(__dirname, "../../fixtures/minutes/meeting-4.expected.md"), "utf8");
    expect(minutesToMarkdown(minutesOf(4))).toBe(expected);
  });

  it("escapes Markdown and HTML line by line (derived by hand)", () => {
    const md = minutesToMarkdown(minutesOf(3));
    const block = [
      "> \\=1+1 \\*\\*重要\\*\\* &lt;script&gt;alert('x')&lt;/script&gt; &amp; \\[リンク\\](http://example.com) \\| 表\\",
      "> \\# 見出しではない\\",
      "> 1\\. 箇条書きではない\\",
      "> \\---\\",
      "> &#32;&#32;&#32;&#32;字下げ4つ",
      ">",
      "> 空行のあと\\_下線\\_",
    ].join("\n");
    expect(md.split(block).length).toBe(2); // exactly once
    expect(md).not.toContain("<script>");
  });

  it("contains every comment and response of the meeting exactly once, readable back verbatim", () => {
    const doc = minutesOf(3);
    const md = minutesToMarkdown(doc);
    for (const c of commentsInOrder(doc)) {
      const block = quoteBlock(c.text).join("\n");
      expect(md.split(block).length).toBe(2);
      expect(readQuote(quoteBlock(c.text))).toBe(c.text);
      if (c.response) expect(readQuote(quoteBlock(c.response))).toBe(c.response);
    }
    expect(md).not.toContain("第2回の意見");
  });

  it("puts headings in the meeting's order, then the counts, then the appendix by target", () => {
    const md = minutesToMarkdown(minutesOf(3));
    const headings = md.split("\n").filter((l) => /^#{1,6} /.test(l));
    expect(headings).toEqual([
      "# 第3回 伊勢崎市まち・ひと・しごと創生会議 会議録",
      "## 会議の概要",
      "## 議事の経過",
      "### 1 開会",
      "### 2 議事",
      "#### 事務局の説明",
      "#### 委員の意見と市の回答",
      "### 3 閉会",
      "## 意見の集計",
      "## 付録　対象別の意見一覧",
      "### 戦略全体に関する意見",
      "### 基本目標1 しごとの創生",
      "#### 1-1 安定した雇用の創出",
      "##### 1-1-1 ①就労支援",
      "### 基本目標2 ひとの創生",
      "#### 2-1 結婚・出産・子育ての希望の実現",
      "### 対象が戦略にない意見（対象IDを確認してください）",
    ]);
    expect(md).toContain(
      "**【指標】1-1-N1 新規求人数**\n\n基準値 1,563件（令和元年度(2019)）→ 目標値 1,630件（令和9年度(2027)）／最新実績 1,590件（令和5年度(2023)）／達成率 40.3%／評価 C 遅れ\n\n- 意見1　田中 一郎 会長（意見・未対応）\n- 意見3　佐藤 花子 委員（質問・対応中）\n",
    );
  });

  it("states in recorded order, an answer only where one was recorded, and one note for the rest", () => {
    const md = minutesToMarkdown(minutesOf(3));
    const heads = md.split("\n").filter((l) => l.startsWith("**意見"));
    expect(heads).toEqual([
      "**意見1　○田中 一郎 会長**（意見／1-1-N1 新規求人数）",
      "**意見2　○田中 一郎 会長**（意見／全体）",
      "**意見3　○佐藤 花子 委員**（質問／1-1-N1 新規求人数）",
      "**意見4　○佐藤 花子 委員**（提言／1-1-K1-2 刑法犯認知件数）",
      "**意見5　○田中 一郎 会長**（要望／1-1-1 ①就労支援）",
      "**意見6　○山本 三郎**（その他／2-1 結婚・出産・子育ての希望の実現）",
      "**意見7　○佐藤 花子 委員**（意見／9-9-K9-9）",
    ]);
    // A (対応中), C and D (対応済) have answers: three answer lines, no 「回答なし」 anywhere
    expect(md.split("\n").filter((l) => l.startsWith("**○市の回答・対応"))).toEqual([
      "**○市の回答・対応（対応中）**",
      "**○市の回答・対応（対応済）**",
      "**○市の回答・対応（対応済）**",
    ]);
    expect(md).not.toContain("回答なし");
    expect(md.split("※ 市の回答・対応が記録されていない意見が4件あります").length).toBe(2);
    // 開会 before the first statement, 閉会 after the last
    const at = (s: string) => md.indexOf(s);
    expect(at("午後2時00分、開会した。")).toBeLessThan(at("事務局から説明があった。"));
    expect(at("事務局から説明があった。")).toBeLessThan(at("**意見1"));
    expect(at("**意見7")).toBeLessThan(at("午後3時30分、閉会した。"));
    expect(at("午後3時30分、閉会した。")).toBeLessThan(at("## 意見の集計"));
  });

  it("round-trips any text through the quote block (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.array(fc.constantFrom("\n", "\n\n", "#", "> ", "    ", "\\", "&lt;", "*", "-")),
        (s, extras) => {
          const text = [s, ...extras].join("");
          expect(readQuote(quoteBlock(text))).toBe(text.replace(/\r\n?/g, "\n"));
        },
      ),
      { numRuns: 300 },
    );
  });
});
