/** The 「会議録」 panel (minutes.*; its title is in messages.ts, what the workbook reading says in minutes.ts). */
import type { Entry } from "./entry";

export const MINUTES_PANE_MESSAGES = {
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
} as const satisfies Record<string, Entry>;
