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
      if (c.response) expect(texts.filter((t) => t.endsWith(`：\n${c.response}`))).toHaveLength(1);
    }
    expect(texts).toContain("令和7年11月20日（木）午後2時00分～3時30分");
    expect(texts.join("\n")).not.toContain("第2回の意見");
  });

  it("nests headings: 基本目標 H2, sub-goal H3, 施策 H4, an indicator one level below its group", async () => {
    const xml = (await parts(minutesOf(3)))["word/document.xml"]!;
    const headings = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="(Title|Heading\d)"\/>[\s\S]*?<\/w:p>/g),
    ].map((m) => `${m[1]} ${paragraphTexts(m[0]).join("")}`);
    expect(headings).toEqual([
      "Title 第3回 伊勢崎市まち・ひと・しごと創生会議 会議録",
      "Heading1 会議の概要",
      "Heading1 議事（委員意見）",
      "Heading2 戦略全体に関する意見",
      "Heading2 基本目標1 しごとの創生",
      "Heading3 1-1 安定した雇用の創出",
      "Heading4 【指標】1-1-N1 新規求人数",
      "Heading4 1-1-1 ①就労支援",
      "Heading5 【指標】1-1-K1-2 刑法犯認知件数",
      "Heading2 基本目標2 ひとの創生",
      "Heading3 2-1 結婚・出産・子育ての希望の実現",
      "Heading2 対象が戦略にない意見（対象IDを確認してください）",
      "Heading1 意見の集計",
    ]);
  });

  it("keeps tabs and a very long comment whole", async () => {
    const long = "あ".repeat(30_000) + "\tタブ\n改行";
    const doc = minutesOf(3);
    const withLong = {
      ...doc,
      sections: [{ ...doc.sections[0]!, comments: [{ ...doc.sections[0]!.comments[0]!, text: long }] }],
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
