/**
 * TEST-ONLY entry (webpack --env e2eFakeHost → test-output/e2e-fake-host/): the same pane as src/taskpane/index.tsx,
 * with the recording fake Excel of test/support/fake-excel injected as the host instead of Excel.run. The fake
 * calculates formulas with HyperFormula (test-only, GPL-3.0: never in the real pane's bundle). The fake's state is exposed as window.__fakeExcel for the browser test to read what was written.
 * Query: ?lang=en|ja, ?existing=SheetA,SheetB (sheets that already exist), ?maxSet=1.7 (newest ExcelApi set).
 */
import { createRoot } from "react-dom/client";
import { resolveLang } from "../../../src/i18n/messages";
import { PaneRoot } from "../../../src/taskpane/components/pane-root/PaneRoot";
import { BUNDLED_DATASET } from "../../../src/taskpane/dataset-info";
import type { ExcelHost } from "../../../src/taskpane/host/excel-host";
import { defaultPanels } from "../../../src/taskpane/panels";
import { createFakeExcel, ensureCell, getCell, type FakeWorkbookState } from "../../support/fake-excel";

export interface FakeExcelProbe {
  readonly state: FakeWorkbookState;
  readonly syncCount: () => number;
  /** Value of a cell (1-based row and column), for assertions from the test. */
  readonly cell: (sheet: string, row: number, column: number) => unknown;
  /** A person types `value` into a cell (formulas that read it are recalculated at the next read). */
  readonly setCell: (sheet: string, row: number, column: number, value: string | number) => void;
}

const params = new URLSearchParams(window.location.search);
const existing = params.get("existing")?.split(",").filter(Boolean);
const maxSet = params.get("maxSet");
const fx = createFakeExcel({ sheets: ["Sheet1", ...(existing ?? [])] });

function versionAtMost(version: string, max: string): boolean {
  const [a = 0, b = 0] = version.split(".").map(Number);
  const [c = 0, d = 0] = max.split(".").map(Number);
  return a < c || (a === c && b <= d);
}

const host: ExcelHost = {
  kind: "fake",
  run: (batch) => batch(fx.context),
  isSetSupported: (_name, version) => (maxSet ? versionAtMost(version, maxSet) : true),
};

const probe: FakeExcelProbe = {
  state: fx.fake.state,
  syncCount: () => fx.fake.syncCount,
  cell: (sheet, row, column) => getCell(fx.fake.state.sheet(sheet), row, column)?.value,
  setCell: (sheet, row, column, value) => {
    ensureCell(fx.fake.state.sheet(sheet), row, column).value = value;
  },
};
(window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel = probe;

const lang = resolveLang(undefined, window.location.search);
document.documentElement.lang = lang;
const container = document.getElementById("root");
if (!container) throw new Error('no element with id "root"');
createRoot(container).render(<PaneRoot host={host} lang={lang} panels={defaultPanels} dataset={BUNDLED_DATASET} />);
