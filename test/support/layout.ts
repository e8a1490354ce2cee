/**
 * The 「KPI一覧」 layout of the 令和3〜9年度 strategy: year columns 2020–2027. Every fixture dataset and the bundled
 * dataset have that plan period, so tests that address columns directly use this layout (a test with another plan
 * period builds its own with kpiLayout / layoutOf).
 */
import { kpiLayout } from "../../src/workbook/kpi-columns";

export const LAYOUT = kpiLayout({ first: 2020, last: 2027 });
export const KPI_COLUMNS = LAYOUT.columns;
export const kpiCol = LAYOUT.col;
export const kpiLetter = LAYOUT.letter;
export const YEARS = LAYOUT.years;
export const FIRST_YEAR = LAYOUT.firstYear;
export const LAST_YEAR = LAYOUT.lastYear;

/** The definition details after the year columns, in order: the contract the plan folds (written out, not derived). */
export const DETAIL_HEADERS: readonly string[] = [
  "基本目標",
  "施策",
  "担当課",
  "年度/暦年",
  "基準年度",
  "目標年度",
  "方向",
  "判定基準値",
  "判定基準年度",
  "注記",
  "要確認",
];

/** The sheets a new workbook has, in order, then the metadata's second copy (very hidden): written out, not derived. */
export const PLANNED_SHEETS: readonly string[] = [
  "KPI一覧",
  "設定",
  "概要",
  "委員名簿",
  "会議",
  "委員意見",
  "評価",
  "総括意見",
  "評価履歴",
  "指標見直し",
  "確認事項",
  "_kpi-review",
];
