/**
 * The built pane in Chromium, outside Excel (its self-hosted test build, test-output/e2e-pane: production builds
 * load office.js from Microsoft's CDN, and the tests stay offline): office.js reports no host, so the pane must show the
 * 「Excel で開いてください」 page — in Japanese by default, in English with ?lang=en — load everything from its own
 * origin, log no error and pass axe without serious or critical violations.
 *
 * Then the pane as it is inside Excel (the fake-host bundle, test-output/e2e-fake-host): it opens on 委員意見, its tabs
 * take one row at 320 px in both languages, and 「事務局」 holds the secretariat's tools in a row of their own.
 */
import { seriousViolations } from "./support/axe";
import { externalRequests, openRecordedPage, settle, screenshot } from "./support/browser";
import { FAKE_HOST_DIR, OUTSIDE_EXCEL_DIR, usePaneBrowser, useStaticServer } from "./support/pane-browser";

const outside = usePaneBrowser(OUTSIDE_EXCEL_DIR);
const fakeHost = useStaticServer(FAKE_HOST_DIR);

describe.each([
  { lang: "ja", query: "", heading: "Excel で開いてください", step: /マイ アドインのアップロード/ },
  { lang: "en", query: "?lang=en", heading: "Please open this in Excel", step: /Upload My Add-in/ },
])("taskpane.html$query ($lang)", ({ lang, query, heading, step }) => {
  it("renders the outside-Excel page from its own origin, without errors or serious a11y violations", async () => {
    const record = await outside.open(query);
    const { page } = record;
    await page.getByRole("heading", { level: 1, name: heading }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(step).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);

    await settle(page);
    // office.js and the bundle were both loaded from the build, and nothing else was asked for outside it
    expect(record.requests).toEqual(expect.arrayContaining([`${outside.baseUrl}office.js`]));
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

/** How many rows a tab list's tabs take (distinct tops of the visible tabs). */
function tabRows(page: import("playwright-core").Page, listName: string) {
  return page.evaluate((name) => {
    const list = [...document.querySelectorAll<HTMLElement>('[role="tablist"]')].find(
      (l) => l.getAttribute("aria-label") === name && l.offsetParent !== null,
    );
    if (!list) throw new Error(`no visible tab list named ${name}`);
    const tops = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) =>
      Math.round(t.getBoundingClientRect().top),
    );
    return { tabs: tops.length, rows: new Set(tops).size };
  }, listName);
}

describe.each([
  {
    lang: "ja",
    query: "",
    tabs: ["委員意見", "評価", "事務局"],
    features: "機能",
    staff: "事務局",
    staffTools: "事務局の作業",
    tools: ["ブック作成", "データ更新", "会議録"],
    commentsTitle: "委員意見",
    workbookTitle: "ワークブックの作成",
    bundled: /^同梱データ版 \d+\.\d+\.\d+（令和\d+年\d+月\d+日）$/,
  },
  {
    lang: "en",
    query: "?lang=en",
    tabs: ["Comments", "Evaluation", "Secretariat"],
    features: "Features",
    staff: "Secretariat",
    staffTools: "Secretariat tools",
    tools: ["Create", "Refresh", "Minutes"],
    commentsTitle: "Committee comments",
    workbookTitle: "Create the workbook",
    bundled: /^Bundled dataset \d+\.\d+\.\d+ \(\d{1,2} [A-Z][a-z]{2} \d{4}\)$/,
  },
])("the pane in Excel ($lang)", (text) => {
  it("opens on the members' tab, keeps its tabs to one row at 320 px, and holds the secretariat's tools apart", async () => {
    const record = await openRecordedPage(outside.browser, `${fakeHost.url}taskpane.html${text.query}`);
    const { page } = record;
    // a first visit: nothing remembered from another test in this browser
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: "load" });
    await page.setViewportSize({ width: 320, height: 720 });
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });
    // a new workbook records no dataset: the header names the bundled one, in the language's date style
    expect(await page.getByText(text.bundled).count()).toBe(1);

    for (const name of text.tabs) expect(await page.getByRole("tab", { name, exact: true }).count()).toBe(1);
    expect(await page.getByRole("tab", { name: text.tabs[0], exact: true }).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("heading", { level: 2, name: text.commentsTitle, exact: true }).waitFor();
    expect(await tabRows(page, text.features)).toEqual({ tabs: 3, rows: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, `pane-${text.lang}-320-comments`);
    await page.setViewportSize({ width: 450, height: 720 });
    await screenshot(page, `pane-${text.lang}-450-comments`);

    await page.setViewportSize({ width: 320, height: 720 });
    await page.getByRole("tab", { name: text.staff, exact: true }).click();
    await page.getByRole("heading", { level: 2, name: text.workbookTitle, exact: true }).waitFor({ timeout: 30_000 });
    expect(await tabRows(page, text.staffTools)).toEqual({ tabs: 3, rows: 1 });
    for (const name of text.tools) {
      expect(
        await page.getByRole("tablist", { name: text.staffTools }).getByRole("tab", { name, exact: true }).count(),
      ).toBe(1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `pane-${text.lang}-320-staff`);
    await page.setViewportSize({ width: 450, height: 720 });
    await screenshot(page, `pane-${text.lang}-450-staff`);

    // reopened: the tab chosen last
    await page.reload({ waitUntil: "load" });
    await page.getByRole("heading", { level: 2, name: text.workbookTitle, exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("tab", { name: text.staff, exact: true }).getAttribute("aria-selected")).toBe("true");
    expect(record.errors).toEqual([]);
    expect(externalRequests(record.requests)).toEqual([]);
    await page.close();
  });
});
