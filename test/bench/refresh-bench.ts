/**
 * Refresh bench: mergeRefresh over workbooks of 1,000 / 5,000 / 10,000 indicators, each with as many committee
 * comments, typed actuals on a tenth of the rows, and a dataset that adds 1 %, removes 1 % and edits 1 % of them
 * (target: 10,000 ≤ 100 ms). Plus the whole .xlsx refresh (load, read, merge, write, pack) for the bundled dataset;
 * the refreshes of 1,000 / 5,000 / 10,000 indicators (.xlsx and the fake Excel) are growth-bench.ts's.
 * `npm run bench` prints these rows with the others; `npx tsx test/bench/refresh-bench.ts` runs it alone
 * (`--merge-only`: the mergeRefresh rows alone, a few seconds).
 * Before the merge was tuned (commit 2b88d73), 10,000 took ~125–140 ms best of 5 (1,000: 9 ms, 5,000: 57 ms), mostly
 * template-by-template formula matching and garbage collection. Tuned again from a CPU profile (commits ab0c890 to
 * 89e7589): ~135 → ~85 ms best of 5 at load 4 on two cores. What remains is mostly reading each row's 36 found cells
 * (the readers set them key by key, so V8 keeps each row's cells as a hash table) and the young-generation collector
 * copying the merge's result; `node --cpu-prof` on a driver over scenario() shows it.
 */
import { performance } from "node:perf_hooks";
import type { Dataset } from "../../src/domain/dataset/schema";
import { mergeRefresh } from "../../src/refresh/merge";
import type { WorkbookState } from "../../src/workbook/kpi-state";
import { yearKey } from "../../src/workbook/kpi-columns";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { stateOfDataset } from "../refresh/support";
import { loadSeedDataset, syntheticDataset } from "./synthetic";

const RUNS = 5;

interface Case {
  readonly state: WorkbookState;
  readonly next: Dataset;
}

function scenario(seed: Dataset, n: number): Case {
  const base = syntheticDataset(seed, n + Math.ceil(n / 100));
  const before: Dataset = { ...base, indicators: base.indicators.slice(0, n) };
  let state = stateOfDataset(
    before,
    Array.from({ length: n }, (_, i) => ({ id: `C-${i}`, targetId: before.indicators[(i * 7919) % n]?.id as string })),
  );
  state = {
    ...state,
    rows: state.rows.map((row, i) => {
      if (i % 10 !== 0) return row;
      const key = yearKey(2024);
      const old = row.cells[key];
      return old ? { ...row, cells: { ...row.cells, [key]: { ...old, value: i } } } : row;
    }),
  };
  const next: Dataset = {
    ...base,
    indicators: base.indicators
      .filter((_, i) => i % 100 !== 50)
      .map((ind, i) => (i % 100 === 7 ? { ...ind, name: `${ind.name}（改）` } : ind)),
  };
  return { state, next };
}

interface Runs {
  readonly wall: number;
  readonly cpu: number;
  readonly medianWall: number;
  readonly medianCpu: number;
}

/** Best and median of RUNS runs after a warm-up; CPU is this process's user + system time (GC threads included). */
function timed(job: () => void): Runs {
  job(); // warm-up
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    job();
    walls.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { wall: Math.min(...walls), cpu: Math.min(...cpus), medianWall: median(walls), medianCpu: median(cpus) };
}

const ms = (t: number): string => `${Math.round(t)} ms`;

/** The mergeRefresh rows alone (`npx tsx test/bench/refresh-bench.ts --merge-only`). */
export function mergeBenchRows(): string[][] {
  const seed = loadSeedDataset();
  const rows: string[][] = [];
  const perThousand: string[] = [];
  for (const n of [10000, 1000, 5000]) {
    const c = scenario(seed, n);
    if (n === 10000) {
      // The first merge in the process, before any cache (formula texts per row) is warm.
      const cold = performance.now();
      mergeRefresh({ state: c.state, dataset: c.next, date: "2026-11-24" });
      rows.push([`mergeRefresh, 10,000 indicators, first run in the process (wall)`, ms(performance.now() - cold), ""]);
    }
    let result: ReturnType<typeof mergeRefresh> | null = null;
    const cost = timed(() => {
      result = mergeRefresh({ state: c.state, dataset: c.next, date: "2026-11-24" });
    });
    const r = result as ReturnType<typeof mergeRefresh> | null;
    if (!r?.ok) throw new Error("merge failed in the bench");
    rows.push([
      `mergeRefresh, ${n.toLocaleString("en")} indicators + ${n.toLocaleString("en")} comments (wall / CPU: best, median of ${RUNS})`,
      `${ms(cost.wall)} / ${ms(cost.cpu)}, ${ms(cost.medianWall)} / ${ms(cost.medianCpu)} (+${r.plan.added.length} 廃止${r.plan.retired.length} 変更${new Set(r.plan.changes.map((x) => x.id)).size})`,
      n === 10000 ? "≤ 100 ms" : "",
    ]);
    perThousand.push(`${n / 1000}k: ${(cost.cpu / (n / 1000)).toFixed(1)}`);
  }
  rows.push(["mergeRefresh growth: CPU ms per 1,000 indicators", perThousand.join(", "), "linear"]);
  return rows;
}

export async function refreshBenchRows(): Promise<string[][]> {
  const seed = loadSeedDataset();
  const rows = mergeBenchRows();

  const plan = buildWorkbookPlan(seed, { builtAt: new Date("2026-11-24T00:00:00Z") });
  const xlsx = new Uint8Array(await writeWorkbookXlsx(plan));
  const t = performance.now();
  const out = await refreshXlsx({
    xlsx,
    dataset: seed,
    history: { at: "2026-11-24T00:00:00Z", who: "bench", source: "同梱データ" },
  });
  if (!out.ok) throw new Error("xlsx refresh failed in the bench");
  rows.push([`refreshXlsx end to end, bundled dataset (${seed.indicators.length})`, ms(performance.now() - t), ""]);

  return rows;
}

if (require.main === module) {
  (process.argv.includes("--merge-only") ? Promise.resolve(mergeBenchRows()) : refreshBenchRows()).then(
    (rows) => process.stdout.write(`${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
