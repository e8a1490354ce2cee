/** The test-support loader: defined names renamed only where they are names, plans load and recalculate. */
import { loadPlanIntoHyperFormula, parseA1, renameNames } from "./hyperformula-plan";

const aliases = new Map([
  ["評価年度", "PLANNAME_0"],
  ["順調閾値", "PLANNAME_1"],
]);

describe("renameNames", () => {
  it.each([
    ["=評価年度", "=PLANNAME_0"],
    ["=Q$2<=評価年度", "=Q$2<=PLANNAME_0"],
    ["=ROUND(AB4*順調閾値,9)", "=ROUND(AB4*PLANNAME_1,9)"],
    // Inside a string literal or a quoted sheet name a name is text, not a reference.
    ['=IF(A1="評価年度",1,0)', '=IF(A1="評価年度",1,0)'],
    ["='評価年度'!A1+評価年度", "='評価年度'!A1+PLANNAME_0"],
    ['="a""評価年度"&評価年度', '="a""評価年度"&PLANNAME_0'],
    // Part of a longer name: left alone.
    ["=旧評価年度+評価年度2", "=旧評価年度+評価年度2"],
  ])("%s → %s", (from, to) => {
    expect(renameNames(from, aliases)).toBe(to);
  });
});

describe("parseA1", () => {
  it("reads columns past Z and $ anchors", () => {
    expect(parseA1("A1")).toEqual({ row: 0, col: 0 });
    expect(parseA1("$AC$12")).toEqual({ row: 11, col: 28 });
    expect(() => parseA1("12A")).toThrow();
  });
});

describe("loadPlanIntoHyperFormula", () => {
  it("keeps text text, resolves names across sheets and recalculates on change", () => {
    const loaded = loadPlanIntoHyperFormula({
      names: [{ name: "評価年度", sheet: "設定", address: "$A$1" }],
      sheets: [
        {
          name: "設定",
          rows: [[{ value: 2024 }]],
          columns: [],
          tables: [],
          conditionalFormats: [],
          validations: [],
          charts: [],
        },
        {
          name: "データ",
          rows: [
            [
              { value: "1-1" },
              { value: "2024" },
              { formula: "=評価年度+1" },
              { formula: '=IF(B1="2024","text","number")' },
            ],
          ],
          columns: [],
          tables: [],
          conditionalFormats: [],
          validations: [],
          charts: [],
        },
      ],
    });
    try {
      expect(loaded.value("データ", "A1")).toBe("1-1"); // not a date
      expect(loaded.value("データ", "B1")).toBe("2024"); // not a number
      expect(loaded.value("データ", "C1")).toBe(2025);
      expect(loaded.value("データ", "D1")).toBe("text");
      loaded.setValue("設定", "A1", 2030);
      expect(loaded.value("データ", "C1")).toBe(2031);
    } finally {
      loaded.destroy();
    }
  });
});
