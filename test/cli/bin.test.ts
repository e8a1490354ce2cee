import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureCliBundle } from "../support/cli-bundle";

const BIN = path.resolve(__dirname, "../../src/cli/bin.cjs");

/** The package.json `bin` is what staff run as `npx kpi-review`: it must reach every verb, not only main.ts. */
describe("kpi-review bin", () => {
  // The bin runs the CLI bundle (dist/cli); built here when missing or older than the sources.
  beforeAll(() => ensureCliBundle(), 300_000);

  it("lists every verb", () => {
    const run = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    for (const verb of ["workbook", "validate", "comments", "minutes", "refresh"]) {
      expect(run.stdout).toContain(`kpi-review ${verb}`);
    }
  });

  it("runs a verb loaded by dynamic import and passes its exit code through", () => {
    const ok = spawnSync(process.execPath, [BIN, "validate"], {
      encoding: "utf8",
      cwd: path.resolve(__dirname, "../.."),
    });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    const unknown = spawnSync(process.execPath, [BIN, "no-such-verb"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown verb "no-such-verb"');
  });

  it("writes the workbook where --out says, relative to the caller's directory", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-bin-"));
    const dataset = path.resolve(__dirname, "../../seeds/kpi-dataset.json");
    const run = spawnSync(process.execPath, [BIN, "workbook", "--dataset", dataset, "--out", "book.xlsx"], {
      encoding: "utf8",
      cwd: dir,
    });
    expect(run.status).toBe(0);
    expect(statSync(path.join(dir, "book.xlsx")).size).toBeGreaterThan(10_000);
  }, 60_000);
});
