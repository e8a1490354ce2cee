/** @jest-environment jsdom */
/**
 * The real entry (src/taskpane/index.tsx) with stand-ins for the Office and Excel globals: it must wait for
 * Office.onReady, pick the language from Office, show the outside-Excel page when there is no host, and route the
 * panel's work through Excel.run.
 */
// @testing-library/dom, not /react: the entry renders by itself, outside Testing Library's act() wrapping.
import { fireEvent, screen } from "@testing-library/dom";
import { createFakeExcel } from "../support/fake-excel";
import { PLANNED_SHEETS } from "../support/layout";

interface OfficeStandIn {
  host: string | null;
  displayLanguage: string;
  isSetSupported: jest.Mock;
}

function installGlobals({ host, displayLanguage, isSetSupported }: OfficeStandIn) {
  const fx = createFakeExcel();
  const run = jest.fn((batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(fx.context));
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: "Excel" },
      onReady: () => Promise.resolve({ host, platform: null }),
      context: { displayLanguage, requirements: { isSetSupported }, officeTheme: undefined },
    },
    Excel: { run },
  });
  return { fx, run };
}

async function loadEntry() {
  document.body.innerHTML = '<div id="root"></div>';
  // A fresh copy of the entry per test: it renders as a side effect of being loaded. resetModules, not
  // isolateModules: the panels' lazy import()s run later, and must load into the same registry (one React).
  jest.resetModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("../../src/taskpane/index");
}

// The entry renders with its own createRoot, like in the browser, not through Testing Library's act().
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
  document.body.innerHTML = "";
});

it("renders the pane in Office's language and builds the workbook through Excel.run", async () => {
  const isSetSupported = jest.fn(() => true);
  const { fx, run } = installGlobals({ host: "Excel", displayLanguage: "en-US", isSetSupported });
  await loadEntry();
  expect(await screen.findByRole("heading", { level: 1, name: "KPI Review" })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe("en");
  // an empty workbook records no dataset: the header names the bundled one
  expect(await screen.findByText(/^Bundled dataset \d+\.\d+\.\d+ \(\d{1,2} \w{3} \d{4}\)$/)).toBeInTheDocument();

  // the panel is a lazy chunk (webpack import()), behind the secretariat's tab: it appears once loaded
  fireEvent.click(screen.getByRole("tab", { name: "Secretariat" }));
  fireEvent.click(await screen.findByRole("button", { name: "Create workbook" }));
  expect(await screen.findByText("The workbook is ready")).toBeInTheDocument();
  // and now the header reads the workbook's own record of its dataset
  expect(await screen.findByText(/^This workbook's dataset \d+\.\d+\.\d+ \(/)).toBeInTheDocument();
  // The panels work through Excel.run; the sheets below prove the build did.
  expect(run).toHaveBeenCalled();
  expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.8");
  // the planned sheets after the one that was there, then the metadata's second copy (very hidden)
  expect(fx.fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", ...PLANNED_SHEETS]);
});

it("shows the outside-Excel page, in Japanese, when Office reports no host", async () => {
  installGlobals({ host: null, displayLanguage: "en-US", isSetSupported: jest.fn() });
  await loadEntry();
  expect(await screen.findByRole("heading", { level: 1, name: "Excel で開いてください" })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe("ja");
});
