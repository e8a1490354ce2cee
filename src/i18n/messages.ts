/**
 * The one catalogue of user-facing text. One entry per key with both languages side by side, so a key cannot exist
 * in one language only (the type requires both) and translators see each pair together.
 * Placeholders are written {name}; `translate` fills them and the catalogue test checks both languages use the same.
 * Add keys under a prefix per feature (app., outside., error., workbook., …). The Office error texts (office.*)
 * live in catalogue/office.ts beside the other sections (catalogue/*.ts), all spread into the one catalogue below.
 */

import type { Lang } from "../lib/lang";
import type { Entry } from "./catalogue/entry";
import { COMMENT_PROBLEM_MESSAGES } from "./catalogue/comments";
import { MINUTES_MESSAGES } from "./catalogue/minutes";
import { OFFICE_MESSAGES } from "./catalogue/office";
import { REFRESH_MESSAGES } from "./catalogue/refresh";
import { EVALUATION_MESSAGES } from "./catalogue/evaluation";

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

  "workbook.title": { ja: "ワークブックの作成", en: "Create the workbook" },
  "workbook.intro": {
    ja: "同梱のデータ（{count} 指標）から「KPI一覧」「設定」「概要」シートをこのブックに作成します。",
    en: "Creates the sheets 「KPI一覧」「設定」「概要」 in this workbook from the bundled data ({count} indicators).",
  },
  "workbook.create": { ja: "ワークブックを作成", en: "Create workbook" },
  "workbook.progressLabel": { ja: "進行状況", en: "Progress" },
  "workbook.step.plan": { ja: "シートの構成を準備しています…", en: "Preparing the sheets…" },
  "workbook.step.read": { ja: "ブックの内容を確認しています…", en: "Checking the workbook…" },
  "workbook.step.cells": {
    ja: "値と数式を書き込んでいます（{done}/{total}）…",
    en: "Writing values and formulas ({done}/{total})…",
  },
  "workbook.step.formats": {
    ja: "書式と入力規則を設定しています（{done}/{total}）…",
    en: "Applying formats and validation ({done}/{total})…",
  },
  "workbook.step.finish": { ja: "名前と情報を登録しています…", en: "Registering names and workbook information…" },
  "workbook.done.title": { ja: "ワークブックを作成しました", en: "The workbook is ready" },
  "workbook.done.body": { ja: "作成したシート: {sheets}", en: "Sheets created: {sheets}" },
  "workbook.done.skipped": {
    ja: "お使いの Excel にない次の機能は省略しました: {features}",
    en: "Left out because your Excel lacks them: {features}",
  },
  "workbook.confirm.title": { ja: "シートを置き換えますか？", en: "Replace the sheets?" },
  "workbook.confirm.replace": { ja: "置き換える", en: "Replace" },
  "workbook.confirm.cancel": { ja: "キャンセル", en: "Cancel" },
  "workbook.cancelled": {
    ja: "作成を取りやめました。ブックは変更していません。",
    en: "Cancelled. The workbook was not changed.",
  },
  "workbook.unsupported.title": { ja: "この Excel では作成できません", en: "This Excel cannot build the workbook" },
  "workbook.unsupported.hint": {
    ja: "Excel を最新の版に更新するか、Excel on the web で開いてください。",
    en: "Update Excel to a recent version, or open the workbook in Excel on the web.",
  },
  "workbook.unsupported.optional": {
    ja: "このほか、次の機能もありません: {features}",
    en: "It also lacks: {features}",
  },
  "workbook.error.title": { ja: "ワークブックを作成できませんでした", en: "The workbook could not be created" },
  "workbook.error.details": { ja: "詳細（{code}）", en: "Details ({code})" },
  "workbook.error.retry": {
    ja: "もう一度「ワークブックを作成」を押すと、途中まで作ったシートを作り直して完成させます（ほかのシートには触れません）。",
    en: "Press “Create workbook” again to rebuild the sheets it had started and finish (other sheets are left alone).",
  },
  "workbook.dataset.invalid": {
    ja: "同梱のデータに問題が {count} 件あるため作成できません。担当者に連絡してください。",
    en: "The bundled data has {count} problem(s), so nothing can be built. Please contact the person in charge.",
  },
  "workbook.list.separator": { ja: "、", en: ", " },

  "feature.core": { ja: "シート・数式・表", en: "sheets, formulas and tables" },
  "feature.suspendCalculation": { ja: "書き込み中の再計算停止", en: "pausing recalculation while writing" },
  "feature.conditionalFormats": { ja: "条件付き書式", en: "conditional formats" },
  "feature.freezePanes": { ja: "ウィンドウ枠の固定", en: "frozen panes" },
  "feature.tabColor": { ja: "シート見出しの色", en: "sheet tab colours" },
  "feature.metadata": { ja: "ブックの情報（作成元の記録）", en: "workbook properties (build record)" },
  "feature.dataValidation": { ja: "入力規則", en: "data validation" },
  "feature.pageLayout": { ja: "印刷設定", en: "page layout" },
  "feature.rowGroups": { ja: "行のグループ化", en: "row grouping" },
  "feature.charts": { ja: "グラフ", en: "charts" },
  "feature.rangeAreas": { ja: "離れたセルへの一括書式設定", en: "formatting scattered cells in one step" },
  "feature.withSet": { ja: "{feature}（{set} {version}）", en: "{feature} ({set} {version})" },

  ...OFFICE_MESSAGES,
  ...MINUTES_MESSAGES,
  ...COMMENT_PROBLEM_MESSAGES,
  ...REFRESH_MESSAGES,
  ...EVALUATION_MESSAGES,

  "comments.title": { ja: "委員意見", en: "Committee comments" },
  "comments.loading": { ja: "委員意見を読み込み中…", en: "Loading comments…" },
  "comments.missing": {
    ja: "このブックには「委員名簿」「会議」「委員意見」のテーブルがありません。",
    en: "This workbook has no 委員名簿 / 会議 / 委員意見 tables.",
  },
  "comments.setUp": { ja: "委員意見のシートを追加", en: "Add the comment sheets" },
  "comments.setUp.done": {
    ja: "「委員名簿」「会議」「委員意見」を追加しました。",
    en: "Added the 委員名簿, 会議 and 委員意見 sheets.",
  },
  "comments.readError": { ja: "ブックを読み込めませんでした: {message}", en: "Could not read the workbook: {message}" },
  "comments.reload": { ja: "再読み込み", en: "Reload" },
  "comments.selected": { ja: "選択中の指標", en: "Selected indicator" },
  "comments.noSelection": {
    ja: "「KPI一覧」で指標の行を選ぶと、その指標への意見が表示されます。選んでいないときは戦略全体への意見です。",
    en: "Select an indicator's row in 「KPI一覧」 to see its comments. With no row selected, comments are about the whole strategy.",
  },
  "comments.strategy": { ja: "戦略全体", en: "The strategy as a whole" },
  "comments.latest": { ja: "最新実績", en: "Latest actual" },
  "comments.progress": { ja: "達成率", en: "Progress" },
  "comments.grade": { ja: "評価", en: "Grade" },
  "comments.count": { ja: "意見 {count} 件（未対応・対応中 {open} 件）", en: "{count} comments ({open} open)" },
  "comments.filter.meeting": { ja: "会議で絞り込み", en: "Filter by meeting" },
  "comments.filter.status": { ja: "対応状況で絞り込み", en: "Filter by status" },
  "comments.filter.all": { ja: "すべて", en: "All" },
  "comments.meetingLabel": { ja: "第{number}回（{date}）", en: "Meeting {number} ({date})" },
  "comments.none": { ja: "該当する意見はありません。", en: "No comments match." },
  "comments.list": { ja: "意見の一覧（新しい順）", en: "Comments, newest first" },
  "comments.meta": {
    ja: "第{meeting}回・{speaker}・{category}・{recordedAt}",
    en: "Meeting {meeting} · {speaker} · {category} · {recordedAt}",
  },
  "comments.response": { ja: "市の回答・対応", en: "City's response" },
  "comments.status": { ja: "対応状況", en: "Status" },
  "comments.edit": { ja: "回答・対応状況を編集", en: "Edit response and status" },
  "comments.save": { ja: "保存", en: "Save" },
  "comments.cancel": { ja: "取消", en: "Cancel" },
  "comments.saved": { ja: "保存しました。", en: "Saved." },
  "comments.add.title": { ja: "意見を追加", en: "Add a comment" },
  "comments.add.target": { ja: "対象: {target}", en: "About: {target}" },
  "comments.add.meeting": { ja: "会議", en: "Meeting" },
  "comments.add.member": { ja: "発言者", en: "Speaker" },
  "comments.add.category": { ja: "区分", en: "Category" },
  "comments.add.text": { ja: "内容", en: "Comment" },
  "comments.add.textHint": {
    ja: "発言のとおりに入力します（改行可）。Ctrl+Enter でも追加できます。",
    en: "Type it as said (line breaks allowed). Ctrl+Enter also adds it.",
  },
  "comments.add.recordedBy": { ja: "記録者", en: "Recorded by" },
  "comments.add.submit": { ja: "意見を追加", en: "Add comment" },
  "comments.add.done": { ja: "意見を追加しました（{id}）。", en: "Comment added ({id})." },
  "comments.add.needMeeting": {
    ja: "先に会議と委員を登録してください（下の「委員・会議の管理」）。",
    en: "Register a meeting and members first (see “Members and meetings” below).",
  },
  "comments.problems": { ja: "入力を確認してください", en: "Please check the input" },
  "comments.officeError": { ja: "Excel に書き込めませんでした", en: "Could not write to Excel" },
  "comments.roster.toggle": { ja: "委員・会議の管理", en: "Members and meetings" },
  "comments.members.title": { ja: "委員名簿", en: "Members" },
  "comments.members.name": { ja: "氏名", en: "Name" },
  "comments.members.role": { ja: "役職", en: "Role" },
  "comments.members.affiliation": { ja: "所属", en: "Affiliation" },
  "comments.members.active": { ja: "在任", en: "Serving" },
  "comments.members.add": { ja: "委員を追加", en: "Add member" },
  "comments.members.update": { ja: "委員を更新", en: "Update member" },
  "comments.members.retire": { ja: "退任にする", en: "Mark as retired" },
  "comments.members.reinstate": { ja: "在任に戻す", en: "Mark as serving" },
  "comments.members.retired": { ja: "（退任）", en: " (retired)" },
  "comments.meetings.title": { ja: "会議", en: "Meetings" },
  "comments.meetings.number": { ja: "回", en: "Number" },
  "comments.meetings.date": { ja: "開催日", en: "Date" },
  "comments.meetings.start": { ja: "開始時刻", en: "Start" },
  "comments.meetings.end": { ja: "終了時刻", en: "End" },
  "comments.meetings.place": { ja: "場所", en: "Place" },
  "comments.meetings.attendees": { ja: "出席委員", en: "Members present" },
  "comments.meetings.add": { ja: "会議を追加", en: "Add meeting" },
  "comments.meetings.update": { ja: "会議を更新", en: "Update meeting" },
  "comments.edit.member": { ja: "編集", en: "Edit" },
  "minutes.title": { ja: "会議録", en: "Minutes" },
  "minutes.intro": {
    ja: "会議を選んで会議録（Word・Markdown・CSV）を書き出します。委員意見・会議・委員名簿と「KPI一覧」の計算結果から作成します。",
    en: "Choose a meeting to export its minutes (Word, Markdown or CSV), made from the comments, meetings, members and the calculated 「KPI一覧」.",
  },
  "minutes.loading": { ja: "ブックを読み込んでいます…", en: "Reading the workbook…" },
  "minutes.load": { ja: "会議を読み込む", en: "Load meetings" },
  "minutes.reload": { ja: "読み込み直す", en: "Reload" },
  "minutes.meeting": { ja: "会議", en: "Meeting" },
  "minutes.meetingOption": { ja: "第{number}回（{date}）", en: "Meeting {number} ({date})" },
  "minutes.noMeetings": {
    ja: "「会議」シートに会議がありません。先に会議を登録してください。",
    en: "The 会議 sheet has no meetings yet. Add a meeting first.",
  },
  "minutes.format": { ja: "形式", en: "Format" },
  "minutes.format.docx": { ja: "Word（.docx）", en: "Word (.docx)" },
  "minutes.format.md": { ja: "Markdown（.md）", en: "Markdown (.md)" },
  "minutes.format.csv": { ja: "CSV（.csv、UTF-8）", en: "CSV (.csv, UTF-8)" },
  "minutes.export": { ja: "書き出す", en: "Export" },
  "minutes.toSheet": { ja: "シートに書き出す", en: "Write to a sheet" },
  "minutes.working": { ja: "会議録を作成しています…", en: "Making the minutes…" },
  "minutes.done.title": { ja: "会議録を作成しました", en: "Minutes ready" },
  "minutes.downloaded": {
    ja: "「{file}」のダウンロードを開始しました（意見 {count}件）。保存されない場合は［シートに書き出す］を使ってください。",
    en: "Started the download of 「{file}」 ({count} comments). If nothing is saved, use Write to a sheet.",
  },
  "minutes.blocked": {
    ja: "この環境ではファイルをダウンロードできません。［シートに書き出す］で「{sheet}」シートに書き出せます。",
    en: "Files cannot be downloaded here. Write to a sheet puts the minutes on the sheet 「{sheet}」 instead.",
  },
  "minutes.sheet.done": {
    ja: "シート「{sheet}」に書き出しました（意見 {count}件）。A4 縦で印刷できます。",
    en: "Wrote the sheet 「{sheet}」 ({count} comments). It prints on A4 portrait.",
  },
  "minutes.sheet.exists": {
    ja: "シート「{sheet}」は既にあります。置き換えますか？（今の内容は失われます）",
    en: "The sheet 「{sheet}」 already exists. Replace it? (Its contents will be lost.)",
  },
  "minutes.sheet.replace": { ja: "置き換える", en: "Replace" },
  "minutes.cancel": { ja: "キャンセル", en: "Cancel" },
  "minutes.problems": { ja: "確認が必要な行（{count}件）", en: "Rows to check ({count})" },
  "minutes.error.title": { ja: "会議録を作成できませんでした", en: "Could not make the minutes" },
  "minutes.error.load": { ja: "ブックを読み込めませんでした", en: "Could not read the workbook" },
  "minutes.error.build": {
    ja: "会議録の作成中に問題が起きました。",
    en: "A problem occurred while making the minutes.",
  },
  "minutes.error.unsupported": {
    ja: "この Excel ではシートを書き出せません。必要な API が足りません。",
    en: "This Excel cannot write the sheet: it lacks a required API set.",
  },
  "refresh.title": { ja: "データを更新", en: "Refresh data" },
  "refresh.intro": {
    ja: "入力済みの実績・メモ・委員意見を残したまま、データセットの変更（指標の追加・修正、目標値、各課の実績）を「KPI一覧」に反映します。先に変更内容を確認できます。",
    en: "Brings the dataset's changes (new or corrected indicators, targets, departments' actuals) into 「KPI一覧」 while keeping every typed actual, note and comment. You see the changes first.",
  },
  "refresh.source.label": { ja: "取込元", en: "Source" },
  "refresh.source.bundled": { ja: "同梱データ（版 {version}）", en: "Bundled dataset (version {version})" },
  "refresh.source.file": { ja: "ファイル（JSON または CSV）", en: "A file (JSON or CSV)" },
  "refresh.file.label": { ja: "データセットのファイル", en: "Dataset file" },
  "refresh.file.hint": {
    ja: "CSV は UTF-8 でも Shift_JIS（Excel の「CSV (コンマ区切り)」）でも読めます。文字コードは自動で判定します。",
    en: "A CSV may be UTF-8 or Shift_JIS (Excel's plain CSV); the encoding is detected.",
  },
  "refresh.file.missing": { ja: "ファイルを選んでください。", en: "Choose a file." },
  "refresh.preview": { ja: "変更を確認", en: "Preview changes" },
  "refresh.apply": { ja: "更新を実行", en: "Apply the refresh" },
  "refresh.cancel": { ja: "やめる", en: "Cancel" },
  "refresh.reading": { ja: "ブックとデータを確認しています…", en: "Checking the workbook and the data…" },
  "refresh.preview.title": {
    ja: "更新の内容（まだ書き込んでいません）",
    en: "What the refresh will do (nothing written yet)",
  },
  "refresh.summary": {
    ja: "データセット {from} → {to}: 追加 {added}、定義変更 {changed} 指標、廃止 {retired}、実績の補完 {filled}、競合 {conflicts}、数式の復元 {restored}",
    en: "Dataset {from} → {to}: {added} added, {changed} indicators changed, {retired} retired, {filled} actuals filled, {conflicts} conflicts, {restored} formulas restored",
  },
  "refresh.upToDate": {
    ja: "ブックの内容はデータセットと一致しています。",
    en: "The workbook already matches the dataset.",
  },
  "refresh.section.added": { ja: "追加される指標", en: "Indicators added" },
  "refresh.section.changed": { ja: "変更される項目（旧 → 新）", en: "Fields changed (old → new)" },
  "refresh.section.retired": {
    ja: "廃止として残す指標（行・実績・意見はそのまま）",
    en: "Indicators marked 廃止 (row, actuals and comments kept)",
  },
  "refresh.section.conflicts": {
    ja: "競合（ブックの値とデータセットの値が違う実績）",
    en: "Conflicts (the workbook's and the dataset's actual differ)",
  },
  "refresh.section.restored": { ja: "式に戻すセル", en: "Cells whose formula comes back" },
  "refresh.section.notices": { ja: "注意", en: "Notes" },
  "refresh.conflict.line": {
    ja: "{id} {year}年度（{cell}）: ブック {workbook} / データセット {dataset}",
    en: "{id} {year} ({cell}): workbook {workbook} / dataset {dataset}",
  },
  "refresh.conflict.useDataset": { ja: "データセットの値を採用", en: "Take the dataset's value" },
  "refresh.conflict.hint": {
    ja: "チェックしない競合は、ブックに入力された値を残します。",
    en: "Unchecked conflicts keep the value typed in the workbook.",
  },
  "refresh.restored.line": { ja: "{cell}（{id} {field}）: 「{found}」", en: '{cell} ({id} {field}): "{found}"' },
  "refresh.more": { ja: "ほか {count} 件", en: "{count} more" },
  "refresh.progress": { ja: "更新しています…", en: "Refreshing…" },
  "refresh.done.title": { ja: "更新しました", en: "The workbook is refreshed" },
  "refresh.done.body": {
    ja: "データセット {version} を反映し、「更新履歴」シートに記録しました。",
    en: "Dataset {version} is in the workbook, and the refresh is recorded on 「更新履歴」.",
  },
  "refresh.error.title": {
    ja: "更新できません（ブックは変更していません）",
    en: "Cannot refresh (the workbook is unchanged)",
  },
  "refresh.error.source": { ja: "データに {count} 件の問題があります。", en: "The data has {count} problem(s)." },
  "refresh.error.workbook": {
    ja: "ブックをこのままでは更新できません。次のセルを確認してください。",
    en: "The workbook cannot be refreshed as it is; check these cells.",
  },
  "refresh.error.office": { ja: "Excel でエラーが起きました（{code}）。", en: "Excel reported an error ({code})." },
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
