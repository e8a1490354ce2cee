import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runWorkbook, verb } from "../../../src/cli/verbs/workbook";
import { readWorkbookMetadata } from "../../../src/adapters/xlsx";
import { PLANNED_SHEETS } from "../../support/layout";

const SEED = join(__dirname, "..", "..", "..", "seeds", "kpi-dataset.json");
const NOW = new Date("2026-11-24T03:00:00Z");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), now: () => NOW }, out, err };
}

describe("kpi-review workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-workbook-"));

  it("is registered as the workbook verb", () => {
    expect(verb.name).toBe("workbook");
  });

  it("builds the workbook from the seeds dataset into a new folder and prints a ja/en summary", async () => {
    const outFile = join(dir, "nested", "book.xlsx");
    const { io, out, err } = capture();
    const code = await runWorkbook(["--dataset", SEED, "--out", outFile, "--evaluation-year", "2024"], io);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const indicators = (JSON.parse(readFileSync(SEED, "utf8")) as { indicators: unknown[] }).indicators.length;
    expect(out[0]).toContain(`指標 ${indicators} 行`);
    // 「KPI一覧」「設定」「概要」, the committee's three sheets, the four of the 効果検証 and the staff's 「確認事項」.
    expect(out[1]).toContain(`${indicators} indicator rows, 11 sheets`);
    const bytes = readFileSync(outFile);
    const meta = await readWorkbookMetadata(bytes);
    expect(meta).toMatchObject({ ok: true, metadata: { builtAt: NOW.toISOString() } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    // … and the metadata's very hidden sheet, last (issue #11).
    expect(wb.worksheets.map((w) => w.name)).toEqual(PLANNED_SHEETS);
    // --evaluation-year reached the 設定 sheet.
    const settings = wb.getWorksheet("設定");
    const values: unknown[] = [];
    settings?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(2024);
  });

  it("prints every dataset problem with its path and exits 1 without writing", async () => {
    const bad = join(dir, "bad.json");
    const dataset = JSON.parse(readFileSync(SEED, "utf8")) as {
      datasetVersion: string;
      indicators: { unit: string }[];
    };
    dataset.datasetVersion = "one";
    dataset.indicators[0]!.unit = "";
    writeFileSync(bad, JSON.stringify(dataset));
    const outFile = join(dir, "bad.xlsx");
    const { io, out } = capture();
    expect(await runWorkbook(["--dataset", bad, "--out", outFile], io)).toBe(1);
    expect(out.some((l) => l.startsWith("datasetVersion:"))).toBe(true);
    expect(out.some((l) => l.startsWith("indicators[0].unit:"))).toBe(true);
    expect(existsSync(outFile)).toBe(false);
  });

  it("refuses to overwrite the dataset input", async () => {
    const copy = join(dir, "copy.json");
    writeFileSync(copy, readFileSync(SEED));
    const { io, err } = capture();
    expect(await runWorkbook(["--dataset", copy, "--out", copy], io)).toBe(2);
    expect(err.join("\n")).toContain("refusing to overwrite");
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(SEED, "utf8"));
  });

  it("rejects a bad evaluation year, unknown arguments and a missing file", async () => {
    const a = capture();
    expect(await runWorkbook(["--evaluation-year", "R7"], a.io)).toBe(2);
    const b = capture();
    expect(await runWorkbook(["--frobnicate"], b.io)).toBe(2);
    const c = capture();
    expect(await runWorkbook(["--dataset", join(dir, "none.json"), "--out", join(dir, "x.xlsx")], c.io)).toBe(1);
    expect(c.out[0]).toContain("no such file");
  });

  it("a second run keeps the first workbook, with what was typed into it, as a dated copy (Japan time)", async () => {
    const outFile = join(dir, "twice", "kpi-review.xlsx");
    expect(await runWorkbook(["--dataset", SEED, "--out", outFile], capture().io)).toBe(0);
    // someone types an actual into the first workbook
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(outFile) as unknown as ArrayBuffer);
    wb.getWorksheet("KPI一覧")!.getCell("A1").value = "typed by staff";
    writeFileSync(outFile, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const typed = readFileSync(outFile);

    const second = capture();
    expect(await runWorkbook(["--dataset", SEED, "--out", outFile], second.io)).toBe(0);
    const copy = join(dir, "twice", "kpi-review.20261124-120000.xlsx"); // NOW is 12:00:00 in Japan
    expect(readFileSync(copy).equals(typed)).toBe(true);
    expect(readFileSync(outFile).equals(typed)).toBe(false);
    expect(second.out[0]).toBe(
      `以前の ${outFile} を ${copy} として残しました（入力済みの値は kpi-review refresh で引き継げます）`,
    );

    // a third run in the same second takes the next name; nothing is overwritten
    expect(await runWorkbook(["--dataset", SEED, "--out", outFile], capture().io)).toBe(0);
    expect(existsSync(join(dir, "twice", "kpi-review.20261124-120000-2.xlsx"))).toBe(true);
    expect(readFileSync(copy).equals(typed)).toBe(true);
  });
});
