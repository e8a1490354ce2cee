import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXCEL_CELL_CHAR_LIMIT } from "../../../src/domain/comments";
import { runComments, verb } from "../../../src/cli/verbs/comments";
import { readCommentBook } from "../../../src/adapters/xlsx/comments-store";
import { fixedIds, MEETINGS, MEMBERS } from "../../fixtures/comments/records";
import { commentsXlsx, load } from "../../fixtures/comments/workbook";
import { shiftJis } from "../../fixtures/refresh/hostile-sources";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "comments");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      ids: fixedIds("2025-11-20T05:30:05Z"),
      user: () => "tester",
    },
    out,
    err,
  };
}

describe("kpi-review comments", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-comments-"));
  const input = join(dir, "in.xlsx");

  beforeAll(async () => {
    writeFileSync(input, await commentsXlsx({ members: MEMBERS, meetings: MEETINGS }));
  });

  it("is registered as the comments verb", () => {
    expect(verb.name).toBe("comments");
  });

  it("adds one comment into a new file, leaving the input untouched, and lists it", async () => {
    const before = readFileSync(input);
    const out = join(dir, "one.xlsx");
    const { io, out: lines, err } = capture();
    const code = await runComments(
      [
        "add",
        "--workbook",
        input,
        "--out",
        out,
        "--meeting",
        "第2回",
        "--target",
        "1-1-K1-1",
        "--speaker",
        "佐藤花子",
        "--category",
        "質問",
        "--text",
        "=1+1",
      ],
      io,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(lines[0]).toBe(`委員意見を1件追加しました: ${out}`);
    expect(readFileSync(input).equals(before)).toBe(true);
    const book = readCommentBook(await load(readFileSync(out)));
    expect(book.comments.records.map((r) => r.record)).toEqual([
      expect.objectContaining({
        id: "C-20251120-143005-3GW9P6",
        speakerId: "M002",
        speakerName: "佐藤 花子",
        text: "=1+1",
        recordedBy: "tester",
        status: "未対応",
      }),
    ]);

    const listed = capture();
    expect(await runComments(["list", "--workbook", out, "--status", "未対応"], listed.io)).toBe(0);
    expect(listed.out).toEqual([
      "ID\t会議\t対象\t発言者\t区分\t対応状況\t内容\t市の回答・対応",
      "C-20251120-143005-3GW9P6\t第2回\t1-1-K1-1\t佐藤 花子\t質問\t未対応\t=1+1\t",
    ]);
    const none = capture();
    await runComments(["list", "--workbook", out, "--meeting", "1"], none.io);
    expect(none.out).toHaveLength(1);
  });

  it("imports paper comments from a CSV", async () => {
    const out = join(dir, "csv.xlsx");
    const { io } = capture();
    expect(
      await runComments(
        ["add", "--workbook", input, "--out", out, "--csv", join(FIXTURES, "paper.csv"), "--recorded-by", "企画調整課"],
        io,
      ),
    ).toBe(0);
    const records = readCommentBook(await load(readFileSync(out))).comments.records.map((r) => r.record);
    expect(records.map((r) => [r.speakerName, r.text, r.recordedBy])).toEqual([
      ["山田 太郎", "=1+1", "企画調整課"],
      ["佐藤 花子", "二行の\n提言です, カンマ入り", "佐藤（事務局）"],
    ]);
  });

  it("rejects a bad CSV with line/column messages and writes nothing", async () => {
    const out = join(dir, "bad.xlsx");
    const { io, out: lines } = capture();
    expect(
      await runComments(["add", "--workbook", input, "--out", out, "--csv", join(FIXTURES, "paper-bad.csv")], io),
    ).toBe(1);
    expect(lines[0]).toBe("CSV 3行目 発言者: 委員「田中」は委員名簿にありません。");
    expect(lines).toHaveLength(5);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a comment over 32,767 characters and an unknown indicator before writing", async () => {
    const out = join(dir, "long.xlsx");
    const textFile = join(dir, "long.txt");
    writeFileSync(textFile, "長".repeat(EXCEL_CELL_CHAR_LIMIT + 1));
    const { io, out: lines } = capture();
    const code = await runComments(
      [
        "add",
        "--workbook",
        input,
        "--out",
        out,
        "--meeting",
        "2",
        "--target",
        "9-9-K9-9",
        "--speaker",
        "M001",
        "--category",
        "意見",
        "--text-file",
        textFile,
      ],
      io,
    );
    expect(code).toBe(1);
    expect(lines).toEqual([
      "target: 対象「9-9-K9-9」はデータにありません。",
      "text: 内容が長すぎます（32768文字）。Excel の1つのセルには32,767文字までしか入りません。",
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("never writes over its input", async () => {
    const { io, err } = capture();
    const code = await runComments(
      [
        "add",
        "--workbook",
        input,
        "--out",
        join(dir, ".", "in.xlsx"),
        "--meeting",
        "2",
        "--target",
        "全体",
        "--speaker",
        "M001",
        "--category",
        "意見",
        "--text",
        "x",
      ],
      io,
    );
    expect(code).toBe(2);
    expect(err[0]).toContain("refusing to overwrite an input");
  });

  it("adds a member and a meeting, each checked", async () => {
    const m = join(dir, "member.xlsx");
    const { io, out } = capture();
    expect(
      await runComments(["add-member", "--workbook", input, "--out", m, "--name", "高橋 三郎", "--role", "委員"], io),
    ).toBe(0);
    expect(out[0]).toContain("M004 高橋 三郎");
    const g = join(dir, "meeting.xlsx");
    const bad = capture();
    expect(
      await runComments(["add-meeting", "--workbook", m, "--out", g, "--number", "2", "--date", "2026-02-30"], bad.io),
    ).toBe(1);
    expect(bad.out).toEqual([
      "number: 第2回の会議は既に登録されています。",
      "date: 開催日は 2025-11-20 の形の日付にしてください（「2026-02-30」）。",
    ]);
    const ok = capture();
    expect(
      await runComments(
        [
          "add-meeting",
          "--workbook",
          m,
          "--out",
          g,
          "--number",
          "3",
          "--date",
          "2026-02-10",
          "--attendees",
          "M001,M004",
          "--agenda",
          "（1）進捗状況について\n（2）その他",
          "--observers",
          "2名",
          "--disclosure",
          "公開",
          "--secretariat",
          "企画部企画調整課",
        ],
        ok.io,
      ),
    ).toBe(0);
    const book = readCommentBook(await load(readFileSync(g)));
    expect(book.meetings.records.map((r) => r.record.number)).toEqual([1, 2, 3]);
    expect(book.meetings.records[2]?.record).toMatchObject({
      attendees: ["M001", "M004"],
      agenda: ["進捗状況について", "その他"],
      observers: "2名",
      disclosure: "公開",
      secretariat: "企画部企画調整課",
    });
    const refused = capture();
    const args = ["--number", "4", "--date", "2026-03-10", "--disclosure", "公開する"];
    expect(
      await runComments(["add-meeting", "--workbook", g, "--out", join(dir, "m4.xlsx"), ...args], refused.io),
    ).toBe(1);
    expect(refused.out).toEqual([expect.stringMatching(/^disclosure: .*公開する/)]);
    expect(existsSync(join(dir, "m4.xlsx"))).toBe(false);
  });

  it("prints usage for an unknown action", async () => {
    const { io, err } = capture();
    expect(await runComments(["remove"], io)).toBe(2);
    expect(err[0]).toContain('unknown action "remove"');
  });

  it("refuses a CSV with an unclosed quote, naming the line where it starts, and writes nothing", async () => {
    const csv = join(dir, "unclosed.csv");
    writeFileSync(csv, '会議,対象,発言者,区分,内容\n2,全体,M001,意見,"閉じない\n2,全体,M002,意見,次の行\n');
    const out = join(dir, "unclosed.xlsx");
    const { io, out: lines, err } = capture();
    expect(await runComments(["add", "--workbook", input, "--out", out, "--csv", csv], io)).toBe(1);
    expect(lines).toEqual([
      'CSV 2行目 内容: 引用符（"）で始まる項目が閉じられていません。ファイルの終わりまでが1つの項目になってしまいます。',
    ]);
    expect(err).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it("--meeting that is not a meeting number is a usage error, never meeting 0", async () => {
    const listed = capture();
    expect(await runComments(["list", "--workbook", input, "--meeting", "abc"], listed.io)).toBe(2);
    expect(listed.err[0]?.split("\n")[0]).toBe(
      'kpi-review comments: --meeting must be a meeting number like 3, got "abc"',
    );
    const out = join(dir, "meeting-abc.xlsx");
    const added = capture();
    const args = ["--target", "全体", "--speaker", "M001", "--category", "意見", "--text", "x"];
    expect(await runComments(["add", "--workbook", input, "--out", out, "--meeting", "abc", ...args], added.io)).toBe(
      2,
    );
    expect(existsSync(out)).toBe(false);
    const meeting = capture();
    const number = ["--number", "abc", "--date", "2026-02-10"];
    expect(await runComments(["add-meeting", "--workbook", input, "--out", out, ...number], meeting.io)).toBe(2);
    expect(meeting.err[0]?.split("\n")[0]).toBe(
      'kpi-review comments: --number must be a meeting number like 3, got "abc"',
    );
    expect(existsSync(out)).toBe(false);
  });

  it("list keeps its columns when a comment holds a tab or a line break", async () => {
    const out = join(dir, "tab.xlsx");
    const args = ["--meeting", "2", "--target", "全体", "--speaker", "M001", "--category", "意見"];
    expect(
      await runComments(["add", "--workbook", input, "--out", out, ...args, "--text", "前\t後\n次"], capture().io),
    ).toBe(0);
    const listed = capture();
    expect(await runComments(["list", "--workbook", out], listed.io)).toBe(0);
    const row = listed.out[1]!.split("\t");
    expect(row).toHaveLength(8);
    expect(row[6]).toBe("前⇥後⏎次");
    expect(row[7]).toBe("");
  });

  it("an --out that exists is kept as a dated copy before the new workbook is written", async () => {
    const out = join(dir, "existing.xlsx");
    writeFileSync(out, "someone's workbook");
    const { io, out: lines } = capture();
    expect(
      await runComments(["add-member", "--workbook", input, "--out", out, "--name", "林 四郎", "--role", "委員"], io),
    ).toBe(0);
    const copy = join(dir, "existing.20251120-143005.xlsx"); // the ids' clock, in Japan time
    expect(readFileSync(copy, "utf8")).toBe("someone's workbook");
    expect(lines[0]).toBe(`以前の ${out} を ${copy} として残しました / Kept the previous ${out} as ${copy}.`);
  });

  it("reads a comments CSV saved by Japanese Excel (Shift_JIS), and names a file that is not text", async () => {
    const sjis = join(dir, "sjis.csv");
    writeFileSync(sjis, shiftJis("会議,対象,発言者,区分,内容\r\n2,全体,M001,意見,紙の意見\r\n"));
    const out = join(dir, "sjis.xlsx");
    expect(await runComments(["add", "--workbook", input, "--out", out, "--csv", sjis], capture().io)).toBe(0);
    const records = readCommentBook(await load(readFileSync(out))).comments.records.map((r) => r.record);
    expect(records.map((r) => r.text)).toEqual(["紙の意見"]);

    const never = join(dir, "binary.xlsx");
    const { io, err } = capture();
    expect(await runComments(["add", "--workbook", input, "--out", never, "--csv", input], io)).toBe(1);
    expect(err).toEqual([
      `kpi-review comments: ${input}: contains a NUL byte at offset ${readFileSync(input).indexOf(0)}: not a text file (an .xlsx or other binary?)`,
    ]);
    expect(existsSync(never)).toBe(false);
  });

  it("list refuses a workbook without the 委員意見 table (exit 1, one line) instead of listing nothing", async () => {
    const wb = await load(readFileSync(input));
    wb.removeWorksheet(wb.getWorksheet("委員意見")!.id);
    const other = join(dir, "no-comments-sheet.xlsx");
    writeFileSync(other, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const { io, out, err } = capture();
    expect(await runComments(["list", "--workbook", other], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `kpi-review comments: ${other}: 委員意見: テーブル「委員意見」が見つかりません。このブックは KPIレビューで作成したものですか？`,
    ]);
  });
});
