/**
 * The pane with the recording fake Excel (test-only bundle, see fake-host/index.tsx) in Chromium: pressing
 * 「ワークブックを作成」 writes its sheets (KPI一覧 … 指標見直し); existing sheets are replaced only after confirmation.
 */
import datasetJson from "../../seeds/kpi-dataset.json";
import { seriousViolations } from "./support/axe";
import { externalRequests, settle, screenshot } from "./support/browser";
import { usePaneBrowser } from "./support/pane-browser";
import { PLANNED_SHEETS } from "../support/layout";
import type { FakeExcelProbe } from "./fake-host/index";

const datasetIds = (datasetJson as { indicators: { id: string }[] }).indicators.map((i) => i.id);

const pane = usePaneBrowser();

/** Opens 「ブック作成」 behind the secretariat's tab (the pane opens on 委員意見, or on the tab chosen last). */
async function openCreatePanel(page: import("playwright-core").Page, lang: "ja" | "en" = "ja") {
  await page.getByRole("tab", { name: lang === "ja" ? "事務局" : "Secretariat", exact: true }).click();
  await page.getByRole("tab", { name: lang === "ja" ? "ブック作成" : "Create", exact: true }).click();
}

/** What the fake workbook holds: sheet names, the ids under the "ID" header of KPI一覧, the defined names. */
function readWorkbook(page: import("playwright-core").Page) {
  return page.evaluate(() => {
    const fx = (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel;
    const sheets = fx.state.sheets.map((s) => s.name);
    const ids: string[] = [];
    if (sheets.includes("KPI一覧")) {
      let header = 1;
      while (header < 20 && fx.cell("KPI一覧", header, 1) !== "ID") header++;
      for (let row = header + 1; ; row++) {
        const v = fx.cell("KPI一覧", row, 1);
        if (v === undefined || v === null || v === "") break;
        ids.push(String(v));
      }
    }
    return { sheets, ids, names: [...fx.state.names.keys()], syncs: fx.syncCount() };
  });
}

it("creates the workbook when 「ワークブックを作成」 is pressed", async () => {
  const record = await pane.open();
  const { page } = record;
  await page.getByRole("heading", { level: 1, name: "KPIレビュー" }).waitFor({ timeout: 30_000 });
  // an empty workbook records no dataset: the header names the bundled one
  expect(await page.getByText(/^同梱データ版 \d+\.\d+\.\d+/).count()).toBe(1);
  await openCreatePanel(page);
  await screenshot(page, "create-workbook-ja-idle");

  // one panel at a time: the other tabs' panels are hidden until chosen
  expect(await page.getByRole("heading", { level: 2, name: "会議録" }).isVisible()).toBe(false);
  await page.getByRole("tab", { name: "会議録" }).click();
  expect(await page.getByRole("heading", { level: 2, name: "会議録" }).isVisible()).toBe(true);
  expect(await page.getByRole("button", { name: "ワークブックを作成" }).isVisible()).toBe(false);
  await page.getByRole("tab", { name: "ブック作成" }).click();
  await page.getByRole("button", { name: "ワークブックを作成" }).click();
  await page.getByText("ワークブックを作成しました").waitFor({ timeout: 30_000 });
  // the header now reads the workbook's own record of its dataset
  await page.getByText(/^このブックのデータ版 \d+\.\d+\.\d+（令和\d+年\d+月\d+日）$/).waitFor({ timeout: 30_000 });
  expect(
    await page
      .getByText(
        "作成したシート: KPI一覧、設定、概要、委員名簿、会議、委員意見、評価、総括意見、評価履歴、指標見直し、確認事項",
      )
      .count(),
  ).toBe(1);

  const workbook = await readWorkbook(page);
  expect(workbook.sheets).toEqual(["Sheet1", ...PLANNED_SHEETS]);
  expect(workbook.ids).toEqual(datasetIds);
  expect(workbook.names).toEqual(expect.arrayContaining(["評価年度"]));

  await settle(page);
  expect(externalRequests(record.requests)).toEqual([]);
  expect(record.failures).toEqual([]);
  expect(record.errors).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "create-workbook-ja-done");
  for (const width of [320, 450]) {
    await page.setViewportSize({ width, height: 720 });
    // the pane with all its panels fits task-pane widths without horizontal scrolling
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await screenshot(page, "create-workbook-ja-done-450");
  await page.close();
});

it("asks before replacing existing sheets (English)", async () => {
  const record = await pane.open("?lang=en&existing=KPI一覧");
  const { page } = record;
  await openCreatePanel(page, "en");
  await page.getByRole("button", { name: "Create workbook" }).click();
  await page.getByText("Replace the sheets?").waitFor({ timeout: 30_000 });
  const before = await readWorkbook(page);
  expect(before.sheets).toEqual(["Sheet1", "KPI一覧"]);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "create-workbook-en-confirm");

  await page.getByRole("button", { name: "Replace" }).click();
  await page.getByText("The workbook is ready").waitFor({ timeout: 30_000 });
  const after = await readWorkbook(page);
  expect([...after.sheets].sort()).toEqual(["Sheet1", ...PLANNED_SHEETS].sort());
  expect(after.ids).toEqual(datasetIds);
  expect(record.errors).toEqual([]);
  expect(externalRequests(record.requests)).toEqual([]);
  await screenshot(page, "create-workbook-en-done");
  await page.close();
});

it("names what an old Excel lacks", async () => {
  const record = await pane.open("?maxSet=1.3");
  const { page } = record;
  await openCreatePanel(page);
  await page.getByRole("button", { name: "ワークブックを作成" }).click();
  await page.getByText("この Excel では作成できません").waitFor({ timeout: 30_000 });
  expect(await page.getByText(/シート・数式・表（ExcelApi 1\.8）/).count()).toBe(1);
  expect((await readWorkbook(page)).sheets).toEqual(["Sheet1"]);
  expect(record.errors).toEqual([]);
  await screenshot(page, "create-workbook-ja-unsupported");
  await page.close();
});

it("works from the keyboard: Tab reaches the tabs, arrows and Enter choose 事務局, then Tab reaches the button with a visible focus", async () => {
  const record = await pane.open();
  const { page } = record;
  // a first visit: the pane opens on 委員意見
  await page.evaluate(() => localStorage.clear());
  await page.reload({ waitUntil: "load" });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole("tab", { name: "委員意見" }).waitFor({ timeout: 30_000 });
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
  const role = () => page.evaluate(() => document.activeElement?.getAttribute("role"));
  // the tabs come first (header and texts are not focusable): the chosen one takes the focus
  await page.keyboard.press("Tab");
  expect(await role()).toBe("tab");
  expect(await focused()).toContain("委員意見");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  expect(await focused()).toContain("事務局");
  await page.keyboard.press("Enter");
  // the panel's chunk loaded: its button is there to reach
  await page.getByRole("button", { name: "ワークブックを作成" }).waitFor({ timeout: 30_000 });
  // the secretariat's row of tabs, then the panel's button
  await page.keyboard.press("Tab");
  expect(await role()).toBe("tab");
  expect(await focused()).toContain("ブック作成");
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("ワークブックを作成");
  // Fluent marks keyboard focus with this attribute, which draws the focus ring
  const marked = await page.evaluate(() => document.activeElement?.hasAttribute("data-fui-focus-visible") ?? false);
  expect(marked).toBe(true);
  await screenshot(page, "create-workbook-ja-keyboard-focus-320");
  await page.keyboard.press("Enter");
  await page.getByText("ワークブックを作成しました").waitFor({ timeout: 30_000 });
  expect(record.errors).toEqual([]);
  await page.close();
});
