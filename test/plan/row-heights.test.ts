/** Row heights for wrapped text (plan/row-heights.ts): widths in digits, two per East Asian character. */
import { LINE_POINTS, rowHeightFor, textWidth, wrappedLines } from "../../src/plan/row-heights";

describe("row heights for wrapped text", () => {
  it("counts a wide character as two digits and anything else as one", () => {
    expect(textWidth("ABC 12")).toBe(6);
    expect(textWidth("英語の学習")).toBe(10);
    expect(textWidth("（％）")).toBe(6);
    expect(textWidth("ｱ")).toBe(1); // halfwidth katakana is narrow
  });

  it("wraps between characters within the column less its margin, and keeps the text's own line breaks", () => {
    expect(wrappedLines("ABCDEFGHIJ", 11)).toBe(1); // 10 digits in 10 usable
    expect(wrappedLines("ABCDEFGHIJK", 11)).toBe(2);
    // 5 wide characters = 10 digits: one line; a sixth starts a second, never half a character on each.
    expect(wrappedLines("あいうえお", 11)).toBe(1);
    expect(wrappedLines("あいうえおか", 11)).toBe(2);
    expect(wrappedLines("Aあいうえお", 11)).toBe(2);
    expect(wrappedLines("一行目\n二行目", 20)).toBe(2);
  });

  it("asks for no height where one line is enough, else one line's points per line", () => {
    expect(
      rowHeightFor([
        { text: "短い", width: 20 },
        { text: null, width: 5 },
      ]),
    ).toBeNull();
    const two = rowHeightFor([
      { text: "あいうえおか", width: 11 },
      { text: "短い", width: 20 },
    ]);
    const three = rowHeightFor([{ text: "あいうえおかきくけこさ", width: 11 }]);
    expect(two).toBeGreaterThanOrEqual(2 * LINE_POINTS);
    expect(three).toBeGreaterThanOrEqual(3 * LINE_POINTS);
    expect(three! - two!).toBe(LINE_POINTS);
  });
});
