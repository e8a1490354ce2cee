import { periodLabel } from "../../src/domain/periods";
import { formatDate, formatDateTime, withYearLabels, yearLabel } from "../../src/i18n/dates";

describe("formatDate / formatDateTime: one style per language", () => {
  it("writes a calendar date in 和暦 in Japanese and day-month-year in English", () => {
    expect(formatDate("ja", "2026-11-24")).toBe("令和8年11月24日");
    expect(formatDate("en", "2026-11-24")).toBe("24 Nov 2026");
  });

  it("names the era the date falls in, 元年 included", () => {
    expect(formatDate("ja", "2019-04-30")).toBe("平成31年4月30日");
    expect(formatDate("ja", "2019-05-01")).toBe("令和元年5月1日");
  });

  it("shows an instant in Japan's time, and a time written without a zone as written", () => {
    const instant = new Date("2026-11-28T05:19:58Z");
    expect(formatDateTime("ja", instant)).toBe("令和8年11月28日 14:19");
    expect(formatDateTime("en", instant)).toBe("28 Nov 2026, 14:19");
    expect(formatDateTime("ja", "2026-11-28T23:30:00+09:00")).toBe("令和8年11月28日 23:30");
    expect(formatDateTime("en", "2026-11-28T14:19:58")).toBe("28 Nov 2026, 14:19");
    // an instant late in the UTC day is the next day in Japan
    expect(formatDate("en", "2026-11-28T20:00:00Z")).toBe("29 Nov 2026");
  });

  it("leaves a date-only value without a time, and text that is no date as it is", () => {
    expect(formatDateTime("ja", "2026-11-24")).toBe("令和8年11月24日");
    expect(formatDate("ja", "令和8年度中")).toBe("令和8年度中");
    expect(formatDate("en", "2026-02-30")).toBe("2026-02-30");
  });
});

describe("yearLabel: a fiscal year in the pane's messages", () => {
  it("reads as the workbook's year labels in Japanese (periodLabel), 1980–2060, across 平成/令和", () => {
    for (let year = 1980; year <= 2060; year++) expect(yearLabel("ja", year)).toBe(periodLabel(year, "fiscal"));
    expect(yearLabel("ja", 2019)).toBe("令和元年度(2019)");
    expect(yearLabel("ja", 2018)).toBe("平成30年度(2018)");
  });

  it("stays the western year in English, and shows anything but a whole year as given", () => {
    expect(yearLabel("en", 2024)).toBe("2024");
    expect(yearLabel("ja", "2024")).toBe("令和6年度(2024)");
    expect(yearLabel("ja", "令和6年度")).toBe("令和6年度");
    expect(yearLabel("ja", 2024.5)).toBe("2024.5");
  });

  it("labels only the params named", () => {
    expect(withYearLabels("ja", { year: 2025, count: 4 }, ["year", "fromYear"])).toEqual({
      year: "令和7年度(2025)",
      count: 4,
    });
  });
});
