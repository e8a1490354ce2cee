/** buildMinutes on the named fixtures; every expectation below is derived by hand from test/fixtures/minutes. */
import { buildMinutes, commentsInOrder, type MinutesDocument, type MinutesGroup } from "../../../src/domain/minutes";
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

  it("names the meeting and fills the header block", () => {
    expect(doc.title).toBe("第3回 伊勢崎市まち・ひと・しごと創生会議 会議録");
    expect(doc.header).toEqual([
      { label: "会議名", lines: ["第3回 伊勢崎市まち・ひと・しごと創生会議"] },
      { label: "日時", lines: ["令和7年11月20日（木）午後2時00分～3時30分"] },
      { label: "場所", lines: ["伊勢崎市役所 東館5階 大会議室"] },
      {
        label: "出席者",
        // 会長 before 委員 although the meeting lists M002 first
        lines: [
          "委員（2名）",
          "会長 田中 一郎（群馬大学）",
          "委員 佐藤 花子（伊勢崎商工会議所）",
          "市側",
          "企画部長、企画調整課長",
        ],
      },
      { label: "欠席者", lines: ["副会長 鈴木 次郎"] },
      { label: "議題", lines: ["（1）第2期総合戦略の進捗状況について", "（2）その他"] },
      { label: "配布資料", lines: ["資料1 KPI一覧", "資料2 概要"] },
    ]);
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

  it("places every comment of the meeting exactly once and none of other meetings", () => {
    const ids = commentsInOrder(doc).map((c) => c.id);
    expect([...ids].sort()).toEqual(["C-3-A", "C-3-B", "C-3-C", "C-3-D", "C-3-E", "C-3-F", "C-3-G"]);
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

  it("prints a status line per indicator from the snapshot", () => {
    const sub = doc.sections[1]!.children[0]!;
    expect(sub.indicators[0]!.statusLine).toBe("最新実績 1,590件（令和5年度(2023)）／達成率 40.3%／評価 C 遅れ");
    // a calendar-year indicator: 年, not 年度
    expect(sub.children[0]!.indicators[0]!.statusLine).toBe(
      "最新実績 1,400件（令和6年(2024)）／達成率 74.1%／評価 B 順調",
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
    expect(doc.emptyNote).toBeNull();
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
    expect(doc.emptyNote).toBe("この会議で記録された委員意見はありません。");
    expect(doc.summary.total).toBe(0);
    expect(doc.header.find((h) => h.label === "日時")!.lines).toEqual([
      "令和8年2月12日（木）午前10時00分～午後0時00分",
    ]);
    expect(doc.header.find((h) => h.label === "議題")!.lines).toEqual(["（記載なし）"]);
    expect(doc.header.find((h) => h.label === "欠席者")!.lines).toEqual(["なし"]);
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
