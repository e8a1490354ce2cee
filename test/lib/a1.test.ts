import {
  cellAddress,
  columnLetter,
  columnNumber,
  parseCell,
  parseRange,
  quoteSheet,
  rangeAddress,
  sheetRef,
} from "../../src/lib/a1";

describe("A1 addressing, column first", () => {
  it("turns column numbers into letters and back", () => {
    const cases: [number, string][] = [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [28, "AB"],
      [52, "AZ"],
      [702, "ZZ"],
      [703, "AAA"],
      [16384, "XFD"],
    ];
    for (const [n, letters] of cases) {
      expect(columnLetter(n)).toBe(letters);
      expect(columnNumber(letters)).toBe(n);
      expect(columnNumber(letters.toLowerCase())).toBe(n);
    }
    expect(() => columnLetter(0)).toThrow(/positive integer/);
    expect(() => columnLetter(1.5)).toThrow(/positive integer/);
  });

  it("reads cellAddress(column, row) as the address reads: B3", () => {
    expect(cellAddress(2, 3)).toBe("B3");
    expect(rangeAddress(1, 3, 28, 53)).toBe("A3:AB53");
  });

  it("parses cells and ranges, absolute or not, into 1-based bounds", () => {
    expect(parseCell("$B$3")).toEqual({ row: 3, column: 2 });
    expect(parseCell(" ab12 ")).toEqual({ row: 12, column: 28 });
    expect(() => parseCell("3B")).toThrow(/not an A1 cell address/);
    expect(parseRange("A3:AB53")).toEqual({ top: 3, left: 1, bottom: 53, right: 28 });
    expect(parseRange("C5:A1")).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
    expect(parseRange("D4")).toEqual({ top: 4, left: 4, bottom: 4, right: 4 });
  });

  it("always quotes sheet names in references, doubling a quote", () => {
    expect(quoteSheet("設定")).toBe("'設定'");
    expect(quoteSheet("委員's")).toBe("'委員''s'");
    expect(sheetRef("KPI一覧", "$C:$C")).toBe("'KPI一覧'!$C:$C");
  });
});
