import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  loadXlsxFile,
  overwrittenInput,
  printDatasetProblems,
  readDatasetFile,
  readInput,
  writeOutput,
  writeOutputFile,
} from "../../src/cli/io";

const SEED = join(__dirname, "..", "..", "seeds", "kpi-dataset.json");

describe("cli io", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-cli-io-"));

  it("knows an input under another name: ./x, a symlink", async () => {
    const input = join(dir, "in.json");
    writeFileSync(input, "{}");
    const link = join(dir, "link.json");
    symlinkSync(input, link);
    expect(await overwrittenInput(join(dir, ".", "in.json"), ["other.json", input])).toBe(input);
    expect(await overwrittenInput(link, [input])).toBe(input);
    expect(await overwrittenInput(join(dir, "new.xlsx"), [input])).toBeNull();
  });

  it("writes through a temporary file into new folders and leaves nothing else behind", async () => {
    const out = join(dir, "a", "b", "out.txt");
    await writeOutput(out, "one");
    await writeOutput(out, new Uint8Array([0x74, 0x77, 0x6f]));
    expect(readFileSync(out, "utf8")).toBe("two");
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["out.txt"]);
  });

  it("a failed write leaves no temporary file and no output", async () => {
    const out = join(dir, "is-a-dir");
    await writeOutput(join(out, "x"), "x"); // out is now a folder: the rename onto it fails
    await expect(writeOutput(out, "y")).rejects.toThrow();
    expect(readdirSync(dir).filter((n) => n.startsWith("is-a-dir.tmp"))).toEqual([]);
  });

  // Node 20's mkdir({ recursive: true }) retries forever where the system answers ENOENT (under /proc): it hung.
  (existsSync("/proc/self") ? it : it.skip)(
    "a folder that cannot be made is a problem, not a hang",
    async () => {
      expect(await writeOutputFile("/proc/kpi-review-test/a/out.txt", "x")).toEqual({
        ok: false,
        problem: { path: "/proc/kpi-review-test/a/out.txt", message: "its folder cannot be made there" },
      });
    },
    10_000,
  );

  it("a bad --out is one problem: a folder, a path under a file", async () => {
    const folder = join(dir, "folder");
    await writeOutput(join(folder, "x"), "x");
    expect(await writeOutputFile(folder, "y")).toEqual({
      ok: false,
      problem: { path: folder, message: "is a folder, not a file" },
    });
    const file = join(dir, "plain.txt");
    writeFileSync(file, "x");
    expect(await writeOutputFile(join(file, "out.txt"), "y")).toEqual({
      ok: false,
      problem: { path: join(file, "out.txt"), message: "part of the path is a file, not a folder" },
    });
  });

  it("names a missing or oversized input in one problem", async () => {
    expect(await readInput(join(dir, "none"))).toEqual({
      ok: false,
      problem: { path: join(dir, "none"), message: "no such file" },
    });
    const big = join(dir, "big.bin");
    writeFileSync(big, "12345");
    expect(await readInput(big, 4)).toEqual({
      ok: false,
      problem: { path: big, message: "the file is 5 bytes, over the limit of 4 bytes" },
    });
  });

  it("reads the bundled dataset, and reports a broken one as parse problems", async () => {
    const ok = await readDatasetFile(SEED);
    expect(ok.ok && ok.dataset.indicators.length).toBeGreaterThan(0);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{");
    const read = await readDatasetFile(bad);
    expect(read).toMatchObject({ ok: false, stage: "parse" });
    const out: string[] = [];
    const err: string[] = [];
    if (!read.ok) printDatasetProblems({ out: (l) => out.push(l), err: (l) => err.push(l) }, bad, read, "; none");
    expect(out.length).toBeGreaterThan(0);
    expect(err).toEqual([`${bad}: ${out.length} problem${out.length === 1 ? "" : "s"}; none`]);
  });

  it("refuses a file that is not an .xlsx with the reason", async () => {
    const notXlsx = join(dir, "not.xlsx");
    writeFileSync(notXlsx, "plain text");
    const read = await loadXlsxFile(notXlsx);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.message).toMatch(/^not a readable \.xlsx \(/);
    expect(existsSync(notXlsx)).toBe(true);
  });
});
