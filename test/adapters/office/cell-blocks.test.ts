import fc from "fast-check";
import type { CellPlan, SheetPlan } from "../../../src/plan/types";
import {
  cellBlocks,
  columnWidthPoints,
  jsonBytes,
  needsTextFormat,
  styleRects,
} from "../../../src/adapters/office/cell-blocks";

const sheet = (rows: (CellPlan | null)[][]): SheetPlan => ({
  name: "S",
  rows,
  columns: [],
  tables: [],
  conditionalFormats: [],
  validations: [],
  charts: [],
});

describe("needsTextFormat", () => {
  it.each([
    "=SUM(A1)",
    "+81",
    "-3",
    "@x",
    "12",
    "0012",
    "1,563",
    "94.6%",
    "1-1",
    "2024/4/1",
    "TRUE",
    "12:30",
    // Excel reads a number typed after spaces as the number: " -0" became -0 (found by the values property).
    " -0",
    " +5",
    "  -1.5%",
  ])("%s would be converted by Excel", (text) => expect(needsTextFormat(text)).toBe(true));
  it.each(["伊勢崎", "1-1-N1", "令和6年度(2024)", "A 達成", "− 未評価", "", "1563件"])("%s stays as typed", (text) =>
    expect(needsTextFormat(text)).toBe(false),
  );
});

describe("jsonBytes", () => {
  it("equals the UTF-8 size of JSON.stringify for the 2-D arrays the renderer sends (any text)", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), (grid) => {
        expect(jsonBytes(grid)).toBe(Buffer.byteLength(JSON.stringify(grid), "utf8"));
      }),
      { numRuns: 500 },
    );
  });
});

describe("cellBlocks", () => {
  it("pads rows to the block width with null (untouched) and writes formulas with their =", () => {
    const [block] = cellBlocks(sheet([[{ value: "a" }], [null, { formula: "=A1", numberFormat: "0%" }]]), 1_000_000);
    expect(block).toMatchObject({
      top: 1,
      rows: 2,
      columns: 2,
      formulas: [
        ["a", null],
        [null, "=A1"],
      ],
      numberFormat: [
        [null, null],
        [null, "0%"],
      ],
      hasNumberFormat: true,
    });
  });

  it("splits rows into blocks under the target and covers every row once", () => {
    const rows = Array.from({ length: 100 }, (_, r) => [{ value: `行${r}` }, { value: r }]);
    const blocks = cellBlocks(sheet(rows), 300);
    expect(blocks.length).toBeGreaterThan(5);
    let next = 1;
    for (const b of blocks) {
      expect(b.top).toBe(next);
      expect(b.estimatedBytes).toBeLessThanOrEqual(300);
      next += b.rows;
    }
    expect(next).toBe(101);
  });

  it("writes an empty string for a planned empty value (clears) and skips entirely untouched rows", () => {
    const blocks = cellBlocks(sheet([[null, null], [{ value: null }]]), 1_000_000);
    expect(blocks[0]?.formulas).toEqual([
      [null, null],
      ["", null],
    ]);
    expect(cellBlocks(sheet([[null], []]), 1000)).toEqual([]);
  });
});

describe("styleRects", () => {
  it("merges equal styles into rectangles and keeps scattered cells apart", () => {
    const d: CellPlan = { value: 1, style: "definition" };
    const w: CellPlan = { value: 1, style: "warning" };
    const rects = styleRects(
      sheet([
        [d, d, w],
        [d, d, d],
        [d, d, w],
      ]),
    );
    expect(rects).toEqual([
      { style: "definition", top: 1, left: 1, bottom: 1, right: 2 },
      { style: "warning", top: 1, left: 3, bottom: 1, right: 3 },
      { style: "definition", top: 2, left: 1, bottom: 2, right: 3 },
      { style: "definition", top: 3, left: 1, bottom: 3, right: 2 },
      { style: "warning", top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });

  it("covers exactly the styled cells, each once (property)", () => {
    const style = fc.constantFrom(undefined, "input", "formula", "header");
    fc.assert(
      fc.property(fc.array(fc.array(style, { maxLength: 5 }), { maxLength: 6 }), (grid) => {
        const s = sheet(grid.map((row) => row.map((st) => (st ? { value: 1, style: st } : null))));
        const seen = new Map<string, string>();
        for (const r of styleRects(s)) {
          for (let row = r.top; row <= r.bottom; row++)
            for (let c = r.left; c <= r.right; c++) {
              expect(seen.has(`${row},${c}`)).toBe(false);
              seen.set(`${row},${c}`, r.style);
            }
        }
        const expected = new Map<string, string>();
        grid.forEach((row, r) => row.forEach((st, c) => st && expected.set(`${r + 1},${c + 1}`, st)));
        expect(seen).toEqual(expected);
      }),
    );
  });
});

describe("columnWidthPoints", () => {
  it("converts Excel's character widths to points (8.43 characters is the default 64 px = 48 pt)", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(columnWidthPoints(10)).toBe(56.25);
  });
});
