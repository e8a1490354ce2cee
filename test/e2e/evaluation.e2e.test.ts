/**
 * The 「評価」 panel in Chromium against the recording fake Excel (test-only bundle, see fake-host/index.tsx): build the
 * workbook, type an actual, select the indicator on 「KPI一覧」, save its 評価年度 entry through the pane, close the
 * year after the dialog and find the closed record in the panel's history and in 「評価履歴」 — in Japanese and in
 * English, with screenshots at 320 and 450 px, axe clean and nothing wider than the pane.
 */
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { externalRequests, screenshot } from "./support/browser";
import {
  evaluationYear,
  jaYear,
  openEvaluationPanel,
  readSheet,
  selectIndicator,
  shoot,
  typeIntoKpi,
  yearHeader,
} from "./support/evaluation-pane";
import { usePaneBrowser } from "./support/pane-browser";
import type { FakeExcelProbe } from "./fake-host/index";

const pane = usePaneBrowser();

const TEXT = {
  ja: {
    fromYear: "適用開始年度",
    revise: "目標の見直し",
    reviseValue: /^新しい目標値/,
    reviseReason: /^見直しの理由/,
    reviseSubmit: "見直しを記録",
    reviseRefused: "見直しを記録できませんでした",
    closedYear: (year: number) =>
      `適用開始年度: 適用開始年度 ${jaYear(year)}の見直しは、確定済みの${jaYear(year)}の評価を変えてしまいます。確定した年度は変更できないため、${jaYear(year + 1)}以降から適用してください。`,
    analysis: "要因分析",
    issues: "課題",
    direction: "今後の方向性",
    external: "外的要因",
    grade: "委員会評価",
    reason: "委員会評価の理由",
    recorder: "記録者",
    save: "評価を保存",
    saved: /の令和\d+年度\(\d{4}\)の評価を保存しました/,
    close: (year: number) => `${jaYear(year)}を確定`,
    confirmTitle: (year: number) => `${jaYear(year)}の評価を確定しますか？`,
    confirm: "確定する",
    closed: (year: number) => `${jaYear(year)}を確定しました`,
    history: (id: string) => `${id} の確定履歴`,
    readOnly: /確定済みのため、この評価は変更できません/,
    report: (year: number) => `${jaYear(year)}の報告書を作成`,
    reportDone: (year: number) => `報告書 効果検証報告書_${year}.docx を作成しました。`,
  },
  en: {
    fromYear: "Applies from (year)",
    revise: "Revise the target",
    reviseValue: /^New target(?! year)/,
    reviseReason: /^Reason/,
    reviseSubmit: "Record the revision",
    reviseRefused: "The revision was not recorded",
    closedYear: (year: number) =>
      `Applies from: A revision applying from ${year} would change the closed year ${year}. A closed year cannot change: apply it from ${year + 1} or later.`,
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

describe.each(["ja", "en"] as const)("the 評価 panel (%s)", (lang) => {
  const text = TEXT[lang];

  it("saves an entry, closes the year after the dialog and shows the closed history", async () => {
    const record = await openEvaluationPanel(pane.browser, pane.baseUrl, lang);
    const { page } = record;

    // The person types an actual for the 評価年度 into the first indicator's row and selects that row in Excel.
    const year = await evaluationYear(page);
    const kpi = await readSheet(page, "KPI一覧", "ID");
    const firstId = String(kpi.rows[0]?.cells["ID"]);
    await typeIntoKpi(page, [{ id: firstId, header: yearHeader(kpi, year), value: 1600 }]);
    await selectIndicator(page, firstId);
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
    // A revision from the closed year itself is refused with one message naming the field, and nothing is recorded.
    const revise = page.getByRole("region", { name: text.revise, exact: true });
    await revise.getByLabel(text.reviseValue).fill("1700");
    await revise.getByLabel(text.fromYear).fill(String(year));
    await revise.getByLabel(text.reviseReason).fill("計画の一部改訂");
    await revise.getByRole("button", { name: text.reviseSubmit }).click();
    await revise.getByText(text.reviseRefused, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await revise.getByText(text.closedYear(year), { exact: true }).count()).toBe(1);
    expect(await revise.getByLabel(text.fromYear).inputValue()).toBe(String(year));
    expect((await readSheet(page, "指標見直し", "ID")).rows).toEqual([]);

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
