/** Range.text in the fake: values through the plan's number formats. */
import { formatText } from "./number-format";

describe("formatText", () => {
  it.each([
    [0.8567, "0.0%", "85.7%"],
    [1234.5, "#,##0.0", "1,234.5"],
    [94.6, '#,##0.0"%"', "94.6%"],
    [2024, '0"年度"', "2024年度"],
    [3, '"第"0"回"', "第3回"],
    [0.5, "0.00", "0.50"],
    [-0.04, "0", "0"],
    [-1234, "#,##0", "-1,234"],
    [1 / 3, "General", "0.3333333333"],
    [42, undefined, "42"],
    ["A 達成", "General", "A 達成"],
    [true, "General", "TRUE"],
    ["#NAME?", "0.0%", "#NAME?"],
  ])("%p in %p reads %p", (value, format, text) => {
    expect(formatText(value, format)).toBe(text);
  });
});
