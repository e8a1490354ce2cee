/**
 * What a refresh tells the user (keys refresh.notice.<code>), and the preview as lines of text (refresh.lines.*): recoveries the reader made, damage that stops the
 * refresh, columns put back. A notice carries its code and parameters (src/workbook/refresh-notice.ts); the pane and
 * the CLI render it with `noticeText`. The sheet and table names 「KPI一覧」 and 「KPI」 are contracts
 * (src/workbook/names.ts), written out here as the user reads them.
 */
import type { Entry } from "./entry";

export const REFRESH_MESSAGES = {
  // Finding the KPI table (workbook/kpi-locate.ts).
  "refresh.notice.SheetRenamed": {
    ja: "「KPI一覧」はシート「{sheet}」として見つかりました（表「KPI」）。シート名はそのままにします。",
    en: '"KPI一覧" was found as sheet "{sheet}" (table "KPI"); the name is kept.',
  },
  "refresh.notice.TableMissing": {
    ja: "表「KPI」がなかったため、「{sheet}」の{row}行目の見出しから読み取り、表を作り直します。",
    en: 'No table "KPI"; read "{sheet}" by its header row {row}; the table is created again.',
  },
  "refresh.notice.KpiSheetAmbiguous": {
    ja: "表「KPI」がなく、IDと指標名の見出しを持つシートが複数あります（{sheets}）。どれがKPI一覧か決められません。",
    en: 'No table "KPI" and several sheets have ID and 指標名 headers ({sheets}).',
  },
  "refresh.notice.KpiHeaderMissing": {
    ja: "「KPI一覧」に表「KPI」がなく、「ID」と「指標名」の見出し行も見つかりません。",
    en: '"KPI一覧" has no table "KPI" and no header row with ID and 指標名.',
  },
  "refresh.notice.KpiSheetMissing": {
    ja: "シート「KPI一覧」も表「KPI」も見つかりません。削除された場合は、ブックを作り直すか、バックアップから戻してください。",
    en: 'Neither the sheet "KPI一覧" nor the table "KPI" was found.',
  },

  // Reading its columns and rows (workbook/kpi-grid-reader.ts).
  "refresh.notice.DuplicateHeader": {
    ja: "「{sheet}」の{first}と{cell}が同じ見出し「{header}」です。どちらかの見出しを変えるか列を削除してください。",
    en: '"{sheet}" has the header "{header}" twice, in {first} and {cell}.',
  },
  "refresh.notice.HeaderRecovered": {
    ja: "{cell}の見出し「{found}」を「{header}」として読み、元に戻します。",
    en: '{cell} "{found}" read as "{header}" and restored.',
  },
  "refresh.notice.ColumnsMoved": {
    ja: "「{sheet}」の列の順序が変わっていたため、元の順序に戻します（追加された列は右端に移します）。",
    en: 'Columns of "{sheet}" were moved; the plan\'s order is restored (added columns go to the right).',
  },
  "refresh.notice.ColumnsHidden": {
    ja: "非表示の列（{columns}）も読み取りました。非表示のままにします。",
    en: "Hidden columns ({columns}) were read and stay hidden.",
  },
  "refresh.notice.RowsHidden": {
    ja: "フィルターなどで非表示の行（{count}行）も読み取りました。更新後はすべての行を表示します。",
    en: "{count} hidden (filtered) rows were read; after the refresh all rows are shown.",
  },
  "refresh.notice.FilterCleared": {
    ja: "「{sheet}」の表のフィルターや非表示の行は、書き込む前に解除します（フィルターのままでは別の行に書き込まれるため）。フィルターは書き込んだ後にかけ直します。手で非表示にした行は表示したままにします。",
    en: 'The filter and hidden rows of the table on "{sheet}" are cleared before writing (a filtered range is written into the wrong rows); the filter is applied again after writing, and rows hidden by hand stay shown.',
  },
  "refresh.notice.PlanFormulasUpdated": {
    ja: "このブックは以前の版（{from}）で作られています。計算式を新しい版（{version}）に更新しました（{count}セル）。",
    en: "This workbook was built by an earlier version ({from}): its formulas were updated to the new version ({version}) ({count} cells).",
  },
  // Re-pointing the plan's formulas on other sheets at 「KPI一覧」's moved columns (refresh/kpi-references.ts).
  "refresh.notice.KpiReferencesRepointed": {
    ja: "「{kpiSheet}」の列の並びが変わるため、その列を読む計算式（{sheets}の{count}セル）を新しい列の並びに合わせます。",
    en: 'The columns of "{kpiSheet}" move: the formulas that read them ({sheets}: {count} cells) are re-pointed to their new places.',
  },
  // An older plan's 「概要」 rebuilt from the current plan (refresh/summary-rebuild.ts).
  "refresh.notice.SummaryRebuilt": {
    ja: "「{sheet}」は以前の版（{from}）の配置です。新しい版（{version}）の配置で作り直します（このシートは集計と計算式だけで、入力された内容はありません）。",
    en: 'The layout of "{sheet}" is from an earlier version ({from}): the sheet is rebuilt in the layout of the new version ({version}) (it holds only counts and formulas, nothing typed).',
  },
  "refresh.notice.FilterNotRestored": {
    ja: "「{sheet}」の表のフィルターのうち、更新後の表にない列（{columns}）のものはかけ直しません。",
    en: 'The filter on columns the refreshed table on "{sheet}" no longer has ({columns}) is not applied again.',
  },

  // Sheets and names the formulas read, rebuilt from the plan (refresh/repair.ts).
  "refresh.notice.SettingsSheetRebuilt": {
    ja: "シート「設定」がなかったため作り直します（名前「評価年度」「順調閾値」も）。評価年度は既定の{year}です。必要なら「設定」で変えてください。",
    en: 'The sheet "設定" was missing: it is created again with the names 評価年度 and 順調閾値; 評価年度 is the default, {year}. Change it in "設定" if needed.',
  },
  "refresh.notice.SettingsNamesRestored": {
    ja: "式が参照する名前（{names}）がなかったため、「設定」のセルに付け直します。",
    en: 'The names the formulas read ({names}) were missing; they are defined again on the cells of "設定".',
  },
  "refresh.notice.CommentSheetsRebuilt": {
    ja: "委員意見の記録のシート（{sheets}）がなかったため、空のシートとして作り直します。「意見数」「未対応意見」はこれを数えます。",
    en: 'The committee\'s sheets ({sheets}) were missing; they are created again, empty, for the comment counts of "KPI一覧".',
  },
  "refresh.notice.EvaluationSheetsAdded": {
    ja: "「KPI一覧」の「前回評価」「適用目標値」「要確認」が参照するシート（{sheets}）がなかったため、シートとして追加します。",
    en: 'The sheets "KPI一覧"\'s 前回評価, 適用目標値 and 要確認 read ({sheets}) were missing; they are added.',
  },

  // The dataset's target revisions merged into 「指標見直し」 (app/refresh.ts, domain/evaluation/dataset-revisions.ts).
  "refresh.notice.RevisionAdded": {
    ja: "「指標見直し」に追加します: {id} {fromYear}から 目標値 {target}・目標年度 {targetYear}（{reason}）",
    en: '"指標見直し" gets {id} from {fromYear}: target {target} by {targetYear} ({reason})',
  },
  "refresh.notice.RevisionDiffers": {
    ja: "「指標見直し」{row}行目の {id}（{fromYear}から）は目標値 {ledger}・目標年度 {ledgerYear} ですが、データセットでは {target}・{targetYear} です。ブックの行をそのまま残します。データセットに合わせるなら行を直してください。",
    en: '"指標見直し" row {row}, {id} from {fromYear}: target {ledger} by {ledgerYear}, the dataset says {target} by {targetYear}; the workbook\'s row is kept (edit it to follow the dataset).',
  },
  "refresh.notice.RevisionFromClosedYear": {
    ja: "データセットの指標見直し {id}（{fromYear}から）は、確定済みの{closed}以前に適用されるため追加しません（確定した年度の評価は変えられません）。",
    en: "The dataset's revision of {id} from {fromYear} is not added: it applies from a closed year ({closed} is closed, and a closed year cannot change).",
  },
  "refresh.notice.RevisionsTableMissing": {
    ja: "シート「{sheet}」に表「{table}」が見つからないため、データセットの指標見直しを「指標見直し」に追加しません。",
    en: 'The sheet "{sheet}" has no table "{table}": the dataset\'s revisions are not added to "指標見直し".',
  },
  "refresh.notice.RevisionsNotMerged": {
    ja: "「{sheet}」に読めない行があるため（{cells}）、データセットの指標見直しを「指標見直し」に追加しません。行を直してからもう一度更新してください。",
    en: 'Rows of "{sheet}" cannot be read ({cells}): the dataset\'s revisions are not added to "指標見直し". Fix the rows and refresh again.',
  },

  // The dataset's verification notes merged into the staff sheet 「確認事項」 (app/refresh-verification.ts).
  "refresh.notice.VerificationAdded": {
    ja: "「確認事項」に{count}件の要確認を未確認として追加します: {ids}",
    en: '"確認事項" gets {count} item(s) to check, as 未確認: {ids}',
  },
  "refresh.notice.VerificationChanged": {
    ja: "「確認事項」の{ids}の読み取り・理由をデータセットに合わせて書き換えます（状態・確認者・確認日・メモはそのまま）。",
    en: '"確認事項": the reading and reason of {ids} follow the dataset (状態, 確認者, 確認日 and メモ stay as typed).',
  },
  "refresh.notice.VerificationGone": {
    ja: "データセットに要確認がなくなった{ids}は、「確認事項」に残し「記載なし」と記します。",
    en: 'The dataset no longer marks {ids} for checking: their "確認事項" rows stay, marked 記載なし.',
  },
  "refresh.notice.VerificationTableMissing": {
    ja: "シート「{sheet}」に表「{table}」が見つからないため、データセットの要確認を「確認事項」に反映しません。",
    en: 'The sheet "{sheet}" has no table "{table}": the dataset\'s verification notes are not merged into "確認事項".',
  },
  "refresh.notice.VerificationNotMerged": {
    ja: "「{sheet}」に読めない行があるため（{cells}）、データセットの要確認を反映しません。行を直してからもう一度更新してください。",
    en: 'Rows of "{sheet}" cannot be read ({cells}): the dataset\'s verification notes are not merged. Fix the rows and refresh again.',
  },

  // Damage that stops the refresh (refresh/damage.ts).
  "refresh.notice.IdColumnMissing": {
    ja: "「{sheet}」にID列が見つかりません。",
    en: 'No ID column in "{sheet}".',
  },
  "refresh.notice.HeaderRowMoved": {
    ja: "「{sheet}」の見出し行が{expected}行目ではなく{row}行目（{cell}）にあります。式が参照する行がずれるため更新できません。行を削除して元の位置に戻してください。",
    en: 'The header row of "{sheet}" is at row {row} ({cell}), not row {expected}; the formulas would read the wrong rows.',
  },
  "refresh.notice.DuplicateId": {
    ja: "「{sheet}」の{first}と{cell}に同じID「{id}」があります。どちらかを削除または修正してください。",
    en: '"{sheet}" has the id "{id}" twice, in {first} and {cell}.',
  },
  "refresh.notice.NotAnId": {
    ja: "「{sheet}」の{cell}の「{id}」は指標のID（1-1-K1-1 などの形）ではありません。表の中に指標以外の行を置かないでください。",
    en: '"{sheet}" {cell}: "{id}" is not an indicator id (like 1-1-K1-1); keep other rows out of the table.',
  },
  "refresh.notice.MissingId": {
    ja: "「{sheet}」の{cell}のIDが空ですが、その行に値があります。IDを入れるか行を削除してください。",
    en: '"{sheet}" {cell}: the ID is empty but the row holds values.',
  },
  "refresh.notice.TextInNumberColumn": {
    ja: "「{sheet}」の{cell}（{header}）に数値でない「{text}」があります。数値に直すか消してください。",
    en: '"{sheet}" {cell} ({header}) holds "{text}", not a number.',
  },
  "refresh.notice.DateInNumberColumn": {
    ja: "「{sheet}」の{cell}（{header}）に日付「{date}」が入っています。実績の数値を入力してください。",
    en: '"{sheet}" {cell} ({header}) holds the date {date}, not an actual; type the number.',
  },
  "refresh.notice.YearColumnMissing": {
    ja: "「{sheet}」に「{header}」列がありません。見出しを変えた列（{extras}）のどれかがその年度の実績なら、見出しを「{header}」に戻してください。",
    en: '"{sheet}" has no column "{header}"; if one of the renamed columns ({extras}) holds it, restore its header "{header}".',
  },

  // A record table of an older workbook brought up to its contract (refresh/record-columns.ts).
  "refresh.notice.RecordColumnsAdded": {
    ja: "表「{table}」に新しい列（{headers}）を末尾に追加します。入力済みの行では空欄です。",
    en: 'Table "{table}" gets the new column(s) {headers} at its end, empty on the rows already there.',
  },
  "refresh.notice.RecordColumnsNoRoom": {
    ja: "表「{table}」の右隣に入力があるため、新しい列（{headers}）を追加しません。右隣を空けてから、もう一度更新してください。",
    en: 'Table "{table}" has cells typed right of it, so the new column(s) {headers} are not added; clear them and refresh again.',
  },

  // Columns and cells the refresh puts back (refresh/layout-notices.ts).
  "refresh.notice.YearColumnAdded": {
    ja: "「{header}」列がなかったため追加しました。",
    en: 'Column "{header}" was missing and is added back.',
  },
  "refresh.notice.ColumnAdded": {
    ja: "「{header}」列がなかったため追加しました。",
    en: 'Column "{header}" was missing and is added back.',
  },
  "refresh.notice.YearsRowRestored": {
    ja: "{cell}の西暦「{found}」を {year} に戻しました（式が参照します）。",
    en: '{cell} held "{found}" instead of {year}; restored (the formulas read it).',
  },

  // The use case and the file it reads (app/refresh.ts, adapters/xlsx/refresh-book.ts).
  "refresh.notice.ChangedSincePreview": {
    ja: "プレビューの後にブックが変更されました。もう一度プレビューしてください。",
    en: "The workbook changed after the preview; preview again.",
  },
  "refresh.notice.NotXlsx": {
    ja: ".xlsx として読めません: {reason}",
    en: "not a readable .xlsx: {reason}",
  },

  // The preview as lines of text (refresh/preview.ts previewLines: the CLI, logs).
  "refresh.lines.summary": {
    ja: "データセット {version}: 追加 {added}、定義変更 {changedRows}指標（{changedFields}項目）、廃止 {retired}、廃止から復帰 {unretired}、実績補完 {filled}、競合 {conflicts}、数式復元 {restored}",
    en: "Dataset {version}: {added} added, {changedRows} indicators changed ({changedFields} fields), {retired} retired, {unretired} back from retired, {filled} actuals filled, {conflicts} conflicts, {restored} formulas restored",
  },
  "refresh.lines.added": { ja: "追加 {id} {name}", en: "added {id} {name}" },
  "refresh.lines.changed": {
    ja: "変更 {id}「{name}」 {field}: {before} → {after}",
    en: "changed {id} 「{name}」 {field}: {before} → {after}",
  },
  "refresh.lines.retired": {
    ja: "廃止 {id}（行と実績・意見は残します）",
    en: "retired {id} (row, actuals and comments kept)",
  },
  "refresh.lines.unretired": { ja: "復帰 {id}", en: "back {id}" },
  "refresh.lines.conflictKept": {
    ja: "競合 {id} {year} {cell}: ブック {workbook} / データセット {dataset} → ブックの値を残す",
    en: "conflict {id} {year} {cell}: workbook {workbook} / dataset {dataset} → workbook kept",
  },
  "refresh.lines.conflictTaken": {
    ja: "競合 {id} {year} {cell}: ブック {workbook} / データセット {dataset} → データセットの値を採用",
    en: "conflict {id} {year} {cell}: workbook {workbook} / dataset {dataset} → dataset taken",
  },
  "refresh.lines.restored": {
    ja: "数式復元 {cell}（{id} {field}）: 「{found}」を式に戻します",
    en: 'formula restored {cell} ({id} {field}): "{found}" replaced by the formula',
  },
  "refresh.lines.notice": { ja: "注意: {text}", en: "note: {text}" },
  /** An empty cell, where a value is shown (the preview, the pane's change lines). */
  "refresh.value.empty": { ja: "（空欄）", en: "(empty)" },
} as const satisfies Record<string, Entry>;

type CodeOf<K> = K extends `refresh.notice.${infer C}` ? C : never;

/** The codes of refresh notices (a notice's catalogue key is refresh.notice.<code>). */
export type RefreshNoticeCode = CodeOf<keyof typeof REFRESH_MESSAGES>;
