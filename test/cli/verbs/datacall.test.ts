/**
 * `kpi-review datacall export|import` end to end on real .xlsx files: the export written to --out, filled with exceljs
 * and imported into a new --out, read back; conflicts refused with their list until --use-file / --keep-workbook;
 * --dry-run prints the differences and writes nothing; a department with no indicators is one line and exit 1.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runDatacall } from "../../../src/cli/verbs/datacall";
import { scalarOf } from "../../../src/adapters/xlsx/exceljs-internals";
import { readTableRows } from "../../../src/adapters/xlsx/minutes-source";
import { yearOfHeader } from "../../../src/workbook/kpi-headers";
import { readEvaluationEntries } from "../../../src/workbook/evaluation-rows";
import { loadFixture } from "../../plan/plan-readback";
import { loadWorkbookFile, recordingIo, scratch, writeBuiltWorkbook } from "../../support/cli-fixture";

const YEAR = 2024;
const base = loadFixture("mixed");
const dataset = {
  ...base,
  indicators: base.indicators.map((i) => ({ ...i, department: i.id.startsWith("1-1") ? "企画課" : "福祉課" })),
};
const { dir, next: outFile } = scratch("kpi-datacall-cli-");
const workbook = join(dir, "in.xlsx");
let n = 0;

const io = () =>
  recordingIo({
    now: () => new Date("2026-11-28T01:00:00Z"),
    user: () => "tester",
  });

const load = loadWorkbookFile;

/** The 評価年度's actual of `id` in a workbook file. */
async function actualIn(path: string, id: string): Promise<unknown> {
  const t = readTableRows(await load(path), "KPI");
  if (!t) throw new Error("no KPI");
  const c = t.headers.findIndex((h) => yearOfHeader(h) === YEAR);
  return t.rows.find((r) => r[0] === id)?.[c] ?? null;
}

/** Fills the exported file: `values` by id and header (the actual's header ends with 「(2024)実績」). */
async function fill(file: string, values: Record<string, Record<string, string | number>>): Promise<string> {
  const wb = await load(file);
  const ws = wb.getWorksheet("実績照会") as ExcelJS.Worksheet;
  const headers = Array.from({ length: ws.columnCount + 1 }, (_, c) =>
    c === 0 ? "" : String(scalarOf(ws.getCell(3, c).value) ?? ""),
  );
  for (let r = 4; r <= ws.rowCount; r++) {
    const row = values[String(scalarOf(ws.getCell(r, 1).value))];
    if (!row) continue;
    for (const [header, value] of Object.entries(row)) {
      const c = headers.findIndex((h) => (header === "実績" ? h.endsWith(`(${YEAR})実績`) : h === header));
      ws.getCell(r, c).value = value;
    }
  }
  const filled = join(dir, `filled-${++n}.xlsx`);
  writeFileSync(filled, new Uint8Array(await wb.xlsx.writeBuffer()));
  return filled;
}

beforeAll(
  () => writeBuiltWorkbook(workbook, dataset, { builtAt: new Date("2026-11-24T00:00:00Z"), evaluationYear: YEAR }),
  60_000,
);

describe("kpi-review datacall", () => {
  jest.setTimeout(60_000);

  it("exports, and imports the filled file into --out: actuals, 評価, the note; the input untouched", async () => {
    const file = outFile();
    const i = io();
    expect(await runDatacall(["export", "--workbook", workbook, "--department", "企画課", "--out", file], i)).toBe(0);
    expect(i.lines).toEqual([`企画課の実績照会ファイルを作成しました: ${file}（令和6年度(2024)、4指標）`]);
    const filled = await fill(file, {
      "1-1-K1-1": { 実績: 12, 出典: "商工課調べ", "速報/確定": "確定", 要因分析: "相談件数が増えた" },
    });
    const before = readFileSync(workbook);
    const out = outFile();
    const j = io();
    expect(await runDatacall(["import", "--workbook", workbook, "--file", filled, "--out", out], j)).toBe(0);
    expect(j.errors).toEqual([]);
    // 1-1-K1-1 is the department's second indicator (row 5); the actual follows the six definitions and the four
    // past years 2020–2023 (column K), 要因分析 comes after 出典 and 速報/確定 (N).
    expect(j.lines).toEqual([
      `企画課の回答を取り込みました: ${out}（実績 1件、評価 1指標）`,
      "  1-1-K1-1 実績: 空欄 → 「12」（実績照会 K5）",
      "  1-1-K1-1 要因分析: 空欄 → 「相談件数が増えた」（実績照会 N5）",
      "出典・速報/確定を「KPI一覧」の実績セルのメモに記録しました（1件）。",
    ]);
    expect(readFileSync(workbook).equals(before)).toBe(true);
    expect(await actualIn(out, "1-1-K1-1")).toBe(12);
    const rows = readTableRows(await load(out), "評価");
    if (!rows) throw new Error("no 評価");
    const entry = readEvaluationEntries(rows).records.find(
      (r) => r.record.indicatorId === "1-1-K1-1" && r.record.year === YEAR,
    );
    expect(entry?.record).toMatchObject({ analysis: "相談件数が増えた", updatedBy: "tester" });
  });

  it("refuses conflicts with their list until a side is chosen; --dry-run writes nothing", async () => {
    const file = outFile();
    expect(await runDatacall(["export", "--workbook", workbook, "--department", "企画課", "--out", file], io())).toBe(
      0,
    );
    const typed = await actualIn(workbook, "1-1-K1-2");
    const filled = await fill(file, { "1-1-K1-2": { 実績: (typed as number) + 1 }, "1-1-N1": { 実績: 9 } });

    const out = outFile();
    const refused = io();
    expect(await runDatacall(["import", "--workbook", workbook, "--file", filled, "--out", out], refused)).toBe(1);
    expect(refused.errors).toEqual([
      `kpi-review datacall import: ${filled}: ブックに入力済みの値と回答が異なる項目が1件あります。何も書き込んでいません。指標ごとに --use-file ID,… で回答の値を採用するか、--keep-workbook でブックの値を残してください:`,
      `  1-1-K1-2 実績: ブック「${String(typed)}」 / 回答「${(typed as number) + 1}」（実績照会 K6） → 選択が必要`,
    ]);
    expect(existsSync(out)).toBe(false);

    const dry = io();
    expect(await runDatacall(["import", "--workbook", workbook, "--file", filled, "--dry-run"], dry)).toBe(0);
    expect(dry.lines[0]).toBe("確認のみ（--dry-run）: 何も書き込んでいません。企画課の回答との差分 2件:");
    expect(dry.lines).toHaveLength(3);

    const taken = io();
    const args = ["import", "--workbook", workbook, "--file", filled, "--out", out, "--use-file", "1-1-K1-2"];
    expect(await runDatacall(args, taken)).toBe(0);
    expect(await actualIn(out, "1-1-K1-2")).toBe((typed as number) + 1);
    expect(await actualIn(out, "1-1-N1")).toBe(9);

    const stray = io();
    const strayArgs = ["import", "--workbook", workbook, "--file", filled, "--dry-run", "--use-file", "1-1-K1-3"];
    expect(await runDatacall(strayArgs, stray)).toBe(1);
    expect(stray.errors).toEqual([
      `kpi-review datacall import: ${filled}: --use-file: --use-file の「1-1-K1-3」は、この取込の競合にありません。; nothing written / 何も書き込んでいません`,
    ]);
  });

  it("a department with no indicators: one line, exit 1, no file", async () => {
    const out = outFile();
    const i = io();
    expect(await runDatacall(["export", "--workbook", workbook, "--department", "財政課", "--out", out], i)).toBe(1);
    expect(i.errors).toEqual([
      `kpi-review datacall export: ${workbook}: --department: 担当課「財政課」の指標は「KPI一覧」にありません（担当課: 企画課、福祉課）。; nothing written / 何も書き込んでいません`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("usage errors are one line and the hint, exit 2", async () => {
    const i = io();
    expect(await runDatacall(["import", "--workbook", workbook, "--file", "x.xlsx"], i)).toBe(2);
    expect(i.errors).toEqual([
      "kpi-review datacall import: --out is required (or --dry-run)",
      "see kpi-review datacall import --help / --help で使い方を表示",
    ]);
    const j = io();
    expect(await runDatacall(["send"], j)).toBe(2);
    expect(j.errors[0]).toBe('kpi-review datacall: unknown action "send" (export, import)');
  });
});
