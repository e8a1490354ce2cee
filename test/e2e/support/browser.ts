/**
 * Debian Chromium through playwright-core, isolated (fresh profile, no background traffic), with a recorder of what a
 * page requests and reports — so tests can assert "no request leaves 127.0.0.1" and "no console error".
 */
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const SCREENSHOT_DIR = path.resolve(__dirname, "../../../test-output/e2e");

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "kpi-review-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    locale: "ja-JP",
    viewport: { width: 360, height: 720 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageRecord {
  readonly page: Page;
  /** Every URL the page requested (documents, scripts, images, XHR…), in order. */
  readonly requests: string[];
  /** console.error messages and uncaught page errors. */
  readonly errors: string[];
  /** Requests that failed or answered ≥ 400. */
  readonly failures: string[];
}

export async function openRecordedPage(browser: Browser, url: string): Promise<PageRecord> {
  const page = await browser.context.newPage();
  const record: PageRecord = { page, requests: [], errors: [], failures: [] };
  page.on("request", (r) => record.requests.push(r.url()));
  page.on("requestfailed", (r) => record.failures.push(`${r.url()}: ${r.failure()?.errorText ?? "failed"}`));
  page.on("response", (r) => {
    if (r.status() >= 400) record.failures.push(`${r.url()}: HTTP ${r.status()}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") record.errors.push(m.text());
  });
  page.on("pageerror", (e) => record.errors.push(`pageerror: ${e.message}`));
  await page.goto(url, { waitUntil: "load" });
  return record;
}

/**
 * Office.js starts some work on timers (its telemetry frame after 3 s): wait past that before asserting what the
 * page requested, so a late request cannot slip by.
 */
export const SETTLE_MS = 4_000;

export async function settle(page: Page, ms = SETTLE_MS): Promise<void> {
  await page.waitForTimeout(ms);
}

/** URLs whose host is not 127.0.0.1 (data: and blob: URLs stay inside the page). */
export function externalRequests(requests: readonly string[]): string[] {
  return requests.filter((u) => {
    if (u.startsWith("data:") || u.startsWith("blob:")) return false;
    try {
      return new URL(u).hostname !== "127.0.0.1";
    } catch {
      return true;
    }
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
