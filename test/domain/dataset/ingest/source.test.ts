import { datasetFromCsv } from "../../../../src/domain/dataset/ingest/csv-dataset";
import { parseCsv } from "../../../../src/lib/csv";
import { decodeBytes } from "../../../../src/domain/dataset/ingest/decode";
import { loadSource } from "../../../../src/domain/dataset/ingest/source";
import { bundled, csvLines, csvText, header, HOSTILE, shiftJis, utf8 } from "../../../fixtures/refresh/hostile-sources";

describe("CSV layout", () => {
  test("the bundled dataset round-trips through its CSV", () => {
    const back = datasetFromCsv(csvText, bundled, "k.csv");
    if (!back.ok) throw new Error(back.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    expect(back.dataset).toEqual(bundled);
  });

  test("an edited CSV: new target, new indicator row, actuals by year column", () => {
    const base = parseCsv(csvText);
    if (!base.ok) throw new Error("csv");
    const text = `${header},actual.2024\r\n${csvLines
      .slice(1)
      .filter((l) => l !== "")
      .map((l, i) => (i === 0 ? `${l},123.5` : `${l},`))
      .join("\r\n")}\r\n`;
    const result = datasetFromCsv(text, bundled, "k.csv");
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    expect(result.dataset.indicators[0]?.actuals).toEqual([{ year: 2024, value: 123.5 }]);
    expect(result.dataset.indicators[1]?.actuals).toEqual([]);
  });

  test("quoted fields, doubled quotes, line breaks inside quotes, CRLF and a last line without newline", () => {
    const r = parseCsv('a,b,c\r\n"x,1","say ""hi""","two\nlines"\r\n1,,3');
    expect(r).toEqual({
      ok: true,
      delimiter: ",",
      records: [
        [
          { text: "a", line: 1, field: 1 },
          { text: "b", line: 1, field: 2 },
          { text: "c", line: 1, field: 3 },
        ],
        [
          { text: "x,1", line: 2, field: 1 },
          { text: 'say "hi"', line: 2, field: 2 },
          { text: "two\nlines", line: 2, field: 3 },
        ],
        [
          { text: "1", line: 4, field: 1 },
          { text: "", line: 4, field: 2 },
          { text: "3", line: 4, field: 3 },
        ],
      ],
    });
  });
});

describe("encoding detection", () => {
  const sample = "id,指標名\r\n1-1-N1,健康寿命（男性）\r\n";
  test.each([
    ["UTF-8", utf8(sample), "utf-8"],
    ["UTF-8 with BOM", utf8(`\uFEFF${sample}`), "utf-8-bom"],
    ["Shift_JIS", shiftJis(sample), "shift_jis"],
    ["UTF-16LE with BOM", new Uint8Array(Buffer.from(`\uFEFF${sample}`, "utf16le")), "utf-16le"],
  ])("%s is detected and decoded", (_, bytes, encoding) => {
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: true, text: expect.stringContaining("健康寿命（男性）"), encoding });
  });

  test("a Shift_JIS CSV of the whole dataset loads like its UTF-8 twin", () => {
    const sjis = loadSource(
      { kind: "file", name: "kpi.csv", bytes: shiftJis(csvText.replace(/^\uFEFF/, "")) },
      bundled,
    );
    if (!sjis.ok) throw new Error(sjis.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    expect(sjis.encoding).toBe("shift_jis");
    // Known Shift_JIS round trip: 〜 comes back as ～; everything else is identical.
    const expected = JSON.parse(JSON.stringify(bundled.indicators).replace(/\u301C/g, "\uFF5E"));
    expect(sjis.dataset.indicators).toEqual(expected);
  });
});

describe("hostile and malformed sources", () => {
  test(`there are at least 30 (${HOSTILE.length})`, () => expect(HOSTILE.length).toBeGreaterThanOrEqual(30));
  test.each(HOSTILE)("%s", (_, name, bytes, message) => {
    const result = loadSource({ kind: "file", name, bytes }, bundled);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const text = result.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
      expect(text).toMatch(message);
    }
  });
});
