import { readFileSync } from "node:fs";
import { join } from "node:path";
import { jsonErrorOffset } from "../../../src/domain/dataset/json-position";
import { lineColumnAt, MAX_DATASET_BYTES, parseDatasetText, utf8Length } from "../../../src/domain/dataset/parse";
import { ROOT } from "./seed-text";

const valid = readFileSync(join(ROOT, "test", "fixtures", "datasets", "valid-minimal.json"), "utf8");
const messages = (text: string, name = "x.json"): string[] => {
  const result = parseDatasetText(text, name);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe("parseDatasetText", () => {
  it("accepts a valid file, with or without a byte-order mark", () => {
    expect(parseDatasetText(valid, "v.json").ok).toBe(true);
    expect(parseDatasetText(`\uFEFF${valid}`, "v.json").ok).toBe(true);
  });

  it.each(["", "   \n\t  ", "\uFEFF"])("calls %p an empty file, naming the file", (text) => {
    expect(messages(text, "seeds/x.json")).toEqual(["seeds/x.json: the file is empty"]);
  });

  it("says on which line and column JSON breaks", () => {
    // line 3 holds the stray closing brace after a trailing comma
    expect(messages('{\n  "a": 1,\n}\n')).toEqual([
      expect.stringMatching(/^x\.json: not valid JSON at line 3, column 1: /),
    ]);
    expect(messages("hello")).toEqual([expect.stringMatching(/^x\.json: not valid JSON at line 1, column 1: /)]);
  });

  it("points past the end when the file stops mid-way", () => {
    expect(messages('{\n  "datasetVersion": ')).toEqual([
      expect.stringMatching(/^x\.json: not valid JSON at line 2, column 21: /),
    ]);
  });

  it("refuses a file over the size limit before parsing it, and says the limit", () => {
    // A valid JSON object padded past the limit: the size check must come first.
    const padding = "あ".repeat(Math.ceil(MAX_DATASET_BYTES / 3) + 10);
    const huge = `{"padding": "${padding}"}`;
    expect(utf8Length(huge)).toBeGreaterThan(MAX_DATASET_BYTES);
    expect(messages(huge, "big.json")).toEqual([
      `big.json: the file is 2.0 MiB, over the limit of 2.0 MiB (${MAX_DATASET_BYTES} bytes)`,
    ]);
    // exactly at the limit is still parsed (and then fails as a dataset, not for its size)
    const atLimit = `"${"a".repeat(MAX_DATASET_BYTES - 2)}"`;
    expect(messages(atLimit)).toEqual(['(root): expected an object, got "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…"']);
  });
});

describe("helpers", () => {
  it("counts UTF-8 bytes like Node's Buffer", () => {
    for (const s of ["", "abc", "伊勢崎", "１,５６３件", "𠮷野家", "※ é"])
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
  });
  it("turns an offset into a 1-based line and column", () => {
    expect(lineColumnAt("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt("ab\ncd\nef", 99)).toEqual({ line: 3, column: 3 });
  });
});

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": 1}', null],
    ['[1, 2.5e3, -0, true, false, null, "x\\u00e9\\n"]', null],
    ["hello", 0],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["[1 2]", 3],
    ['{"a": 01}', 7],
    ['"tab\there"', 4],
    ['{"a": [1, 2]', 12],
    ["{} x", 3],
    ["", 0],
  ] as const)("%p → %p", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    // and it agrees with JSON.parse on validity
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(valid).toBe(offset === null);
  });
});
