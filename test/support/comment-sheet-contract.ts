/**
 * What a person finds in 「委員意見」, written out by hand (not read from src/workbook/comment-columns.ts), so the
 * tests of the plan, of the row writer and of the rendered sheet hold the code to one contract and fail when it moves.
 */

/** 「委員意見」's headers, left to right. */
export const COMMENT_SHEET_HEADERS = [
  "ID",
  "会議",
  "対象",
  "発言者ID",
  "発言者",
  "区分",
  "内容",
  "市の回答・対応",
  "対応状況",
  "記録日時",
  "記録者",
] as const;

/** The number format of each of those columns: text as text, 会議 as 第N回, 記録日時 as a date-time. */
export const COMMENT_ROW_NUMBER_FORMATS = [
  "@",
  '"第"0"回"',
  "@",
  "@",
  "@",
  "@",
  "@",
  "@",
  "@",
  "yyyy/mm/dd hh:mm",
  "@",
] as const;
