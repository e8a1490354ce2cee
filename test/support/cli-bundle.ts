/**
 * The CLI bundle (dist/cli/kpi-review.cjs) for the tests that run the `kpi-review` bin or the bundle itself.
 * `npm install` builds it (prepare), so CI has it; a test run after editing src/ would otherwise test an old bundle,
 * so it is rebuilt once when it is missing or older than a source file it contains. Jest runs files in parallel workers: a lock
 * directory lets one build while the others wait.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const BUNDLE = path.join(ROOT, "dist/cli/kpi-review.cjs");
export const BIN = path.join(ROOT, "src/cli/bin.cjs");
const LOCK = path.join(ROOT, "test-output/cli-bundle.lock");
/** A lock older than this is left from a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

/** The newest mtime under `dir`; the pane (src/taskpane) is not in the CLI bundle. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (file === path.join(ROOT, "src/taskpane")) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  return existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestSource(path.join(ROOT, "src"));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function build(): void {
  const webpack = path.join(path.dirname(require.resolve("webpack-cli/package.json")), "bin/cli.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "cli"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`npm run build:cli failed:\n${run.stdout}\n${run.stderr}`);
  // webpack leaves a file whose content did not change as it was: mark the bundle as built now, or a change outside
  // it (a README in src/) would rebuild it on every run.
  const now = new Date();
  utimesSync(BUNDLE, now, now);
}

/** The bundle's path, built first when it is missing or older than src/ (give the caller a few minutes). */
export function ensureCliBundle(): string {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    if (isFresh()) return BUNDLE;
    try {
      mkdirSync(LOCK);
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { force: true, recursive: true });
      sleep(500);
      continue;
    }
    try {
      if (!isFresh()) build();
      return BUNDLE;
    } finally {
      rmSync(LOCK, { force: true, recursive: true });
    }
  }
}
