/**
 * The set-up every browser test file shares: one Chromium and the static servers for the file's tests, started in
 * beforeAll and closed in afterAll. Call the `use…` functions at the top level of a test file; read the getters
 * inside tests (not by destructuring at load time: nothing is started until beforeAll runs).
 */
import path from "node:path";
import { launchBrowser, openRecordedPage, type Browser, type PageRecord } from "./browser";
import { startStaticServer, type StaticServer } from "./static-server";

const OUTPUT = path.resolve(__dirname, "../../../test-output");
/** The test-only bundle with the recording fake Excel (test/e2e/fake-host/index.tsx). */
export const FAKE_HOST_DIR = path.join(OUTPUT, "e2e-fake-host");
/** The pane's self-hosted build, run outside Excel (office.js finds no host). */
export const OUTSIDE_EXCEL_DIR = path.join(OUTPUT, "e2e-pane");

/** Fails a test that reads a getter before beforeAll has set it, naming what was missing. */
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started: read it inside a test, not at load time`);
  return value;
}

export interface BrowserHandle {
  readonly browser: Browser;
}

/** One Chromium (fresh profile) for the file's tests. */
export function useBrowser(): BrowserHandle {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return started(browser, "the browser");
    },
  };
}

export interface ServerHandle {
  /** Base URL ending in "/". */
  readonly url: string;
}

/** A static server on 127.0.0.1 for `dir` (a function when the folder is made in an earlier beforeAll). */
export function useStaticServer(dir: string | (() => string)): ServerHandle {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer(typeof dir === "string" ? dir : dir());
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      return started(server, "the static server").url;
    },
  };
}

export interface PaneBrowser extends BrowserHandle {
  /** The served folder's base URL, ending in "/". */
  readonly baseUrl: string;
  /** Opens `taskpane.html` + `query` (e.g. "?lang=en") in a new recorded page. */
  open(query?: string): Promise<PageRecord>;
}

/** A browser and a static server for the pane's build in `dir` (by default the fake-host bundle). */
export function usePaneBrowser(dir: string = FAKE_HOST_DIR): PaneBrowser {
  // the browser first, so it closes before the server, as pages may still be loading from it
  const chromium = useBrowser();
  const server = useStaticServer(dir);
  return {
    get browser() {
      return chromium.browser;
    },
    get baseUrl() {
      return server.url;
    },
    open: (query = "") => openRecordedPage(chromium.browser, `${server.url}taskpane.html${query}`),
  };
}
