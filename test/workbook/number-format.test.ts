import { isDateFormat } from "../../src/workbook/number-format";

describe("isDateFormat", () => {
  it.each([
    "yyyy/m/d",
    "m/d/yyyy",
    'yyyy"年"m"月"d"日"',
    '[$-ja-JP]ggge"年"m"月"d"日"',
    "h:mm",
    "mm-dd-yy",
    "[h]:mm:ss",
  ])("%s shows a date or a time", (format) => expect(isDateFormat(format)).toBe(true));
  it.each([undefined, "", "General", "0", "#,##0", '0"年度"', '"第"0"回"', "0.0%", "0.00E+00", "@", '#,##0"件"'])(
    "%s shows a number",
    (format) => expect(isDateFormat(format)).toBe(false),
  );
});
