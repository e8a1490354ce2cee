/** Gives a heavy test file HEAVY_TIMEOUT_MS (test-timeouts.ts) before its tests run; loaded by jest.config.js. */
import { readFileSync } from "node:fs";
import { heavyTimeoutFor } from "./test-timeouts";

const testPath = expect.getState().testPath;
if (testPath) {
  const timeout = heavyTimeoutFor(readFileSync(testPath, "utf8"));
  if (timeout !== null) jest.setTimeout(timeout);
}
