/**
 * The 委員意見 panel in Chromium against the recording fake Excel (test-only bundle, see fake-host/index.tsx):
 * create the workbook, register a member and a meeting, select a KPI row, add a hostile multi-line comment through
 * the pane, and find it in the fake workbook exactly as typed, attributed to the member, with nothing evaluated.
 */
import path from "node:path";
import { seriousViolations } from "./support/axe";
import { externalRequests, launchBrowser, openRecordedPage, screenshot, type Browser } from "./support/browser";
import { startStaticServer, type StaticServer } from "./support/static-server";
import type { FakeExcelProbe } from "./fake-host/index";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(path.resolve(__dirname, "../../test-output/e2e-fake-host"));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Probe = FakeExcelProbe;

it("adds a comment through the pane into 委員意見, verbatim and under the member's name", async () => {
  const record = await openRecordedPage(browser, `${server.url}taskpane.html`);
  const { page } = record;
  await page.getByRole("button", { name: "ワークブックを作成" }).click();
  await page.getByText("ワークブックを作成しました").waitFor({ timeout: 30_000 });
  await page.getByRole("tab", { name: "委員意見" }).click();

  // A workbook built before the wiring has no comment tables: the panel offers to add them.
  const reload = page.getByRole("button", { name: "再読み込み" }).first();
  await reload.click();
  const setUp = page.getByRole("button", { name: "委員意見のシートを追加" });
  if (await setUp.isVisible().catch(() => false)) {
    await setUp.click();
    await page.getByText("「委員名簿」「会議」「委員意見」を追加しました。").waitFor({ timeout: 30_000 });
  }

  await page.getByRole("button", { name: "委員・会議の管理" }).click();
  await page.getByLabel("氏名").fill("山田 太郎");
  await page.getByRole("button", { name: "委員を追加" }).click();
  await page.getByText(/M001 山田 太郎/).waitFor({ timeout: 30_000 });
  await page.getByLabel("開催日").fill("2025-11-20");
  await page.getByLabel("場所").fill("市役所 401会議室");
  await page.getByRole("checkbox", { name: "山田 太郎" }).check();
  await page.getByRole("button", { name: "会議を追加" }).click();
  await page.getByRole("listitem").filter({ hasText: "第1回（2025-11-20）" }).waitFor({ timeout: 30_000 });

  // The person types an actual for the evaluation year into the first indicator's row (新規求人数: baseline 1,563
  // in 2019, target 1,630 in 2027, increase), then selects the row on KPI一覧 in Excel.
  const { firstId, year } = await page.evaluate(async () => {
    const fx = (window as unknown as { __fakeExcel: Probe }).__fakeExcel;
    let header = 1;
    while (header < 20 && fx.cell("KPI一覧", header, 1) !== "ID") header++;
    const ref = /'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)/.exec(fx.state.names.get("評価年度")?.reference ?? "");
    const column = [...(ref?.[2] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const evaluationYear = Number(fx.cell(ref?.[1] ?? "", Number(ref?.[3]), column));
    let yearColumn = 1;
    while (yearColumn < 60 && !String(fx.cell("KPI一覧", header, yearColumn)).endsWith(`(${evaluationYear})`))
      yearColumn++;
    fx.setCell("KPI一覧", header + 1, yearColumn, 1600);
    await fx.state.select("KPI一覧", `B${header + 1}`);
    return { firstId: String(fx.cell("KPI一覧", header + 1, 1)), year: evaluationYear };
  });
  await page.getByRole("heading", { level: 3, name: new RegExp(`^${firstId} `) }).waitFor({ timeout: 30_000 });
  // The card shows what the fake calculated from the sheet's own formulas (it showed "—" before the fake computed).
  expect(firstId).toBe("1-1-N1");
  const shown = async (term: string): Promise<string> =>
    (await page.locator("dt", { hasText: term }).first().locator("xpath=following-sibling::dd[1]").innerText()).trim();
  const progress = (1600 - 1563) / (1630 - 1563); // 55.2 %
  const expected = (year - 2019) / (2027 - 2019);
  expect([await shown("最新実績"), await shown("達成率"), await shown("評価")]).toEqual([
    "1,600",
    "55.2%",
    progress >= expected ? "B 順調" : "C 遅れ",
  ]);

  const text = page.getByLabel(/^内容/);
  await text.fill("=1+1\n二行目は@SUM(A1)");
  await page.getByLabel("記録者").fill("企画調整課");
  await page.getByRole("button", { name: "意見を追加" }).click();
  await page.getByText(/意見を追加しました/).waitFor({ timeout: 30_000 });
  // The confirmation wraps within the pane: nothing runs past its right edge.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  const stored = await page.evaluate(() => {
    const fx = (window as unknown as { __fakeExcel: Probe }).__fakeExcel;
    // Row 2 is the blank row an empty table carries; table.rows.add appended row 3.
    const row: unknown[] = [];
    for (let c = 1; c <= 11; c++) row.push(fx.cell("委員意見", 3, c));
    if (fx.cell("委員意見", 2, 1) !== undefined) row.unshift("row 2 is not blank");
    const sheet = fx.state.sheets.find((s) => s.name === "委員意見");
    const formulas = sheet ? [...sheet.cells.values()].filter((cell) => cell.formula !== undefined).length : -1;
    return { row, formulas };
  });
  expect(stored.row[2]).toBe(firstId);
  expect(stored.row[3]).toBe("M001");
  expect(stored.row[4]).toBe("山田 太郎");
  expect(stored.row[6]).toBe("=1+1\n二行目は@SUM(A1)");
  expect(stored.row[8]).toBe("未対応");
  expect(stored.formulas).toBe(0);
  expect(await page.getByText("=1+1").count()).toBeGreaterThan(0);

  expect(record.errors).toEqual([]);
  expect(externalRequests(record.requests)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "comments-ja-added");
  await page.close();
});
