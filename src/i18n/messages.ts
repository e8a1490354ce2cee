/**
 * The one catalogue of user-facing text. One entry per key with both languages side by side, so a key cannot exist
 * in one language only (the type requires both) and translators see each pair together.
 * Placeholders are written {name}; `translate` fills them and the catalogue test checks both languages use the same.
 * Add keys under a prefix per feature (app., outside., error., workbook., …).
 *
 * Only the first screen's texts are here (the header, the tabs' titles, the error and "open in Excel" pages): they are
 * in the pane's first chunk. Each feature's texts are a section in catalogue/*.ts that `registerMessages` adds when
 * its code loads (src/i18n/sections: a panel's chunk imports its panel's module, the CLI sections/all). The key type
 * spans every section (type-only imports, nothing loaded), so keys are checked at compile time; a key whose section
 * is not loaded throws outside production (tests fail loudly) and shows the key in production.
 */

import type { Lang } from "../lib/lang";
import type { Entry } from "./catalogue/entry";
import type { COMMENT_PROBLEM_MESSAGES } from "./catalogue/comments";
import type { COMMENTS_PANE_MESSAGES } from "./catalogue/comments-pane";
import type { EVALUATION_MESSAGES } from "./catalogue/evaluation";
import type { INDICATOR_CARD_MESSAGES } from "./catalogue/indicator-card";
import type { MINUTES_MESSAGES } from "./catalogue/minutes";
import type { MINUTES_PANE_MESSAGES } from "./catalogue/minutes-pane";
import type { OFFICE_MESSAGES } from "./catalogue/office";
import type { REFRESH_MESSAGES } from "./catalogue/refresh";
import type { REFRESH_PANE_MESSAGES } from "./catalogue/refresh-pane";
import type { WORKBOOK_MESSAGES } from "./catalogue/workbook";

/** The first screen's texts; "evaluation.pane.title" and the other tab titles live here because the tabs show them. */
export const CORE_MESSAGES = {
  "app.title": { ja: "KPIレビュー", en: "KPI Review" },
  "app.subtitle": {
    ja: "伊勢崎市 第2期まち・ひと・しごと創生総合戦略",
    en: "Isesaki City 2nd regional-revitalisation strategy",
  },
  "app.datasetVersion": {
    ja: "このブックのデータ版 {version}（{date}）",
    en: "This workbook's dataset {version} ({date})",
  },
  "app.bundledDatasetVersion": { ja: "同梱データ版 {version}（{date}）", en: "Bundled dataset {version} ({date})" },
  "app.loading": { ja: "読み込み中…", en: "Loading…" },
  "app.panels": { ja: "機能", en: "Features" },
  "outside.title": { ja: "Excel で開いてください", en: "Please open this in Excel" },
  "outside.body": {
    ja: "このページは Excel の作業ウィンドウとして動作します。ブラウザーで直接開いても操作できません。",
    en: "This page runs as a task pane inside Excel. Opened directly in a browser it cannot do anything.",
  },
  "outside.webTitle": { ja: "Excel on the web の場合", en: "Excel on the web" },
  "outside.webSteps": {
    ja: "［ホーム］→［アドイン］→［その他のアドイン］→［マイ アドイン］→［マイ アドインのアップロード］で manifest.xml を選びます。",
    en: "Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in, then choose manifest.xml.",
  },
  "outside.desktopTitle": { ja: "Excel（デスクトップ版）の場合", en: "Excel desktop" },
  "outside.desktopSteps": {
    ja: "manifest.xml を共有フォルダーに置き、［ファイル］→［オプション］→［トラスト センター］→［信頼できるアドイン カタログ］に登録してから、［ホーム］→［アドイン］→［共有フォルダー］から追加します。",
    en: "Put manifest.xml in a shared folder, add it under File › Options › Trust Center › Trusted Add-in Catalogs, then add it from Home › Add-ins › Shared Folder.",
  },
  "outside.after": {
    ja: "追加すると［ホーム］タブに［KPIレビュー］ボタンが表示されます。",
    en: "Once added, a KPI Review button appears on the Home tab.",
  },
  "error.title": { ja: "問題が発生しました", en: "Something went wrong" },
  "error.intro": {
    ja: "作業ウィンドウで予期しないエラーが発生しました。再読み込みで解決しない場合は、下の詳細を担当者にお知らせください。",
    en: "The task pane hit an unexpected error. If reloading does not help, send the details below to the person in charge.",
  },
  "error.details": { ja: "詳細", en: "Details" },
  "error.reload": { ja: "再読み込み", en: "Reload" },
  "workbook.title": { ja: "ワークブックの作成", en: "Create the workbook" },
  "comments.title": { ja: "委員意見", en: "Committee comments" },
  "minutes.title": { ja: "会議録", en: "Minutes" },
  "refresh.title": { ja: "データを更新", en: "Refresh data" },
  "evaluation.pane.title": { ja: "評価", en: "Evaluation" },
  // Tab labels shorter than the panels' titles: the tabs stay one row in a 320-px pane in English too.
  "app.tab.comments": { ja: "委員意見", en: "Comments" },
  "app.tab.staff": { ja: "事務局", en: "Secretariat" },
  "app.tab.workbook": { ja: "ブック作成", en: "Create" },
  "app.tab.refresh": { ja: "データ更新", en: "Refresh" },
  "app.tab.minutes": { ja: "会議録", en: "Minutes" },
  "app.group.staff": { ja: "事務局の作業", en: "Secretariat tools" },
  // The file chooser of the panels that read a file (components/file-picker).
  "file.choose": { ja: "ファイルを選択…", en: "Choose a file…" },
  "file.none": { ja: "選択されていません", en: "No file chosen" },
  // The first step in the first panel (components/setup-step), before any comment can be recorded.
  "setup.title": { ja: "最初に、委員と会議を登録", en: "First, register the members and the meeting" },
  "setup.body": {
    ja: "意見は、委員名簿の委員と会議（第何回・開催日）に結びつけて記録します。",
    en: "Each comment is recorded under a member of the roster and a meeting (its number and date).",
  },
  "setup.noMembers": { ja: "「委員名簿」に委員がまだいません。", en: "The roster (委員名簿) has no members yet." },
  "setup.noMeetings": { ja: "「会議」に会議がまだありません。", en: "No meeting (会議) has been added yet." },
  "setup.action": { ja: "委員と会議を登録", en: "Register members and meetings" },
} as const satisfies Record<string, Entry>;

type Catalogue = typeof CORE_MESSAGES &
  typeof OFFICE_MESSAGES &
  typeof WORKBOOK_MESSAGES &
  typeof COMMENT_PROBLEM_MESSAGES &
  typeof COMMENTS_PANE_MESSAGES &
  typeof MINUTES_MESSAGES &
  typeof MINUTES_PANE_MESSAGES &
  typeof REFRESH_MESSAGES &
  typeof REFRESH_PANE_MESSAGES &
  typeof EVALUATION_MESSAGES &
  typeof INDICATOR_CARD_MESSAGES;

export type MessageKey = keyof Catalogue;
export type MessageParams = Readonly<Record<string, string | number>>;

const loaded = new Map<string, Entry>(Object.entries(CORE_MESSAGES));

/** Every key loaded so far, for tests and tooling: all of them once src/i18n/sections/all is imported (tests, CLI). */
export const messageKeys: MessageKey[] = [...loaded.keys()] as MessageKey[];

/** Adds a section's texts (src/i18n/sections/*.ts call it when their chunk loads); loading one twice is harmless. */
export function registerMessages(section: Readonly<Record<string, Entry>>): void {
  for (const [key, entry] of Object.entries(section)) {
    if (!loaded.has(key)) messageKeys.push(key as MessageKey);
    loaded.set(key, entry);
  }
}

/** Whether `key`'s section is loaded. */
export function hasMessage(key: string): boolean {
  return loaded.has(key);
}

export function rawMessage(lang: Lang, key: MessageKey): string {
  const entry = loaded.get(key);
  if (entry) return entry[lang];
  const problem = `message "${key}" is not loaded: import its section (src/i18n/sections/*) in the chunk that uses it`;
  if (process.env.NODE_ENV !== "production") throw new Error(problem);
  console.error(problem);
  return key;
}

/** The message in `lang` with {name} placeholders filled; an unknown placeholder stays visible rather than vanishing. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return rawMessage(lang, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The placeholder names used by a message text, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

/**
 * The pane's language: an explicit ?lang=ja|en wins (previews, tests), then Office's display language
 * ("en-US", "ja-JP", …); Japanese when unknown, because the committee reads Japanese first.
 */
export function resolveLang(displayLanguage: string | undefined | null, search = ""): Lang {
  const forced = new URLSearchParams(search).get("lang")?.toLowerCase();
  if (forced === "ja" || forced === "en") return forced;
  if (displayLanguage && /^en\b/i.test(displayLanguage)) return "en";
  return "ja";
}
