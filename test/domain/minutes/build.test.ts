/** buildMinutes on the named fixtures; every expectation below is derived by hand from test/fixtures/minutes. */
import {
  buildMinutes,
  commentsInAppendix,
  commentsInOrder,
  type MinutesDocument,
  type MinutesGroup,
} from "../../../src/domain/minutes";
import { evaluateIndicator, actualsOf, statusInputOf } from "../../../src/domain/status";
import { COMMENTS, MEETINGS, MEMBERS, STATUS, minutesDataset } from "../../fixtures/minutes/records";

const dataset = minutesDataset();
const input = { dataset, meetings: MEETINGS, members: MEMBERS, comments: COMMENTS, statusById: STATUS };

function minutesOf(meetingNumber: number): MinutesDocument {
  const r = buildMinutes({ ...input, meetingNumber });
  if (!r.ok) throw new Error(r.message);
  return r.minutes;
}

/** heading tree as indented lines: groups, indicators (→) and comment ids (·). */
function outline(groups: readonly MinutesGroup[], depth = 0): string[] {
  const pad = "  ".repeat(depth);
  return groups.flatMap((g) => [
    `${pad}${g.heading}`,
    ...g.comments.map((c) => `${pad}  · ${c.id}`),
    ...g.indicators.flatMap((i) => [`${pad}  → ${i.heading}`, ...i.comments.map((c) => `${pad}    · ${c.id}`)]),
    ...outline(g.children, depth + 1),
  ]);
}

describe("buildMinutes: 第3回 (mixed fixture)", () => {
  const doc = minutesOf(3);

  it("names the meeting and fills the header block in the conventional order", () => {
    expect(doc.title).toBe("第3回 伊勢崎市まち・ひと・しごと創生会議 会議録");
    expect(doc.header.map((h) => [h.label, h.lines])).toEqual([
      ["会議名", ["第3回 伊勢崎市まち・ひと・しごと創生会議"]],
      ["日時", ["令和7年11月20日（木）", "開会 午後2時00分　閉会 午後3時30分"]],
      ["場所", ["伊勢崎市役所 東館5階 大会議室"]],
      // 会長 before 委員 although the meeting lists M002 first
      ["出席委員（2名）", ["会長 田中 一郎（群馬大学）", "委員 佐藤 花子（伊勢崎商工会議所）"]],
      ["欠席委員（1名）", ["副会長 鈴木 次郎"]],
      ["市側出席者", ["企画部長、企画調整課長"]],
      // no 事務局 line when the meeting has none recorded (printed from the column: see below)
      ["傍聴者", ["2名"]],
      ["公開・非公開", ["公開"]],
      // numbered once, by the minutes
      ["議題", ["（1）第2期総合戦略の進捗状況について", "（2）その他"]],
      ["配布資料", ["資料1 KPI一覧", "資料2 概要"]],
    ]);
  });

  it("議事の経過: 開会, 事務局の説明 per 議題, every statement in recorded order, 閉会", () => {
    const p = doc.proceedings;
    expect(p.opening).toBe("午後2時00分、開会した。");
    expect(p.explanations).toEqual([
      "（1）第2期総合戦略の進捗状況について、事務局から説明があった。",
      "（2）その他について、事務局から説明があった。",
    ]);
    // 記録日時 14:00 G, 14:05 B, 14:10 A, 14:20 C, 14:25 D, 14:30 E, 14:35 F — not the table's order A, B, C …
    expect(p.statements.map((c) => [c.number, c.id])).toEqual([
      [1, "C-3-G"],
      [2, "C-3-B"],
      [3, "C-3-A"],
      [4, "C-3-C"],
      [5, "C-3-D"],
      [6, "C-3-E"],
      [7, "C-3-F"],
    ]);
    expect(commentsInOrder(doc)).toEqual(p.statements);
    // G, B, E, F have no answer recorded: one note, not a line per statement
    expect(p.note).toBe("※ 市の回答・対応が記録されていない意見が4件あります（対応状況は付録の一覧を参照）。");
    expect(p.closing).toBe("午後3時30分、閉会した。");
  });

  it("orders statements by the instant recorded (offsets compared), then by id", () => {
    const base = COMMENTS.find((c) => c.id === "C-3-B")!;
    const comments = [
      { ...base, id: "C-3-Z", recordedAt: "2025-11-20T05:10:00Z" }, // 14:10 in Japan
      { ...base, id: "C-3-Y", recordedAt: "2025-11-20T14:05:00+09:00" },
      { ...base, id: "C-3-X", recordedAt: "2025-11-20T14:05:00+09:00" },
    ];
    const r = buildMinutes({ ...input, comments, meetingNumber: 3 });
    expect(r.ok && r.minutes.proceedings.statements.map((c) => c.id)).toEqual(["C-3-X", "C-3-Y", "C-3-Z"]);
  });

  it("every statement answered: no note", () => {
    const comments = COMMENTS.filter((c) => c.meeting === 3 && c.response !== "");
    const r = buildMinutes({ ...input, comments, meetingNumber: 3 });
    expect(r.ok && r.minutes.proceedings.note).toBeNull();
  });

  it("groups comments strategy → 基本目標 → sub-goal → 施策 → indicator in dataset order, unknown targets last", () => {
    expect(outline(doc.sections)).toEqual([
      "戦略全体に関する意見",
      "  · C-3-B",
      "基本目標1 しごとの創生",
      "  1-1 安定した雇用の創出",
      "    → 1-1-N1 新規求人数",
      "      · C-3-G", // 14:00, recorded before C-3-A (14:10) though listed after it
      "      · C-3-A",
      "    1-1-1 ①就労支援",
      "      · C-3-D",
      "      → 1-1-K1-2 刑法犯認知件数",
      "        · C-3-C",
      "基本目標2 ひとの創生",
      "  2-1 結婚・出産・子育ての希望の実現",
      "    · C-3-E",
      "対象が戦略にない意見（対象IDを確認してください）",
      "  · C-3-F",
    ]);
  });

  it("places every comment of the meeting exactly once in the appendix and none of other meetings", () => {
    const ids = commentsInAppendix(doc).map((c) => c.id);
    expect([...ids].sort()).toEqual(["C-3-A", "C-3-B", "C-3-C", "C-3-D", "C-3-E", "C-3-F", "C-3-G"]);
    // the appendix holds the very statements of 議事の経過 (same numbers)
    for (const c of commentsInAppendix(doc)) expect(doc.proceedings.statements[c.number - 1]).toBe(c);
  });

  it("keeps texts verbatim and labels speakers with their role", () => {
    const all = commentsInOrder(doc);
    for (const c of all) {
      const source = COMMENTS.find((r) => r.id === c.id)!;
      expect(c.text).toBe(source.text);
      expect(c.response).toBe(source.response);
    }
    expect(all.find((c) => c.id === "C-3-B")!.speaker).toBe("田中 一郎 会長");
    expect(all.find((c) => c.id === "C-3-A")!.speaker).toBe("佐藤 花子 委員");
    // M009 is not in 委員名簿: the recorded name alone, and a problem
    expect(all.find((c) => c.id === "C-3-E")!.speaker).toBe("山本 三郎");
  });

  it("prints a line per indicator that can be judged alone: 基準値 → 目標値, latest actual, 達成率, grade", () => {
    const sub = doc.sections[1]!.children[0]!;
    // the fixture's snapshots carry no 基準値/目標値, so the dataset's are shown (1,563件 → 1,630件)
    expect(sub.indicators[0]!.statusLine).toBe(
      "基準値 1,563件（令和元年度(2019)）→ 目標値 1,630件（令和9年度(2027)）／最新実績 1,590件（令和5年度(2023)）／達成率 40.3%／評価 C 遅れ",
    );
    // a calendar-year indicator: 年, not 年度
    expect(sub.children[0]!.indicators[0]!.statusLine).toBe(
      "基準値 1,634件（令和元年(2019)）→ 目標値 1,318件（令和9年(2027)）／最新実績 1,400件（令和6年(2024)）／達成率 74.1%／評価 B 順調",
    );
  });

  it("takes 基準値 and the target in force from the workbook's row, and says 基準値より悪化 for a negative 達成率", () => {
    const statusById = new Map(STATUS);
    statusById.set("1-1-N1", {
      latest: 1500,
      latestYear: 2024,
      progress: -63 / 137,
      grade: "D 悪化",
      baseline: 1563,
      baselineYear: 2019,
      target: 1700, // a revised target (適用目標値)
      targetYear: 2029,
    });
    const r = buildMinutes({ ...input, statusById, meetingNumber: 3 });
    if (!r.ok) throw new Error(r.message);
    expect(r.minutes.sections[1]!.children[0]!.indicators[0]!.statusLine).toBe(
      "基準値 1,563件（令和元年度(2019)）→ 目標値 1,700件（令和11年度(2029)）／最新実績 1,500件（令和6年度(2024)）／達成率 基準値より悪化／評価 D 悪化",
    );
  });

  it("counts by 区分 and 対応状況 (zeros included)", () => {
    expect(doc.summary).toEqual({
      total: 7,
      byCategory: [
        { key: "意見", count: 3 },
        { key: "質問", count: 1 },
        { key: "提言", count: 1 },
        { key: "要望", count: 1 },
        { key: "その他", count: 1 },
      ],
      byStatus: [
        { key: "未対応", count: 4 },
        { key: "対応中", count: 1 },
        { key: "対応済", count: 2 },
      ],
    });
  });

  it("reports records it could not place as problems, as data", () => {
    expect(doc.problems).toEqual([
      "意見 C-3-E の発言者ID「M009」は委員名簿にありません",
      "意見 C-3-F の対象「9-9-K9-9」は戦略のデータにありません",
    ]);
  });
});

describe("buildMinutes: edge cases", () => {
  it("a meeting without comments still gives minutes that say so", () => {
    const doc = minutesOf(4);
    expect(doc.sections).toEqual([]);
    expect(doc.proceedings.statements).toEqual([]);
    expect(doc.proceedings.note).toBe("この会議で記録された委員意見はありません。");
    expect(doc.proceedings.explanations).toEqual([]);
    expect(doc.summary.total).toBe(0);
    const line = (key: string) => doc.header.find((h) => h.key === key)!;
    expect(line("dateTime").lines).toEqual(["令和8年2月12日（木）", "開会 午前10時00分　閉会 午後0時00分"]);
    expect(line("agenda").lines).toEqual(["（記載なし）"]);
  });

  it("derives 欠席委員 from the roster when none were recorded (第4回: only 会長 attended)", () => {
    const absent = minutesOf(4).header.find((h) => h.key === "absentees")!;
    expect(absent).toEqual({
      key: "absentees",
      label: "欠席委員（2名）",
      lines: ["副会長 鈴木 次郎", "委員 佐藤 花子（伊勢崎商工会議所）"],
    });
  });

  it("欠席委員 「なし」 only when everyone serving attended; 「（記載なし）」 when attendance was not recorded", () => {
    const meetings = MEETINGS.map((m) =>
      m.number === 4 ? { ...m, attendees: ["M001", "M002", "M003"] } : m.number === 2 ? { ...m, attendees: [] } : m,
    );
    const of = (n: number) => {
      const r = buildMinutes({ ...input, meetings, meetingNumber: n });
      if (!r.ok) throw new Error(r.message);
      return r.minutes.header.find((h) => h.key === "absentees")!;
    };
    expect(of(4)).toEqual({ key: "absentees", label: "欠席委員", lines: ["なし"] });
    expect(of(2)).toEqual({ key: "absentees", label: "欠席委員", lines: ["（記載なし）"] });
    // a retired member is not absent
    const retired = MEMBERS.map((m) => (m.id === "M003" ? { ...m, active: false } : m));
    const r = buildMinutes({ ...input, members: retired, meetingNumber: 4 });
    expect(r.ok && r.minutes.header.find((h) => h.key === "absentees")!.lines).toEqual([
      "委員 佐藤 花子（伊勢崎商工会議所）",
    ]);
  });

  it("keeps a time it cannot read as typed and reports it", () => {
    const meetings = MEETINGS.map((m) => (m.number === 3 ? { ...m, startTime: "午後2時" } : m));
    const r = buildMinutes({ ...input, meetings, meetingNumber: 3 });
    if (!r.ok) throw new Error(r.message);
    expect(r.minutes.header.find((h) => h.key === "dateTime")!.lines).toEqual([
      "令和7年11月20日（木）",
      "開会 午後2時　閉会 午後3時30分",
    ]);
    expect(r.minutes.proceedings.opening).toBe("午後2時、開会した。");
    expect(r.minutes.problems).toContain("開始時刻「午後2時」は HH:MM 形式ではありません");
  });

  it("prints the meeting's 事務局 (trimmed) after 市側出席者; blank or spaces print no line", () => {
    const labels = (secretariat: string, number = 3): [string, readonly string[]][] => {
      const meetings = MEETINGS.map((m) => (m.number === number ? { ...m, secretariat } : m));
      const r = buildMinutes({ ...input, meetings, meetingNumber: 3 });
      if (!r.ok) throw new Error(r.message);
      return r.minutes.header.map((h) => [h.label, h.lines]);
    };
    const printed = labels(" 企画部 企画調整課　");
    const city = printed.findIndex(([l]) => l === "市側出席者");
    expect(printed.slice(city, city + 3)).toEqual([
      ["市側出席者", ["企画部長、企画調整課長"]],
      ["事務局", ["企画部 企画調整課"]],
      ["傍聴者", ["2名"]],
    ]);
    // another meeting's 事務局 is not this one's
    expect(labels("企画部 企画調整課", 2).map(([l]) => l)).not.toContain("事務局");
    for (const empty of ["", " 　"]) expect(labels(empty).map(([l]) => l)).not.toContain("事務局");
  });

  it("an unknown meeting is a result with a message listing the meetings that exist", () => {
    const r = buildMinutes({ ...input, meetingNumber: 9 });
    expect(r).toEqual({
      ok: false,
      code: "UnknownMeeting",
      message: "第9回の会議は「会議」シートにありません。登録されている会議: 第2回、第3回、第4回",
      messageEn: "Meeting 9 is not in the 会議 sheet. Meetings recorded: 2, 3, 4",
      meetings: [2, 3, 4],
    });
    const none = buildMinutes({ ...input, meetings: [], meetingNumber: 1 });
    expect(!none.ok && none.message).toBe("第1回の会議は「会議」シートにありません。登録されている会議: なし");
  });

  it("a very long comment is kept whole", () => {
    const long = "長".repeat(32_000) + "\n終";
    const comments = [{ ...COMMENTS[1]!, text: long }];
    const r = buildMinutes({ ...input, comments, meetingNumber: 3 });
    expect(r.ok && commentsInOrder(r.minutes)[0]!.text).toBe(long);
  });

  it("the fixture's snapshots agree with the status twin (評価年度 2024, 順調閾値 1)", () => {
    for (const [id, snap] of STATUS) {
      const ind = dataset.indicators.find((i) => i.id === id)!;
      const r = evaluateIndicator(statusInputOf(ind), actualsOf(ind), { evaluationYear: 2024, k: 1 });
      expect({ latest: r.latest, latestYear: r.latestYear, grade: r.grade }).toEqual({
        latest: snap.latest,
        latestYear: snap.latestYear,
        grade: snap.grade,
      });
      expect(r.progress).toBeCloseTo(snap.progress!, 12);
    }
  });
});
