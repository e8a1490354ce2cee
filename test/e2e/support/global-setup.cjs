/**
 * Builds what the browser tests load, only when needed: the real pane with office.js served from the build
 * (test-output/e2e-pane; `npm run build` loads it from Microsoft's CDN, which the offline tests cannot reach) when
 * it is missing or older than any of its sources, and the test-only fake-host bundle (test-output/e2e-fake-host).
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "../../..");

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIfStale(label, output, sources, args) {
  const builtAt = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
  const sourcesAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  if (builtAt > sourcesAt) return;
  process.stdout.write(`\n[e2e] ${label} is ${builtAt ? "stale" : "missing"}: building (webpack ${args.join(" ")})…\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ADDIN_BASE_URL: "" },
  });
  if (result.status !== 0) throw new Error(`[e2e] building ${label} failed (exit ${result.status})`);
  process.stdout.write(`[e2e] built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

module.exports = async function globalSetup() {
  const common = ["src", "assets", "manifest.xml", "webpack.config.js", "seeds", "package.json"];
  buildIfStale("the self-hosted pane", path.join(root, "test-output/e2e-pane/taskpane.html"), common, [
    "--mode",
    "production",
    "--env",
    "e2ePane",
  ]);
  if (fs.existsSync(path.join(root, "test/e2e/fake-host"))) {
    buildIfStale(
      "the fake-host bundle",
      path.join(root, "test-output/e2e-fake-host/taskpane.html"),
      [...common, "test/e2e/fake-host", "test/support/fake-excel"],
      ["--mode", "development", "--env", "e2eFakeHost"],
    );
  }
};
