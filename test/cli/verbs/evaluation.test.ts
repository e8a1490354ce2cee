/**
 * `kpi-review evaluation import | prepare | close` end to end on a real .xlsx: what they write is read back through
 * exceljs; a bad CSV line, an unknown id, a closed year or a year outside the plan is one line, exit 1, and no file at
 * --out.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runEvaluation } from "../../../src/cli/verbs/evaluation";
import { readTableRows } from "../../../src/adapters/xlsx/minutes-source";
import { readEvaluationEntries, readSummaryOpinions } from "../../../src/workbook/evaluation-rows";
import {
  MINIMAL_DATASET_FILE,
  datasetFromFile,
  recordingIo,
  scratch,
  writeBuiltWorkbook,
} from "../../support/cli-fixture";

const DATASET_FILE = MINIMAL_DATASET_FILE;
const { dir, next: outFile } = scratch("kpi-evaluation-cli-");
const workbook = join(dir, "in.xlsx");
let n = 0;
const HEADER = "評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由,総括意見";

const io = () =>
  recordingIo({
    now: () => new Date("2026-06-01T01:00:00Z"),
    user: () => "tester",
  });

function csvFile(lines: readonly string[], encoding: "utf8" | "sjis" = "utf8"): string {
  const path = join(dir, `in-${++n}.csv`);
  const text = lines.join("\r\n") + "\r\n";
  writeFileSync(path, encoding === "utf8" ? Buffer.from(text, "utf8") : sjis(text));
  return path;
}

/** Shift_JIS bytes of the few characters the test uses (Node has no Shift_JIS encoder). */
function sjis(text: string): Buffer {
  const decoder = new TextDecoder("shift_jis");
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0x9f; hi++) {
    for (let lo = 0x40; lo <= 0xfc; lo++) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  }
  for (let hi = 0xe0; hi <= 0xea; hi++) {
    for (let lo = 0x40; lo <= 0xfc; lo++) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? [0x81, 0x48]));
  }
  return Buffer.from(bytes);
}

async function tables(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const entries = readTableRows(wb, "評価");
  const opinions = readTableRows(wb, "総括意見");
  if (!entries || !opinions) throw new Error("tables missing");
  return {
    entries: readEvaluationEntries(entries).records.map((r) => r.record),
    opinions: readSummaryOpinions(opinions).records.map((r) => r.record),
  };
}

beforeAll(() => writeBuiltWorkbook(workbook, datasetFromFile(DATASET_FILE), { evaluationYear: 2025 }), 60_000);

const evaluation = (args: string[], i = io()) => runEvaluation(args, i);

describe("kpi-review evaluation import", () => {
  jest.setTimeout(60_000);

  it("imports entries and 総括意見 (a Shift_JIS CSV) into --out, leaving the input alone", async () => {
    const before = readFileSync(workbook);
    const out = outFile();
    const csv = csvFile(
      [HEADER, "2025,1-1-K1-1,周知が進んだ,若年層,継続,,B,妥当,", "2025,全体,,,,,,,概ね順調"],
      "sjis",
    );
    const i = io();
    expect(await evaluation(["import", "--workbook", workbook, "--out", out, "--csv", csv], i)).toBe(0);
    expect(i.errors).toEqual([]);
    expect(i.lines[0]).toBe(`取り込みました: ${out}（評価 1件、総括意見 1件）`);
    const read = await tables(out);
    expect(read.entries.find((e) => e.indicatorId === "1-1-K1-1")).toMatchObject({
      year: 2025,
      analysis: "周知が進んだ",
      issues: "若年層",
      direction: "継続",
      committeeGrade: "B 順調",
      committeeReason: "妥当",
      updatedBy: "tester",
    });
    expect(read.opinions.find((o) => o.target === "全体")?.text).toBe("概ね順調");
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it.each([
    ["a malformed line", [HEADER, '2025,1-1-K1-1,"閉じていない,,,,,,,'], "CSV 2行目 要因分析: 引用符"],
    ["an unknown id", [HEADER, "2025,9-9-K9,,,,,,,"], "CSV 2行目 対象: 指標ID「9-9-K9」"],
    [
      "a year outside the plan",
      [HEADER, "2031,1-1-N1,,,,,,,"],
      "CSV 2行目 評価年度: 評価年度 令和13年度(2031)は計画期間",
    ],
  ])("refuses %s: one line, exit 1, no --out", async (_what, lines, expected) => {
    const out = outFile();
    const i = io();
    expect(await evaluation(["import", "--workbook", workbook, "--out", out, "--csv", csvFile(lines)], i)).toBe(1);
    expect(i.errors).toHaveLength(1);
    expect(i.errors[0]).toContain(expected);
    expect(i.errors[0]).toContain("何も書き込んでいません");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a closed year (closed through the same verb)", async () => {
    const closed = outFile();
    const c = io();
    expect(
      await evaluation(
        ["close", "--workbook", workbook, "--out", closed, "--year", "2024", "--dataset", DATASET_FILE],
        c,
      ),
    ).toBe(0);
    const out = outFile();
    const i = io();
    const csv = csvFile([HEADER, "2024,1-1-N1,書けない,,,,,,"]);
    expect(await evaluation(["import", "--workbook", closed, "--out", out, "--csv", csv], i)).toBe(1);
    expect(i.errors).toEqual([
      `kpi-review evaluation import: ${closed}: CSV 2行目 評価年度: 令和6年度(2024)は確定済みです（「評価履歴」）。確定した年度の評価・総括意見は変更できません。; nothing written / 何も書き込んでいません`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("is a usage error without --csv, and with --out the same as --csv", async () => {
    const i = io();
    expect(await evaluation(["import", "--workbook", workbook, "--out", outFile()], i)).toBe(2);
    expect(i.errors[0]).toBe("kpi-review evaluation import: --csv is required");
    const csv = csvFile([HEADER]);
    expect(await evaluation(["import", "--workbook", workbook, "--out", csv, "--csv", csv], io())).toBe(2);
  });
});

describe("kpi-review evaluation prepare", () => {
  jest.setTimeout(60_000);

  it("adds the year's rows", async () => {
    const out = outFile();
    const i = io();
    expect(await evaluation(["prepare", "--workbook", workbook, "--out", out, "--year", "2026"], i)).toBe(0);
    expect(i.lines[0]).toBe(`令和8年度(2026)の行を追加しました: ${out}（評価 4行、総括意見 2行）`);
    const read = await tables(out);
    expect(read.entries.filter((e) => e.year === 2026).map((e) => e.indicatorId)).toEqual([
      "1-1-N1",
      "1-1-K1-1",
      "1-1-K2-1",
      "1-1-K2-2",
    ]);
    expect(read.opinions.filter((o) => o.year === 2026).map((o) => o.target)).toEqual(["全体", "基本目標1"]);
  });

  it("refuses a year outside the plan (exit 1, no --out) and a year that is not one (exit 2)", async () => {
    const out = outFile();
    const i = io();
    expect(await evaluation(["prepare", "--workbook", workbook, "--out", out, "--year", "2040"], i)).toBe(1);
    expect(i.errors).toHaveLength(1);
    expect(i.errors[0]).toContain("令和22年度(2040)は計画期間");
    expect(existsSync(out)).toBe(false);
    expect(await evaluation(["prepare", "--workbook", workbook, "--out", out, "--year", "来年"], io())).toBe(2);
  });
});

describe("kpi-review evaluation", () => {
  it("prints its help, and names an unknown subcommand", async () => {
    const i = io();
    expect(await evaluation(["--help"], i)).toBe(0);
    expect(i.lines.join("\n")).toContain("kpi-review evaluation import");
    const u = io();
    expect(await evaluation(["export"], u)).toBe(2);
    expect(u.errors[0]).toBe('kpi-review evaluation: unknown subcommand "export" (import, prepare, close)');
  });
});
