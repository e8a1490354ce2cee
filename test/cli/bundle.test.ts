import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BIN, BUNDLE, ensureCliBundle } from "../support/cli-bundle";

/**
 * The CLI as shipped: package.json `bin` (src/cli/bin.cjs) runs dist/cli/kpi-review.cjs, built by `npm install`
 * (prepare), `npm run build` and `npm run build:cli`.
 */
describe("the kpi-review launcher in a clone before any build", () => {
  it("says in one line how to build the CLI, with exit code 1 and no stack trace", () => {
    const clone = mkdtempSync(path.join(tmpdir(), "kpi-unbuilt-"));
    mkdirSync(path.join(clone, "src/cli"), { recursive: true });
    const bin = path.join(clone, "src/cli/bin.cjs");
    copyFileSync(BIN, bin);
    const run = spawnSync(process.execPath, [bin, "validate"], { encoding: "utf8", cwd: clone });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("npm run build:cli");
    expect(lines[0]).toContain(path.join(clone, "dist/cli/kpi-review.cjs"));
  });
});

/** Text only exceljs's code holds, and only docx's: a chunk holding it carries that library. */
// A part only exceljs itself names (our chart code names xl/workbook.xml too).
const EXCELJS_MARK = "xl/sharedStrings.xml";
const DOCX_MARK = "w:document";

/** Loads through node's require every chunk file the bundle loads, and writes their paths to TRACE_OUT on exit. */
const TRACE_HOOK = `
const Module = require("node:module");
const fs = require("node:fs");
const load = Module._load;
const loaded = [];
Module._load = function (request, parent, isMain) {
  if (request.endsWith(".cjs")) loaded.push(Module._resolveFilename(request, parent, isMain));
  return load.apply(this, arguments);
};
process.on("exit", () => fs.writeFileSync(process.env.TRACE_OUT, JSON.stringify(loaded)));
`;

interface BundleRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The texts of the bundle's files that the run loaded. */
  readonly loaded: readonly string[];
}

describe("the CLI bundle (dist/cli)", () => {
  let dir = "";
  beforeAll(() => {
    ensureCliBundle();
    dir = mkdtempSync(path.join(tmpdir(), "kpi-bundle-"));
    writeFileSync(path.join(dir, "trace.cjs"), TRACE_HOOK);
  }, 300_000);

  /** Runs the bundle with plain node from a directory outside the project, as a user's shell would. */
  function runBundle(args: readonly string[]): BundleRun {
    const trace = path.join(dir, `trace-${args[0] ?? "none"}.json`);
    const run = spawnSync(process.execPath, ["--require", path.join(dir, "trace.cjs"), BUNDLE, ...args], {
      encoding: "utf8",
      cwd: dir,
      env: { ...process.env, TRACE_OUT: trace },
    });
    const files = JSON.parse(readFileSync(trace, "utf8")) as string[];
    return { ...run, loaded: files.map((f) => readFileSync(f, "utf8")) };
  }

  it("holds exceljs and docx in chunks of its own (the marks below are real)", () => {
    const chunks = readdirSync(path.dirname(BUNDLE)).map((f) =>
      readFileSync(path.join(path.dirname(BUNDLE), f), "utf8"),
    );
    expect(chunks.filter((text) => text.includes(EXCELJS_MARK))).toHaveLength(1);
    expect(chunks.filter((text) => text.includes(DOCX_MARK))).toHaveLength(1);
    expect(readFileSync(BUNDLE, "utf8")).not.toContain(EXCELJS_MARK);
  });

  it("prints its verbs with --help from the entry file alone", () => {
    const run = runBundle(["--help"]);
    expect(run.status).toBe(0);
    for (const verb of ["workbook", "validate", "comments", "minutes", "refresh"]) {
      expect(run.stdout).toContain(`kpi-review ${verb} --help`);
    }
    expect(run.loaded).toHaveLength(1);
  }, 60_000);

  it("validates the bundled dataset, found from the bundle's place, without loading exceljs or docx", () => {
    const run = runBundle(["validate"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const dataset = path.resolve(path.dirname(BUNDLE), "../../seeds/kpi-dataset.json");
    expect(run.stdout).toContain(`OK ${dataset}: dataset`);
    expect(run.loaded.some((text) => text.includes(EXCELJS_MARK) || text.includes(DOCX_MARK))).toBe(false);
  }, 60_000);

  it("builds the workbook with exceljs, without loading docx", () => {
    const run = runBundle(["workbook", "--out", "book.xlsx"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, "book.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(run.loaded.some((text) => text.includes(EXCELJS_MARK))).toBe(true);
    expect(run.loaded.some((text) => text.includes(DOCX_MARK))).toBe(false);
  }, 60_000);
});
