import type { Entry } from "../../src/i18n/catalogue/entry";
import { COMMENT_PROBLEM_MESSAGES } from "../../src/i18n/catalogue/comments";
import { COMMENTS_PANE_MESSAGES } from "../../src/i18n/catalogue/comments-pane";
import { EVALUATION_MESSAGES } from "../../src/i18n/catalogue/evaluation";
import { INDICATOR_CARD_MESSAGES } from "../../src/i18n/catalogue/indicator-card";
import { MINUTES_MESSAGES } from "../../src/i18n/catalogue/minutes";
import { MINUTES_PANE_MESSAGES } from "../../src/i18n/catalogue/minutes-pane";
import { OFFICE_MESSAGES } from "../../src/i18n/catalogue/office";
import { REFRESH_MESSAGES } from "../../src/i18n/catalogue/refresh";
import { REFRESH_PANE_MESSAGES } from "../../src/i18n/catalogue/refresh-pane";
import { WORKBOOK_MESSAGES } from "../../src/i18n/catalogue/workbook";
import type { Lang } from "../../src/lib/lang";
import { CORE_MESSAGES, messageKeys, placeholders, rawMessage, resolveLang, translate } from "../../src/i18n/messages";

/** Every section file's entries by name (the CLI and the tests load them all: src/i18n/sections/all). */
const SECTIONS: Readonly<Record<string, Readonly<Record<string, Entry>>>> = {
  CORE_MESSAGES,
  OFFICE_MESSAGES,
  WORKBOOK_MESSAGES,
  COMMENT_PROBLEM_MESSAGES,
  COMMENTS_PANE_MESSAGES,
  MINUTES_MESSAGES,
  MINUTES_PANE_MESSAGES,
  REFRESH_MESSAGES,
  REFRESH_PANE_MESSAGES,
  EVALUATION_MESSAGES,
  INDICATOR_CARD_MESSAGES,
};

const langs: readonly Lang[] = ["ja", "en"];

describe("message catalogue", () => {
  it("has every key in both languages, none empty", () => {
    expect(messageKeys.length).toBeGreaterThan(10);
    for (const key of messageKeys) {
      for (const lang of langs) {
        const text = rawMessage(lang, key);
        expect({ key, lang, empty: typeof text !== "string" || text.trim() === "" }).toEqual({
          key,
          lang,
          empty: false,
        });
      }
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of messageKeys) {
      expect({ key, en: placeholders(rawMessage("en", key)) }).toEqual({
        key,
        en: placeholders(rawMessage("ja", key)),
      });
    }
  });

  it("has Japanese text in Japanese entries (not an English copy)", () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const untranslated = messageKeys.filter(
      (k) => !japanese.test(rawMessage("ja", k)) && rawMessage("ja", k) === rawMessage("en", k),
    );
    expect(untranslated).toEqual([]);
  });
});

describe("catalogue sections", () => {
  it("loads every section's keys once src/i18n/sections/all is imported, and no key is in two sections", () => {
    const owners = new Map<string, string[]>();
    for (const [name, section] of Object.entries(SECTIONS)) {
      for (const key of Object.keys(section)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    expect([...messageKeys].sort()).toEqual([...owners.keys()].sort());
  });

  it("has only the first screen's texts until a section is loaded, then that section's", () => {
    jest.isolateModules(() => {
      // A fresh registry, as in the pane before any panel's chunk has loaded.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require("../../src/i18n/messages") as typeof import("../../src/i18n/messages");
      expect(fresh.translate("en", "app.title")).toBe("KPI Review");
      expect(fresh.translate("ja", "evaluation.pane.title")).toBe("評価");
      expect(() => fresh.translate("en", "refresh.apply")).toThrow(
        'message "refresh.apply" is not loaded: import its section (src/i18n/sections/*) in the chunk that uses it',
      );
      expect(fresh.hasMessage("refresh.notice.SheetRenamed")).toBe(false);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/i18n/sections/refresh");
      expect(fresh.translate("en", "refresh.apply")).toBe("Apply the refresh");
      expect(fresh.hasMessage("refresh.notice.SheetRenamed")).toBe(true);
      expect(fresh.hasMessage("comments.add.title")).toBe(false);
    });
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("ja", "app.datasetVersion", { version: "1.2.0", date: "2025-03-31" })).toBe(
      "このブックのデータ版 1.2.0（2025-03-31）",
    );
    expect(translate("en", "app.datasetVersion", { version: "1.2.0", date: "2025-03-31" })).toBe(
      "This workbook's dataset 1.2.0 (2025-03-31)",
    );
  });

  it("leaves a missing placeholder visible", () => {
    expect(translate("en", "app.datasetVersion", { version: "1" })).toBe("This workbook's dataset 1 ({date})");
  });
});

describe("resolveLang", () => {
  it.each([
    [undefined, "", "ja"],
    [null, "", "ja"],
    ["ja-JP", "", "ja"],
    ["en-US", "", "en"],
    ["en-GB", "", "en"],
    ["de-DE", "", "ja"],
    ["ja-JP", "?lang=en", "en"],
    ["en-US", "?lang=ja", "ja"],
    ["en-US", "?lang=fr", "en"],
    ["ja-JP", "?x=1&lang=EN", "en"],
  ] as const)("displayLanguage %p with %p → %p", (display, search, expected) => {
    expect(resolveLang(display, search)).toBe(expected);
  });
});
