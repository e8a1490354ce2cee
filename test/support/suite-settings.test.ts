/**
 * The suite's own settings (issue #11 §4): every fast-check property runs under one seed that FC_SEED overrides,
 * and heavy test files get explicit time instead of jest's 5 s default.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { DEFAULT_FC_SEED, FC_SEED, fcSeedFrom } from "./fc-seed";
import { HEAVY_TIMEOUT_MS, heavyTimeoutFor } from "./test-timeouts";

const ROOT = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS jest config, as jest reads it
const config = require("../../jest.config.js") as { setupFilesAfterEnv: string[] };

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "e2e" || e.name === "node_modules" ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe("fast-check seed", () => {
  it("is set for every property by the jest setup, from FC_SEED or the default", () => {
    expect(config.setupFilesAfterEnv).toContain("<rootDir>/test/support/fc-seed-setup.ts");
    expect(fc.readConfigureGlobal().seed).toBe(FC_SEED);
    expect(FC_SEED).toBe(fcSeedFrom(process.env));
  });

  it("reads FC_SEED as a whole number and refuses anything else", () => {
    expect(fcSeedFrom({})).toBe(DEFAULT_FC_SEED);
    expect(fcSeedFrom({ FC_SEED: "" })).toBe(DEFAULT_FC_SEED);
    expect(fcSeedFrom({ FC_SEED: " 42 " })).toBe(42);
    expect(fcSeedFrom({ FC_SEED: "-1873671079" })).toBe(-1873671079);
    expect(() => fcSeedFrom({ FC_SEED: "abc" })).toThrow('FC_SEED must be a whole number like 20261128, got "abc"');
    expect(() => fcSeedFrom({ FC_SEED: "1.5" })).toThrow("FC_SEED must be a whole number");
  });

  it("makes a failing property name its seed, so the failure can be replayed", () => {
    let message = "";
    try {
      fc.assert(fc.property(fc.integer(), (n) => n < 100));
    } catch (e) {
      message = String((e as Error).message);
    }
    expect(message).toContain(`seed: ${FC_SEED}`);
  });

  it("is the only seed the suite's properties use (none names its own)", () => {
    const own = testFiles(join(ROOT, "test"))
      .filter((f) => /fc\.(assert|check|sample)\b[\s\S]*\bseed:\s*\d/.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(own).toEqual([]);
  });
});

describe("heavy test files get explicit time", () => {
  it("is set by the jest setup", () => {
    expect(config.setupFilesAfterEnv).toContain("<rootDir>/test/support/test-timeouts-setup.ts");
  });

  it("gives the exceljs refresh test (5 s was exceeded under load) and every exceljs/HyperFormula/LibreOffice file time", () => {
    expect(heavyTimeoutFor(readFileSync(join(ROOT, "test/adapters/xlsx/refresh-xlsx.test.ts"), "utf8"))).toBe(
      HEAVY_TIMEOUT_MS,
    );
    const direct = /^import .*(from "(exceljs|hyperformula)"|support\/(libreoffice|hyperformula-plan)");$/m;
    const missed = testFiles(join(ROOT, "test"))
      .filter((f) => direct.test(readFileSync(f, "utf8")))
      .filter((f) => heavyTimeoutFor(readFileSync(f, "utf8")) !== HEAVY_TIMEOUT_MS)
      .map((f) => relative(ROOT, f));
    expect(missed).toEqual([]);
  });

  it("reads import lines only, including the closing line of a long import", () => {
    expect(heavyTimeoutFor('import ExcelJS from "exceljs";')).toBe(HEAVY_TIMEOUT_MS);
    expect(heavyTimeoutFor('import {\n  a,\n  b,\n} from "../../../src/adapters/xlsx/refresh-xlsx";')).toBe(
      HEAVY_TIMEOUT_MS,
    );
    expect(heavyTimeoutFor('import { evaluateIndicator } from "../../src/domain/status";')).toBeNull();
    expect(heavyTimeoutFor('it("does not need exceljs", () => {\n  expect("exceljs").toBeTruthy();\n});')).toBeNull();
  });
});
