#!/usr/bin/env node
// The `kpi-review` bin: runs the CLI bundle (dist/cli/kpi-review.cjs, built by `npm install`'s prepare, `npm run
// build` and `npm run build:cli`), so nothing is transpiled at start-up. A clone before any build gets one line
// saying how to build it, not a stack trace. Developers run the sources with `npm run cli:dev -- <verb>` (tsx).
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const BUNDLE = path.join(ROOT, "dist", "cli", "kpi-review.cjs");

if (!fs.existsSync(BUNDLE)) {
  process.stderr.write(`kpi-review: the CLI is not built yet (no ${BUNDLE}); run \`npm run build:cli\` in ${ROOT}\n`);
  process.exitCode = 1;
} else {
  // The bundle runs the CLI on process.argv as it loads (src/cli/bundle-entry.ts).
  require(BUNDLE);
}
