// Writes this jest run's real test counts to test-output/jest-counts/<name>.json, so .ci/run can print
// one "N passed, N failed" line summed over every jest run of `npm run test:all`.
const fs = require("fs");
const path = require("path");

class CountReporter {
  constructor(globalConfig, options) {
    this.name = (options && options.name) || "jest";
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, results) {
    const dir = path.join(this.rootDir, "test-output", "jest-counts");
    fs.mkdirSync(dir, { recursive: true });
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(dir, `${this.name}.json`), JSON.stringify(counts));
  }
}
module.exports = CountReporter;
