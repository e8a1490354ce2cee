import {
  daysInFiscalYear,
  fiscalYearOf,
  lastCompletedFiscalYear,
  parsePeriod,
  periodLabel,
} from "../../src/domain/periods";

describe("parsePeriod", () => {
  it.each([
    ["令和元年度", "fiscal", 2019],
    ["令和９年度", "fiscal", 2027],
    ["令和8年", "calendar", 2026],
    ["平成30年度", "fiscal", 2018],
    ["平成29年", "calendar", 2017],
    ["2024年度", "fiscal", 2024],
  ] as const)("%s → %s %d", (printed, basis, year) => {
    expect(parsePeriod(printed)).toEqual({ ok: true, basis, year });
  });

  it.each(["令和", "R1", "令和0年度", "", "令和元年度末"])("rejects %p with a message quoting it", (printed) => {
    const result = parsePeriod(printed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`"${printed}"`);
  });
});

describe("fiscal years", () => {
  it("starts in April", () => {
    expect(fiscalYearOf(new Date(2025, 2, 31))).toBe(2024);
    expect(fiscalYearOf(new Date(2025, 3, 1))).toBe(2025);
    expect(lastCompletedFiscalYear(new Date(2026, 10, 24))).toBe(2025);
  });
  it("counts 366 days when the following February is a leap month", () => {
    expect(daysInFiscalYear(2019)).toBe(366); // 令和元年度 ends March 2020
    expect(daysInFiscalYear(2027)).toBe(366); // 令和9年度 ends March 2028
    expect(daysInFiscalYear(2024)).toBe(365);
  });
  it("labels headers with the western year", () => {
    expect(periodLabel(2024, "fiscal")).toBe("令和6年度(2024)");
    expect(periodLabel(2019, "fiscal")).toBe("令和元年度(2019)");
    expect(periodLabel(2018, "calendar")).toBe("平成30年(2018)");
  });
});
