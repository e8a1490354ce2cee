/**
 * The selected-indicator card (card.*) that the 「委員意見」 and 「評価」 panels both show
 * (src/taskpane/components/indicator-card); registered by both panels' sections.
 */
import type { Entry } from "./entry";

export const INDICATOR_CARD_MESSAGES = {
  "card.selected": { ja: "選択中の指標", en: "Selected indicator" },
  "card.path": { ja: "基準値 → 目標値", en: "Baseline → target" },
  "card.valueAt": { ja: "{value}（{year}）", en: "{value} in {year}" },
  "card.targetInForce": {
    ja: "見直し後の目標 {value}（{year}）で評価",
    en: "Graded against the revised target {value} for {year}",
  },
  "card.latest": { ja: "最新実績", en: "Latest actual" },
  "card.progress": { ja: "達成率", en: "Progress" },
  "card.expected": { ja: "期待進捗", en: "Expected progress" },
  "card.grade": { ja: "評価", en: "Grade" },
  "card.worse": { ja: "基準値より悪化", en: "Worse than the baseline" },
  "card.progressActual": { ja: "算定値 {value}", en: "Calculated: {value}" },
  "card.year.fiscal": { ja: "{era}年度({year})", en: "FY{year} ({era})" },
  "card.year.calendar": { ja: "{era}年({year})", en: "{year} ({era})" },
  "card.verification.pending": { ja: "事務局：要確認", en: "Staff: to check" },
  "card.verification.done": { ja: "事務局：確認済", en: "Staff: checked" },
  "card.chart.title": { ja: "実績と目標への道筋", en: "Actuals and the path to the target" },
  "card.chart.path": {
    ja: "実績 {count} 点（{first}〜{last}）と、{base}（{baseYear}）から目標値 {target}（{targetYear}）への直線の道筋。",
    en: "{count} actuals, {first} to {last}, against the straight path from {base} in {baseYear} to the target {target} in {targetYear}.",
  },
  "card.chart.maintain": {
    ja: "実績 {count} 点（{first}〜{last}）と、維持する目標値 {target}。",
    en: "{count} actuals, {first} to {last}, against the target {target} to maintain.",
  },
  "card.chart.targetOnly": {
    ja: "実績 {count} 点（{first}〜{last}）と、目標値 {target}（{targetYear}）。",
    en: "{count} actuals, {first} to {last}, and the target {target} in {targetYear}.",
  },
  "card.chart.noTarget": {
    ja: "実績 {count} 点（{first}〜{last}）。目標値は設定されていません。",
    en: "{count} actuals, {first} to {last}. No target is set.",
  },
  "card.chart.noActuals": { ja: "実績はまだ入力されていません。", en: "No actual has been entered yet." },
  "card.chart.latestOnTrack": {
    ja: "最新の実績 {value}（{year}）は道筋に届いています。",
    en: "The latest actual, {value} in {year}, is on or ahead of the path.",
  },
  "card.chart.latestBehind": {
    ja: "最新の実績 {value}（{year}）は道筋に届いていません。",
    en: "The latest actual, {value} in {year}, is behind the path.",
  },
  "card.chart.latest": { ja: "最新の実績は {value}（{year}）。", en: "The latest actual is {value} in {year}." },
  "card.chart.legend.actual": { ja: "● 実績", en: "● Actual" },
  "card.chart.legend.path": { ja: "--- 目標への道筋", en: "--- Path to the target" },
  "card.chart.legend.level": { ja: "--- 維持する目標", en: "--- Target to maintain" },
  "card.chart.legend.target": { ja: "◆ 目標", en: "◆ Target" },
  "card.chart.legend.behind": { ja: "○ 届いていない実績", en: "○ Actual behind" },
  "card.chart.table": { ja: "年度ごとの実績と道筋", en: "Actuals and the path by year" },
  "card.chart.table.year": { ja: "年度", en: "Year" },
  "card.chart.table.actual": { ja: "実績", en: "Actual" },
  "card.chart.table.path": { ja: "道筋・目標の値", en: "Path or target" },
  "card.chart.table.judged": { ja: "判定", en: "Judged" },
  "card.chart.table.onTrack": { ja: "届いている", en: "On track" },
  "card.chart.table.behind": { ja: "届いていない", en: "Behind" },
} as const satisfies Record<string, Entry>;
