/**
 * Time for heavy test files, so CI does not depend on an idle machine: under load (two runs on the 2-core machine)
 * a refresh through exceljs took longer than jest's 5 s default (issue #11). A test file is heavy when it imports
 * what builds or reads whole workbooks or computes them (exceljs, HyperFormula, LibreOffice, the fake of Excel, the
 * CLI verbs, the xlsx adapter, the pane's React tree); those get HEAVY_TIMEOUT_MS per test. Decided from the file's
 * own imports, so a new heavy file needs no list to be kept. A test's own timeout argument still wins.
 * test-timeouts-setup.ts (loaded by jest.config.js before every test file) applies it.
 */
export const HEAVY_TIMEOUT_MS = 60_000;

/** Imports that make a test file heavy (module names or paths as they appear in import lines). */
const HEAVY_IMPORTS: readonly RegExp[] = [
  /["']exceljs["']/,
  /["']hyperformula["']/,
  /support\/(libreoffice|backends|hyperformula-plan|fake-excel)["']/,
  /fixtures\/comments\/workbook["']/,
  /plan\/plan-readback["']|\.\/plan-readback["']/,
  /src\/adapters\/(xlsx|office)(\/[\w-]+)*["']/,
  /src\/cli\/(main|verbs\/[\w-]+)["']/,
  /src\/app\/(refresh-xlsx|refresh-office|create-workbook|port)["']/,
  /["']@testing-library\/react["']/,
];

/** The timeout a test file gets by its imports: HEAVY_TIMEOUT_MS, or null (jest's default) for a light file. */
export function heavyTimeoutFor(source: string): number | null {
  // Import lines only (a one-line import, the `} from "…"` closing a long one, or a require), not test text.
  const imports = source.split("\n").filter((line) => /^\s*(import|export)\b|\brequire\(|^\s*}\s*from\s/.test(line));
  return imports.some((line) => HEAVY_IMPORTS.some((re) => re.test(line))) ? HEAVY_TIMEOUT_MS : null;
}
