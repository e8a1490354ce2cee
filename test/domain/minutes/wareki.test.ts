import {
  formatClock,
  formatMeetingDateTime,
  formatTimeRange,
  formatWarekiDate,
} from "../../../src/domain/minutes/wareki";

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

describe("times as official minutes write them", () => {
  it.each([
    ["14:00", "15:30", "午後2時00分～3時30分"],
    ["9:05", "09:50", "午前9時05分～9時50分"],
    ["11:00", "12:30", "午前11時00分～午後0時30分"],
    ["00:30", "01:00", "午前0時30分～1時00分"],
    ["13:00", "", "午後1時00分～"],
  ])("%s–%s → %s", (s, e, text) => {
    expect(formatTimeRange(s, e)).toEqual({ ok: true, text });
  });

  it("rejects 24:00 and words", () => {
    expect(formatTimeRange("24:00", "25:00").ok).toBe(false);
    expect(formatTimeRange("14:00", "夕方").ok).toBe(false);
  });

  it("keeps what it cannot read as typed and reports it", () => {
    const r = formatMeetingDateTime("2025-11-20", "午後2時", "15:30");
    expect(r.text).toBe("令和7年11月20日（木）午後2時～15:30");
    expect(r.problems).toEqual(["開始時刻「午後2時」は HH:MM 形式ではありません"]);
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
