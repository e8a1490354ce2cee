/**
 * `kpi-review report` end to end on a real .xlsx built from a small dataset: the CSV and the .docx written, an existing
 * --out kept as a dated copy, and every bad input one line (usage: exit 2; refusal: exit 1) with no file at --out.
 */
import JSZip from "jszip";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runReport } from "../../../src/cli/verbs/report";
import {
  MINIMAL_DATASET_FILE,
  datasetFromFile,
  recordingIo,
  scratch,
  writeBuiltWorkbook,
} from "../../support/cli-fixture";

const DATASET_FILE = MINIMAL_DATASET_FILE;
const { dir } = scratch("kpi-report-cli-");
const workbook = join(dir, "in.xlsx");

const io = () =>
  recordingIo({
    today: () => new Date("2026-06-01T01:00:00Z"),
  });

const run = (args: string[], i = io()) => runReport(["--workbook", workbook, "--dataset", DATASET_FILE, ...args], i);

beforeAll(() => writeBuiltWorkbook(workbook, datasetFromFile(DATASET_FILE), { evaluationYear: 2025 }), 60_000);

describe("kpi-review report", () => {
  it("writes the open-data CSV, one row per indicator, the format taken from --out", async () => {
    const out = join(dir, "r.csv");
    const i = io();
    expect(await run(["--year", "2025", "--out", out], i)).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.startsWith("\uFEFF評価年度,ID,指標名,")).toBe(true);
    expect(csv.split("\r\n").filter((l) => l.startsWith("2025,"))).toHaveLength(4);
    expect(i.lines[0]).toBe(`効果検証報告書を作成しました: ${out}（令和7年度(2025)、4指標、暫定）`);
    expect(i.errors).toEqual([]);
  }, 60_000);

  it("writes the .docx, and keeps a file already at --out as a dated copy", async () => {
    const out = join(dir, "report.docx");
    writeFileSync(out, "edited in Word");
    const i = io();
    expect(await run(["--year", "2025", "--format", "docx", "--out", out], i)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file("word/document.xml")!.async("string")).toContain("1-1-N1");
    const copies = readdirSync(dir).filter((f) => f.startsWith("report.") && f !== "report.docx");
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, copies[0]!), "utf8")).toBe("edited in Word");
    expect(i.lines.join("\n")).toContain(copies[0]);
  }, 60_000);

  it.each([
    [
      ["--year", "2025", "--format", "docx", "--out", "x.md"],
      /--format docx does not match --out \S*x\.md \(a \.md name\): name the file \.docx$/,
    ],
    [["--year", "2025", "--format", "docx", "--out", "x.csv"], /does not match/],
    [["--year", "2025", "--out", "x.txt"], /--format must be one of docx, csv/],
    [["--year", "R7", "--out", "x.csv"], /--year must be a western year like 2025, got "R7"/],
    [["--out", "x.csv"], /--year is required/],
  ])("refuses %j as a usage error (exit 2, one line and the hint, nothing written)", async (args, message) => {
    const i = io();
    expect(
      await run(
        args.map((a) => (a.startsWith("x.") ? join(dir, a) : a)),
        i,
      ),
    ).toBe(2);
    expect(i.errors[0]).toMatch(message);
    expect(i.errors).toHaveLength(2);
    expect(existsSync(join(dir, "x.md")) || existsSync(join(dir, "x.csv")) || existsSync(join(dir, "x.txt"))).toBe(
      false,
    );
  });

  it("refuses a year outside the plan in one line, exit 1, nothing written", async () => {
    const out = join(dir, "outside.csv");
    const i = io();
    expect(await run(["--year", "2031", "--out", out], i)).toBe(1);
    expect(i.errors).toHaveLength(1);
    expect(i.errors[0]).toMatch(
      /^kpi-review report: .*in\.xlsx: year: .*2031.*令和2年度\(2020\)〜令和9年度\(2027\).*no report written$/,
    );
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("refuses a dataset of another version than the workbook's, exit 1, nothing written", async () => {
    const other = join(dir, "other.json");
    const raw = JSON.parse(readFileSync(DATASET_FILE, "utf8")) as { datasetVersion: string };
    writeFileSync(other, JSON.stringify({ ...raw, datasetVersion: "9.9.9" }));
    const out = join(dir, "other.csv");
    const i = io();
    expect(await runReport(["--workbook", workbook, "--dataset", other, "--year", "2025", "--out", out], i)).toBe(1);
    expect(i.errors).toEqual([expect.stringContaining("9.9.9")]);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("prints its help with --help", async () => {
    const i = io();
    expect(await runReport(["--help"], i)).toBe(0);
    expect(i.lines[0]).toMatch(/^usage: kpi-review report --workbook IN\.xlsx --year YYYY/);
  });
});
