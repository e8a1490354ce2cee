/** Office.js errors as the user reads them (keys office.*); src/adapters/office/errors.ts maps error codes to these. */
import type { Entry } from "./entry";

export const OFFICE_MESSAGES = {
  "office.error.invalidArgument": {
    ja: "Excel が指定された値を受け付けませんでした（引数が不正です）。",
    en: "Excel rejected a value it was given (invalid argument).",
  },
  "office.error.itemAlreadyExists": {
    ja: "同じ名前のシート・テーブル・名前付きセルが既にあります。",
    en: "A sheet, table or named cell with the same name already exists.",
  },
  "office.error.itemNotFound": {
    ja: "必要なシートまたはセルが見つかりません。",
    en: "A sheet or cell that is needed was not found.",
  },
  "office.error.payloadTooLarge": {
    ja: "一度に送るデータが大きすぎます。件数を減らして再度お試しください。",
    en: "Too much data was sent to Excel at once. Try again with fewer rows.",
  },
  "office.error.cellEditMode": {
    ja: "セルの編集中です。Enter または Esc で編集を終えてから、もう一度お試しください。",
    en: "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
  },
  "office.error.apiNotSupported": {
    ja: "お使いの Excel ではこの機能が使えません。Excel を更新してください。",
    en: "Your version of Excel does not support this feature. Please update Excel.",
  },
  "office.error.accessDenied": {
    ja: "ブックが保護されているか読み取り専用のため変更できません。",
    en: "The workbook is protected or read-only and cannot be changed.",
  },
  "office.error.busy": {
    ja: "Excel が応答していません。しばらく待ってからもう一度お試しください。",
    en: "Excel is busy. Wait a moment and try again.",
  },
  "office.error.unknown": {
    ja: "Excel で予期しないエラーが発生しました（{code}）。",
    en: "Excel reported an unexpected error ({code}).",
  },
  "office.result.sheetsExist": {
    ja: "同じ名前のシートが既にあります（{sheets}）。置き換えますか？ 置き換えると現在の内容は削除されます。",
    en: "Sheets with the same names already exist ({sheets}). Replace them? Their current contents will be deleted.",
  },
  "office.result.unsupported": {
    ja: "お使いの Excel には次の機能がありません: {features}",
    en: "Your Excel lacks these features: {features}",
  },
} as const satisfies Record<string, Entry>;

export type OfficeMessageKey = keyof typeof OFFICE_MESSAGES;
