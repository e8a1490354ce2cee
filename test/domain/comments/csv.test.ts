import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblems, importCommentsCsv, parseCsvRecords } from "../../../src/domain/comments";
import { fixedIds, MEETINGS, MEMBERS } from "../../fixtures/comments/records";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "comments");
const CONTEXT = { members: MEMBERS, meetings: MEETINGS, takenIds: new Set<string>() };

describe("parseCsvRecords", () => {
  it("keeps quoted commas, doubled quotes and line breaks, and numbers records by their first line", () => {
    const records = parseCsvRecords('\uFEFFa,b\r\n"x, ""y""","1\r\n2"\r\n\r\nlast,\n');
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ['x, "y"', "1\r\n2"] },
      { line: 5, cells: ["last", ""] },
    ]);
  });
});

describe("importCommentsCsv", () => {
  it("imports paper comments: speaker by name or id, 記録者 defaulting, text verbatim", () => {
    const text = readFileSync(join(FIXTURES, "paper.csv"), "utf8");
    const result = importCommentsCsv(text, CONTEXT, fixedIds("2025-11-21T01:00:00Z"), { recordedBy: "企画調整課" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records.map((r) => [r.meeting, r.target, r.speakerId, r.category, r.text, r.recordedBy])).toEqual([
      [2, { kind: "indicator", id: "1-1-K1-1" }, "M001", "意見", "=1+1", "企画調整課"],
      [2, { kind: "strategy" }, "M002", "提言", "二行の\n提言です, カンマ入り", "佐藤（事務局）"],
    ]);
    // Two rows recorded in the same second still get different ids.
    expect(new Set(result.records.map((r) => r.id)).size).toBe(2);
  });

  it("rejects the whole file, naming each problem's CSV line and column", () => {
    const text = readFileSync(join(FIXTURES, "paper-bad.csv"), "utf8");
    const result = importCommentsCsv(text, CONTEXT, fixedIds("2025-11-21T01:00:00Z"), { recordedBy: "企画調整課" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Line 3 starts a record that spans two lines, so the next record is on line 5.
    expect(formatProblems(result.problems)).toEqual([
      "CSV 3行目 発言者: 委員「田中」は委員名簿にありません。",
      "CSV 3行目 区分: 区分「雑談」は次のいずれかにしてください: 意見、質問、提言、要望、その他",
      "CSV 5行目 会議: 会議は1以上の整数にしてください（「x」）。",
      "CSV 5行目 対象: 対象「KPI」は指標ID（例 1-1-K1-2）、施策（例 1-1-2）、基本目標（例 1-1）または「全体」で指定してください。",
      "CSV 5行目 内容: 内容を入力してください。",
    ]);
  });

  it("refuses an unclosed quote, naming the line where the quoted field starts, instead of merging the rows after it", () => {
    const text = '会議,対象,発言者,区分,内容\n2,全体,M001,意見,ok\n2,全体,M001,意見,"閉じない\n2,全体,M002,意見,next\n';
    const result = importCommentsCsv(text, CONTEXT, fixedIds("2025-11-21T01:00:00Z"), { recordedBy: "x" });
    expect(result.ok ? [] : formatProblems(result.problems)).toEqual([
      'CSV 3行目 内容: 引用符（"）で始まる項目が閉じられていません。ファイルの終わりまでが1つの項目になってしまいます。',
    ]);
    expect(result.ok ? [] : formatProblems(result.problems, "en")).toEqual([
      'CSV 3行目 内容: A quoted field is never closed (a missing "): it would run to the end of the file.',
    ]);
  });

  it("refuses a stray quote or text after a closing quote, naming the line and column", () => {
    const head = "会議,対象,発言者,区分,内容\n";
    const stray = importCommentsCsv(
      `${head}2,全体,M001,意見,彼は"はい"と\n`,
      CONTEXT,
      fixedIds("2025-11-21T01:00:00Z"),
      {
        recordedBy: "x",
      },
    );
    expect(stray.ok ? [] : formatProblems(stray.problems)).toEqual([
      'CSV 2行目 内容: 引用符（"）で囲まれていない項目の中に引用符があります。項目全体を " で囲み、中の " は "" と書いてください。',
    ]);
    const after = importCommentsCsv(`${head}2,"全体"x,M001,意見,a\n`, CONTEXT, fixedIds("2025-11-21T01:00:00Z"), {
      recordedBy: "x",
    });
    expect(after.ok ? [] : formatProblems(after.problems)).toEqual([
      'CSV 2行目 対象: 閉じた引用符（"）の後に文字があります。項目全体を " で囲み、中の " は "" と書いてください。',
    ]);
  });

  it("names a missing required column", () => {
    const result = importCommentsCsv("会議,対象,内容\n2,全体,a\n", CONTEXT, fixedIds("2025-11-21T01:00:00Z"), {
      recordedBy: "x",
    });
    expect(result.ok ? [] : formatProblems(result.problems)).toEqual([
      "CSV 1行目: 「CSV」に見出し「発言者」の列がありません。",
      "CSV 1行目: 「CSV」に見出し「区分」の列がありません。",
    ]);
  });
});
