import type { Scalar } from "../../src/lib/scalar";
import {
  commentRow,
  findRowById,
  meetingRow,
  memberIdOf,
  memberRow,
  readCommentBookFrom,
  readComments,
  readMeetings,
  readMembers,
  rowNumberFormats,
} from "../../src/workbook/comment-rows";
import { serialToDate, serialToTime } from "../../src/lib/excel-date";
import { COMMENT_COLUMNS, MEETING_COLUMNS, MEMBER_COLUMNS } from "../../src/workbook/comment-columns";
import { comment, MEETING_1, MEMBERS } from "../fixtures/comments/records";
import { COMMENT_ROW_NUMBER_FORMATS } from "../support/comment-sheet-contract";

const COMMENT_HEADERS = COMMENT_COLUMNS.map((c) => c.header);

describe("row ⇄ record, found by header", () => {
  it("round-trips members, meetings and comments in the plan's column order", () => {
    const mh = MEMBER_COLUMNS.map((c) => c.header);
    const rows = MEMBERS.map((m) => {
      const r = memberRow(mh, m);
      if (!r.ok) throw new Error("headers");
      return r.row;
    });
    expect(rows[2]).toEqual(["M003", "鈴木 一郎", "委員", "公募", "退任"]);
    expect(readMembers({ headers: mh, rows }).records.map((r) => r.record)).toEqual(MEMBERS);

    const gh = MEETING_COLUMNS.map((c) => c.header);
    const m1 = { ...MEETING_1, secretariat: "企画部企画調整課" };
    const g = meetingRow(gh, m1);
    expect(g.ok && g.row).toEqual([
      1,
      "2025-07-10",
      "14:00",
      "15:30",
      "市役所 401会議室",
      "M001、M002",
      "M003",
      "企画部長、企画調整課長",
      "令和6年度の実績について\n意見交換",
      "資料1 KPI一覧\n資料2 評価",
      "2名",
      "公開",
      "企画部企画調整課",
    ]);
    expect(readMeetings({ headers: gh, rows: [g.ok ? g.row : []] }).records[0]?.record).toEqual(m1);

    const c = comment({ text: "=1+1\n二行目", target: { kind: "strategy" } });
    const row = commentRow(COMMENT_HEADERS, c);
    expect(row.ok && row.row[2]).toBe("全体");
    expect(readComments({ headers: COMMENT_HEADERS, rows: [row.ok ? row.row : []] })).toEqual({
      records: [{ record: c, index: 0 }],
      problems: [],
    });
  });

  it("reads and writes a table whose columns were reordered and extended by hand", () => {
    const headers: Scalar[] = ["メモ", ...[...COMMENT_HEADERS].reverse()];
    const c = comment();
    const row = commentRow(headers, c);
    if (!row.ok) throw new Error("headers");
    expect(row.row[0]).toBeNull(); // a column that is not ours is left alone
    expect(row.row[1]).toBe("企画調整課"); // 記録者 is now the second column
    expect(readComments({ headers, rows: [row.row] }).records[0]?.record).toEqual(c);
  });

  it("writes 出席委員/欠席委員 as names from the roster and reads names or ids back as member ids", () => {
    const headers = MEETING_COLUMNS.map((c) => c.header);
    const mh = MEMBER_COLUMNS.map((c) => c.header);
    const row = meetingRow(headers, MEETING_1, MEMBERS);
    if (!row.ok) throw new Error("headers");
    expect(row.row.slice(5, 7)).toEqual(["山田 太郎、佐藤 花子", "鈴木 一郎"]);
    const oldRow = meetingRow(headers, MEETING_1); // no roster: ids, as workbooks before names hold them
    if (!oldRow.ok) throw new Error("headers");
    const typed = [...row.row];
    typed[0] = 2;
    typed[5] = "山田太郎、M002"; // a name typed without the space, beside an id
    const memberRows = MEMBERS.map((m) => {
      const r = memberRow(mh, m);
      if (!r.ok) throw new Error("headers");
      return r.row;
    });
    const grids: Record<string, { headers: Scalar[]; rows: Scalar[][] }> = {
      委員名簿: { headers: mh, rows: memberRows },
      会議: { headers, rows: [row.row, typed, [3, ...oldRow.row.slice(1)]] },
      委員意見: { headers: COMMENT_HEADERS, rows: [] },
    };
    const book = readCommentBookFrom((t) => grids[t] ?? null);
    expect(book.meetings.problems).toEqual([]);
    expect(book.meetings.records.map((r) => [r.record.attendees, r.record.absentees])).toEqual([
      [["M001", "M002"], ["M003"]],
      [["M001", "M002"], ["M003"]],
      [["M001", "M002"], ["M003"]],
    ]);
  });

  it("leaves a name the roster lacks or two members share as typed (saving then reports it)", () => {
    const twins = [...MEMBERS, { ...MEMBERS[0]!, id: "M009" }];
    expect(memberIdOf("山田 太郎", twins)).toBe("山田 太郎");
    expect(memberIdOf("田中", MEMBERS)).toBe("田中");
    expect(memberIdOf("M009", twins)).toBe("M009");
  });

  it("reads a 会議 table from before 傍聴者/公開区分/事務局 (empty) and writes to it unless a value would be lost", () => {
    const added = ["傍聴者", "公開区分", "事務局"];
    const old = MEETING_COLUMNS.filter((c) => !added.includes(c.header)).map((c) => c.header);
    const full = meetingRow(old, { ...MEETING_1, observers: "", disclosure: "", secretariat: "" });
    if (!full.ok) throw new Error("headers");
    expect(full.row).toHaveLength(old.length);
    const read = readMeetings({ headers: old, rows: [full.row] });
    expect(read.problems).toEqual([]);
    expect(read.records[0]?.record).toEqual({ ...MEETING_1, observers: "", disclosure: "", secretariat: "" });
    const lost = meetingRow(old, { ...MEETING_1, secretariat: "企画調整課" });
    expect(lost.ok ? [] : lost.problems.map((p) => `${p.code}:${p.params.header}`)).toEqual([
      "olderTable:傍聴者",
      "olderTable:公開区分",
      "olderTable:事務局",
    ]);
  });

  it("reads and writes 事務局 by its header, wherever the column is, and reads a table without it as no 事務局", () => {
    const withIt = ["事務局", ...MEETING_COLUMNS.map((c) => c.header).filter((h) => h !== "事務局")];
    const meeting = { ...MEETING_1, secretariat: "企画部企画調整課" };
    const row = meetingRow(withIt, meeting);
    if (!row.ok) throw new Error("headers");
    expect(row.row[0]).toBe("企画部企画調整課");
    const padded = [...row.row];
    padded[0] = "  企画部企画調整課 ";
    expect(readMeetings({ headers: withIt, rows: [padded] }).records[0]?.record).toEqual(meeting);
    // A workbook made with 傍聴者/公開区分 but before 事務局: reads as none; an append without one writes the rest.
    const before = MEETING_COLUMNS.filter((c) => c.header !== "事務局").map((c) => c.header);
    const plain = meetingRow(before, MEETING_1);
    expect(plain.ok && plain.row[before.indexOf("傍聴者")]).toBe("2名");
    const read = readMeetings({ headers: before, rows: [plain.ok ? plain.row : []] });
    expect(read.problems).toEqual([]);
    expect(read.records[0]?.record.secretariat).toBe("");
    const lost = meetingRow(before, meeting);
    expect(lost.ok ? [] : lost.problems.map((p) => `${p.code}:${p.params.header}`)).toEqual(["olderTable:事務局"]);
  });

  it("reads 議題 without a typed 「（1）」 and reports a 公開区分 outside the list", () => {
    const headers = MEETING_COLUMNS.map((c) => c.header);
    const row = meetingRow(headers, MEETING_1);
    if (!row.ok) throw new Error("headers");
    const typed = [...row.row];
    typed[headers.indexOf("議題")] = "（1）実績について\n(2) 意見交換";
    typed[headers.indexOf("公開区分")] = "公開する";
    const read = readMeetings({ headers, rows: [typed] });
    expect(read.records[0]?.record.agenda).toEqual(["実績について", "意見交換"]);
    expect(read.problems.map((p) => `${p.path}:${p.code}`)).toEqual(["会議 2行目 公開区分:notInList"]);
  });

  it("reports a missing or doubled header instead of guessing", () => {
    const missing = readComments({ headers: COMMENT_HEADERS.filter((h) => h !== "内容"), rows: [] });
    expect(missing.problems.map((p) => p.code)).toEqual(["missingHeader"]);
    const doubled = commentRow([...COMMENT_HEADERS, "区分"], comment());
    expect(doubled.ok ? [] : doubled.problems.map((p) => p.params.header)).toEqual(["区分"]);
  });

  it("skips rows without an id and names the sheet row of a bad cell", () => {
    const good = commentRow(COMMENT_HEADERS, comment());
    if (!good.ok) throw new Error("headers");
    const bad = [...good.row];
    bad[0] = "C-2";
    bad[5] = "雑談";
    const blank = COMMENT_HEADERS.map(() => null);
    const read = readComments({ headers: COMMENT_HEADERS, rows: [blank, good.row, bad], firstRow: 4 });
    expect(read.records.map((r) => r.index)).toEqual([1, 2]);
    expect(read.problems.map((p) => p.path)).toEqual(["委員意見 6行目 区分"]);
  });

  it("drops a row whose 対象 names nothing (reported), rather than attributing it to the strategy", () => {
    const row = commentRow(COMMENT_HEADERS, comment());
    if (!row.ok) throw new Error("headers");
    const odd = [...row.row];
    odd[2] = "どこか";
    const read = readComments({ headers: COMMENT_HEADERS, rows: [odd] });
    expect(read.records).toEqual([]);
    expect(read.problems.map((p) => p.code)).toEqual(["badTarget"]);
  });

  it("accepts Excel date/time serials and 「第3回」 where people typed them", () => {
    // 45981 days after 1899-12-30 is 2025-11-20; 0.5833… of a day is 14:00.
    expect(serialToDate(45981)).toBe("2025-11-20");
    expect(serialToTime(14 / 24)).toBe("14:00");
    const gh = MEETING_COLUMNS.map((c) => c.header);
    const read = readMeetings({
      headers: gh,
      rows: [["第3回", 45981, 14 / 24, 15.5 / 24, "", "M001,M002", "", "", "", ""]],
    });
    expect(read.records[0]?.record).toMatchObject({
      number: 3,
      date: "2025-11-20",
      startTime: "14:00",
      endTime: "15:30",
      attendees: ["M001", "M002"],
    });
  });

  it("gives every text cell the text format and leaves the numeric 会議 cell alone", () => {
    const row = commentRow(COMMENT_HEADERS, comment());
    expect(row.ok && rowNumberFormats(row.row, COMMENT_HEADERS)).toEqual(COMMENT_ROW_NUMBER_FORMATS);
  });

  it("writes 記録日時 as the serial of its Japan time and reads it back; the ISO text older rows hold still reads", () => {
    const c = comment({ recordedAt: "2025-11-20T14:30:05+09:00" });
    const row = commentRow(COMMENT_HEADERS, c);
    if (!row.ok) throw new Error("headers");
    const at = COMMENT_HEADERS.indexOf("記録日時");
    // 2025-11-20 14:30:05 as Excel shows it: day 45981 and 14:30:05 of it
    expect(row.row[at]).toBeCloseTo(45981 + (14 * 3600 + 30 * 60 + 5) / 86400, 9);
    expect(readComments({ headers: COMMENT_HEADERS, rows: [row.row] }).records[0]?.record.recordedAt).toBe(
      "2025-11-20T14:30:05+09:00",
    );
    const old = [...row.row];
    old[at] = "2025-07-10T09:00:00+09:00";
    expect(readComments({ headers: COMMENT_HEADERS, rows: [old] }).records[0]?.record.recordedAt).toBe(
      "2025-07-10T09:00:00+09:00",
    );
    // A UTC timestamp is the same moment: written as its Japan time
    const utc = commentRow(COMMENT_HEADERS, comment({ recordedAt: "2025-11-20T05:30:05Z" }));
    expect(utc.ok && utc.row[at]).toBe(row.row[at]);
  });
});

describe("findRowById", () => {
  const rows = (ids: string[]) => ids.map((id) => [id, 1, "全体"]);
  it("finds the row by id wherever a sort moved it", () => {
    expect(findRowById(["ID", "会議", "対象"], rows(["C-a", "C-b", "C-c"]), "ID", "C-b")).toBe(1);
    expect(findRowById(["ID", "会議", "対象"], rows(["C-c", "C-a", "C-b"]), "ID", "C-b")).toBe(2);
  });

  it("returns -1 when the id is missing or doubled (never guesses)", () => {
    expect(findRowById(["ID"], rows(["C-a"]), "ID", "C-z")).toBe(-1);
    expect(findRowById(["ID"], rows(["C-a", "C-a"]), "ID", "C-a")).toBe(-1);
  });

  it("finds a meeting by 回 written as a number or as 第N回", () => {
    expect(findRowById(["回"], [[1], ["第2回"]], "回", 2)).toBe(1);
    expect(findRowById(["回"], [[1], ["第2回"]], "回", 1)).toBe(0);
  });
});
