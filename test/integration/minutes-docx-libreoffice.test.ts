/**
 * The minutes .docx opened by LibreOffice: converted to text and to PDF, every comment and response of the meeting
 * must be found exactly once in both; the PDF is also rendered to PNG in test-output/minutes/ for a person to look at.
 * Needs `soffice` and poppler (CI installs both); skipped with a clear reason only when soffice is missing.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commentsInOrder } from "../../src/domain/minutes";
import { packMinutesDocx } from "../../src/adapters/docx/minutes-docx";
import { convertDocument, findSoffice, pdfToPng, pdfToText } from "../support/libreoffice";
import { minutesOf } from "../fixtures/minutes/records";

const soffice = findSoffice();
if (!soffice)
  console.warn(
    "skipping minutes LibreOffice integration: `soffice` not found on PATH (install libreoffice-writer-nogui)",
  );
const describeLo = soffice ? describe : describe.skip;

const OUT = join(__dirname, "..", "..", "test-output", "minutes");

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;
const squash = (s: string): string => s.replace(/\s+/g, "");

describeLo("minutes .docx through LibreOffice", () => {
  const doc = minutesOf(3);
  let txt = "";
  let pdfText = "";
  let pdf = "";

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, "minutes-3.docx");
    writeFileSync(file, await packMinutesDocx(doc));
    txt = readFileSync(convertDocument(file, OUT, "txt:Text (encoded):UTF8", "txt"), "utf8");
    pdf = convertDocument(file, OUT, "pdf", "pdf");
    pdfText = pdfToText(pdf);
  }, 240_000);

  it("the text export holds every comment and response verbatim, exactly once", () => {
    for (const c of commentsInOrder(doc)) {
      expect(occurrences(txt, c.text)).toBe(1);
      if (c.response) expect(occurrences(txt, c.response)).toBe(1);
    }
    expect(txt).toContain("令和7年11月20日（木）");
    expect(txt).toContain("開会 午後2時00分　閉会 午後3時30分");
    expect(txt).not.toContain("回答なし");
  });

  it("keeps 「意見の集計」 on the page of its table, and the statements in recorded order", () => {
    const pages = pdfText.split("\f").map(squash);
    const summary = pages.findIndex((p) => p.includes("意見の集計"));
    expect(summary).toBeGreaterThanOrEqual(0);
    expect(pages[summary]).toContain("意見の総数：7件");
    expect(pages[summary]).toContain("対応状況");
    const flat = squash(pdfText);
    const order = commentsInOrder(doc).map((c) => flat.indexOf(squash(c.text)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("the PDF holds every comment exactly once (whitespace aside: pdftotext spaces CJK from digits)", () => {
    const flat = squash(pdfText);
    for (const c of commentsInOrder(doc)) expect(occurrences(flat, squash(c.text))).toBe(1);
    // the footer's page numbers: 「- 1 / N -」 on each page
    const pages = (pdfText.match(/\f/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(flat).toContain(`-1/${pages}-`);
  });

  it("renders to PNG for a look (test-output/minutes)", () => {
    const pngs = pdfToPng(pdf, OUT, "minutes-3", 70);
    expect(pngs.length).toBeGreaterThanOrEqual(2);
  });
});
