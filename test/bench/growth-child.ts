/**
 * One growth measurement in a process of its own, so that its peak memory (maxRSS) is its own:
 *   node --import tsx test/bench/growth-child.ts <job> <indicators> <dir>
 * jobs: build-xlsx (plan + .xlsx of about N indicators, written to <dir>/N.xlsx for the next job), refresh-xlsx (that
 * file refreshed with a dataset of 1 % more indicators: load, read, merge, write, pack), refresh-fake (the same refresh
 * through the Office.js adapter on the recording fake Excel, its formula engine off; the build on the fake is set-up).
 * Prints one JSON line: wall and CPU of the timed job, RSS before it, the process's peak RSS. Called by growth-bench.ts;
 * it calls the functions directly, past the 2 MiB dataset cap that applies to users' files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Dataset } from "../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { refreshWorkbookOffice } from "../../src/app/refresh-office";
import { createFakeExcel } from "../support/fake-excel";
import { loadSeedDataset, syntheticDataset } from "./synthetic";

export type GrowthJob = "build-xlsx" | "refresh-xlsx" | "refresh-fake";

export interface GrowthResult {
  readonly job: GrowthJob;
  readonly n: number;
  readonly wall: number;
  readonly cpu: number;
  /** RSS (bytes) just before the timed job, after its set-up. */
  readonly rssBefore: number;
  /** The process's peak RSS (bytes): set-up included. */
  readonly maxRss: number;
  readonly syncs?: number;
  readonly maxRequestBytes?: number;
}

const BUILT_AT = new Date("2026-11-24T00:00:00Z");
const HISTORY = { at: "2026-11-24T00:00:00Z", who: "bench", source: "同梱データ" };

/**
 * The refresh's dataset (N + 1 % indicators) and the workbook's (the same without every hundredth): the refresh
 * inserts 1 % of the rows in the middle of their 施策, which is what made the fake's row insert quadratic.
 */
function datasets(n: number): { before: Dataset; next: Dataset } {
  const next = syntheticDataset(loadSeedDataset(), n + Math.ceil(n / 100));
  return { before: { ...next, indicators: next.indicators.filter((_, i) => i % 100 !== 50) }, next };
}

async function timed<T>(job: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number; rssBefore: number }> {
  const rssBefore = process.memoryUsage().rss;
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await job();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  return { value, wall, cpu: (used.user + used.system) / 1000, rssBefore };
}

async function run(job: GrowthJob, n: number, dir: string): Promise<GrowthResult> {
  const { before, next } = datasets(n);
  const file = join(dir, `${n}.xlsx`);
  const peak = (): number => process.resourceUsage().maxRSS * 1024;
  if (job === "build-xlsx") {
    const r = await timed(() => writeWorkbookXlsx(buildWorkbookPlan(before, { builtAt: BUILT_AT })));
    const result = { job, n, wall: r.wall, cpu: r.cpu, rssBefore: r.rssBefore, maxRss: peak() };
    writeFileSync(file, r.value);
    return result;
  }
  if (job === "refresh-xlsx") {
    const xlsx = new Uint8Array(readFileSync(file));
    const r = await timed(() => refreshXlsx({ xlsx, dataset: next, history: HISTORY }));
    if (!r.value.ok) throw new Error(`refresh-xlsx ${n}: ${JSON.stringify(r.value.problems).slice(0, 300)}`);
    return { job, n, wall: r.wall, cpu: r.cpu, rssBefore: r.rssBefore, maxRss: peak() };
  }
  const excel = createFakeExcel();
  excel.fake.state.calculate = false; // the adapter's cost, not the test-only HyperFormula's
  const built = await applyWorkbookPlan(excel.context, buildWorkbookPlan(before, { builtAt: BUILT_AT }), {
    isSetSupported: () => true,
  });
  if (!built.ok) throw new Error(`office build ${n} failed: ${JSON.stringify(built).slice(0, 300)}`);
  const start = excel.fake.state.requests.length;
  const r = await timed(() => refreshWorkbookOffice(excel.context, { dataset: next, history: HISTORY }));
  if (!r.value.ok) throw new Error(`refresh-fake ${n} failed`);
  const requests = excel.fake.state.requests.slice(start);
  return {
    job,
    n,
    wall: r.wall,
    cpu: r.cpu,
    rssBefore: r.rssBefore,
    maxRss: peak(),
    syncs: r.value.syncs,
    maxRequestBytes: Math.max(...requests.map((q) => q.bytes)),
  };
}

if (require.main === module) {
  const [job, n, dir] = process.argv.slice(2);
  if (!(job === "build-xlsx" || job === "refresh-xlsx" || job === "refresh-fake") || !n || !dir) {
    process.stderr.write("usage: growth-child.ts build-xlsx|refresh-xlsx|refresh-fake N DIR\n");
    process.exit(2);
  }
  run(job, Number(n), dir).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
