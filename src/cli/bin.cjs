#!/usr/bin/env node
// The `kpi-review` bin: runs the TypeScript CLI through tsx, so no build step stands between a clone and the CLI.
require("tsx/cjs");
const { main } = require("./main.ts");
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`kpi-review: ${error && error.stack ? error.stack : String(error)}\n`); process.exitCode = 1; },
);
