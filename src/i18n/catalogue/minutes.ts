/**
 * What reading a workbook for the minutes says about it (keys minutes.problem.*): settings that fell back to defaults
 * and a 「KPI一覧」 table that is missing or lacks headers. src/app/minutes.ts fills them in the caller's language.
 */
import type { Entry } from "./entry";

export const MINUTES_MESSAGES = {
  "minutes.problem.evaluationYear": {
    ja: "名前「{name}」の値が読めないため、{year}年度で評価しました",
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
} as const satisfies Record<string, Entry>;

export type MinutesMessageKey = keyof typeof MINUTES_MESSAGES;
