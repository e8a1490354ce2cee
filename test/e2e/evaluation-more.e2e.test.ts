/**
 * The rest of the 「評価」 panel in Chromium against the recording fake Excel (test-only bundle, fake-host/index.tsx),
 * in Japanese and in English, screenshots at 320 and 450 px, axe clean and nothing wider than the pane:
 *
 * - 目標の見直し: a bad value refused with one message naming the field (what was typed kept), then the revision
 *   recorded and found in 「指標見直し」;
 * - 総括意見: 全体 and 基本目標1 written for the 評価年度 and found in 「総括意見」;
 * - the data call: a department's 実績照会 file downloaded, answered in Node with exceljs (one empty actual filled,
 *   one the workbook holds answered differently), uploaded, the differences listed with nothing written, the
 *   conflict's answer taken, and both actuals found in 「KPI一覧」.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { DATACALL_HEADER_ROW, DATACALL_SHEET } from "../../src/workbook/datacall-file";
import { seriousViolations } from "./support/axe";
import { externalRequests } from "./support/browser";
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

const pane = usePaneBrowser();

const TEXT = {
  ja: {
    revise: "目標の見直し",
    value: /^新しい目標値/,
    fromYear: /^適用開始年度/,
    reason: /^見直しの理由/,
    meeting: /^承認した会議/,
    submit: "見直しを記録",
    reviseRefused: "見直しを記録できませんでした",
    badValue: "改定目標値: 改定目標値は数値にしてください（「千七百」）。",
    kept: /入力した内容はそのまま残っています/,
    revised: (id: string, year: number) => `${id} の目標を 1700 に見直しました（${jaYear(year)}から適用）。`,
    summary: (year: number) => `総括意見（${jaYear(year)}）`,
    summaryTarget: "対象",
    summaryText: "総括意見",
    summarySave: "総括意見を保存",
    summarySaved: (target: string, year: number) => `${target}の総括意見を保存しました（${jaYear(year)}）。`,
    reload: "再読み込み",
    files: "照会と報告書",
    department: "担当課",
    export: "照会ファイルを作成",
    exported: (year: number) =>
      `企画課の照会ファイル 実績照会_企画課_${year}.xlsx を作成しました（${jaYear(year)}、2指標）。`,
    upload: "回答ファイルを取り込む（.xlsx）",
    preview: "企画課の回答との差分 2件（まだ何も書き込んでいません）",
    fill: (id: string) => new RegExp(`^${id} 実績: 空欄 → 「42」（実績照会 [A-Z]+\\d+）$`),
    conflict: (id: string) =>
      new RegExp(`^${id} 実績: ブック「1600」 / 回答「1650」（実績照会 [A-Z]+\\d+） → 選択が必要$`),
    useFile: (id: string) => `${id} は回答の値を採用`,
    apply: "取り込む",
    imported: "企画課の回答を取り込みました（実績 2件、評価 0指標）。",
  },
  en: {
    revise: "Revise the target",
    value: /^New target(?! year)/,
    fromYear: /^Applies from \(year\)/,
    reason: /^Reason/,
    meeting: /^Approving meeting no\./,
    submit: "Record the revision",
    reviseRefused: "The revision was not recorded",
    badValue: 'Revised target: Revised target must be a number (got "千七百").',
    kept: /What you typed is kept/,
    revised: (id: string, year: number) => `Revised the target of ${id} to 1700 (applies from ${year}).`,
    summary: (year: number) => `Summary opinions (${year})`,
    summaryTarget: "About",
    summaryText: "Summary opinion",
    summarySave: "Save summary opinion",
    summarySaved: (target: string, year: number) => `Saved the summary opinion on ${target} (${year}).`,
    reload: "Reload",
    files: "Data call and report",
    department: "Department",
    export: "Make the data call file",
    exported: (year: number) =>
      `Made the data call file 実績照会_企画課_${year}.xlsx of 企画課 (${year}, 2 indicators).`,
    upload: "Import an answered file (.xlsx)",
    preview: "2 differences with the answer of 企画課 (nothing written yet)",
    fill: (id: string) => new RegExp(`^${id} Actual: empty → "42" \\(実績照会 [A-Z]+\\d+\\)$`),
    conflict: (id: string) =>
      new RegExp(`^${id} Actual: workbook "1600" / answer "1650" \\(実績照会 [A-Z]+\\d+\\) → needs a choice$`),
    useFile: (id: string) => `Take the answer's value for ${id}`,
    apply: "Import",
    imported: "Imported the answer of 企画課 (2 actuals, 0 evaluations).",
  },
} as const;

/** The returned 実績照会 file: the 評価年度's actual typed for `actuals`' ids, found by the header 「…(year)実績」. */
async function answerFile(bytes: Buffer, year: number, actuals: Readonly<Record<string, number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(DATACALL_SHEET);
  if (!ws) throw new Error(`the file has no sheet ${DATACALL_SHEET}`);
  const header = ws.getRow(DATACALL_HEADER_ROW);
  let actualColumn = 0;
  let idColumn = 0;
  header.eachCell((cell, column) => {
    const text = String(cell.value ?? "");
    if (text.endsWith(`(${year})実績`)) actualColumn = column;
    if (text === "ID") idColumn = column;
  });
  if (actualColumn === 0 || idColumn === 0) throw new Error("the file has no ID or actual column");
  let filled = 0;
  for (let r = DATACALL_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const id = String(ws.getCell(r, idColumn).value ?? "");
    const actual = actuals[id];
    if (actual === undefined) continue;
    ws.getCell(r, actualColumn).value = actual;
    filled++;
  }
  expect(filled).toBe(Object.keys(actuals).length);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(["ja", "en"] as const)("the 評価 panel's revision, summary opinions and data call (%s)", (lang) => {
  const text = TEXT[lang];

  it("refuses a revision with a bad value, records it once corrected, and saves the 総括意見", async () => {
    const record = await openEvaluationPanel(pane.browser, pane.baseUrl, lang);
    const { page } = record;
    const year = await evaluationYear(page);
    const id = "1-1-N1";
    await selectIndicator(page, id);
    await page.getByRole("heading", { level: 3, name: new RegExp(`^${id} `) }).waitFor({ timeout: 30_000 });

    // 目標の見直し: the value in words is refused, naming the field, and nothing reaches 「指標見直し」.
    const revise = page.getByRole("region", { name: text.revise, exact: true });
    // The form offers the first year not closed: the 評価年度 itself.
    expect(await revise.getByLabel(text.fromYear).inputValue()).toBe(String(year));
    await revise.getByLabel(text.value).fill("千七百");
    await revise.getByLabel(text.reason).fill("計画の一部改訂");
    await revise.getByLabel(text.meeting).fill("2");
    await revise.getByRole("button", { name: text.submit }).click();
    await revise.getByText(text.reviseRefused, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await revise.getByText(text.badValue, { exact: true }).count()).toBe(1);
    expect(await revise.getByText(text.kept).count()).toBe(1);
    expect(await revise.getByLabel(text.value).inputValue()).toBe("千七百");
    expect((await readSheet(page, "指標見直し", "ID")).rows).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `evaluation-${lang}-revise-refused`);

    // Corrected (with the thousands separator a person types): recorded, the form emptied.
    await revise.getByLabel(text.value).fill("1,700");
    await revise.getByRole("button", { name: text.submit }).click();
    await revise.getByText(text.revised(id, year), { exact: true }).waitFor({ timeout: 30_000 });
    expect(await revise.getByLabel(text.value).inputValue()).toBe("");
    const ledger = await readSheet(page, "指標見直し", "ID");
    expect(ledger.rows.map((r) => r.cells)).toEqual([
      expect.objectContaining({
        ID: id,
        指標名: "新規求人数",
        当初目標値: 1630,
        改定目標値: 1700,
        適用開始年度: year,
        理由: "計画の一部改訂",
        承認会議: 2,
      }),
    ]);

    // 総括意見 of the 評価年度: 全体, then 基本目標1, each saved from its own draft.
    const summary = page.getByRole("region", { name: text.summary(year), exact: true });
    const target = summary.getByLabel(text.summaryTarget, { exact: true });
    expect(await target.locator("option").allTextContents()).toEqual(expect.arrayContaining(["全体", "基本目標1"]));
    await target.selectOption("全体");
    await summary.getByLabel(text.summaryText, { exact: true }).fill("全体として概ね順調に推移している。");
    await summary.getByRole("button", { name: text.summarySave }).click();
    await summary.getByText(text.summarySaved("全体", year), { exact: true }).waitFor({ timeout: 30_000 });
    await target.selectOption("基本目標1");
    await summary.getByLabel(text.summaryText, { exact: true }).fill("雇用は回復したが、人手不足が課題。");
    await summary.getByRole("button", { name: text.summarySave }).click();
    await summary.getByText(text.summarySaved("基本目標1", year), { exact: true }).waitFor({ timeout: 30_000 });
    const opinions = await readSheet(page, "総括意見", "評価年度");
    expect(
      opinions.rows
        .map((r) => [r.cells["評価年度"], r.cells["対象"], r.cells["総括意見"]])
        .filter((r) => r[2] !== "" && r[2] !== null && r[2] !== undefined),
    ).toEqual([
      [year, "全体", "全体として概ね順調に推移している。"],
      [year, "基本目標1", "雇用は回復したが、人手不足が課題。"],
    ]);

    expect(record.errors).toEqual([]);
    expect(externalRequests(record.requests)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `evaluation-${lang}-revised-summary`);
    await page.close();
  });

  it("makes a department's data call file, compares the answered file first and imports it", async () => {
    const record = await openEvaluationPanel(pane.browser, pane.baseUrl, lang);
    const { page } = record;
    const year = await evaluationYear(page);
    const kpi = await readSheet(page, "KPI一覧", "ID");
    const [first, second] = kpi.rows.map((r) => String(r.cells["ID"]));
    if (!first || !second) throw new Error("「KPI一覧」 has fewer than two indicators");
    const actualHeader = yearHeader(kpi, year);
    // The bundled dataset names no 担当課: a person fills it in for two indicators and types one's actual.
    await typeIntoKpi(page, [
      { id: first, header: "担当課", value: "企画課" },
      { id: second, header: "担当課", value: "企画課" },
      { id: first, header: actualHeader, value: 1600 },
    ]);
    await page.getByRole("button", { name: text.reload, exact: true }).click();
    const files = page.getByRole("region", { name: text.files, exact: true });
    const department = files.getByLabel(text.department, { exact: true });
    await department.waitFor({ timeout: 30_000 });
    expect(await department.locator("option").allTextContents()).toEqual(["企画課"]);

    const download = page.waitForEvent("download");
    await files.getByRole("button", { name: text.export }).click();
    await files.getByText(text.exported(year), { exact: true }).waitFor({ timeout: 60_000 });
    const file = await download;
    expect(file.suggestedFilename()).toBe(`実績照会_企画課_${year}.xlsx`);
    const exported = await readFile(await file.path());

    // Answered: the second indicator's empty actual filled, the first answered unlike the workbook's 1600.
    const answered = await answerFile(exported, year, { [first]: 1650, [second]: 42 });
    await files.getByLabel(text.upload, { exact: true }).setInputFiles({
      name: file.suggestedFilename(),
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: answered,
    });
    await files.getByText(text.preview, { exact: true }).waitFor({ timeout: 60_000 });
    expect(await files.getByText(text.fill(second)).count()).toBe(1);
    expect(await files.getByText(text.conflict(first)).count()).toBe(1);
    // Compared only: nothing written yet.
    const before = await readSheet(page, "KPI一覧", "ID");
    const actualOf = (sheet: typeof before, id: string) =>
      sheet.rows.find((r) => r.cells["ID"] === id)?.cells[actualHeader];
    expect([actualOf(before, first), actualOf(before, second)]).toEqual([1600, undefined]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `evaluation-${lang}-datacall-preview`);

    await files.getByRole("checkbox", { name: text.useFile(first) }).check();
    await files.getByRole("button", { name: text.apply, exact: true }).click();
    await files.getByText(text.imported, { exact: true }).waitFor({ timeout: 60_000 });
    const after = await readSheet(page, "KPI一覧", "ID");
    expect([actualOf(after, first), actualOf(after, second)]).toEqual([1650, 42]);

    expect(record.errors).toEqual([]);
    expect(externalRequests(record.requests)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `evaluation-${lang}-datacall-imported`);
    await page.close();
  });
});
