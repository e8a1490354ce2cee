import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runRefresh, verb } from "../../../src/cli/verbs/refresh";
import { runWorkbook } from "../../../src/cli/verbs/workbook";
import { main } from "../../../src/cli/main";
import { yearKey } from "../../../src/workbook/kpi-columns";
import { datasetToCsv } from "../../../src/domain/dataset/ingest/csv-dataset";
import { HISTORY_SHEET } from "../../../src/refresh/history";
import { bundled, HOSTILE, shiftJis } from "../../fixtures/refresh/hostile-sources";
import { recordingIo } from "../../support/cli-fixture";
import { kpiCol } from "../../support/layout";

const NOW = new Date("2026-11-24T03:00:00Z");

/** The verbs' io at one instant, from one person, its lines kept (io.lines, io.errors). */
const cliIo = () => recordingIo({ now: () => NOW, user: () => "staff01" });

describe("kpi-review refresh", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-refresh-"));
  const book = join(dir, "book.xlsx");

  beforeAll(async () => {
    expect(await runWorkbook(["--out", book], cliIo())).toBe(0);
    // Someone types an actual for the first indicator.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(book) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("KPI一覧")!;
    ws.getRow(4).getCell(kpiCol(yearKey(2024))).value = 77;
    writeFileSync(book, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  }, 60_000);

  it("is registered in main", async () => {
    expect(verb.name).toBe("refresh");
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, "write").mockImplementation((s) => (lines.push(String(s)), true));
    try {
      expect(await main(["refresh", "--help"])).toBe(0);
    } finally {
      write.mockRestore();
    }
    expect(lines.join("")).toContain("kpi-review refresh --workbook");
  });

  it("refreshes from a Shift_JIS CSV with a new actual and a conflict, keeping the typed value unless chosen", async () => {
    const next = structuredClone(bundled);
    const id = next.indicators[0]!.id;
    next.indicators[0]!.actuals = [
      { year: 2024, value: 78 }, // conflicts with the typed 77
      { year: 2023, value: 70 }, // fills an empty cell
    ];
    const csv = join(dir, "kpi.csv");
    writeFileSync(csv, shiftJis(datasetToCsv(next).replace(/^\uFEFF/, "")));
    const out = join(dir, "out.xlsx");
    const io = cliIo();
    expect(await runRefresh(["--workbook", book, "--dataset", csv, "--out", out], io)).toBe(0);
    expect(io.errors).toEqual([]);
    expect(io.lines.join("\n")).toContain(`競合 ${id} 令和6年度(2024) `);
    expect(io.lines.join("\n")).toContain("shift_jis");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const row = wb.getWorksheet("KPI一覧")!.getRow(4);
    expect(row.getCell(kpiCol(yearKey(2024))).value).toBe(77);
    expect(row.getCell(kpiCol(yearKey(2023))).value).toBe(70);
    const history = wb.getWorksheet(HISTORY_SHEET)!.getRow(2);
    expect([history.getCell(2).value, history.getCell(3).value]).toEqual(["staff01", "kpi.csv"]);

    const chosen = join(dir, "chosen.xlsx");
    expect(
      await runRefresh(["--workbook", book, "--dataset", csv, "--out", chosen, "--use-dataset", `${id}:2024`], cliIo()),
    ).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(readFileSync(chosen) as unknown as ArrayBuffer);
    expect(
      wb2
        .getWorksheet("KPI一覧")!
        .getRow(4)
        .getCell(kpiCol(yearKey(2024))).value,
    ).toBe(78);
  }, 60_000);

  it("--csv-template writes the CSV layout, which refreshes the workbook with nothing to change", async () => {
    const template = join(dir, "template.csv");
    const io = cliIo();
    expect(await runRefresh(["--csv-template", template], io)).toBe(0);
    expect(io.lines[0]).toContain(`${bundled.indicators.length} 指標`);
    const text = readFileSync(template, "utf8");
    expect(text.startsWith("\uFEFFid,kind,")).toBe(true);
    const second = cliIo();
    expect(await runRefresh(["--workbook", book, "--dataset", template, "--dry-run"], second)).toBe(0);
    expect(second.lines[0]).toMatch(
      /追加 0、定義変更 0指標（0項目）、廃止 0、廃止から復帰 0、実績補完 0、競合 0、数式復元 0/,
    );
  }, 60_000);

  it("--dry-run prints the preview and writes nothing, not even the --out it is given", async () => {
    const out = join(dir, "dry.xlsx");
    const before = readFileSync(book);
    const io = cliIo();
    expect(await runRefresh(["--workbook", book, "--out", out, "--dry-run"], io)).toBe(0);
    expect(io.lines[0]).toMatch(/^データセット 1\.0\.0 → 1\.0\.0: 追加 0/);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(book).equals(before)).toBe(true);
  }, 60_000);

  it("never writes over an input", async () => {
    const io = cliIo();
    expect(await runRefresh(["--workbook", book, "--out", book], io)).toBe(2);
    expect(io.errors[0]).toContain("refusing to overwrite");
  });

  it.each(HOSTILE.map(([label, name, bytes]) => [label, name, bytes] as const))(
    "a hostile source (%s) is refused with its problem and nothing is written",
    async (_, name, bytes) => {
      const src = join(dir, `hostile-${name}`);
      writeFileSync(src, bytes);
      const out = join(dir, `never-${Math.random().toString(36).slice(2)}.xlsx`);
      const io = cliIo();
      expect(await runRefresh(["--workbook", book, "--dataset", src, "--out", out], io)).toBe(1);
      expect(io.lines.length).toBeGreaterThan(0);
      expect(io.errors.join("\n")).toContain("nothing written");
      expect(existsSync(out)).toBe(false);
    },
    30_000,
  );

  it("a damaged workbook is refused with the sheet and cell, and nothing is written", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(book) as unknown as ArrayBuffer);
    wb.getWorksheet("KPI一覧")!.getRow(5).getCell(1).value = bundled.indicators[0]!.id; // duplicate id
    const damaged = join(dir, "damaged.xlsx");
    writeFileSync(damaged, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const out = join(dir, "never.xlsx");
    const io = cliIo();
    expect(await runRefresh(["--workbook", damaged, "--out", out], io)).toBe(1);
    expect(io.lines.join("\n")).toContain("KPI一覧!A5");
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("--use-dataset that names no conflict is refused and nothing is written", async () => {
    const out = join(dir, "stray-choice.xlsx");
    const io = cliIo();
    const args = ["--workbook", book, "--out", out, "--use-dataset", "9-9-K9-9:2024"];
    expect(await runRefresh(args, io)).toBe(1);
    expect(io.errors).toEqual([
      "kpi-review refresh: --use-dataset 9-9-K9-9:2024 names no conflict of this refresh (conflicts: none); " +
        "nothing written / 指定した競合がありません。何も書き込みません",
    ]);
    expect(existsSync(out)).toBe(false);
    const dry = cliIo();
    expect(await runRefresh(["--workbook", book, "--dry-run", "--use-dataset", "9-9-K9-9:2024"], dry)).toBe(1);
    expect(dry.errors).toHaveLength(1);
  }, 60_000);

  it("an --out that exists (a workbook or an edited template) is kept as a dated copy, never replaced unseen", async () => {
    const out = join(dir, "existing.xlsx");
    writeFileSync(out, "someone's workbook");
    const io = cliIo();
    expect(await runRefresh(["--workbook", book, "--out", out], io)).toBe(0);
    const copy = join(dir, "existing.20261124-120000.xlsx"); // NOW in Japan time
    expect(readFileSync(copy, "utf8")).toBe("someone's workbook");
    expect(io.lines).toContain(`以前の ${out} を ${copy} として残しました / Kept the previous ${out} as ${copy}.`);

    const template = join(dir, "edited.csv");
    writeFileSync(template, "edited by staff");
    expect(await runRefresh(["--csv-template", template], cliIo())).toBe(0);
    expect(readFileSync(join(dir, "edited.20261124-120000.csv"), "utf8")).toBe("edited by staff");
  }, 60_000);
});
