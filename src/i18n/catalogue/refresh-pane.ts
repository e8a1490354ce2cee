/** The 「データを更新」 panel (refresh.*; its title is in messages.ts, the notices and preview lines in refresh.ts). */
import type { Entry } from "./entry";

export const REFRESH_PANE_MESSAGES = {
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
  "refresh.cancel": { ja: "キャンセル", en: "Cancel" },
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
  "refresh.nothing.title": { ja: "ブックは最新です", en: "The workbook is up to date" },
  "refresh.nothing.body": {
    ja: "データセット {version} の内容はすべてブックに入っています。書き込むものはありません。",
    en: "Everything in dataset {version} is already in the workbook: there is nothing to write.",
  },
  "refresh.revisions": {
    ja: "目標の見直し {count} 件を「指標見直し」に追加します。",
    en: "{count} target revisions will be added to 「指標見直し」.",
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
    ja: "{id} {year}（{cell}）: ブック {workbook} / データセット {dataset}",
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
