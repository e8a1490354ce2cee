/**
 * What the 評価 panel's browser tests share: the pane opened on the fake host with a workbook built through it, the
 * 評価 tab chosen; reading a sheet of the fake by its headers; typing into 「KPI一覧」 as a person would; and the
 * screenshots at both pane widths with nothing wider than the pane.
 */
import type { Page } from "playwright-core";
import type { FakeExcelProbe } from "../fake-host/index";
import { openRecordedPage, screenshot, type Browser, type PageRecord } from "./browser";

export type Lang = "ja" | "en";

const NAV = {
  ja: {
    staff: "事務局",
    create: "ブック作成",
    createButton: "ワークブックを作成",
    created: "ワークブックを作成しました",
    evaluation: "評価",
    year: /^評価年度: 令和\d+年度\(\d{4}\)/,
  },
  en: {
    staff: "Secretariat",
    create: "Create",
    createButton: "Create workbook",
    created: "The workbook is ready",
    evaluation: "Evaluation",
    year: /^評価年度 \(evaluation year\): \d{4}/,
  },
} as const;

/**
 * A fiscal year as the pane's Japanese texts name it, like the workbook's year headers: 「令和7年度(2025)」 (written
 * out for the 令和 years these tests meet, not taken from the pane's code). English texts name the year alone.
 */
export function jaYear(year: number): string {
  if (year < 2019) throw new Error(`jaYear: ${year} is before 令和`);
  return `令和${year === 2019 ? "元" : year - 2018}年度(${year})`;
}

/**
 * Opens the pane (320 px wide), builds the workbook from 事務局 → ブック作成 and chooses the 評価 tab, once the panel
 * has read the workbook. The pane opens on the tab chosen last in this browser, so every tab is chosen explicitly.
 */
export async function openEvaluationPanel(browser: Browser, baseUrl: string, lang: Lang): Promise<PageRecord> {
  const nav = NAV[lang];
  const record = await openRecordedPage(browser, `${baseUrl}taskpane.html${lang === "en" ? "?lang=en" : ""}`);
  const { page } = record;
  await page.setViewportSize({ width: 320, height: 720 });
  await page.getByRole("tab", { name: nav.staff, exact: true }).click();
  await page.getByRole("tab", { name: nav.create, exact: true }).click();
  await page.getByRole("button", { name: nav.createButton }).click();
  await page.getByText(nav.created).waitFor({ timeout: 30_000 });
  await page.getByRole("tab", { name: nav.evaluation, exact: true }).click();
  await page.getByText(nav.year).waitFor({ timeout: 30_000 });
  return record;
}

/** One sheet's table as the fake holds it: the header row (found by its first header) and each row by header. */
export interface SheetRows {
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly sheetRow: number; readonly cells: Readonly<Record<string, unknown>> }[];
}

/**
 * Reads `sheet` below the row whose column A is `firstHeader` (「ID」 on 「KPI一覧」, the table's first header on a
 * record sheet), up to the first row with column A empty; columns by header text, never by position.
 */
export function readSheet(page: Page, sheet: string, firstHeader: string): Promise<SheetRows> {
  return page.evaluate(
    ({ sheet, firstHeader }) => {
      const fx = (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel;
      const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));
      let headerRow = 1;
      while (headerRow < 20 && text(fx.cell(sheet, headerRow, 1)) !== firstHeader) headerRow++;
      const headers: string[] = [];
      for (let c = 1; c <= 120; c++) headers.push(text(fx.cell(sheet, headerRow, c)));
      const rows: { sheetRow: number; cells: Record<string, unknown> }[] = [];
      for (let r = headerRow + 1; text(fx.cell(sheet, r, 1)) !== ""; r++) {
        const cells: Record<string, unknown> = {};
        headers.forEach((h, i) => {
          if (h !== "") cells[h] = fx.cell(sheet, r, i + 1);
        });
        rows.push({ sheetRow: r, cells });
      }
      return { headerRow, headers, rows };
    },
    { sheet, firstHeader },
  );
}

/** The 評価年度 as the named cell 評価年度 holds it. */
export function evaluationYear(page: Page): Promise<number> {
  return page.evaluate(() => {
    const fx = (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel;
    const ref = /'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)/.exec(fx.state.names.get("評価年度")?.reference ?? "");
    const column = [...(ref?.[2] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return Number(fx.cell(ref?.[1] ?? "", Number(ref?.[3]), column));
  });
}

/** 「KPI一覧」's column headed with `year`'s era label (「令和7年度(2025)」): found by its 「(2025)」. */
export function yearHeader(kpi: SheetRows, year: number): string {
  const header = kpi.headers.find((h) => h.endsWith(`(${year})`));
  if (!header) throw new Error(`「KPI一覧」 has no column of ${year}`);
  return header;
}

/** A person types into 「KPI一覧」: `values` by indicator id and header. */
export async function typeIntoKpi(
  page: Page,
  values: readonly { readonly id: string; readonly header: string; readonly value: string | number }[],
): Promise<void> {
  const kpi = await readSheet(page, "KPI一覧", "ID");
  const writes = values.map(({ id, header, value }) => {
    const row = kpi.rows.find((r) => r.cells["ID"] === id);
    const column = kpi.headers.indexOf(header) + 1;
    if (!row || column === 0) throw new Error(`「KPI一覧」 has no cell for ${id} / ${header}`);
    return { row: row.sheetRow, column, value };
  });
  await page.evaluate((cells) => {
    const fx = (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel;
    for (const { row, column, value } of cells) fx.setCell("KPI一覧", row, column, value);
  }, writes);
}

/** A person selects the ID cell of `id`'s row on 「KPI一覧」 (the panel follows the selection). */
export async function selectIndicator(page: Page, id: string): Promise<void> {
  const kpi = await readSheet(page, "KPI一覧", "ID");
  const row = kpi.rows.find((r) => r.cells["ID"] === id);
  if (!row) throw new Error(`「KPI一覧」 has no row ${id}`);
  await page.evaluate(
    (address) => (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel.state.select("KPI一覧", address),
    `B${row.sheetRow}`,
  );
}

/** Each width: nothing wider than the pane, and a full-page screenshot (test-output/e2e/<name>-<width>.png). */
export async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [320, 450]) {
    await page.setViewportSize({ width, height: 720 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 320, height: 720 });
}
