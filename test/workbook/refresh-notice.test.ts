/**
 * A refresh notice's fiscal years read as the workbook names them (「令和6年度(2024)」 in Japanese, "2024" in
 * English), and only the params that hold one: a target year, a row number or a count stays a number.
 */
import { noticeText, refreshNotice } from "../../src/workbook/refresh-notice";
import { REFRESH_MESSAGES } from "../../src/i18n/catalogue/refresh";
import { REFRESH_PANE_MESSAGES } from "../../src/i18n/catalogue/refresh-pane";
import "../../src/i18n/sections/all";

describe("noticeText: years", () => {
  it("SettingsSheetRebuilt names the default 評価年度 by its label", () => {
    const n = refreshNotice("SettingsSheetRebuilt", { year: 2025 }, { sheet: "設定" });
    expect(noticeText("ja", n)).toContain("評価年度は既定の令和7年度(2025)です。");
    expect(noticeText("en", n)).toContain("評価年度 is the default, 2025.");
  });

  it("the target-revision notices label the 適用開始年度 and the closed year, not the target year", () => {
    const added = refreshNotice("RevisionAdded", {
      id: "1-1-01",
      fromYear: 2026,
      target: 60,
      targetYear: 2027,
      reason: "中間見直し",
    });
    expect(noticeText("ja", added)).toBe(
      "「指標見直し」に追加します: 1-1-01 令和8年度(2026)から 目標値 60・目標年度 2027（中間見直し）",
    );
    expect(noticeText("en", added)).toBe('"指標見直し" gets 1-1-01 from 2026: target 60 by 2027 (中間見直し)');

    const differs = refreshNotice("RevisionDiffers", {
      row: 3,
      id: "1-1-02",
      fromYear: 2019,
      ledger: 99,
      ledgerYear: 2027,
      target: 98,
      targetYear: 2028,
    });
    expect(noticeText("ja", differs)).toMatch(
      /^「指標見直し」3行目の 1-1-02（令和元年度\(2019\)から）は目標値 99・目標年度 2027 /,
    );
    expect(noticeText("en", differs)).toMatch(/^"指標見直し" row 3, 1-1-02 from 2019: target 99 by 2027,/);

    const closed = refreshNotice("RevisionFromClosedYear", { id: "1-1-03", fromYear: 2024, closed: 2025 });
    expect(noticeText("ja", closed)).toBe(
      "データセットの指標見直し 1-1-03（令和6年度(2024)から）は、確定済みの令和7年度(2025)以前に適用されるため追加しません（確定した年度の評価は変えられません）。",
    );
    expect(noticeText("en", closed)).toContain(
      "of 1-1-03 from 2024 is not added: it applies from a closed year (2025 is",
    );
  });

  it("no Japanese refresh notice or preview line writes 「{…}年度」 after a placeholder any more", () => {
    // The label carries 年度 itself; a placeholder followed by 年度 would print 「令和6年度(2024)年度」.
    const offenders = Object.entries({ ...REFRESH_MESSAGES, ...REFRESH_PANE_MESSAGES })
      .filter(([, e]) => /\}年度/.test(e.ja))
      .map(([k]) => k);
    expect(offenders).toEqual([]);
  });
});
