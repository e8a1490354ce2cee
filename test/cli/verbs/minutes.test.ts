/** `kpi-review minutes` end to end on a real .xlsx written by the plan + comments sheets, read back through exceljs. */
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMinutes, type MinutesIo } from "../../../src/cli/verbs/minutes";
import { buildMinutes, minutesToMarkdown } from "../../../src/domain/minutes";
import { commentsXlsx } from "../../fixtures/comments/workbook";
import {
  COMMENTS,
  DATASET_FILE,
  HOSTILE_TEXT,
  MEETINGS,
  MEMBERS,
  STATUS,
  minutesDataset,
} from "../../fixtures/minutes/records";

const dir = mkdtempSync(join(tmpdir(), "kpi-minutes-cli-"));
const workbook = join(dir, "in.xlsx");

function io(): MinutesIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
    today: () => new Date("2026-11-24T00:00:00Z"),
  };
}

beforeAll(async () => {
  // the mixed plan fixture: 評価年度 2024, the same actuals as test/fixtures/minutes/dataset.json
  writeFileSync(workbook, await commentsXlsx({ members: MEMBERS, meetings: MEETINGS, comments: COMMENTS }));
}, 60_000);

const run = (args: string[], i = io()) => runMinutes(["--workbook", workbook, "--dataset", DATASET_FILE, ...args], i);

describe("kpi-review minutes", () => {
  it("writes Markdown equal to the pure model over the hand-derived status (the twin over KPI一覧 agrees)", async () => {
    const out = join(dir, "m3.md");
    const i = io();
    expect(await run(["--meeting", "3", "--out", out], i)).toBe(0);
    const expected = buildMinutes({
      dataset: minutesDataset(),
      meetings: MEETINGS,
      members: MEMBERS,
      comments: COMMENTS,
      statusById: STATUS,
      meetingNumber: 3,
    });
    if (!expected.ok) throw new Error(expected.message);
    expect(readFileSync(out, "utf8")).toBe(minutesToMarkdown(expected.minutes));
    expect(i.lines[0]).toBe(
      `会議録を作成しました: ${out}（第3回 伊勢崎市まち・ひと・しごと創生会議、意見 7件、評価年度 令和6年度(2024)）`,
    );
    // the fixture's deliberate problems are reported, not hidden
    expect(i.errors).toContain("注意: 意見 C-3-F の対象「9-9-K9-9」は戦略のデータにありません");
  });

  it("writes CSV (BOM, one row per comment) and .docx with the texts", async () => {
    const csv = join(dir, "m3.csv");
    expect(await run(["--meeting", "第3回", "--out", csv])).toBe(0);
    const text = readFileSync(csv, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split("\r\n").filter((l) => l.startsWith("第3回,")).length).toBeGreaterThanOrEqual(6);

    const docx = join(dir, "minutes.bin");
    expect(await run(["--meeting", "3", "--format", "docx", "--out", docx])).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")!.async("string");
    expect(xml).toContain("新規求人数が令和5年度に減少した理由は何か。");
    expect(xml).toContain("&lt;script&gt;");
    expect(HOSTILE_TEXT).toContain("<script>");
  });

  it("a meeting without comments still gives minutes", async () => {
    const out = join(dir, "m4.md");
    expect(await run(["--meeting", "4", "--out", out])).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("この会議で記録された委員意見はありません。");
  });

  it("an unknown meeting is a clear message listing the meetings that exist", async () => {
    const i = io();
    expect(await run(["--meeting", "9", "--out", join(dir, "m9.md")], i)).toBe(1);
    // one line, in the CLI's language (issue #11: every error path prints one clear line)
    expect(i.errors).toEqual([
      `kpi-review minutes: ${workbook}: Meeting 9 is not in the 会議 sheet. Meetings recorded: 2, 3, 4; no minutes written / 会議録は作成していません`,
    ]);
  });

  it("refuses bad arguments and never overwrites the workbook", async () => {
    const i = io();
    expect(await run(["--meeting", "3", "--format", "md", "--out", workbook], i)).toBe(2);
    expect(i.errors[0]).toContain("refusing to overwrite");
    expect(await run(["--meeting", "3", "--out", join(dir, "x.pdf")])).toBe(2);
    expect(await run(["--meeting", "three", "--out", join(dir, "x.md")])).toBe(2);
  });

  it("refuses a workbook where two rows share an id (a meeting's 回 here), naming both rows, and writes nothing", async () => {
    const twice = join(dir, "twice.xlsx");
    const meetings = [...MEETINGS, { ...MEETINGS[1]!, place: "別の会場" }]; // 第3回 again, after the others
    writeFileSync(twice, await commentsXlsx({ members: MEMBERS, meetings, comments: COMMENTS }));
    const i = io();
    const out = join(dir, "twice.md");
    expect(await runMinutes(["--workbook", twice, "--dataset", DATASET_FILE, "--meeting", "3", "--out", out], i)).toBe(
      1,
    );
    expect(i.errors).toHaveLength(1);
    const m = /: Two rows have the same 回 「3」: 会議 (\d+)行目 回 and 会議 (\d+)行目 回\./.exec(i.errors[0] ?? "");
    expect(m).not.toBeNull();
    // the first 第3回 is the table's 2nd record, its copy the 4th
    expect(Number(m![2]) - Number(m![1])).toBe(MEETINGS.length - 1);
    expect(existsSync(out)).toBe(false);
  });

  it("keeps minutes already at --out (edited in Word, perhaps) as a dated copy before writing", async () => {
    const out = join(dir, "edited.docx");
    writeFileSync(out, "edited by the secretariat");
    const i = io();
    expect(await run(["--meeting", "3", "--out", out], i)).toBe(0);
    const copy = join(dir, "edited.20261124-090000.docx"); // today() in Japan time
    expect(readFileSync(copy, "utf8")).toBe("edited by the secretariat");
    expect(i.lines).toContain(`以前の ${out} を ${copy} として残しました / Kept the previous ${out} as ${copy}.`);
  });

  it("refuses a --format that the --out name contradicts (docx bytes in a .md), writing nothing", async () => {
    const i = io();
    const out = join(dir, "x.md");
    expect(await run(["--meeting", "3", "--format", "docx", "--out", out], i)).toBe(2);
    expect(i.errors[0]?.split("\n")[0]).toBe(
      `kpi-review minutes: --format docx does not match --out ${out} (a .md name): name the file .docx, or leave --format out to write .md`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
