import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../../src/domain/dataset/schema";
import { MAX_DATASET_BYTES } from "../../../src/domain/dataset/parse";
import { datasetFromCsv, datasetToCsv } from "../../../src/domain/refresh/csv-dataset";
import { parseCsv } from "../../../src/domain/refresh/csv";
import { decodeBytes } from "../../../src/domain/refresh/decode";
import { loadSource } from "../../../src/domain/refresh/source";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../../seeds/kpi-dataset.json"), "utf8")),
);
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));
const csvText = datasetToCsv(bundled);
const csvLines = csvText.replace(/^\uFEFF/, "").split("\r\n");
const header = csvLines[0] as string;
const columns = header.split(",");
const colIndex = (name: string): number => columns.indexOf(name);

/** The bundled CSV with one field of the first indicator (line 2) replaced by `raw` (already CSV-quoted if needed). */
function withField(name: string, raw: string): string {
  // The first indicator's line has no quoted commas before the fields these tests touch.
  const parsed = parseCsv(csvText);
  if (!parsed.ok) throw new Error("the bundled CSV does not parse");
  const fields = (parsed.records[1] ?? []).map((c) => c.text);
  const quoted = fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f));
  quoted[colIndex(name)] = raw;
  return [header, quoted.join(","), ...csvLines.slice(2)].join("\r\n");
}

/** Shift_JIS bytes of a text (Node has no encoder): built from a decode table of the characters used. */
function shiftJis(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder("shift_jis");
  for (let hi = 0x81; hi <= 0xfc; hi++) {
    if (hi > 0x9f && hi < 0xe0) continue;
    for (let lo = 0x40; lo <= 0xfc; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== "\uFFFD" && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  for (let b = 0xa1; b <= 0xdf; b++) table.set(dec.decode(new Uint8Array([b])), [b]);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      // WAVE DASH: Excel saves 〜 as 0x8160, which the WHATWG decoder reads as ～ (FULLWIDTH TILDE).
      const bytes = table.get(ch === "\u301C" ? "\uFF5E" : ch);
      if (!bytes) throw new Error(`no Shift_JIS for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

describe("CSV layout", () => {
  test("the bundled dataset round-trips through its CSV", () => {
    const back = datasetFromCsv(csvText, bundled, "k.csv");
    if (!back.ok) throw new Error(back.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    expect(back.dataset).toEqual(bundled);
  });

  test("an edited CSV: new target, new indicator row, actuals by year column", () => {
    const base = parseCsv(csvText);
    if (!base.ok) throw new Error("csv");
    const text = `${header},actual.2024\r\n${csvLines.slice(1).filter((l) => l !== "").map((l, i) => (i === 0 ? `${l},123.5` : `${l},`)).join("\r\n")}\r\n`;
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
    const sjis = loadSource({ kind: "file", name: "kpi.csv", bytes: shiftJis(csvText.replace(/^\uFEFF/, "")) }, bundled);
    if (!sjis.ok) throw new Error(sjis.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    expect(sjis.encoding).toBe("shift_jis");
    // Known Shift_JIS round trip: 〜 comes back as ～; everything else is identical.
    const expected = JSON.parse(JSON.stringify(bundled.indicators).replace(/\u301C/g, "\uFF5E"));
    expect(sjis.dataset.indicators).toEqual(expected);
  });
});

/** Hostile or malformed sources: each refused with its own specific message (nothing is written: see the CLI test). */
export const HOSTILE: readonly (readonly [string, string, Uint8Array, RegExp])[] = [
  ["empty file", "a.csv", new Uint8Array(), /the file is empty/],
  ["binary (NUL bytes)", "a.csv", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /NUL byte at offset 4/],
  ["neither UTF-8 nor Shift_JIS", "a.csv", new Uint8Array([0x69, 0x64, 0x0a, 0x80, 0xff, 0xfd]), /neither UTF-8 \(invalid at byte 3\) nor Shift_JIS/],
  ["UTF-8 BOM then not UTF-8", "a.csv", new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0x28]), /byte-order mark but is not UTF-8 at byte 4/],
  ["a file over the size limit", "a.csv", new Uint8Array(MAX_DATASET_BYTES + 1).fill(0x61), /over the limit of 2097152 bytes/],
  ["JSON that does not parse", "a.json", utf8('{"datasetVersion": "1.0.0",\n  oops}'), /not valid JSON at line 2/],
  ["JSON whose root is an array", "a.json", utf8("[]"), /expected an object|root|object/i],
  [
    "JSON with a duplicate indicator id",
    "a.json",
    utf8(JSON.stringify({ ...bundled, indicators: [...bundled.indicators, bundled.indicators[0]] })),
    /indicators\[\d+\]\.id.*(duplicate|twice|already|same)/i,
  ],
  ["JSON with an unknown field", "a.json", utf8(JSON.stringify({ ...bundled, extra: 1 })), /extra/],
  ["CSV quote never closed", "a.csv", utf8(`${header}\r\n"never closed${",x".repeat(columns.length - 1)}\r\n`), /a\.csv:2:A: a quoted field is never closed/],
  ["CSV quote inside an unquoted field", "a.csv", utf8(withField("name", 'a"b')), /a\.csv:2:E: a quote inside an unquoted field/],
  ["CSV text after a closing quote", "a.csv", utf8(withField("name", '"a"b')), /a\.csv:2:E: unexpected text after a closing quote/],
  ["CSV unknown column", "a.csv", utf8(csvText.replace("id,kind", "id,kind2")), /a\.csv:1:B: unknown column "kind2"/],
  ["CSV missing a required column", "a.csv", utf8(csvText.replace(",direction,", ",direction2,")), /missing the column "direction"/],
  ["CSV a column twice", "a.csv", utf8(csvText.replace("id,kind", "id,id")), /a\.csv:1:B: the column "id" appears twice/],
  ["CSV an empty header cell", "a.csv", utf8(csvText.replace("id,kind", ",kind")), /a\.csv:1:A: an empty column header/],
  ["CSV header only", "a.csv", utf8(`${header}\r\n`), /no indicator rows under the header/],
  ["CSV blank lines only", "a.csv", utf8("\r\n\r\n"), /no header row/],
  ["CSV a row with too few fields", "a.csv", utf8(`${header}\r\n1-1-N1,numeric-target\r\n`), /a\.csv:2: 2 fields where the header has \d+/],
  ["CSV =HYPERLINK formula", "a.csv", utf8(withField("name", '"=HYPERLINK(""http://x"",""x"")"')), /a\.csv:2:E \(name\): a formula/],
  ["CSV formula in a number column", "a.csv", utf8(withField("target.value", "=1+1")), /\(target\.value\): a formula/],
  ["CSV thousands separator in a number", "a.csv", utf8(withField("target.value", '"1,563"')), /\(target\.value\): expected a number in plain notation/],
  ["CSV NaN as a number", "a.csv", utf8(withField("target.value", "NaN")), /\(target\.value\): expected a number in plain notation .*got "NaN"/],
  ["CSV a number out of range", "a.csv", utf8(withField("target.value", "1e999")), /\(target\.value\): number out of range/],
  ["CSV decimals not whole", "a.csv", utf8(withField("decimals", "1.5")), /\(decimals\): expected a whole number/],
  ["CSV a boolean that is not TRUE/FALSE", "a.csv", utf8(withField("cumulative", "yes")), /\(cumulative\): expected TRUE or FALSE/],
  ["CSV source lines not numbers", "a.csv", utf8(withField("sourceLines", "a;b")), /\(sourceLines\): expected line numbers/],
  ["CSV an id in the wrong shape", "a.csv", utf8(withField("id", "X-1")), /a\.csv:2:A \(id\): must look like 1-1-N1/],
  ["CSV an unknown kind", "a.csv", utf8(withField("kind", "goal")), /a\.csv:2:B \(kind\)/],
  ["CSV an unknown sub-goal", "a.csv", utf8(withField("subGoalId", "9-9")), /a\.csv:2:C \(subGoalId\)/],
  [
    "CSV duplicate ids",
    "a.csv",
    utf8([header, csvLines[1], csvLines[1], ""].join("\r\n")),
    /a\.csv:3:A \(id\)/,
  ],
  ["CSV a field over Excel's cell limit", "a.csv", utf8(withField("name", "x".repeat(32768))), /a\.csv:2:E: a field of 32768 characters/],
  ["CSV too many records", "a.csv", utf8(`id\n${"x\n".repeat(20001)}`), /more than 20000 records/],
  ["Shift_JIS CSV with a formula", "a.csv", shiftJis(`${header}\r\n=1,${"x,".repeat(columns.length - 2)}x\r\n`), /a\.csv:2:A \(id\): a formula/],
];

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
