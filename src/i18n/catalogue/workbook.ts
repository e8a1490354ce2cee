/** The 「ワークブックの作成」 panel (workbook.*, its title is in messages.ts) and the Excel features it names (feature.*). */
import type { Entry } from "./entry";

export const WORKBOOK_MESSAGES = {
  "workbook.intro": {
    ja: "同梱のデータ（{count} 指標）から、このブックに次のシートを作成します: {sheets}",
    en: "Creates these sheets in this workbook from the bundled data ({count} indicators): {sheets}",
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
    ja: "キャンセルしました。ブックは変更していません。",
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
  "feature.columnGroups": {
    ja: "列のグループ化（詳細列の折りたたみ）",
    en: "column grouping (folding the detail columns)",
  },
  "feature.charts": { ja: "グラフ", en: "charts" },
  "feature.rangeAreas": { ja: "離れたセルへの一括書式設定", en: "formatting scattered cells in one step" },
  "feature.withSet": { ja: "{feature}（{set} {version}）", en: "{feature} ({set} {version})" },
} as const satisfies Record<string, Entry>;
