import { parsePrintedNumber, printedDecimals, printedUnitFollows } from "../../../src/domain/dataset/printed";
import { describeValue, formatPath } from "../../../src/domain/dataset/problems";

describe("reading printed cells", () => {
  it.each([
    ["1,563件", 1563],
    ["11,942億円", 11942],
    ["４件", 4],
    ["１,５６３件", 1563],
    ["430万人(※)", 430],
    ["490.7万人", 490.7],
    ["366日（閏年）", 366],
    ["77.41歳", 77.41],
    ["0回", 0],
    ["－", null],
    ["待機児童なし", null],
  ] as const)("%s → %p", (printed, value) => {
    expect(parsePrintedNumber(printed)).toBe(value);
  });

  it("counts printed decimals", () => {
    expect(printedDecimals("94.6%")).toBe(1);
    expect(printedDecimals("77.41歳")).toBe(2);
    expect(printedDecimals("82.0%")).toBe(1);
    expect(printedDecimals("1,563件")).toBe(0);
    expect(printedDecimals("－")).toBe(0);
  });

  it("checks the unit right after the number", () => {
    expect(printedUnitFollows("3,923ha", "ha")).toBe(true);
    expect(printedUnitFollows("430万人(※)", "万人")).toBe(true);
    expect(printedUnitFollows("430万人(※)", "人")).toBe(false);
    expect(printedUnitFollows("187事業所", "事業所")).toBe(true);
    expect(printedUnitFollows("７教室", "教室")).toBe(true);
    expect(printedUnitFollows("待機児童なし", "人")).toBe(false);
  });
});

describe("problem paths and values", () => {
  it("formats paths like indicators[12].target.value", () => {
    expect(formatPath(["indicators", 12, "target", "value"])).toBe("indicators[12].target.value");
    expect(formatPath([3, "a"])).toBe("[3].a");
    expect(formatPath([])).toBe("(root)");
  });
  it("describes values briefly", () => {
    expect(describeValue("1,630")).toBe('"1,630"');
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue([])).toBe("an array");
    expect(describeValue({})).toBe("an object");
    expect(describeValue(undefined)).toBe("nothing");
    expect(describeValue("x".repeat(50))).toBe(`"${"x".repeat(40)}…"`);
  });
});
