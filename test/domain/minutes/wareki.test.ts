import { formatClock, formatWarekiDate } from "../../../src/domain/minutes/wareki";

describe("和暦 dates (Intl Japanese calendar)", () => {
  it.each([
    // weekdays derived from 2025-01-01 (Wed) and 2026-01-01 (Thu) by counting days
    ["2025-11-20", "令和7年11月20日（木）"],
    ["2026-02-12", "令和8年2月12日（木）"],
    ["2019-05-01", "令和元年5月1日（水）"],
    ["2019-04-30", "平成31年4月30日（火）"],
  ])("%s → %s", (iso, text) => {
    expect(formatWarekiDate(iso)).toEqual({ ok: true, text });
  });

  it.each(["2025-02-30", "2025/11/20", "", "令和7年11月20日"])("rejects %p as data", (iso) => {
    const r = formatWarekiDate(iso);
    expect(r.ok).toBe(false);
  });
});

describe("one clock time (開会・閉会)", () => {
  it.each([
    ["14:00", "午後2時00分"],
    ["12:05", "午後0時05分"],
    ["0:30", "午前0時30分"],
    ["9:15", "午前9時15分"],
  ])("%s → %s", (typed, text) => {
    expect(formatClock(typed)).toBe(text);
  });

  it("is null for what is not a time", () => {
    expect(formatClock("24:00")).toBeNull();
    expect(formatClock("2時")).toBeNull();
  });
});
