/**
 * Growth: the .xlsx build, the .xlsx refresh and the refresh on the fake Excel for 1,000 / 5,000 / 10,000
 * indicators, each size and job in a process of its own (growth-child.ts) so that its peak memory is its own.
 * One run per cell: the ratios between sizes, not the single figures, are what this section is for.
 * Target: refresh on the fake of 10,000 ≤ 3× the 5,000 case (wall), i.e. linear, not quadratic.
 * `npx tsx test/bench/growth-bench.ts` runs it alone.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { GrowthJob, GrowthResult } from "./growth-child";
import { mb, ratio, seconds, targetCell, type BenchRow, type BenchSection } from "./table";

const ROOT = join(__dirname, "..", "..");
const CHILD = join(__dirname, "growth-child.ts");
const DIR = join(ROOT, "test-output", "bench-growth");
const SIZES = [1000, 5000, 10000] as const;
const FAKE_TARGET = 3;

const JOBS: readonly { job: GrowthJob; label: string }[] = [
  { job: "build-xlsx", label: ".xlsx build (plan + exceljs + pack)" },
  { job: "refresh-xlsx", label: ".xlsx refresh (load … pack), +1 % new rows amid the others" },
  { job: "refresh-fake", label: "refresh on the fake Excel, +1 % new rows amid the others" },
];

function child(job: GrowthJob, n: number): GrowthResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", CHILD, job, String(n), DIR], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`growth ${job} ${n} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string) as GrowthResult;
}

const k = (n: number): string => `${n / 1000}k`;

export function growthBench(): BenchSection {
  mkdirSync(DIR, { recursive: true });
  const results = new Map<string, GrowthResult>();
  // Sizes outermost: each refresh-xlsx reads the file its size's build-xlsx has just written.
  for (const n of SIZES) for (const { job } of JOBS) results.set(`${job} ${n}`, child(job, n));
  rmSync(DIR, { recursive: true, force: true });
  const get = (job: GrowthJob, n: number): GrowthResult => results.get(`${job} ${n}`) as GrowthResult;

  const rows: BenchRow[] = [];
  for (const { job, label } of JOBS) {
    const cells = SIZES.map((n) => {
      const r = get(job, n);
      return `${k(n)}: ${seconds(r.wall)} (CPU ${seconds(r.cpu)}), peak ${mb(r.maxRss)}`;
    });
    const big = get(job, 10000);
    const mid = get(job, 5000);
    const fake = job === "refresh-fake";
    const wallRatio = big.wall / mid.wall;
    rows.push([`growth: ${label} — wall (CPU), process peak RSS`, cells.join("; "), ""]);
    rows.push([
      `growth: ${label} — 10k / 5k, wall (CPU)`,
      `${ratio(wallRatio)} (${ratio(big.cpu / mid.cpu)})`,
      fake ? targetCell(`≤ ${FAKE_TARGET}×`, wallRatio <= FAKE_TARGET) : "linear ≈ 2×",
    ]);
  }
  const fake = get("refresh-fake", 10000);
  rows.push([
    "refresh on the fake, 10,000 → 10,100: syncs / largest request",
    `${fake.syncs} / ${mb(fake.maxRequestBytes ?? 0)}`,
    "bounded / ≤ 4 MB",
  ]);
  const fakeRatio = fake.wall / get("refresh-fake", 5000).wall;
  return {
    rows,
    targets: [
      {
        name: `refresh on the fake, 10k ≤ ${FAKE_TARGET}× 5k (wall)`,
        ok: fakeRatio <= FAKE_TARGET,
        detail: ratio(fakeRatio),
      },
    ],
  };
}

if (require.main === module) {
  const { rows } = growthBench();
  process.stdout.write(`${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`);
}
