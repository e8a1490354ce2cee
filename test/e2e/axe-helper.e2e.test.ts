/**
 * Our axe helper hides exactly one thing — Fluent's Tabster focus sentinels under aria-hidden-focus — and still
 * reports every other serious violation, including an aria-hidden focusable element that is not a sentinel.
 */
import { isTabsterSentinel, seriousViolations } from "./support/axe";
import { useBrowser } from "./support/pane-browser";

const chromium = useBrowser();

const page = (body: string): string =>
  `<!doctype html><html lang="ja"><head><title>axe</title></head><body><main>${body}</main></body></html>`;

it("ignores Tabster sentinels but reports a real aria-hidden focusable element", async () => {
  const p = await chromium.browser.context.newPage();
  await p.setContent(
    page(
      '<div role="tablist" aria-label="機能"><i tabindex="0" role="none" aria-hidden="true" data-tabster-dummy="isFirst=true"></i>' +
        '<button role="tab" aria-selected="true">委員意見</button>' +
        '<i tabindex="0" role="none" aria-hidden="true" data-tabster-dummy="isFirst=false"></i></div>',
    ),
  );
  expect(await seriousViolations(p)).toEqual([]);

  await p.setContent(page('<p>本文</p><span tabindex="0" aria-hidden="true">隠れたボタン</span>'));
  const found = await seriousViolations(p);
  expect(found.map((v) => v.id)).toEqual(["aria-hidden-focus"]);
  await p.close();
});

it("recognises only <i> sentinels carrying data-tabster-dummy, for that one rule", () => {
  const sentinel = '<i tabindex="0" role="none" data-tabster-dummy="isFirst=true" aria-hidden="true"></i>';
  expect(isTabsterSentinel("aria-hidden-focus", sentinel)).toBe(true);
  expect(isTabsterSentinel("color-contrast", sentinel)).toBe(false);
  expect(isTabsterSentinel("aria-hidden-focus", '<span tabindex="0" aria-hidden="true"></span>')).toBe(false);
  expect(isTabsterSentinel("aria-hidden-focus", '<i tabindex="0" aria-hidden="true" data-tabster-dummyx></i>')).toBe(
    false,
  );
});
