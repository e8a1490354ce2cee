/**
 * CLI start-up, as a user waits for it: whole processes (spawn to exit), median of 5 runs each, the ways side by
 * side in turn so that load drifts hit them all:
 *  - the compiled bundle run by plain node (`node dist/cli/kpi-review.cjs`, built by `npm run build:cli`);
 *  - the README's ways: the bin (`kpi-review …` once `npm link`ed: node src/cli/bin.cjs, which loads the bundle),
 *    `npm run workbook`, `npx kpi-review …`;
 *  - the sources through tsx (`npx tsx src/cli/main.ts …`), the developers' path.
 * Targets, for each of the README's ways: `workbook` on the bundled dataset ≤ 1.2× the plain node bundle, and ≤ 1 s.
 * `npx tsx test/bench/cli-bench.ts` runs it alone.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median, ratio, seconds, targetCell, type BenchRow, type BenchSection, type TargetResult } from "./table";

const ROOT = join(__dirname, "..", "..");
export const CLI_BUNDLE = join(ROOT, "dist", "cli", "kpi-review.cjs");
const OUT_DIR = join(ROOT, "test-output", "bench-cli");
const RUNS = 5;
const SLOW = 8000;
const SLOW_RUNS = 3;
const RATIO_TARGET = 1.2;
const WALL_TARGET = 1000;

interface Way {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  /** The compiled bundle run by plain node: what the README's ways are held to. */
  readonly bundle?: boolean;
  /** One of the ways the README tells people to run the CLI. */
  readonly readme?: boolean;
}

/** One whole process, spawn to exit (ms); a failing command stops the bench with its output. */
function runOnce(way: Way, out: string): number {
  rmSync(out, { force: true }); // a file at --out would be kept as a dated copy: every run starts without one
  const args = way.args.map((a) => (a === "OUT" ? out : a));
  const t = performance.now();
  const r = spawnSync(way.command, args, { cwd: ROOT, encoding: "utf8" });
  const wall = performance.now() - t;
  if (r.status !== 0) {
    throw new Error(`${way.command} ${args.join(" ")} exited ${r.status}: ${r.stderr || r.stdout || r.error}`);
  }
  return wall;
}

/**
 * Medians of RUNS runs of each way, taken in turn after a warm-up run each. A way whose warm-up takes longer than
 * SLOW (npx on a loaded machine: it reads all of node_modules) gets SLOW_RUNS runs, to keep the bench near its budget.
 */
function medians(ways: readonly Way[]): { median: number; runs: number }[] {
  mkdirSync(OUT_DIR, { recursive: true });
  const walls: number[][] = ways.map(() => []);
  const warm = ways.map((way, i) => runOnce(way, join(OUT_DIR, `warm-${i}.xlsx`))); // disk cache, npm's start-up
  const runs = warm.map((t) => (t > SLOW ? SLOW_RUNS : RUNS));
  for (let run = 0; run < RUNS; run++) {
    ways.forEach((way, i) => {
      if (run < (runs[i] as number)) walls[i]!.push(runOnce(way, join(OUT_DIR, `run-${i}.xlsx`)));
    });
  }
  return walls.map((w, i) => ({ median: median(w), runs: runs[i] as number }));
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const BIN = join(ROOT, "src", "cli", "bin.cjs");

/** The ways to run one verb: the bundle itself, the README's three (judged against the targets), and tsx. */
function waysFor(label: string, args: readonly string[], npmScript: string | null, built: boolean): Way[] {
  const shown = args.map((a) => (a === "OUT" ? "tmp" : a)).join(" ");
  return [
    ...(built
      ? [
          {
            label: `node dist/cli/kpi-review.cjs ${shown}`,
            command: process.execPath,
            args: [CLI_BUNDLE, ...args],
            bundle: true,
          },
        ]
      : []),
    {
      label: `kpi-review ${shown} (README: the bin, as after npm link)`,
      command: process.execPath,
      args: [BIN, ...args],
      readme: true,
    },
    ...(npmScript
      ? [
          {
            label: `npm run ${npmScript} -- ${shown.replace(/^\S+ ?/, "")} (README)`,
            command: npm,
            args: ["run", "--silent", npmScript, "--", ...args.slice(1)],
            readme: true,
          },
        ]
      : []),
    { label: `npx kpi-review ${shown} (README)`, command: npx, args: ["kpi-review", ...args], readme: true },
    { label: `npx tsx src/cli/main.ts ${shown}`, command: npx, args: ["tsx", "src/cli/main.ts", ...args] },
  ].map((w) => ({ ...w, label: `${label}: ${w.label}` }));
}

export function cliBench(): BenchSection {
  const built = existsSync(CLI_BUNDLE);
  const help = waysFor("--help", ["--help"], null, built);
  const workbook = waysFor("workbook", ["workbook", "--out", "OUT"], "workbook", built);
  // Without the bundle the README's ways fail (the bin says to build it): only tsx can be timed.
  const ways = built ? [...help, ...workbook] : [...help, ...workbook].filter((w) => !w.readme);
  const times = medians(ways);
  rmSync(OUT_DIR, { recursive: true, force: true });
  const rows: BenchRow[] = [];
  if (!built) rows.push(["CLI bundle (dist/cli/kpi-review.cjs)", "not built: run npm run build:cli", ""]);
  const bundleTime = (prefix: string): number | undefined => {
    const i = ways.findIndex((w) => w.bundle && w.label.startsWith(prefix));
    return i < 0 ? undefined : times[i]?.median;
  };
  const targets: TargetResult[] = [];
  ways.forEach((way, i) => {
    const { median: t, runs } = times[i] as { median: number; runs: number };
    const plain = bundleTime(way.label.split(":")[0] as string);
    const vs = plain !== undefined && !way.bundle ? ` (${ratio(t / plain)} the bundle)` : "";
    let target = "";
    if (way.readme && way.label.startsWith("workbook") && plain !== undefined) {
      const ratioOk = t / plain <= RATIO_TARGET;
      const wallOk = t <= WALL_TARGET;
      target = `${targetCell(`≤ ${RATIO_TARGET}× bundle`, ratioOk)}, ${targetCell("≤ 1 s", wallOk)}`;
      const name = way.label.replace(/^workbook: /, "").replace(/ --out tmp/, "");
      targets.push({ name: `${name} ≤ ${RATIO_TARGET}× the plain node bundle`, ok: ratioOk, detail: ratio(t / plain) });
      targets.push({ name: `${name} ≤ 1 s`, ok: wallOk, detail: seconds(t) });
    }
    rows.push([`CLI start-up, ${way.label} (median of ${runs})`, `${seconds(t)}${vs}`, target]);
  });
  if (!built) {
    targets.push({
      name: "kpi-review workbook ≤ 1.2× the plain node bundle, ≤ 1 s",
      ok: undefined,
      detail: "not built: run npm run build:cli",
    });
  }
  return { rows, targets };
}

if (require.main === module) {
  const { rows } = cliBench();
  process.stdout.write(`${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`);
}
