/**
 * The pane's first chunk (the scripts taskpane.html loads besides office.js), gzipped, against a bare page built from
 * the same React + Fluent components the first screen renders (test/bench/bare-page, built here with webpack's Node
 * API in production mode into test-output/bench-bare-page). Target: first chunk ≤ 1.2× the bare page.
 * Both are measured by the same function: pane-chunks.ts's firstChunkGzip when it exists, else the fallback below.
 * The pane itself is not built here (`npm run build` makes dist/); without dist/taskpane.html the row says so.
 * `npx tsx test/bench/pane-bench.ts` runs it alone.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import { kb, ratio, seconds, targetCell, type BenchSection } from "./table";

const ROOT = resolve(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const BARE_OUT = join(ROOT, "test-output", "bench-bare-page");
const TARGET = 1.2;

export interface ChunkSize {
  readonly files: readonly string[];
  readonly bytes: number;
}

type FirstChunkGzip = (distDir: string) => ChunkSize | Promise<ChunkSize>;

/**
 * Fallback: every <script src> of taskpane.html that is not office.js (or another absolute URL), read from the
 * build and gzipped (level 9) one by one.
 */
function firstChunkFromHtml(distDir: string): ChunkSize {
  const html = readFileSync(join(distDir, "taskpane.html"), "utf8");
  // html-webpack-plugin minifies: the attribute may be unquoted.
  const files = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3]) as string)
    .filter((src) => !/^[a-z]+:\/\//i.test(src) && !/(^|\/)office\.js$/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length, 0);
  return { files, bytes };
}

/** pane-chunks.ts's measure when it is there (it knows the lean pane's chunks), else the fallback. */
async function firstChunkMeasure(): Promise<{ measure: FirstChunkGzip; source: string }> {
  const module = join(__dirname, "pane-chunks.ts");
  if (existsSync(module)) {
    const loaded = (await import(module)) as { firstChunkGzip?: FirstChunkGzip };
    if (typeof loaded.firstChunkGzip === "function")
      return { measure: loaded.firstChunkGzip, source: "pane-chunks.ts" };
  }
  return { measure: firstChunkFromHtml, source: "taskpane.html's scripts" };
}

/** The bare page, production mode, into test-output/bench-bare-page (webpack's cache makes reruns quick). */
export function buildBarePage(): Promise<void> {
  const compiler = webpack({
    mode: "production",
    context: ROOT,
    devtool: false,
    entry: { taskpane: "./test/bench/bare-page/index.tsx" },
    output: { path: BARE_OUT, filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    plugins: [new HtmlWebpackPlugin({ template: "./test/bench/bare-page/index.html", filename: "taskpane.html" })],
    cache: { type: "filesystem", name: "bench-bare-page", buildDependencies: { config: [__filename] } },
    performance: { hints: false },
    optimization: { splitChunks: false },
  });
  return new Promise((done, fail) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
      else done();
    });
  });
}

export async function paneBench(): Promise<BenchSection> {
  const { measure, source } = await firstChunkMeasure();
  const t = performance.now();
  await buildBarePage();
  const buildMs = performance.now() - t;
  const bare = await measure(BARE_OUT);
  const bareRow = [
    "bare page: React + the first screen's Fluent components (gzip)",
    `${kb(bare.bytes)} (${bare.files.length} file; built in ${seconds(buildMs)})`,
    "",
  ] as const;
  if (!existsSync(join(DIST, "taskpane.html"))) {
    const detail = "not built: run npm run build";
    return {
      rows: [["pane first chunk (gzip)", detail, ""], bareRow],
      targets: [{ name: `pane first chunk ≤ ${TARGET}× the bare page (gzip)`, ok: undefined, detail }],
    };
  }
  const pane = await measure(DIST);
  const r = pane.bytes / bare.bytes;
  const ok = r <= TARGET;
  return {
    rows: [
      [
        `pane first chunk (gzip, dist/ as last built; measured by ${source})`,
        `${kb(pane.bytes)} (${pane.files.join(", ")})`,
        "",
      ],
      bareRow,
      ["ratio pane first chunk / bare page", ratio(r), targetCell(`≤ ${TARGET}×`, ok)],
    ],
    targets: [{ name: `pane first chunk ≤ ${TARGET}× the bare page (gzip)`, ok, detail: ratio(r) }],
  };
}

if (require.main === module) {
  paneBench().then(
    ({ rows }) => process.stdout.write(`${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
