/**
 * `kpi-review workbook --evaluation-year N` outside the dataset's year columns (設定's own validation) is refused in
 * one line with exit 2 and nothing written, rather than a workbook whose 評価年度 its own validation rejects (#11 §3).
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runWorkbook } from "../../../src/cli/verbs/workbook";

const NOW = new Date("2026-11-24T03:00:00Z");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), now: () => NOW }, out, err };
}

describe("kpi-review workbook --evaluation-year", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-workbook-year-"));

  it.each(["2019", "2031"])(
    "refuses %s, outside the bundled plan's years 2020–2027, and writes nothing",
    async (year) => {
      const out = join(dir, `year-${year}.xlsx`);
      const { io, err } = capture();
      expect(await runWorkbook(["--out", out, "--evaluation-year", year], io)).toBe(2);
      expect(err[0]?.split("\n")[0]).toBe(
        `kpi-review workbook: --evaluation-year must be a year from 2020 to 2027 (the plan's year columns, as 設定's validation), got ${year}`,
      );
      expect(existsSync(out)).toBe(false);
    },
  );
});
