/**
 * The 「評価」 panel in Chromium against the recording fake Excel (test-only bundle, see fake-host/index.tsx): build the
 * workbook, type an actual, select the indicator on 「KPI一覧」, save its 評価年度 entry through the pane, close the
 * year after the dialog and find the closed record in the panel's history and in 「評価履歴」 — in Japanese and in
 * English, with screenshots at 320 and 450 px, axe clean and nothing wider than the pane.
 */
import path from "node:path";
import type { Page } from "playwright-core";
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

const TEXT = {
  ja: {
    createTab: "ワークブックの作成",
    fromYear: "適用開始年度",
    create: "ワークブックを作成",
    created: "ワークブックを作成しました",
    tab: "評価",
    year: /^評価年度: \d{4}年度/,
    analysis: "要因分析",
    issues: "課題",
    direction: "今後の方向性",
    external: "外的要因",
    grade: "委員会評価",
    reason: "委員会評価の理由",
    recorder: "記録者",
    save: "評価を保存",
    saved: /の\d{4}年度の評価を保存しました/,
    close: (year: number) => `${year}年度を確定`,
    confirmTitle: (year: number) => `${year}年度の評価を確定しますか？`,
    confirm: "確定する",
    closed: (year: number) => `${year}年度を確定しました`,
    history: (id: string) => `${id} の確定履歴`,
    readOnly: /確定済みのため、この評価は変更できません/,
    report: (year: number) => `${year}年度の報告書を作成`,
    reportDone: (year: number) => `報告書 効果検証報告書_${year}.docx を作成しました。`,
  },
  en: {
    createTab: "Create the workbook",
    fromYear: "Applies from (year)",
    create: "Create workbook",
    created: "The workbook is ready",
    tab: "Evaluation",
    year: /^評価年度 \(evaluation year\): \d{4}/,
    analysis: "Analysis",
    issues: "Issues",
    direction: "Direction",
    external: "External factor",
    grade: "Committee grade",
    reason: "Committee's reason",
    recorder: "Recorded by",
    save: "Save evaluation",
    saved: /Saved the \d{4} evaluation of/,
    close: (year: number) => `Close ${year}`,
    confirmTitle: (year: number) => `Close the evaluation of ${year}?`,
    confirm: "Close the year",
    closed: (year: number) => `Closed ${year}`,
    history: (id: string) => `Closed history of ${id}`,
    readOnly: /is closed, so this evaluation cannot change/,
    report: (year: number) => `Make the ${year} report`,
    reportDone: (year: number) => `Made the report 効果検証報告書_${year}.docx.`,
  },
} as const;

/** The person types an actual for the 評価年度 into the first indicator's row and selects that row in Excel. */
function typeActualAndSelect(page: Page) {
  return page.evaluate(async () => {
    const fx = (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel;
    let header = 1;
    while (header < 20 && fx.cell("KPI一覧", header, 1) !== "ID") header++;
    const ref = /'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)/.exec(fx.state.names.get("評価年度")?.reference ?? "");
    const column = [...(ref?.[2] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const evaluationYear = Number(fx.cell(ref?.[1] ?? "", Number(ref?.[3]), column));
    let yearColumn = 1;
    while (yearColumn < 80 && !String(fx.cell("KPI一覧", header, yearColumn)).endsWith(`(${evaluationYear})`))
      yearColumn++;
    fx.setCell("KPI一覧", header + 1, yearColumn, 1600);
    await fx.state.select("KPI一覧", `B${header + 1}`);
    return { firstId: String(fx.cell("KPI一覧", header + 1, 1)), year: evaluationYear };
  });
}

/** 「評価履歴」's rows as the fake holds them: 状態, 評価年度, ID, 委員会評価, 外的要因 by header. */
function closedRows(page: Page) {
  return page.evaluate(() => {
    const fx = (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel;
    const headers: string[] = [];
    for (let c = 1; c <= 30; c++) headers.push(String(fx.cell("評価履歴", 1, c) ?? ""));
    const col = (h: string) => headers.indexOf(h) + 1;
    const rows: unknown[][] = [];
    for (let r = 2; r < 500; r++) {
      const id = fx.cell("評価履歴", r, col("ID"));
      if (id === undefined || id === null || id === "") continue;
      rows.push(["状態", "評価年度", "ID", "委員会評価", "外的要因"].map((h) => fx.cell("評価履歴", r, col(h))));
    }
    return rows;
  });
}

/** Each width: nothing wider than the pane, and a full-page screenshot. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [320, 450]) {
    await page.setViewportSize({ width, height: 720 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `${name}-${width}`);
  }
}

/** How many rows the tabs take (distinct tops), with the 評価 tab shown or, for comparison, left out. */
function tabRows(page: Page, withoutEvaluation: boolean) {
  return page.evaluate((without) => {
    const evaluation = document.getElementById("tab-evaluation") as HTMLElement;
    evaluation.style.display = without ? "none" : "";
    const tops = [...document.querySelectorAll<HTMLElement>('[role="tab"]')]
      .filter((t) => t.style.display !== "none")
      .map((t) => Math.round(t.getBoundingClientRect().top));
    evaluation.style.display = "";
    return new Set(tops).size;
  }, withoutEvaluation);
}

describe.each(["ja", "en"] as const)("the 評価 panel (%s)", (lang) => {
  const text = TEXT[lang];

  it("saves an entry, closes the year after the dialog and shows the closed history", async () => {
    const record = await openRecordedPage(browser, `${server.url}taskpane.html${lang === "en" ? "?lang=en" : ""}`);
    const { page } = record;
    await page.setViewportSize({ width: 320, height: 720 });
    // The pane opens on the tab chosen last (remembered in this browser): choose 「ワークブックの作成」 first, a tab of
    // its own or one inside the secretariat's tab (事務局 → ブック作成), wherever the pane puts it.
    const createTab = page.getByRole("tab", { name: text.createTab, exact: true });
    if (await createTab.isVisible().catch(() => false)) await createTab.click();
    else {
      await page.getByRole("tab", { name: lang === "ja" ? "事務局" : "Secretariat", exact: true }).click();
      await page.getByRole("tab", { name: lang === "ja" ? "ブック作成" : "Create", exact: true }).click();
    }
    await page.getByRole("button", { name: text.create }).click();
    await page.getByText(text.created).waitFor({ timeout: 30_000 });
    // The 評価 tab takes no row of its own at 320 px: the tabs wrap into as many rows with it as without it.
    expect(await tabRows(page, false)).toBe(await tabRows(page, true));
    await page.getByRole("tab", { name: text.tab, exact: true }).click();
    // The panel's chunk loaded and the workbook read: it follows the selection from now on.
    await page.getByText(text.year).waitFor({ timeout: 30_000 });

    const { firstId, year } = await typeActualAndSelect(page);
    expect(firstId).toBe("1-1-N1");
    await page.getByRole("heading", { level: 3, name: new RegExp(`^${firstId} `) }).waitFor({ timeout: 30_000 });
    await page.getByLabel(text.recorder, { exact: true }).fill("企画調整課");
    await page.getByLabel(text.analysis, { exact: true }).fill("求人は回復基調。\n製造業が牽引した。");
    await page.getByLabel(text.issues, { exact: true }).fill("人手不足");
    await page.getByLabel(text.direction, { exact: true }).selectOption("改善");
    await page.getByLabel(text.external, { exact: true }).fill("新型コロナウイルス感染症の影響");
    await page.getByLabel(text.grade, { exact: true }).selectOption("A 達成");
    await page.getByLabel(text.reason, { exact: true }).fill("外的要因を考慮");
    await page.getByRole("button", { name: text.save }).click();
    await page.getByText(text.saved).waitFor({ timeout: 30_000 });
    await shoot(page, `evaluation-${lang}-saved`);

    await page.getByRole("button", { name: text.close(year) }).click();
    const dialog = page.getByRole("alertdialog", { name: text.confirmTitle(year) });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 720 });
    await screenshot(page, `evaluation-${lang}-confirm-320`);
    await dialog.getByRole("button", { name: text.confirm }).click();
    await page.getByText(text.closed(year)).waitFor({ timeout: 30_000 });
    await page.getByText(text.readOnly).waitFor({ timeout: 30_000 });
    const history = page.getByRole("list", { name: text.history(firstId) });
    await history.waitFor({ timeout: 30_000 });
    expect(await history.getByRole("listitem").count()).toBe(1);
    expect(await history.getByText("A 達成").count()).toBe(1);
    expect(await history.getByText("新型コロナウイルス感染症の影響").count()).toBe(1);

    const rows = await closedRows(page);
    expect(rows.find((r) => r[2] === firstId)).toEqual([
      "確定",
      year,
      firstId,
      "A 達成",
      "新型コロナウイルス感染症の影響",
    ]);
    expect(rows.every((r) => r[0] === "確定" && r[1] === year)).toBe(true);
    // A revision may now apply from the next year only: the form offers it.
    expect(await page.getByLabel(text.fromYear).inputValue()).toBe(String(year + 1));

    // The report's .docx is built in the browser (its chunk fetched on the press) and downloaded.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: text.report(year) }).click();
    await page.getByText(text.reportDone(year)).waitFor({ timeout: 60_000 });
    expect((await download).suggestedFilename()).toBe(`効果検証報告書_${year}.docx`);

    expect(record.errors).toEqual([]);
    expect(externalRequests(record.requests)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `evaluation-${lang}-closed`);
    await page.close();
  });
});
