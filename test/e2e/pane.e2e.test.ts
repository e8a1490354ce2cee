/**
 * The built pane in Chromium, outside Excel (its self-hosted test build, test-output/e2e-pane: production builds
 * load office.js from Microsoft's CDN, and the tests stay offline): office.js reports no host, so the pane must show the
 * 「Excel で開いてください」 page — in Japanese by default, in English with ?lang=en — load everything from its own
 * origin, log no error and pass axe without serious or critical violations.
 */
import path from "node:path";
import { seriousViolations } from "./support/axe";
import { externalRequests, launchBrowser, settle, openRecordedPage, screenshot, type Browser } from "./support/browser";
import { startStaticServer, type StaticServer } from "./support/static-server";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(path.resolve(__dirname, "../../test-output/e2e-pane"));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  { lang: "ja", query: "", heading: "Excel で開いてください", step: /マイ アドインのアップロード/ },
  { lang: "en", query: "?lang=en", heading: "Please open this in Excel", step: /Upload My Add-in/ },
])("taskpane.html$query ($lang)", ({ lang, query, heading, step }) => {
  it("renders the outside-Excel page from its own origin, without errors or serious a11y violations", async () => {
    const record = await openRecordedPage(browser, `${server.url}taskpane.html${query}`);
    const { page } = record;
    await page.getByRole("heading", { level: 1, name: heading }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(step).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);

    await settle(page);
    // office.js and the bundle were both loaded from the build, and nothing else was asked for outside it
    expect(record.requests).toEqual(expect.arrayContaining([`${server.url}office.js`]));
    expect(record.requests.some((u) => /\/taskpane\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(externalRequests(record.requests)).toEqual([]);
    expect(record.failures).toEqual([]);
    expect(record.errors).toEqual([]);

    expect(await seriousViolations(page)).toEqual([]);

    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 640 });
      // nothing wider than the pane: no horizontal scrolling at task-pane widths
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `outside-excel-${lang}-${width}`);
    }
    await page.close();
  });
});
