/**
 * `npm run bench`: speed, size and memory figures, printed as a Markdown table with the targets' verdicts (PASS /
 * FAIL beside the figure and again at the end; never jest tests). The sections, each runnable alone:
 *  - cli-bench.ts: CLI start-up, the compiled bundle vs the README's commands vs tsx (whole processes);
 *  - pane-bench.ts: the pane's first chunk (gzip) vs a bare page of the same React + Fluent components;
 *  - xlsx-bench.ts: the .xlsx build of 10,000 indicators vs exceljs's document and streaming writers writing the same
 *    styled cells;
 *  - below: the plan, and the Office.js apply on the recording fake (syncs, largest request);
 *  - minutes-bench.ts, refresh-bench.ts (merge, .xlsx refresh of the bundled dataset);
 *  - growth-bench.ts: build and refresh time and peak memory for 1k / 5k / 10k indicators.
 * About 3 minutes on an idle two-core machine; the header and footer print the load average, since wall times follow
 * it (CPU times and ratios much less).
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import type { WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { createFakeExcel } from "../support/fake-excel";
import { loadSeedDataset, syntheticDataset } from "./synthetic";
import { minutesBenchRows } from "./minutes-bench";
import { refreshBenchRows } from "./refresh-bench";
import { cliBench } from "./cli-bench";
import { paneBench } from "./pane-bench";
import { xlsxBench } from "./xlsx-bench";
import { growthBench } from "./growth-bench";
import { mb, ms, verdict, type BenchRow, type BenchSection, type TargetResult } from "./table";

const BUILT_AT = new Date("2026-11-24T00:00:00Z");

async function officeFigures(plan: WorkbookPlan) {
  const excel = createFakeExcel();
  // The adapter's own cost: the fake's formula engine (HyperFormula, tests only) would add its recalculation.
  excel.fake.state.calculate = false;
  const t = performance.now();
  const result = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
  const ms = performance.now() - t;
  if (!result.ok) throw new Error(`apply failed: ${JSON.stringify(result).slice(0, 400)}`);
  const requests = excel.fake.state.requests;
  return {
    ms,
    syncs: excel.fake.syncCount,
    maxBytes: Math.max(...requests.map((r) => r.bytes)),
    totalBytes: requests.reduce((n, r) => n + r.bytes, 0),
  };
}

/** The plan and the Office.js apply (bundled dataset and 10,000 indicators), and the .xlsx anchors. */
async function buildSection(): Promise<BenchSection> {
  const seed = loadSeedDataset();
  const big = syntheticDataset(seed, 10_000);
  let t = performance.now();
  const bigPlan = buildWorkbookPlan(big, { builtAt: BUILT_AT });
  const planMs = performance.now() - t;
  const seedPlan = buildWorkbookPlan(seed, { builtAt: BUILT_AT });
  const xlsx = await xlsxBench(bigPlan, "10,000 indicators");
  t = performance.now();
  await writeWorkbookXlsx(seedPlan);
  const seedXlsx = performance.now() - t;
  const officeSeed = await officeFigures(seedPlan);
  const officeBig = await officeFigures(bigPlan);
  const splits = Math.ceil(officeBig.totalBytes / 4_000_000);
  const rows: BenchRow[] = [
    ["buildWorkbookPlan, 10,000 indicators (first call in the process)", ms(planMs), ""],
    ...xlsx.rows,
    [`writeWorkbookXlsx, bundled dataset (${seed.indicators.length})`, ms(seedXlsx), ""],
    [`Office.js on the fake, bundled dataset (${seed.indicators.length}): syncs`, String(officeSeed.syncs), "≤ 3"],
    ["Office.js on the fake, bundled dataset: largest request", mb(officeSeed.maxBytes), "≤ 4 MB"],
    ["Office.js on the fake, 10,000 indicators: syncs", String(officeBig.syncs), `≤ 3 + ${splits} (4 MB splits)`],
    ["Office.js on the fake, 10,000 indicators: largest request", mb(officeBig.maxBytes), "≤ 4 MB"],
    ["Office.js on the fake, 10,000 indicators: all requests", mb(officeBig.totalBytes), ""],
    ["Office.js on the fake, 10,000 indicators: time (fake)", ms(officeBig.ms), ""],
  ];
  return { rows, targets: xlsx.targets };
}

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");

async function main(): Promise<void> {
  const started = performance.now();
  const head = `kpi-review bench — ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, load average (1 / 5 / 15 min) ${load()}`;
  process.stderr.write(`${head}\n`);
  const sections: BenchSection[] = [];
  const step = async (name: string, job: () => BenchSection | Promise<BenchSection>): Promise<void> => {
    const t = performance.now();
    // A section that fails (a half-edited source, a missing build) says why in its row; the others still run.
    const section = await Promise.resolve()
      .then(job)
      .catch((error: unknown): BenchSection => {
        const message = error instanceof Error ? error.message : String(error);
        return { rows: [[name, `failed: ${message.split("\n")[0] ?? ""}`, ""]], targets: [] };
      });
    sections.push(section);
    process.stderr.write(`  ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s, load ${load()}\n`);
    // Each section's rows as soon as it ends, so a long run interrupted keeps what it measured.
    process.stderr.write(`${section.rows.map((r) => `    | ${r.join(" | ")} |`).join("\n")}\n`);
  };
  await step("CLI start-up", cliBench);
  await step("pane first chunk", paneBench);
  await step("build", buildSection);
  await step("minutes", async () => ({ rows: await minutesBenchRows(), targets: [] }));
  await step("refresh", async () => ({ rows: await refreshBenchRows(), targets: [] }));
  await step("growth", growthBench);

  const rows: BenchRow[] = [["Measure", "Value", "Target"], ...sections.flatMap((s) => s.rows)];
  const targets: TargetResult[] = sections.flatMap((s) => s.targets);
  const width = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const line = (r: BenchRow): string => `| ${r.map((cell, c) => cell.padEnd(width[c] ?? 0)).join(" | ")} |`;
  process.stdout.write(
    [
      head,
      "",
      line(rows[0]!),
      `| ${width.map((w) => "-".repeat(w)).join(" | ")} |`,
      ...rows.slice(1).map(line),
      "",
      "Targets:",
      ...targets.map((t) => `- ${verdict(t.ok)}  ${t.name}: ${t.detail}`),
      "",
      `${((performance.now() - started) / 1000).toFixed(0)} s in all; load average at the end ${load()}`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
