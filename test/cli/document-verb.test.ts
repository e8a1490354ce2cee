/** The document verbs' one rule for the output format: --format, else --out's extension; never a file misnamed. */
import { documentFormat } from "../../src/cli/document-verb";

const FORMATS = ["docx", "csv"] as const;

describe("documentFormat", () => {
  it("takes --format, else the extension of --out", () => {
    expect(documentFormat(FORMATS, "csv", "report.csv")).toEqual({ ok: true, format: "csv" });
    expect(documentFormat(FORMATS, undefined, "報告書.DOCX")).toEqual({ ok: true, format: "docx" });
  });

  it("refuses a format the verb does not write, naming what it writes", () => {
    expect(documentFormat(FORMATS, "pdf", "x.pdf")).toEqual({
      ok: false,
      message: '--format must be one of docx, csv, got "pdf"',
    });
    expect(documentFormat(FORMATS, undefined, "x")).toEqual({
      ok: false,
      message: "--format must be one of docx, csv (or give --out a .docx/.csv name)",
    });
  });

  it("refuses an --out named for another document format; offers the extension only when the verb writes it", () => {
    const md = documentFormat(FORMATS, "docx", "x.md");
    expect(md).toEqual({
      ok: false,
      message: "--format docx does not match --out x.md (a .md name): name the file .docx",
    });
    const csv = documentFormat(FORMATS, "docx", "x.csv");
    expect(csv.ok === false && csv.message.endsWith("or leave --format out to write .csv")).toBe(true);
  });

  it("lets a name that is no document format through (csv bytes in a .txt are what the name says)", () => {
    expect(documentFormat(FORMATS, "csv", "x.txt")).toEqual({ ok: true, format: "csv" });
  });
});
