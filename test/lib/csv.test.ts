import { csvField, csvRow, EXCEL_CELL_MAX_CHARS, guardFormula, parseCsv, type CsvParseResult } from "../../src/lib/csv";

const texts = (r: CsvParseResult): string[][] => {
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("; "));
  return r.records.map((cells) => cells.map((c) => c.text));
};
const problemOf = (r: CsvParseResult) => {
  if (r.ok) throw new Error("expected a problem");
  expect(r.problems).toHaveLength(1);
  return r.problems[0];
};

describe("parseCsv (strict, the default)", () => {
  it("reads RFC 4180: quoted delimiters, doubled quotes, line breaks inside quotes, CRLF/LF/CR, a BOM", () => {
    const r = parseCsv('\uFEFFa,"b,1"\r\n"say ""hi""","two\r\nlines"\nx,\ry');
    expect(texts(r)).toEqual([["a", "b,1"], ['say "hi"', "two\r\nlines"], ["x", ""], ["y"]]);
  });

  it("numbers each cell by the line it starts on and its field", () => {
    const r = parseCsv('a,"b\nc",d\ne');
    if (!r.ok) throw new Error("parse");
    expect(r.records.map((cells) => cells.map((c) => [c.line, c.field]))).toEqual([
      [
        [1, 1],
        [1, 2],
        [2, 3],
      ],
      [[3, 1]],
    ]);
  });

  it("counts a lone CR inside quotes as a line break", () => {
    const r = parseCsv('"a\rb"\nc');
    if (!r.ok) throw new Error("parse");
    expect(r.records[1]?.[0]?.line).toBe(3);
  });

  it("skips a record that is one empty field (an empty line, a final line break), keeps empty fields", () => {
    expect(texts(parseCsv('a\n\n""\n,\nb\n'))).toEqual([["a"], ["", ""], ["b"]]);
    expect(texts(parseCsv(""))).toEqual([]);
  });

  it("uses a comma unless told otherwise; auto takes a tab when the first line has tabs and no commas", () => {
    expect(parseCsv("a\tb\n1\t2")).toMatchObject({ ok: true, delimiter: "," });
    const tab = parseCsv("a\tb\n1,5\t2", { delimiter: "auto" });
    expect(tab).toMatchObject({ ok: true, delimiter: "\t" });
    expect(texts(tab)).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
    expect(parseCsv("a\tb,c\n", { delimiter: "auto" })).toMatchObject({ ok: true, delimiter: "," });
  });

  it.each([
    ['a\n"open,b\nc', { kind: "unclosedQuote", line: 2, field: 1 }, /never closed/],
    ['a\n"x"y,b', { kind: "textAfterQuote", line: 2, field: 1 }, /unexpected text after a closing quote: "y,b"/],
    ['a,b"c', { kind: "quoteInField", line: 1, field: 2 }, /a quote inside an unquoted field: "b\\"c"/],
  ])("refuses malformed text by position: %j", (text, where, message) => {
    const p = problemOf(parseCsv(text));
    expect(p).toMatchObject(where);
    expect(p?.message).toMatch(message);
  });

  it("refuses a field over Excel's cell limit and too many records, when asked", () => {
    const long = "x".repeat(EXCEL_CELL_MAX_CHARS + 1);
    expect(parseCsv(`a\n${long}`).ok).toBe(true);
    expect(problemOf(parseCsv(`a\n${long}`, { excelCellLimit: true }))).toMatchObject({
      kind: "fieldTooLong",
      line: 2,
      field: 1,
      message: `a field of ${EXCEL_CELL_MAX_CHARS + 1} characters, over Excel's ${EXCEL_CELL_MAX_CHARS}`,
    });
    expect(parseCsv("a\nb\n\n", { maxRecords: 2 }).ok).toBe(true);
    expect(problemOf(parseCsv("a\nb\nc\n", { maxRecords: 2 }))).toMatchObject({
      kind: "tooManyRecords",
      line: 3,
      message: "more than 2 records",
    });
  });
});

describe("csvField / csvRow", () => {
  it("quotes a field only when it holds a comma, a quote, a line break or a tab", () => {
    expect(csvField("plain 値")).toBe("plain 値");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
    expect(csvField("a\tb")).toBe('"a\tb"');
    expect(csvField("a\tb", { quoteTabs: false })).toBe("a\tb");
  });

  it("guards formula-looking fields with one apostrophe when asked", () => {
    expect(["=1+1", "+81", "-2", "@SUM(A1)", "\tx", "\rx", "a=b", "'x"].map(guardFormula)).toEqual([
      "'=1+1",
      "'+81",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "a=b",
      "'x",
    ]);
    expect(csvField('=HYPERLINK("x")')).toBe('"=HYPERLINK(""x"")"');
    expect(csvField('=HYPERLINK("x")', { formulaGuard: true })).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvRow(["=1", "a,b", ""], { formulaGuard: true })).toBe('\'=1,"a,b",');
  });

  it("writes what parseCsv reads back", () => {
    const fields = ["a", 'say "hi"', "x,y", "two\nlines", "", "tab\there"];
    expect(texts(parseCsv(csvRow(fields)))).toEqual([fields]);
  });
});
