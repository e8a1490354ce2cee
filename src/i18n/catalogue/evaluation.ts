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
    ja: "{year}は確定済みです（「評価履歴」）。確定した年度の評価・総括意見は変更できません。",
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
    ja: "{field} {year}は計画期間（{from}〜{to}）の外です。",
    en: "{field} {year} is outside the plan period ({from}–{to}).",
  },
  "evaluation.problem.yearAfterEvaluationYear": {
    ja: "{year}は確定できません。ブックの評価年度（{evaluationYear}）より後の年度は、まだ「KPI一覧」に評価が表示されていないためです。先に「設定」の評価年度を変えてください。",
    en: "Fiscal year {year} cannot be closed: it is after the workbook's 評価年度 ({evaluationYear}), whose grades 「KPI一覧」 shows. Change 評価年度 in 「設定」 first.",
  },
  "evaluation.problem.alreadyClosed": {
    ja: "{year}は既に確定しています（{closedAt}、{count}指標）。確定し直すには「確定し直す」（CLI は --replace）を指定してください。以前の記録は旧記録として残ります。",
    en: "Fiscal year {year} is already closed ({closedAt}, {count} indicators). To close it again, ask to replace (CLI: --replace); the earlier record is kept as superseded.",
  },
  "evaluation.problem.closedYear": {
    ja: "適用開始年度 {fromYear}の見直しは、確定済みの{closed}の評価を変えてしまいます。確定した年度は変更できないため、{next}以降から適用してください。",
    en: "A revision applying from {fromYear} would change the closed year {closed}. A closed year cannot change: apply it from {next} or later.",
  },
  "evaluation.problem.duplicateRevision": {
    ja: "指標「{id}」には適用開始年度 {fromYear}の見直しが既にあります（{at}）。",
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
    ja: "この照会ファイルは{file}のものです。ブックの評価年度は{workbook}です。",
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
    ja: "{department}の実績照会ファイルを作成しました: {file}（{year}、{count}指標）",
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
  // The pane's 「評価」 panel (src/taskpane/panels/evaluation).
  // "evaluation.pane.title" (the tab) is in messages.ts: the first screen shows it.
  "evaluation.pane.loading": { ja: "評価を読み込んでいます…", en: "Reading the evaluation…" },
  "evaluation.pane.readError": {
    ja: "ブックを読めませんでした: {message}",
    en: "Could not read the workbook: {message}",
  },
  "evaluation.pane.noWorkbook": {
    ja: "評価を入力できるブックではありません",
    en: "This workbook cannot take evaluations yet",
  },
  "evaluation.pane.noWorkbookHint": {
    ja: "「ワークブックの作成」でブックを作成してから「再読み込み」を押してください。",
    en: "Create the workbook on the first tab, then press Reload.",
  },
  "evaluation.pane.missing": {
    ja: "このブックには効果検証のシート（「評価」「総括意見」「評価履歴」「指標見直し」）がありません。追加すると、「評価」に評価年度の指標ごとの行を用意します。ほかのシートは変わりません。",
    en: "This workbook has no 効果検証 sheets (「評価」「総括意見」「評価履歴」「指標見直し」). Adding them prepares one 「評価」 row per indicator for the 評価年度; the other sheets stay as they are.",
  },
  "evaluation.pane.setUp": { ja: "効果検証のシートを追加", en: "Add the evaluation sheets" },
  "evaluation.pane.setUp.done": { ja: "{sheets}を追加しました。", en: "Added {sheets}." },
  "evaluation.pane.reload": { ja: "再読み込み", en: "Reload" },
  "evaluation.pane.year": { ja: "評価年度: {year}", en: "評価年度 (evaluation year): {year}" },
  "evaluation.pane.yearOpen": { ja: "入力中", en: "open" },
  "evaluation.pane.yearClosed": { ja: "確定済み（{closedAt}）", en: "closed ({closedAt})" },
  "evaluation.pane.recorder": { ja: "記録者", en: "Recorded by" },
  "evaluation.pane.noSelection": {
    ja: "「KPI一覧」で指標の行を選ぶと、その指標の評価の入力・確定履歴・目標の見直しが表示されます。",
    en: "Select an indicator's row on 「KPI一覧」 to enter its evaluation, see its closed years and revise its target.",
  },
  "evaluation.pane.entry.title": { ja: "{year}の評価", en: "Evaluation for {year}" },
  "evaluation.pane.entry.externalHint": {
    ja: "記入すると外的要因ありとして印が付きます（例: 新型コロナウイルス感染症の影響）。",
    en: "Anything typed here flags the grade as affected by an outside factor (e.g. the pandemic).",
  },
  "evaluation.pane.entry.choose": { ja: "（未選択）", en: "(not chosen)" },
  "evaluation.pane.entry.formulaGrade": { ja: "評価（算定）", en: "Formula grade" },
  "evaluation.pane.entry.same": { ja: "算定と同じ評価です。", en: "Same as the formula's grade." },
  "evaluation.pane.entry.differs": {
    ja: "算定との差異: 算定 {formula}／委員会 {committee}",
    en: "Differs from the formula: formula {formula} / committee {committee}",
  },
  "evaluation.pane.entry.notJudged": { ja: "委員会評価は未入力です。", en: "No committee grade yet." },
  "evaluation.pane.entry.save": { ja: "評価を保存", en: "Save evaluation" },
  "evaluation.pane.entry.saved": {
    ja: "{id} の{year}の評価を保存しました。",
    en: "Saved the {year} evaluation of {id}.",
  },
  "evaluation.pane.entry.closed": {
    ja: "{year}は確定済みのため、この評価は変更できません。確定時の値は「評価履歴」に記録されています。",
    en: "{year} is closed, so this evaluation cannot change; the values it was closed with are in 「評価履歴」.",
  },
  "evaluation.pane.entry.empty": { ja: "（空欄）", en: "(blank)" },
  "evaluation.pane.history.title": { ja: "確定した年度", en: "Closed years" },
  "evaluation.pane.history.none": { ja: "確定した年度はまだありません。", en: "No year is closed yet." },
  "evaluation.pane.history.list": { ja: "{id} の確定履歴", en: "Closed history of {id}" },
  "evaluation.pane.history.current": { ja: "確定（{closedAt}）", en: "in force (closed {closedAt})" },
  "evaluation.pane.history.superseded": {
    ja: "旧記録（{closedAt} 確定、確定し直し済み）",
    en: "superseded (closed {closedAt}, closed again since)",
  },
  "evaluation.pane.history.formulaGrade": { ja: "評価（算定）", en: "Formula grade" },
  "evaluation.pane.history.committeeGrade": { ja: "委員会評価", en: "Committee grade" },
  "evaluation.pane.history.externalFactor": { ja: "外的要因", en: "External factor" },
  "evaluation.pane.history.progress": { ja: "達成率", en: "Progress" },
  "evaluation.pane.history.none.value": { ja: "なし", en: "none" },
  "evaluation.pane.summary.title": { ja: "総括意見（{year}）", en: "Summary opinions ({year})" },
  "evaluation.pane.summary.target": { ja: "対象", en: "About" },
  "evaluation.pane.summary.text": { ja: "総括意見", en: "Summary opinion" },
  "evaluation.pane.summary.save": { ja: "総括意見を保存", en: "Save summary opinion" },
  "evaluation.pane.summary.saved": {
    ja: "{target}の総括意見を保存しました（{year}）。",
    en: "Saved the summary opinion on {target} ({year}).",
  },
  "evaluation.pane.close.title": { ja: "評価の確定", en: "Close the year" },
  "evaluation.pane.close.intro": {
    ja: "評価年度を確定すると、指標ごとの値と評価を「評価履歴」に値として固定します。以後、実績の修正・目標の見直し・データ更新があっても、その年度の記録は変わりません。",
    en: "Closing the 評価年度 freezes each indicator's values and grades as values in 「評価履歴」. Later corrections, target revisions and refreshes leave that year's record as it is.",
  },
  "evaluation.pane.close.button": { ja: "{year}を確定", en: "Close {year}" },
  "evaluation.pane.close.again": { ja: "{year}を確定し直す", en: "Close {year} again" },
  "evaluation.pane.close.confirmTitle": {
    ja: "{year}の評価を確定しますか？",
    en: "Close the evaluation of {year}?",
  },
  "evaluation.pane.close.confirmAgainTitle": {
    ja: "{year}を確定し直しますか？",
    en: "Close {year} again?",
  },
  "evaluation.pane.close.frozen": {
    ja: "全指標の最新実績・実績年度・適用目標値・達成率・期待進捗・評価（算定）と、「評価」の委員会評価・外的要因を「評価履歴」に値として記録します。確定後は、{year}の評価と総括意見を変更できず、{year}以前から適用する目標の見直しもできません。",
    en: "Every indicator's latest actual, its year, the target in force, progress, expected progress and formula grade, with the committee grade and outside factor from 「評価」, are recorded as values in 「評価履歴」. Once closed, the {year} evaluations and summary opinions cannot change, and no target revision may apply from {year} or earlier.",
  },
  "evaluation.pane.close.again.body": {
    ja: "{year}は既に確定しています（{closedAt}）。確定し直すと、以前の記録は「旧記録」として「評価履歴」に残り、今の値で新しい記録を追加します。",
    en: "{year} is already closed ({closedAt}). Closing it again keeps the earlier record in 「評価履歴」 marked 旧記録 (superseded) and adds a new record from today's values.",
  },
  "evaluation.pane.close.confirm": { ja: "確定する", en: "Close the year" },
  "evaluation.pane.close.confirmAgain": { ja: "確定し直す", en: "Close it again" },
  "evaluation.pane.close.cancel": { ja: "キャンセル", en: "Cancel" },
  "evaluation.pane.close.done": {
    ja: "{year}を確定しました（{count}指標）。",
    en: "Closed {year} ({count} indicators).",
  },
  "evaluation.pane.close.superseded": {
    ja: "以前の記録 {count}件は旧記録として残しました。",
    en: "The {count} earlier records are kept as 旧記録 (superseded).",
  },
  "evaluation.pane.close.skipped": {
    ja: "データセットにない指標（{ids}）は確定していません。",
    en: "Indicators the dataset does not define ({ids}) were not closed.",
  },
  "evaluation.pane.revise.title": { ja: "目標の見直し", en: "Revise the target" },
  "evaluation.pane.revise.intro": {
    ja: "元の目標値は「KPI一覧」に残り、見直しは「指標見直し」に記録されます。適用開始年度からの評価は新しい目標で算定します。",
    en: "The original target stays in 「KPI一覧」; the revision is recorded in 「指標見直し」, and grades from the year it applies from use the new target.",
  },
  "evaluation.pane.revise.value": { ja: "新しい目標値", en: "New target" },
  "evaluation.pane.revise.targetYear": { ja: "新しい目標年度（任意）", en: "New target year (optional)" },
  "evaluation.pane.revise.fromYear": { ja: "適用開始年度", en: "Applies from (year)" },
  "evaluation.pane.revise.reason": { ja: "見直しの理由", en: "Reason" },
  "evaluation.pane.revise.meeting": { ja: "承認した会議（第N回、任意）", en: "Approving meeting no. (optional)" },
  "evaluation.pane.revise.submit": { ja: "見直しを記録", en: "Record the revision" },
  "evaluation.pane.revise.done": {
    ja: "{id} の目標を {value} に見直しました（{fromYear}から適用）。",
    en: "Revised the target of {id} to {value} (applies from {fromYear}).",
  },
  "evaluation.pane.refused.setUp": { ja: "シートを追加できませんでした", en: "The sheets were not added" },
  "evaluation.pane.refused.entry": { ja: "評価を保存できませんでした", en: "The evaluation was not saved" },
  "evaluation.pane.refused.summary": {
    ja: "総括意見を保存できませんでした",
    en: "The summary opinion was not saved",
  },
  "evaluation.pane.refused.close": { ja: "確定できませんでした", en: "The year was not closed" },
  "evaluation.pane.refused.revise": { ja: "見直しを記録できませんでした", en: "The revision was not recorded" },
  "evaluation.pane.refused.files": { ja: "ファイルを作成できませんでした", en: "The file was not made" },
  "evaluation.pane.kept": {
    ja: "入力した内容はそのまま残っています。直してからもう一度押してください。",
    en: "What you typed is kept: correct it and press again.",
  },
  "evaluation.pane.files.title": { ja: "照会と報告書", en: "Data call and report" },
  "evaluation.pane.files.report": { ja: "効果検証報告書", en: "Evaluation report" },
  "evaluation.pane.files.format": { ja: "形式", en: "Format" },
  "evaluation.pane.files.reportButton": { ja: "{year}の報告書を作成", en: "Make the {year} report" },
  "evaluation.pane.files.reportDone": { ja: "報告書 {fileName} を作成しました。", en: "Made the report {fileName}." },
  "evaluation.pane.files.blocked": {
    ja: "この Excel ではファイルを保存できません。CLI（kpi-review report / datacall export）をお使いください。",
    en: "This Excel cannot save files here: use the CLI (kpi-review report / datacall export).",
  },
  "evaluation.pane.files.datacall": { ja: "担当課への実績照会", en: "Data call to a department" },
  "evaluation.pane.files.department": { ja: "担当課", en: "Department" },
  "evaluation.pane.files.noDepartments": {
    ja: "「KPI一覧」の担当課が空欄のため、照会ファイルを作れません。",
    en: "「KPI一覧」 names no department, so no data call file can be made.",
  },
  "evaluation.pane.files.export": { ja: "照会ファイルを作成", en: "Make the data call file" },
  "evaluation.pane.files.exported": {
    ja: "{department}の照会ファイル {fileName} を作成しました（{year}、{count}指標）。",
    en: "Made the data call file {fileName} of {department} ({year}, {count} indicators).",
  },
  "evaluation.pane.files.import": { ja: "回答ファイルを取り込む（.xlsx）", en: "Import an answered file (.xlsx)" },
  "evaluation.pane.files.preview": {
    ja: "{department}の回答との差分 {count}件（まだ何も書き込んでいません）",
    en: "{count} differences with the answer of {department} (nothing written yet)",
  },
  "evaluation.pane.files.conflictHint": {
    ja: "ブックに入力済みの値と回答が異なる指標は、チェックしたものだけ回答の値を採用し、ほかはブックの値を残します。",
    en: "Where the workbook already holds a different value, the answer's is taken only for the indicators checked; the others keep the workbook's.",
  },
  "evaluation.pane.files.useFile": { ja: "回答の値を採用", en: "Take the answer's value" },
  "evaluation.pane.files.useFileFor": { ja: "{id} は回答の値を採用", en: "Take the answer's value for {id}" },
  "evaluation.pane.files.apply": { ja: "取り込む", en: "Import" },
  "evaluation.pane.files.cancel": { ja: "取り込まない", en: "Do not import" },
  "evaluation.pane.files.imported": {
    ja: "{department}の回答を取り込みました（実績 {actuals}件、評価 {entries}指標）。",
    en: "Imported the answer of {department} ({actuals} actuals, {entries} evaluations).",
  },
  "evaluation.pane.files.working": { ja: "処理しています…", en: "Working…" },
  "evaluation.pane.warnings": {
    ja: "読めない行があります（この行は一覧に含めていません）",
    en: "Some rows could not be read (they are left out)",
  },
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
