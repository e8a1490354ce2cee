/**
 * The one catalogue of user-facing text. One entry per key with both languages side by side, so a key cannot exist
 * in one language only (the type requires both) and translators see each pair together.
 * Placeholders are written {name}; `translate` fills them and the catalogue test checks both languages use the same.
 * Add keys under a prefix per feature (app., outside., error., workbook., …).
 */

export type Lang = "ja" | "en";

interface Entry {
  readonly ja: string;
  readonly en: string;
}

const catalogue = {
  "app.title": { ja: "KPIレビュー", en: "KPI Review" },
  "app.subtitle": {
    ja: "伊勢崎市 第2期まち・ひと・しごと創生総合戦略",
    en: "Isesaki City 2nd regional-revitalisation strategy",
  },
  "app.datasetVersion": { ja: "データ版 {version}（{date}）", en: "Dataset {version} ({date})" },
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
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof catalogue;
export type MessageParams = Readonly<Record<string, string | number>>;

/** Every key, for tests and tooling. */
export const messageKeys = Object.keys(catalogue) as MessageKey[];

export function rawMessage(lang: Lang, key: MessageKey): string {
  return catalogue[key][lang];
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
