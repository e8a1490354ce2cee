/**
 * Browser tests of the built pane (npm run test:e2e). The global setup runs `npm run build` when dist/ is missing or
 * older than any source it is built from, so the tests never look at a stale bundle.
 */
const path = require("node:path");

const root = path.resolve(__dirname, "../..");

module.exports = {
  rootDir: root,
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/test/e2e/support/global-setup.cjs",
  testTimeout: 120_000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.jest.json" }],
  },
  reporters: ["default", ["<rootDir>/test/support/count-reporter.js", { name: "e2e" }]],
};
