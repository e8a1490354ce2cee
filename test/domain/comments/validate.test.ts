import {
  applyCommentEdit,
  buildComment,
  describeProblem,
  EXCEL_CELL_CHAR_LIMIT,
  parseTarget,
  textProblems,
  validateMeeting,
  validateMember,
  type CommentInput,
} from "../../../src/domain/comments";
import { CHAIR, comment, fixedIds, MEETING_1, MEETINGS, MEMBERS } from "../../fixtures/comments/records";

const CONTEXT = { members: MEMBERS, meetings: MEETINGS, takenIds: new Set<string>() };
const INPUT: CommentInput = {
  meeting: 2,
  target: "1-1-K1-1",
  speakerId: "M002",
  category: "質問",
  text: "=1+1",
  recordedBy: "企画調整課",
};

describe("parseTarget", () => {
  it.each([
    ["1-1-K2-3", { kind: "indicator", id: "1-1-K2-3" }],
    ["3-1-K1-1a", { kind: "indicator", id: "3-1-K1-1a" }],
    ["1-2-N1", { kind: "indicator", id: "1-2-N1" }],
    ["1-1-2", { kind: "measure", id: "1-1-2" }],
    ["1-1", { kind: "subGoal", id: "1-1" }],
    ["全体", { kind: "strategy" }],
    ["１－１－Ｋ２－３", { kind: "indicator", id: "1-1-K2-3" }],
  ])("reads %s", (text, target) => {
    expect(parseTarget(text)).toEqual(target);
  });

  it.each(["", "1", "1-1-K", "KPI", "0-1"])("names nothing in %j", (text) => {
    expect(parseTarget(text)).toBeNull();
  });
});

describe("textProblems", () => {
  it("accepts exactly 32,767 characters and refuses one more, naming the length", () => {
    expect(textProblems("text", "あ".repeat(EXCEL_CELL_CHAR_LIMIT))).toEqual([]);
    const [p] = textProblems("text", "あ".repeat(EXCEL_CELL_CHAR_LIMIT + 1));
    expect(p?.code).toBe("tooLong");
    expect(describeProblem(p!, "ja")).toBe(
      "内容が長すぎます（32768文字）。Excel の1つのセルには32,767文字までしか入りません。",
    );
  });

  it("refuses control characters an .xlsx cannot hold, but keeps tab and line feed", () => {
    expect(textProblems("text", "a\tb\nc")).toEqual([]);
    expect(textProblems("text", "a\u0007b")[0]).toMatchObject({ code: "controlChar", params: { char: "U+0007" } });
  });
});

describe("buildComment", () => {
  it("builds a record under the member's name with a drawn id, Japan-time 記録日時 and 未対応", () => {
    const built = buildComment(INPUT, CONTEXT, fixedIds("2025-11-20T05:30:05Z"));
    expect(built).toEqual({
      ok: true,
      value: {
        id: "C-20251120-143005-3GW9P6",
        meeting: 2,
        target: { kind: "indicator", id: "1-1-K1-1" },
        speakerId: "M002",
        speakerName: "佐藤 花子",
        category: "質問",
        text: "=1+1",
        response: "",
        status: "未対応",
        recordedAt: "2025-11-20T14:30:05+09:00",
        recordedBy: "企画調整課",
      },
    });
  });

  it("keeps the text verbatim except CRLF → LF (leading tab, spaces, formula-like starts kept)", () => {
    const built = buildComment(
      { ...INPUT, text: "\t  @SUM(A1)\r\n二行目\r三行目  " },
      CONTEXT,
      fixedIds("2025-11-20T05:30:05Z"),
    );
    expect(built.ok && built.value.text).toBe("\t  @SUM(A1)\n二行目\n三行目  ");
  });

  it("reports every problem at once, by field", () => {
    const built = buildComment(
      { meeting: 9, target: "KPI", speakerId: "M999", category: "雑談", text: " ", status: "完了", recordedBy: "" },
      CONTEXT,
      fixedIds("2025-11-20T05:30:05Z"),
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      "meeting:unknownMeeting",
      "target:badTarget",
      "speakerId:unknownMember",
      "category:notInList",
      "status:notInList",
      "text:required",
      "recordedBy:required",
    ]);
    expect(built.problems.map((p) => describeProblem(p, "ja"))[3]).toBe(
      "区分「雑談」は次のいずれかにしてください: 意見、質問、提言、要望、その他",
    );
  });

  it("refuses a target outside the known ids when they are given, and a text over the cell limit", () => {
    const built = buildComment(
      { ...INPUT, target: "9-9-K9-9", text: "x".repeat(EXCEL_CELL_CHAR_LIMIT + 1) },
      { ...CONTEXT, knownTargets: new Set(["1-1-K1-1"]) },
      fixedIds("2025-11-20T05:30:05Z"),
    );
    expect(built.ok ? [] : built.problems.map((p) => p.code)).toEqual(["unknownTarget", "tooLong"]);
  });
});

describe("applyCommentEdit", () => {
  it("changes response and status only", () => {
    const before = comment();
    const after = applyCommentEdit(before, { response: "次回資料で示します。\r\n", status: "対応中" });
    expect(after).toEqual({ ok: true, value: { ...before, response: "次回資料で示します。\n", status: "対応中" } });
    expect(applyCommentEdit(before, { status: "done" }).ok).toBe(false);
  });
});

describe("validateMember / validateMeeting", () => {
  it("refuses a duplicate id, an empty name and an unknown role", () => {
    const r = validateMember({ ...CHAIR, name: " ", role: "顧問" as never }, [CHAIR]);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(["required", "notInList", "duplicateId"]);
  });

  it("keeps 傍聴者 and 公開区分 (empty = not recorded) and refuses a 公開区分 outside the list", () => {
    const ok = validateMeeting(
      { ...MEETING_1, number: 3, observers: " なし ", disclosure: "非公開" },
      MEETINGS,
      MEMBERS,
    );
    expect(ok.ok && [ok.value.observers, ok.value.disclosure]).toEqual(["なし", "非公開"]);
    const empty = validateMeeting({ ...MEETING_1, number: 3, observers: "", disclosure: "" }, MEETINGS, MEMBERS);
    expect(empty.ok).toBe(true);
    const bad = validateMeeting({ ...MEETING_1, number: 3, disclosure: "公開しない" as never }, MEETINGS, MEMBERS);
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.path}:${p.code}`)).toEqual(["disclosure:notInList"]);
  });

  it("keeps 事務局 trimmed (empty = not recorded) and refuses a control character in it", () => {
    const ok = validateMeeting({ ...MEETING_1, number: 3, secretariat: "　企画部企画調整課 " }, MEETINGS, MEMBERS);
    expect(ok.ok && ok.value.secretariat).toBe("企画部企画調整課");
    expect(validateMeeting({ ...MEETING_1, number: 3, secretariat: "" }, MEETINGS, MEMBERS).ok).toBe(true);
    const bad = validateMeeting({ ...MEETING_1, number: 3, secretariat: "企画\u0007課" }, MEETINGS, MEMBERS);
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(["secretariat"]);
  });

  it("stores 議題 without the 「（1）」 people type, so the minutes number them once", () => {
    const r = validateMeeting(
      { ...MEETING_1, number: 3, agenda: ["（1）進捗状況について", "(2) その他", ""] },
      MEETINGS,
      MEMBERS,
    );
    expect(r.ok && r.value.agenda).toEqual(["進捗状況について", "その他"]);
  });

  it("accepts a meeting and pads 9:05 to 09:05", () => {
    const r = validateMeeting({ ...MEETING_1, number: 3, startTime: "9:05", endTime: "10:00" }, MEETINGS, MEMBERS);
    expect(r.ok && r.value.startTime).toBe("09:05");
  });

  it("refuses a taken number, an impossible date, an end before the start and unknown or doubled members", () => {
    const r = validateMeeting(
      {
        ...MEETING_1,
        date: "2025-02-30",
        startTime: "15:00",
        endTime: "14:00",
        attendees: ["M001", "M404"],
        absentees: ["M001"],
      },
      MEETINGS,
      MEMBERS,
    );
    expect(r.ok ? [] : r.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      "number:duplicateMeeting",
      "date:badDate",
      "endTime:timeOrder",
      "attendees:unknownMember",
      "absentees:attendeeAndAbsent",
    ]);
  });
});
