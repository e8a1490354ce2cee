/**
 * `kpi-review evaluation close` and `kpi-review revise` end to end on a real .xlsx built from a small dataset: what
 * they write is read back through exceljs; every refusal is one line, exit 1, and no file at --out.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runClose } from "../../../src/cli/verbs/evaluation-close";
import { runRevise } from "../../../src/cli/verbs/revise";
import { readTableRows } from "../../../src/adapters/xlsx/minutes-source";
import { readClosedRecords } from "../../../src/workbook/closed-rows";
import { readRevisions } from "../../../src/workbook/revision-rows";
import {
  MINIMAL_DATASET_FILE,
  datasetFromFile,
  loadWorkbookFile,
  recordingIo,
  scratch,
  writeBuiltWorkbook,
} from "../../support/cli-fixture";

const DATASET_FILE = MINIMAL_DATASET_FILE;
const { dir, next: outFile } = scratch("kpi-close-cli-");
const workbook = join(dir, "in.xlsx");

const io = () =>
  recordingIo({
    now: () => new Date("2026-06-01T01:00:00Z"),
    user: () => "tester",
  });

const load = loadWorkbookFile;

beforeAll(() => writeBuiltWorkbook(workbook, datasetFromFile(DATASET_FILE), { evaluationYear: 2025 }), 60_000);

const close = (args: string[], i = io()) => runClose(["--workbook", workbook, "--dataset", DATASET_FILE, ...args], i);
const revise = (args: string[], i = io()) => runRevise(["--workbook", workbook, "--dataset", DATASET_FILE, ...args], i);

describe("kpi-review evaluation close", () => {
  it("closes the year into 「評価履歴」 of --out, by --by, leaving the input alone", async () => {
    const before = readFileSync(workbook);
    const out = outFile();
    const i = io();
    expect(await close(["--out", out, "--year", "2024", "--by", "企画課"], i)).toBe(0);
    expect(i.lines[0]).toBe(`令和6年度(2024)を確定しました: ${out}（4指標）`);
    expect(readFileSync(workbook).equals(before)).toBe(true);
    const rows = readTableRows(await load(out), "評価履歴");
    if (!rows) throw new Error("no 評価履歴");
    const read = readClosedRecords(rows);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => [r.record.year, r.record.closedBy, r.record.state])).toEqual([
      [2024, "企画課", "確定"],
      [2024, "企画課", "確定"],
      [2024, "企画課", "確定"],
      [2024, "企画課", "確定"],
    ]);
  });

  it("refuses a closed year without --replace, one line, exit 1, nothing written", async () => {
    const first = outFile();
    expect(await close(["--out", first, "--year", "2024"])).toBe(0);
    const out = outFile();
    const i = io();
    expect(await runClose(["--workbook", first, "--dataset", DATASET_FILE, "--out", out, "--year", "2024"], i)).toBe(1);
    expect(i.errors).toEqual([
      expect.stringMatching(
        /^kpi-review evaluation close: .*out-\d+\.xlsx: year: 令和6年度\(2024\)は既に確定しています.*; nothing written/,
      ),
    ]);
    expect(existsSync(out)).toBe(false);
    const replaced = outFile();
    const j = io();
    const args = ["--workbook", first, "--dataset", DATASET_FILE, "--out", replaced, "--year", "2024", "--replace"];
    expect(await runClose(args, j)).toBe(0);
    expect(j.lines[0]).toContain("旧記録 4件");
  });

  it.each([
    [["--year", "2026"], /評価年度（令和7年度\(2025\)）より後/],
    [["--year", "2040"], /計画期間（令和2年度\(2020\)〜令和9年度\(2027\)）の外/],
  ])("refuses %j with one line naming why, exit 1, no file", async (args, why) => {
    const out = outFile();
    const i = io();
    expect(await close(["--out", out, ...args], i)).toBe(1);
    expect(i.errors).toHaveLength(1);
    expect(i.errors[0]).toMatch(why);
    expect(existsSync(out)).toBe(false);
  });

  it("treats a missing or malformed --year as a usage error (exit 2, one line and the hint)", async () => {
    const i = io();
    expect(await close(["--out", outFile(), "--year", "令和7"], i)).toBe(2);
    expect(i.errors).toEqual([
      'kpi-review evaluation close: --year must be a western year like 2025, got "令和7"',
      expect.stringContaining("--help"),
    ]);
    expect(await close(["--out", outFile()], io())).toBe(2);
  });

  it("prints its help", async () => {
    const i = io();
    expect(await runClose(["--help"], i)).toBe(0);
    expect(i.lines.join("\n")).toContain("usage: kpi-review evaluation close");
  });
});

describe("kpi-review revise", () => {
  it("appends the revision to 「指標見直し」 of --out with the original target", async () => {
    const out = outFile();
    const i = io();
    const args = [
      "--out",
      out,
      "--target",
      "1-1-K2-2",
      "--value",
      "800",
      "--from-year",
      "2026",
      "--reason",
      "計画改定",
    ];
    expect(await revise([...args, "--meeting", "第2回"], i)).toBe(0);
    expect(i.lines[0]).toBe(`目標を見直しました: ${out}（1-1-K2-2 700 → 800、令和8年度(2026)から適用）`);
    const rows = readTableRows(await load(out), "指標見直し");
    if (!rows) throw new Error("no 指標見直し");
    const read = readRevisions(rows);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.record)).toEqual([
      expect.objectContaining({ indicatorId: "1-1-K2-2", originalTarget: 700, revisedTarget: 800, meeting: 2 }),
    ]);
  });

  it.each([
    [["--target", "9-9-K9-9", "--value", "1", "--from-year", "2026"], /指標ID「9-9-K9-9」は「KPI一覧」にありません/],
    [["--target", "1-1-K2-2", "--value", "多め", "--from-year", "2026"], /改定目標値は数値にしてください（「多め」）/],
    [
      ["--target", "1-1-K2-2", "--value", "1", "--from-year", "2031"],
      /計画期間（令和2年度\(2020\)〜令和9年度\(2027\)）の外/,
    ],
  ])("refuses %j: one line, exit 1, no file", async (args, why) => {
    const out = outFile();
    const i = io();
    expect(await revise(["--out", out, "--reason", "r", ...args], i)).toBe(1);
    expect(i.errors).toHaveLength(1);
    expect(i.errors[0]).toMatch(why);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a revision from a closed year", async () => {
    const closed = outFile();
    expect(await close(["--out", closed, "--year", "2025"])).toBe(0);
    const out = outFile();
    const i = io();
    const args = ["--workbook", closed, "--dataset", DATASET_FILE, "--out", out, "--reason", "r"];
    expect(await runRevise([...args, "--target", "1-1-K2-2", "--value", "1", "--from-year", "2025"], i)).toBe(1);
    expect(i.errors[0]).toMatch(/確定済みの令和7年度\(2025\)/);
    expect(existsSync(out)).toBe(false);
  });

  it("treats missing options and a bad --meeting as usage errors", async () => {
    const i = io();
    expect(await revise(["--out", outFile(), "--target", "1-1-K2-2"], i)).toBe(2);
    expect(i.errors[0]).toBe("kpi-review revise: --value is required");
    const j = io();
    const args = ["--out", outFile(), "--target", "x", "--value", "1", "--from-year", "2026", "--reason", "r"];
    expect(await revise([...args, "--meeting", "abc"], j)).toBe(2);
    expect(j.errors[0]).toBe('kpi-review revise: --meeting must be a meeting number like 3, got "abc"');
  });
});
