/**
 * What every bench section shares: its rows ([measure, value, target]), its targets with a verdict, and the small
 * timing helpers. Targets are printed as PASS / FAIL beside the figure; they are never jest tests (timings on a
 * shared two-core machine are not a test's business).
 */
import { performance } from "node:perf_hooks";

/** [measure, value, target] */
export type BenchRow = readonly string[];

export interface TargetResult {
  readonly name: string;
  /** undefined: not measured this run (a build missing), said in `detail`. */
  readonly ok: boolean | undefined;
  readonly detail: string;
}

export interface BenchSection {
  readonly rows: BenchRow[];
  readonly targets: TargetResult[];
}

export const verdict = (ok: boolean | undefined): string => (ok === undefined ? "not measured" : ok ? "PASS" : "FAIL");

/** The target column: the target's text and its verdict. */
export const targetCell = (text: string, ok: boolean | undefined): string => `${text} ${verdict(ok)}`;

export const ms = (t: number): string => `${Math.round(t)} ms`;
export const seconds = (t: number): string => `${(t / 1000).toFixed(2)} s`;
export const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const ratio = (x: number): string => `${x.toFixed(2)}×`;

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export interface Cost {
  readonly wall: number;
  /** This process's CPU time (user + system, ms, GC threads included): less disturbed by other processes than wall. */
  readonly cpu: number;
}

export async function measure(job: () => Promise<unknown>): Promise<Cost> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await job();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

/**
 * Times jobs in turn (so drifts in machine load hit all of them), after one warm-up each; the minimum of the runs is
 * the cost least disturbed by GC pauses and other processes on a two-core machine.
 */
export async function compareJobs(jobs: readonly (() => Promise<unknown>)[], runs: number): Promise<Cost[]> {
  for (const job of jobs) await job();
  const best: Cost[] = jobs.map(() => ({ wall: Infinity, cpu: Infinity }));
  for (let i = 0; i < runs; i++) {
    for (const [j, job] of jobs.entries()) {
      const c = await measure(job);
      const b = best[j] as Cost;
      best[j] = { wall: Math.min(b.wall, c.wall), cpu: Math.min(b.cpu, c.cpu) };
    }
  }
  return best;
}
