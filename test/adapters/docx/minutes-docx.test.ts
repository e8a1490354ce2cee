/** The .docx as written: read back from its XML parts (JSZip, which docx itself depends on). */
import JSZip from "jszip";
import { commentsInOrder, type MinutesDocument } from "../../../src/domain/minutes";
import { packMinutesDocx, xmlSafe } from "../../../src/adapters/docx/minutes-docx";
import { minutesOf } from "../../fixtures/minutes/records";

async function parts(doc: MinutesDocument): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await packMinutesDocx(doc));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (name.endsWith(".xml")) out[name] = await zip.file(name)!.async("string");
  return out;
}

/** Paragraph texts of document.xml: <w:t> joined, <w:br/> as \n, <w:tab/> as \t, entities decoded. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
      .map((t) => (t[0] === "<w:br/>" ? "\n" : t[0] === "<w:tab/>" ? "\t" : t[1]!))
      .join("")
      .replace(
        /&(lt|gt|amp|quot|apos);/g,
        (_, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e]!,
      ),
  );
}

describe("packMinutesDocx", () => {
  it("is A4 portrait with Japanese fonts for East Asian text and page numbers in the footer", async () => {
    const p = await parts(minutesOf(3));
    const body = p["word/document.xml"]!;
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(p["word/styles.xml"]).toMatch(/w:eastAsia="游明朝"/);
    expect(p["word/styles.xml"]).toMatch(/w:eastAsia="游ゴシック"/);
    const footer = Object.entries(p).find(([n]) => /^word\/footer\d*\.xml$/.test(n))![1];
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
    expect(body).toContain("<w:tbl>");
  });

  it("holds every comment and response as its own paragraph text, verbatim, exactly once", async () => {
    const doc = minutesOf(3);
    const texts = paragraphTexts((await parts(doc))["word/document.xml"]!);
    for (const c of commentsInOrder(doc)) {
      expect(texts.filter((t) => t === c.text)).toHaveLength(1);
      if (c.response) expect(texts.filter((t) => t === c.response)).toHaveLength(1);
    }
    expect(texts).toContain("令和7年11月20日（木）");
    expect(texts.join("\n")).not.toContain("第2回の意見");
  });

  it("nests headings: 議事の経過's steps, then the appendix: 基本目標 H2, sub-goal H3, 施策 H4, an indicator below its group", async () => {
    const xml = (await parts(minutesOf(3)))["word/document.xml"]!;
    const headings = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="(Title|Heading\d)"\/>[\s\S]*?<\/w:p>/g),
    ].map((m) => `${m[1]} ${paragraphTexts(m[0]).join("")}`);
    expect(headings).toEqual([
      "Title 第3回 伊勢崎市まち・ひと・しごと創生会議 会議録",
      "Heading1 会議の概要",
      "Heading1 議事の経過",
      "Heading2 1 開会",
      "Heading2 2 議事",
      "Heading3 事務局の説明",
      "Heading3 委員の意見と市の回答",
      "Heading2 3 閉会",
      "Heading1 意見の集計",
      "Heading1 付録　対象別の意見一覧",
      "Heading2 戦略全体に関する意見",
      "Heading2 基本目標1 しごとの創生",
      "Heading3 1-1 安定した雇用の創出",
      "Heading4 【指標】1-1-N1 新規求人数",
      "Heading4 1-1-1 ①就労支援",
      "Heading5 【指標】1-1-K1-2 刑法犯認知件数",
      "Heading2 基本目標2 ひとの創生",
      "Heading3 2-1 結婚・出産・子育ての希望の実現",
      "Heading2 対象が戦略にない意見（対象IDを確認してください）",
    ]);
  });

  it("議事の経過 in the meeting's order; an answer line only under an answer; no 「回答なし」", async () => {
    const doc = minutesOf(3);
    const texts = paragraphTexts((await parts(doc))["word/document.xml"]!);
    const at = (t: string) => texts.indexOf(t);
    const heads = texts.filter((t) => /^意見\d+　○/.test(t));
    expect(heads).toEqual([
      "意見1　○田中 一郎 会長（意見／1-1-N1 新規求人数）",
      "意見2　○田中 一郎 会長（意見／全体）",
      "意見3　○佐藤 花子 委員（質問／1-1-N1 新規求人数）",
      "意見4　○佐藤 花子 委員（提言／1-1-K1-2 刑法犯認知件数）",
      "意見5　○田中 一郎 会長（要望／1-1-1 ①就労支援）",
      "意見6　○山本 三郎（その他／2-1 結婚・出産・子育ての希望の実現）",
      "意見7　○佐藤 花子 委員（意見／9-9-K9-9）",
    ]);
    expect(at("午後2時00分、開会した。")).toBeLessThan(
      at("（1）第2期総合戦略の進捗状況について、事務局から説明があった。"),
    );
    expect(at("（2）その他について、事務局から説明があった。")).toBeLessThan(at(heads[0]!));
    expect(at(heads[6]!)).toBeLessThan(at("午後3時30分、閉会した。"));
    // each answer directly follows its statement's text
    for (const c of commentsInOrder(doc).filter((x) => x.response)) {
      expect(texts[at(c.text) + 1]).toBe(`○市の回答・対応（${c.status}）`);
      expect(texts[at(c.text) + 2]).toBe(c.response);
    }
    expect(texts.filter((t) => t.startsWith("○市の回答・対応"))).toHaveLength(3);
    expect(texts.join("\n")).not.toContain("回答なし");
    expect(texts.filter((t) => t.startsWith("※ 市の回答・対応が記録されていない意見が4件"))).toHaveLength(1);
    // the appendix lists each statement by number under its indicator, after the indicator's line
    const line = at(
      "基準値 1,563件（令和元年度(2019)）→ 目標値 1,630件（令和9年度(2027)）／最新実績 1,590件（令和5年度(2023)）／達成率 40.3%／評価 C 遅れ",
    );
    expect(texts.slice(line + 1, line + 3)).toEqual([
      "意見1　田中 一郎 会長（意見・未対応）",
      "意見3　佐藤 花子 委員（質問・対応中）",
    ]);
  });

  it("headings and the paragraph before a table keep with what follows (keepNext in the paragraph itself)", async () => {
    const xml = (await parts(minutesOf(3)))["word/document.xml"]!;
    const body = xml.slice(xml.indexOf("<w:body>"));
    // top-level blocks: a paragraph, or a whole table (its cells' paragraphs inside it)
    const blocks = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const headingBlocks = blocks.filter((b) => /^<w:p>[\s\S]*<w:pStyle w:val="Heading\d"\/>/.test(b));
    expect(headingBlocks.length).toBe(18);
    for (const h of headingBlocks) expect(h).toContain("<w:keepNext/>");
    // 「意見の集計」 → 「意見の総数」 → the table: both paragraphs keep with the next
    const i = blocks.findIndex((b) => b.startsWith("<w:p>") && paragraphTexts(b).join("") === "意見の集計");
    expect(blocks[i]).toContain("<w:keepNext/>");
    expect(paragraphTexts(blocks[i + 1]!).join("")).toBe("意見の総数：7件");
    expect(blocks[i + 1]).toContain("<w:keepNext/>");
    expect(blocks[i + 2]!.startsWith("<w:tbl>")).toBe(true);
    // 「会議の概要」 directly above the header table
    const j = blocks.findIndex((b) => b.startsWith("<w:p>") && paragraphTexts(b).join("") === "会議の概要");
    expect(blocks[j]).toContain("<w:keepNext/>");
    expect(blocks[j + 1]!.startsWith("<w:tbl>")).toBe(true);
  });

  it("keeps tabs and a very long comment whole", async () => {
    const long = "あ".repeat(30_000) + "\tタブ\n改行";
    const doc = minutesOf(3);
    const withLong = {
      ...doc,
      proceedings: { ...doc.proceedings, statements: [{ ...doc.proceedings.statements[0]!, text: long }] },
    };
    const texts = paragraphTexts((await parts(withLong))["word/document.xml"]!);
    expect(texts).toContain(long);
  });

  it("an empty meeting is still a document that says so", async () => {
    const texts = paragraphTexts((await parts(minutesOf(4)))["word/document.xml"]!);
    expect(texts).toContain("この会議で記録された委員意見はありません。");
    expect(texts).toContain("意見の総数：0件");
  });

  it("replaces only characters XML cannot hold", () => {
    expect(xmlSafe("a\u0001b\tc\nd\uD800e😀")).toBe("a\uFFFDb\tc\nd\uFFFDe😀");
  });
});
