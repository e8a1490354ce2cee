#!/usr/bin/env node
// The `kpi-review` bin: runs the TypeScript CLI through tsx's own launcher (as `npm run workbook` does), so no build
// step stands between a clone and the CLI, and the verbs' dynamic import() is handled like everything else.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const result = spawnSync(
  process.execPath,
  [require.resolve("tsx/cli"), path.join(__dirname, "main.ts"), ...process.argv.slice(2)],
  { stdio: "inherit" },
);
if (result.error) {
  process.stderr.write(`kpi-review: ${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status === null ? 1 : result.status);
