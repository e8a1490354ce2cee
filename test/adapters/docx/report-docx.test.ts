/** The report's .docx as written, read back from its XML parts (JSZip, which docx itself depends on). */
import JSZip from "jszip";
import { inflateSync } from "node:zlib";
import { buildReport, type ReportModel } from "../../../src/domain/evaluation/report";
import { packReportDocx } from "../../../src/adapters/docx/report-docx";
import { reportInput } from "../../fixtures/report/report-input";

function model(): ReportModel {
  const r = buildReport(reportInput());
  if (!r.ok) throw new Error("refused");
  return r.report;
}

describe("packReportDocx", () => {
  let zip: JSZip;
  let body = "";
  let styles = "";
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await packReportDocx(model()));
    body = await zip.file("word/document.xml")!.async("string");
    styles = await zip.file("word/styles.xml")!.async("string");
  }, 60_000); // fifty charts and their tables: a few seconds on a busy machine

  it("is A4 portrait with Japanese fonts, page numbers and a table of contents over Heading 1–2", async () => {
    // booleans, not toMatch: a failure would print the whole document
    expect(/<w:pgSz w:w="11906" w:h="16838"/.test(body)).toBe(true);
    expect(styles).toMatch(/w:eastAsia="游明朝"/);
    expect(styles).toMatch(/w:eastAsia="游ゴシック"/);
    expect(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/.test(body)).toBe(true);
    expect(body.includes('<w:t xml:space="preserve">1 評価の方法と凡例</w:t>')).toBe(true);
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    const footer = await zip.file(footers[0]!)!.async("string");
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
  });

  it("keeps every heading with the next paragraph, and sets the line rule (LibreOffice clips images otherwise)", () => {
    for (const id of ["Heading1", "Heading2", "Heading3"]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
      expect(style).toContain("<w:keepNext/>");
    }
    expect(styles).toMatch(/w:line="300" w:lineRule="auto"/);
  });

  it("embeds one PNG per goal's counts and per indicator with a chart, each a valid image", async () => {
    const m = model();
    const media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/"));
    const withChart = m.goals.flatMap((g) => g.indicators).filter((i) => i.actuals.length > 0 || i.path).length;
    expect(media).toHaveLength(m.goals.length + withChart);
    const png = await zip.file(media[0]!)!.async("uint8array");
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    // the IDAT inflates (zlib checks the Adler-32)
    const at = Buffer.from(png).indexOf("IDAT");
    const len = Buffer.from(png).readUInt32BE(at - 4);
    expect(() => inflateSync(png.subarray(at + 4, at + 4 + len))).not.toThrow();
  });
});
