/**
 * The 効果検証報告書 .docx opened by LibreOffice: converted to PDF without errors, the PDF's text holds the headings
 * (table of contents entries included), an indicator's heading and its figures, the page numbers and the charts'
 * captions; its pages rendered to PNG in test-output/report/ for a person to look at. Needs `soffice` and poppler.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../../src/domain/evaluation/report";
import { packReportDocx } from "../../src/adapters/docx/report-docx";
import { convertDocument, findSoffice, pdfToPng, pdfToText } from "../support/libreoffice";
import { reportInput } from "../fixtures/report/report-input";

const soffice = findSoffice();
if (!soffice) console.warn("skipping report LibreOffice integration: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;

const OUT = join(__dirname, "..", "..", "test-output", "report");
const squash = (s: string): string => s.replace(/\s+/g, "");

describeLo("効果検証報告書 .docx through LibreOffice", () => {
  let pdf = "";
  let text = "";

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const built = buildReport(reportInput());
    if (!built.ok) throw new Error("the fixture's report was refused");
    const file = join(OUT, "report-2024.docx");
    writeFileSync(file, await packReportDocx(built.report));
    pdf = convertDocument(file, OUT, "pdf", "pdf");
    text = pdfToText(pdf);
  }, 120_000);

  it("holds the headings, twice where the table of contents lists them", () => {
    const flat = squash(text);
    for (const h of ["1評価の方法と凡例", "2基本目標1しごとの創生", "評価の集計", "指標別の評価", "5総括意見"]) {
      expect(flat.split(h).length - 1).toBeGreaterThanOrEqual(2);
    }
    expect(flat).toContain("効果検証報告書（暫定）");
  });

  it("holds an indicator's heading, its figures, its grades and the chart's caption", () => {
    const flat = squash(text);
    expect(flat).toContain("1-1-N1新規求人数");
    expect(flat).toContain("1,563件（令和元年度(2019)）→1,630件（令和9年度(2027)）");
    expect(flat).toContain("B順調（暫定）");
    expect(flat).toContain("B順調：算定どおり");
    expect(flat).toContain("図：実績（青の線と■）");
    expect(flat).toContain("ハローワークと連携し、業種別の分析を行った。");
  });

  it("numbers every page 「- n / N -」", () => {
    const pages = (text.match(/\f/g) ?? []).length;
    expect(pages).toBeGreaterThan(10);
    expect(squash(text)).toContain(`-1/${pages}-`);
    expect(squash(text)).toContain(`-${pages}/${pages}-`);
  });

  it("renders its first pages to PNG for a look (test-output/report)", () => {
    expect(pdfToPng(pdf, OUT, "report-2024", 60).length).toBeGreaterThan(10);
  });
});
