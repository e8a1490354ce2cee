/**
 * What making the minutes says about the workbook: settings that fell back to defaults and a 「KPI一覧」 table that is
 * missing or lacks headers (minutes.problem.*, filled in the caller's language by workbook/kpi-snapshots.ts), and a
 * meeting that is not recorded (minutes.unknownMeeting, domain/minutes/build.ts gives both languages).
 */
import type { Entry } from "./entry";

export const MINUTES_MESSAGES = {
  "minutes.problem.evaluationYear": {
    ja: "名前「{name}」の値が読めないため、{year}で評価しました",
    en: "The name 「{name}」 holds no readable value, so the statuses were evaluated for fiscal year {year}",
  },
  "minutes.problem.threshold": {
    ja: "名前「{name}」の値が読めないため、{value} で評価しました",
    en: "The name 「{name}」 holds no readable value, so the statuses were evaluated with {value}",
  },
  "minutes.problem.noKpiTable": {
    ja: "テーブル「{table}」（シート「{sheet}」）がないため、指標の状況は表示しません",
    en: "There is no table 「{table}」 (sheet 「{sheet}」), so the indicators' statuses are not shown",
  },
  "minutes.problem.missingHeaders": {
    ja: "テーブル「{table}」に見出し {headers} がありません",
    en: "The table 「{table}」 lacks the headers {headers}",
  },
  "minutes.duplicateRows": {
    ja: "同じ{header}「{value}」の行が2つあります: {first} と {second}。どちらの行か決められないため、会議録は作成しません。{more}",
    en: "Two rows have the same {header} 「{value}」: {first} and {second}. The minutes are not made, as it is not clear which row is meant.{more}",
  },
  "minutes.duplicateRowsMore": { ja: "（ほかに{count}件）", en: " ({count} more)" },
  "minutes.unknownMeeting": {
    ja: "第{number}回の会議は「{sheet}」シートにありません。登録されている会議: {meetings}",
    en: "Meeting {number} is not in the {sheet} sheet. Meetings recorded: {meetings}",
  },
  /** One meeting in the list above; the list's separator and its empty form. */
  "minutes.meetingListItem": { ja: "第{number}回", en: "{number}" },
  "minutes.meetingListSeparator": { ja: "、", en: ", " },
  "minutes.meetingListNone": { ja: "なし", en: "none" },
} as const satisfies Record<string, Entry>;

export type MinutesMessageKey = keyof typeof MINUTES_MESSAGES;
