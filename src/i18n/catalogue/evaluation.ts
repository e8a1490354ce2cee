/**
 * The yearly 効果検証 (issue #12): the sheets 「評価」「総括意見」「評価履歴」「指標見直し」, closing a 評価年度 and
 * revising a target. Problem sentences are keyed evaluation.problem.<code> (src/domain/evaluation/problems.ts keeps
 * the codes and their parameters); the labels of the fields those sentences name follow.
 */
import type { Entry } from "./entry";
import { COMMENT_PROBLEM_MESSAGES } from "./comments";

export const EVALUATION_MESSAGES = {
  // 「評価」「総括意見」 and their CSV import (src/domain/evaluation/entries.ts, src/app/evaluation.ts).
  "evaluation.problem.yearIsClosed": {
    ja: "{year}年度は確定済みです（「評価履歴」）。確定した年度の評価・総括意見は変更できません。",
    en: "Fiscal year {year} is closed (「評価履歴」): its evaluations and summary opinions cannot change.",
  },
  "evaluation.problem.badSummaryTarget": {
    ja: "対象「{value}」は指標ID、「全体」または「基本目標1」のような基本目標で指定してください（この戦略の基本目標: {allowed}）。",
    en: 'Target "{value}" must be an indicator id, 「全体」 or a 基本目標 such as 「基本目標1」 (this strategy\'s: {allowed}).',
  },
  // A malformed CSV: the same sentences as the comments CSV's.
  "evaluation.problem.unclosedQuote": COMMENT_PROBLEM_MESSAGES["comments.problem.unclosedQuote"],
  "evaluation.problem.quoteInField": COMMENT_PROBLEM_MESSAGES["comments.problem.quoteInField"],
  "evaluation.problem.textAfterQuote": COMMENT_PROBLEM_MESSAGES["comments.problem.textAfterQuote"],
  "evaluation.problem.missingTable": {
    ja: "テーブル「{table}」（シート「{sheet}」）が見つかりません。",
    en: "Table 「{table}」 (sheet 「{sheet}」) was not found.",
  },
  "evaluation.problem.missingHeader": {
    ja: "「{sheet}」に見出し「{header}」の列がありません。",
    en: "Sheet 「{sheet}」 has no column headed 「{header}」.",
  },
  "evaluation.problem.duplicateHeader": {
    ja: "「{sheet}」に見出し「{header}」の列が2つ以上あります。",
    en: "Sheet 「{sheet}」 has more than one column headed 「{header}」.",
  },
  "evaluation.problem.required": { ja: "{field}を入力してください。", en: "{field} is required." },
  "evaluation.problem.notANumber": {
    ja: "{field}は数値にしてください（「{value}」）。",
    en: '{field} must be a number (got "{value}").',
  },
  "evaluation.problem.badYear": {
    ja: "{field}は 2025 のような西暦の年にしてください（「{value}」）。",
    en: '{field} must be a western year like 2025 (got "{value}").',
  },
  "evaluation.problem.notInList": {
    ja: "{field}「{value}」は次のいずれかにしてください: {allowed}",
    en: '{field} "{value}" must be one of: {allowed}',
  },
  "evaluation.problem.duplicateRow": {
    ja: "{what}の行が2つあります: {first} と {second}。どちらの行か決められません。",
    en: "Two rows for {what}: {first} and {second}. It is not clear which row is meant.",
  },
  "evaluation.problem.unknownIndicator": {
    ja: "指標ID「{value}」は「KPI一覧」にありません。",
    en: 'Indicator id "{value}" is not in 「KPI一覧」.',
  },
  "evaluation.problem.yearOutsidePlan": {
    ja: "{field} {year}年度は計画期間（{from}〜{to}年度）の外です。",
    en: "{field} {year} is outside the plan period ({from}–{to}).",
  },
  "evaluation.problem.yearAfterEvaluationYear": {
    ja: "{year}年度は確定できません。ブックの評価年度（{evaluationYear}年度）より後の年度は、まだ「KPI一覧」に評価が表示されていないためです。先に「設定」の評価年度を変えてください。",
    en: "Fiscal year {year} cannot be closed: it is after the workbook's 評価年度 ({evaluationYear}), whose grades 「KPI一覧」 shows. Change 評価年度 in 「設定」 first.",
  },
  "evaluation.problem.alreadyClosed": {
    ja: "{year}年度は既に確定しています（{closedAt}、{count}指標）。確定し直すには「確定し直す」（CLI は --replace）を指定してください。以前の記録は旧記録として残ります。",
    en: "Fiscal year {year} is already closed ({closedAt}, {count} indicators). To close it again, ask to replace (CLI: --replace); the earlier record is kept as superseded.",
  },
  "evaluation.problem.closedYear": {
    ja: "適用開始年度 {fromYear}年度の見直しは、確定済みの{closed}年度の評価を変えてしまいます。確定した年度は変更できないため、{next}年度以降から適用してください。",
    en: "A revision applying from {fromYear} would change the closed year {closed}. A closed year cannot change: apply it from {next} or later.",
  },
  "evaluation.problem.duplicateRevision": {
    ja: "指標「{id}」には適用開始年度 {fromYear}年度の見直しが既にあります（{at}）。",
    en: 'Indicator "{id}" already has a revision applying from {fromYear} ({at}).',
  },
  "evaluation.problem.unreadableName": {
    ja: "名前「{name}」の値が読めません（「設定」シート）。",
    en: "The name 「{name}」 holds no readable value (sheet 「設定」).",
  },
  "evaluation.problem.datasetMismatch": {
    ja: "データセットの版「{given}」がブックの版「{workbook}」と異なります。ブックを作成・更新したデータセットを指定してください。",
    en: 'The dataset is version "{given}" but the workbook was built or refreshed from "{workbook}": give that dataset.',
  },
  "evaluation.problem.noIndicators": {
    ja: "「KPI一覧」に確定できる指標がありません。",
    en: "「KPI一覧」 has no indicator to close.",
  },
  // 担当課への照会: the 実績照会 file's export and import (src/app/datacall.ts, kpi-review datacall).
  "evaluation.problem.datacallNoIndicators": {
    ja: "担当課「{department}」の指標は「KPI一覧」にありません（担当課: {departments}）。",
    en: "「KPI一覧」 has no indicator of the department 「{department}」 (departments: {departments}).",
  },
  "evaluation.problem.datacallNoDepartments": {
    ja: "「KPI一覧」の担当課が空欄です。データセットの指標に担当課（department）を入れ、kpi-review refresh で反映してから照会してください。",
    en: "「KPI一覧」 names no 担当課: give the dataset's indicators a department, refresh the workbook, then export.",
  },
  "evaluation.problem.datacallNotXlsx": {
    ja: "照会ファイルとして読めません（{reason}）。",
    en: "Not a readable data call file ({reason}).",
  },
  "evaluation.problem.datacallNotAFile": {
    ja: "シート「{sheet}」と照会の管理情報がありません。kpi-review が作成した照会ファイルを指定してください。",
    en: "No sheet 「{sheet}」 with the data call's metadata: give a data call file kpi-review made.",
  },
  "evaluation.problem.datacallBadMetadata": {
    ja: "照会の管理情報が壊れています。照会ファイルを作り直してください。",
    en: "The data call's metadata is damaged: export the file again.",
  },
  "evaluation.problem.datacallAddedId": {
    ja: "照会にない行「{id}」が追加されています。行は追加できません。",
    en: "A row 「{id}」 the data call did not ask about was added: rows cannot be added.",
  },
  "evaluation.problem.datacallChangedId": {
    ja: "IDが「{expected}」から「{id}」に変わっています。ID・行の順序は変更できません。",
    en: 'The id was changed from "{expected}" to "{id}": ids and the row order cannot change.',
  },
  "evaluation.problem.datacallRemovedId": {
    ja: "指標「{expected}」の行が削除または空欄にされています。",
    en: 'The row of indicator "{expected}" was removed or emptied.',
  },
  "evaluation.problem.datacallWrongYear": {
    ja: "この照会ファイルは{file}年度のものです。ブックの評価年度は{workbook}年度です。",
    en: "This data call file is for {file}; the workbook's 評価年度 is {workbook}.",
  },
  "evaluation.problem.datacallWrongDepartment": {
    ja: "照会ファイルの担当課「{department}」の指標はこのブックにありません。",
    en: "This workbook has no indicator of the file's department 「{department}」.",
  },
  "evaluation.problem.datacallOtherDepartment": {
    ja: "指標「{id}」の担当課は「{owner}」で、照会先の「{department}」ではありません（照会後に担当課が変わりました）。照会し直してください。",
    en: 'Indicator "{id}" belongs to 「{owner}」, not to 「{department}」 the file was made for (changed since): export again.',
  },
  "evaluation.problem.datacallMissingIds": {
    ja: "担当課「{department}」の指標 {ids} が照会ファイルにありません（照会後に追加されました）。照会し直してください。",
    en: "The department 「{department}」's indicators {ids} are not in the file (added since): export again.",
  },
  "evaluation.problem.datacallStrayChoice": {
    ja: "--use-file の「{id}」は、この取込の競合にありません。",
    en: '--use-file "{id}" names no conflict of this import.',
  },
  "evaluation.problem.datacallConflict": {
    ja: "{id} {field}: ブックの値「{workbook}」と照会の回答「{file}」が異なります。",
    en: '{id} {field}: the workbook holds "{workbook}", the file answers "{file}".',
  },
  "evaluation.datacall.exported": {
    ja: "{department}の実績照会ファイルを作成しました: {file}（{year}年度、{count}指標）",
    en: "Wrote the data call file of {department}: {file} ({year}, {count} indicators)",
  },
  "evaluation.datacall.imported": {
    ja: "{department}の回答を取り込みました: {out}（実績 {actuals}件、評価 {entries}指標）",
    en: "Imported the answer of {department}: {out} ({actuals} actuals, {entries} evaluations)",
  },
  "evaluation.datacall.noChange": {
    ja: "{department}の回答はブックと同じです（差分なし）。",
    en: "The answer of {department} holds nothing the workbook lacks (no differences).",
  },
  "evaluation.datacall.dryRun": {
    ja: "確認のみ（--dry-run）: 何も書き込んでいません。{department}の回答との差分 {count}件:",
    en: "Dry run: nothing written. {count} differences with the answer of {department}:",
  },
  "evaluation.datacall.fill": {
    ja: "{id} {field}: 空欄 → 「{file}」（{cell}）",
    en: '{id} {field}: empty → "{file}" ({cell})',
  },
  "evaluation.datacall.conflict": {
    ja: "{id} {field}: ブック「{workbook}」 / 回答「{file}」（{cell}） → {choice}",
    en: '{id} {field}: workbook "{workbook}" / answer "{file}" ({cell}) → {choice}',
  },
  "evaluation.datacall.choice.file": { ja: "回答の値を採用", en: "the answer's value" },
  "evaluation.datacall.choice.workbook": { ja: "ブックの値を維持", en: "the workbook's value kept" },
  "evaluation.datacall.choice.none": { ja: "選択が必要", en: "needs a choice" },
  "evaluation.datacall.needsChoice": {
    ja: "ブックに入力済みの値と回答が異なる項目が{count}件あります。何も書き込んでいません。指標ごとに --use-file ID,… で回答の値を採用するか、--keep-workbook でブックの値を残してください:",
    en: "{count} values typed in the workbook differ from the answer; nothing written. Take the answer's with --use-file ID,… or keep the workbook's with --keep-workbook:",
  },
  "evaluation.datacall.notesWritten": {
    ja: "出典・速報/確定を「KPI一覧」の実績セルのメモに記録しました（{count}件）。",
    en: "出典 and 速報/確定 are in notes on the actuals' cells of 「KPI一覧」 ({count}).",
  },
  "evaluation.datacall.notesUnsupported": {
    ja: "この環境ではセルのメモを書けないため、出典・速報/確定は記録していません: {list}",
    en: "Cell notes cannot be written here, so 出典 and 速報/確定 were not recorded: {list}",
  },
  "evaluation.datacall.datasetChanged": {
    ja: "注意: 照会ファイルはデータセット版「{file}」のときに作成されました（ブックは現在「{workbook}」）。目標値などの表示が今と異なる場合があります。",
    en: 'Note: the file was made when the workbook was at dataset version "{file}" (now "{workbook}"); its targets may differ from today\'s.',
  },
  // The 効果検証報告書 (src/app/report.ts, kpi-review report).
  "evaluation.report.missingSheet": {
    ja: "シート「{sheet}」（テーブル「{table}」）がないため、{what}は空欄で作成しました。",
    en: "There is no sheet 「{sheet}」 (table 「{table}」), so the report's {what} are left blank.",
  },
  "evaluation.report.noKpiTable": {
    ja: "テーブル「{table}」（シート「{sheet}」）がありません。報告書は作成していません。",
    en: "There is no table 「{table}」 (sheet 「{sheet}」); no report was written.",
  },
  "evaluation.report.missingHeaders": {
    ja: "テーブル「{table}」に見出し {headers} がありません。報告書は作成していません。",
    en: "The table 「{table}」 lacks the headers {headers}; no report was written.",
  },
  "evaluation.report.unknownRows": {
    ja: "データセットにない指標（{ids}）は報告書に含めていません。",
    en: "Indicators the dataset does not define ({ids}) are not in the report.",
  },
  "evaluation.report.missingRows": {
    ja: "「KPI一覧」にない指標（{ids}）は実績なしとして掲載しました。",
    en: "Indicators missing from 「KPI一覧」 ({ids}) are reported without actuals.",
  },
  "evaluation.report.what.entries": { ja: "自己評価と委員会評価", en: "self-evaluations and committee grades" },
  "evaluation.report.what.opinions": { ja: "総括意見", en: "summary opinions" },
  "evaluation.report.what.closed": {
    ja: "確定値（すべて暫定値として掲載）",
    en: "closed values (every value is shown as provisional)",
  },
  "evaluation.report.what.revisions": { ja: "目標値の見直し", en: "target revisions" },
} as const satisfies Record<string, Entry>;

export type EvaluationMessageKey = keyof typeof EVALUATION_MESSAGES;

/** Labels of the fields problem sentences name (the sheets' Japanese headers, with English for the English pane). */
export const EVALUATION_FIELD_LABELS: Readonly<Record<string, Entry>> = {
  year: { ja: "評価年度", en: "Evaluation year" },
  indicatorId: { ja: "ID", en: "ID" },
  fromYear: { ja: "適用開始年度", en: "Applies from" },
  revisedTarget: { ja: "改定目標値", en: "Revised target" },
  revisedTargetYear: { ja: "改定目標年度", en: "Revised target year" },
  reason: { ja: "理由", en: "Reason" },
  meeting: { ja: "承認会議", en: "Approving meeting" },
  state: { ja: "状態", en: "State" },
  analysis: { ja: "要因分析", en: "Analysis" },
  issues: { ja: "課題", en: "Issues" },
  direction: { ja: "今後の方向性", en: "Direction" },
  externalFactor: { ja: "外的要因", en: "External factor" },
  committeeGrade: { ja: "委員会評価", en: "Committee grade" },
  committeeReason: { ja: "委員会評価の理由", en: "Committee's reason" },
  target: { ja: "対象", en: "Target" },
  text: { ja: "総括意見", en: "Summary opinion" },
  actual: { ja: "実績", en: "Actual" },
};
