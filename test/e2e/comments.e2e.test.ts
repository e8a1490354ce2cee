/**
 * The 委員意見 panel in Chromium against the recording fake Excel (test-only bundle, see fake-host/index.tsx):
 * create the workbook, register a member and a meeting, select a KPI row, add a hostile multi-line comment through
 * the pane, and find it in the fake workbook exactly as typed, attributed to the member, with nothing evaluated.
 */
import { seriousViolations } from "./support/axe";
import { externalRequests, openRecordedPage, screenshot } from "./support/browser";
import { usePaneBrowser } from "./support/pane-browser";
import type { FakeExcelProbe } from "./fake-host/index";

const pane = usePaneBrowser();

type Probe = FakeExcelProbe;
type Page = Awaited<ReturnType<typeof openRecordedPage>>["page"];

/** Presses 「ワークブックを作成」, on the landing panel or behind the secretariat's tab (wherever the pane puts it). */
async function createWorkbook(page: Page, lang: "ja" | "en"): Promise<void> {
  const create = page.getByRole("button", {
    name: lang === "ja" ? "ワークブックを作成" : "Create workbook",
    exact: true,
  });
  if (!(await create.isVisible().catch(() => false))) {
    const staff = page.getByRole("tab", { name: lang === "ja" ? "事務局" : "Secretariat" });
    if (await staff.isVisible().catch(() => false)) await staff.click();
    const tab = page.getByRole("tab", { name: lang === "ja" ? "ブック作成" : "Create" });
    if (await tab.isVisible().catch(() => false)) await tab.click();
  }
  await create.click();
  await page
    .getByText(lang === "ja" ? "ワークブックを作成しました" : "The workbook is ready")
    .first()
    .waitFor({ timeout: 30_000 });
}

/**
 * Types actuals into the first indicator's row of 「KPI一覧」 (columns found by header, as a person finds them) and
 * selects the row: `actuals` by offset from 評価年度 (0 = 評価年度). Returns the row's ID and 評価年度.
 */
async function typeActualsAndSelect(page: Page, actuals: Record<number, number>) {
  return page.evaluate(async (typed) => {
    const fx = (window as unknown as { __fakeExcel: Probe }).__fakeExcel;
    let header = 1;
    while (header < 20 && fx.cell("KPI一覧", header, 1) !== "ID") header++;
    const ref = /'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)/.exec(fx.state.names.get("評価年度")?.reference ?? "");
    const column = [...(ref?.[2] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const evaluationYear = Number(fx.cell(ref?.[1] ?? "", Number(ref?.[3]), column));
    for (const [offset, value] of Object.entries(typed)) {
      let yearColumn = 1;
      const y = evaluationYear + Number(offset);
      while (yearColumn < 80 && !String(fx.cell("KPI一覧", header, yearColumn)).endsWith(`(${y})`)) yearColumn++;
      fx.setCell("KPI一覧", header + 1, yearColumn, value);
    }
    await fx.state.select("KPI一覧", `B${header + 1}`);
    return { firstId: String(fx.cell("KPI一覧", header + 1, 1)), year: evaluationYear };
  }, actuals);
}

/**
 * Types `actual` into the 評価年度 column of the first 「KPI一覧」 row whose 指標名 contains `name` and selects that row;
 * returns its ID.
 */
async function typeByName(page: Page, name: string, actual: number): Promise<string> {
  return page.evaluate(
    async ({ wanted, value }) => {
      const fx = (window as unknown as { __fakeExcel: Probe }).__fakeExcel;
      let header = 1;
      while (header < 20 && fx.cell("KPI一覧", header, 1) !== "ID") header++;
      const column = (test: (h: string) => boolean) => {
        let c = 1;
        while (c < 80 && !test(String(fx.cell("KPI一覧", header, c) ?? ""))) c++;
        return c;
      };
      const ref = /'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)/.exec(fx.state.names.get("評価年度")?.reference ?? "");
      const yearCell = [...(ref?.[2] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const evaluationYear = Number(fx.cell(ref?.[1] ?? "", Number(ref?.[3]), yearCell));
      const nameColumn = column((h) => h === "指標名");
      let row = header + 1;
      while (row < header + 200 && !String(fx.cell("KPI一覧", row, nameColumn) ?? "").includes(wanted)) row++;
      fx.setCell(
        "KPI一覧",
        row,
        column((h) => h.endsWith(`(${evaluationYear})`)),
        value,
      );
      await fx.state.select("KPI一覧", `B${row}`);
      return String(fx.cell("KPI一覧", row, 1));
    },
    { wanted: name, value: actual },
  );
}

/** The selected-indicator card, screenshotted at the pane's narrowest and a wide width. */
async function cardScreenshots(page: Page, name: string): Promise<void> {
  for (const width of [320, 450]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole("region", { name: /選択中の指標|Selected indicator/ }).scrollIntoViewIfNeeded();
    // Nothing runs past the pane's right edge at this width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 360, height: 720 });
}

it("adds a comment through the pane into 委員意見, verbatim and under the member's name", async () => {
  const record = await pane.open();
  const { page } = record;
  await createWorkbook(page, "ja");
  await page.getByRole("tab", { name: "委員意見" }).click();

  // A workbook built before the wiring has no comment tables: the panel offers to add them.
  const reload = page.getByRole("button", { name: "再読み込み" }).first();
  await reload.click();
  const setUp = page.getByRole("button", { name: "委員意見のシートを追加" });
  if (await setUp.isVisible().catch(() => false)) {
    await setUp.click();
    await page.getByText("「委員名簿」「会議」「委員意見」を追加しました。").waitFor({ timeout: 30_000 });
  }

  // The person types actuals into the first indicator's row (新規求人数: baseline 1,563 in 2019, target 1,630 in 2027,
  // increase) — the 評価年度's and the year before's —, then selects the row on KPI一覧 in Excel.
  const { firstId, year } = await typeActualsAndSelect(page, { [-1]: 1570, 0: 1600 });
  await page.getByRole("heading", { level: 3, name: new RegExp(`^${firstId} `) }).waitFor({ timeout: 30_000 });
  // The card shows what the fake calculated from the sheet's own formulas (it showed "—" before the fake computed).
  expect(firstId).toBe("1-1-N1");
  const shown = async (term: string): Promise<string> =>
    (await page.locator("dt", { hasText: term }).first().locator("xpath=following-sibling::dd[1]").innerText()).trim();
  const progress = (1600 - 1563) / (1630 - 1563); // 55.2 %
  const expected = (year - 2019) / (2027 - 2019);
  expect(await shown("基準値 → 目標値")).toMatch(/^1,563\S*（令和元年度\(2019\)） → 1,630\S*（令和9年度\(2027\)）$/);
  expect(await shown("最新実績")).toMatch(new RegExp(`^1,600\\S*（令和\\d+年度\\(${year}\\)）$`));
  expect([await shown("達成率"), await shown("期待進捗"), await shown("評価")]).toEqual([
    "55.2%",
    `${(Math.round(expected * 1000) / 10).toFixed(1)}%`,
    progress >= expected ? "B 順調" : "C 遅れ",
  ]);
  // The path chart: the two typed actuals as points, drawn from the sheet's values.
  const chart = page.getByRole("img", { name: /^実績と目標への道筋: 実績 2 点/ });
  await chart.waitFor();
  expect(
    await chart
      .locator("circle[data-part=actual]")
      .evaluateAll((cs) => cs.map((c) => [c.getAttribute("data-year"), c.getAttribute("data-value")])),
  ).toEqual([
    [String(year - 1), "1570"],
    [String(year), "1600"],
  ]);
  await cardScreenshots(page, "comments-card-ja");

  // 年少人口 (基準値 28,653 in 2019, target 28,929) falls to 26,000: its 達成率 reads 0.0% 「基準値より悪化」 with the
  // calculated figure (−961.2 %) beside it, not a bare negative percentage.
  const worseId = await typeByName(page, "年少人口", 26_000);
  await page.getByRole("heading", { level: 3, name: new RegExp(`^${worseId} `) }).waitFor({ timeout: 30_000 });
  const worse = (((26_000 - 28_653) / (28_929 - 28_653)) * 100).toFixed(1);
  expect(await shown("達成率")).toMatch(new RegExp(`^0\\.0%\\s*基準値より悪化\\s*算定値 ${worse}%$`));
  await page.setViewportSize({ width: 320, height: 900 });
  await screenshot(page, "comments-card-ja-worse-320");
  await page.setViewportSize({ width: 360, height: 720 });
  await typeActualsAndSelect(page, {});
  await page.getByRole("heading", { level: 3, name: new RegExp(`^${firstId} `) }).waitFor({ timeout: 30_000 });

  await page.getByRole("button", { name: "委員・会議の管理" }).click();
  await page.getByLabel("氏名").fill("山田 太郎");
  await page.getByRole("button", { name: "委員を追加" }).click();
  await page.getByText(/M001 山田 太郎/).waitFor({ timeout: 30_000 });
  await page.getByLabel("開催日").fill("2025-11-20");
  await page.getByLabel("場所").fill("市役所 401会議室");
  await page.getByRole("group", { name: "出席委員" }).getByRole("checkbox", { name: "山田 太郎" }).check();
  await page.getByRole("button", { name: "会議を追加" }).click();
  await page.getByRole("listitem").filter({ hasText: "第1回（令和7年11月20日）" }).waitFor({ timeout: 30_000 });

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

it("shows the selected indicator's card with its path chart in English", async () => {
  const record = await pane.open("?lang=en");
  const { page } = record;
  await createWorkbook(page, "en");
  await page.getByRole("tab", { name: /^(Comments|Committee comments)$/ }).click();
  const setUp = page.getByRole("button", { name: "Add the comment sheets" });
  if (await setUp.isVisible().catch(() => false)) await setUp.click();
  const { firstId, year } = await typeActualsAndSelect(page, { [-3]: 1540, [-2]: 1575, 0: 1600 });
  await page.getByRole("heading", { level: 3, name: new RegExp(`^${firstId} `) }).waitFor({ timeout: 30_000 });
  const chart = page.getByRole("img", { name: /^Actuals and the path to the target: 3 actuals/ });
  await chart.waitFor();
  // Two runs of consecutive years (the year before 評価年度 is blank): one line, the lone point without.
  expect(await chart.locator("path[data-part=actuals]").count()).toBe(1);
  expect(
    await chart.locator("circle[data-part=actual]").evaluateAll((cs) => cs.map((c) => c.getAttribute("data-year"))),
  ).toEqual([String(year - 3), String(year - 2), String(year)]);
  expect(await page.getByText("Baseline → target").count()).toBe(1);
  await cardScreenshots(page, "comments-card-en");
  expect(record.errors).toEqual([]);
  expect(externalRequests(record.requests)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});
