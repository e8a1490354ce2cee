import type { Lang } from "../../src/lib/lang";
import { messageKeys, placeholders, rawMessage, resolveLang, translate } from "../../src/i18n/messages";

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

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("ja", "app.datasetVersion", { version: "1.2.0", date: "2025-03-31" })).toBe(
      "データ版 1.2.0（2025-03-31）",
    );
    expect(translate("en", "app.datasetVersion", { version: "1.2.0", date: "2025-03-31" })).toBe(
      "Dataset 1.2.0 (2025-03-31)",
    );
  });

  it("leaves a missing placeholder visible", () => {
    expect(translate("en", "app.datasetVersion", { version: "1" })).toBe("Dataset 1 ({date})");
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
