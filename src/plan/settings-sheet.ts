/**
 * 「設定」: the named cells the formulas read (評価年度, 順調閾値) with Japanese explanations, validation on them,
 * and the legends (grades, directions, how the numbers are computed and entered).
 */
import type { Problem } from "../domain/dataset/problems";
import { DIRECTIONS, GRADES } from "../domain/status";
import type { PlanYears } from "../workbook/kpi-columns";
import { SETTINGS_SHEET, EVALUATION_YEAR_NAME, THRESHOLD_NAME } from "../workbook/names";
import { THRESHOLD_FORMAT, yearFormat, yearLabelRules } from "./formats";
import type { CellPlan, ConditionalFormatPlan, NamedCellPlan, SheetPlan } from "./types";

export const DEFAULT_THRESHOLD = 1.0;
/** 順調閾値's validation on 「設定」 (and what a value given to the builder must satisfy). */
export const THRESHOLD_RANGE = { min: 0, max: 2 } as const;

const DIRECTION_LEGEND: Readonly<Record<string, string>> = {
  増加: "値が大きくなるほど良い指標。",
  減少: "値が小さくなるほど良い指標。",
  "維持(以上)": "目標値以上を保つ指標。達成率は計算せず、実績が目標値以上なら「A 達成」、未満なら「D 悪化」。",
  "維持(以下)": "目標値以下を保つ指標（例: 待機児童 0人）。実績が目標値以下なら「A 達成」、超えれば「D 悪化」。",
  "維持(全日)": "毎日開設（366日（閏年））。その年度の日数（365日または366日）が目標で、全日開設なら「A 達成」。",
};

/** How the numbers are computed and entered: term → explanation. */
const METHOD_LINES: readonly (readonly [string, string])[] = [
  ["最新実績", "評価年度以前で、実績値が入力されている最も新しい年度の値（暦年の指標は同じ西暦年の値）。"],
  [
    "達成率",
    "(最新実績 − 判定基準値) ÷ (目標値 − 判定基準値)。減少目標もこの式のまま。判定基準値がなければ 最新実績 ÷ 目標値（減少目標は計算しない）。",
  ],
  [
    "判定基準値",
    "※注記で令和4年度実績などから増加させるとされた指標はその値と年度、それ以外は基準値（現状値）と基準年度。",
  ],
  ["期待進捗", "(実績年度 − 判定基準年度) ÷ (目標年度 − 判定基準年度)。0%〜100%に収める。"],
  [
    "空欄",
    "維持目標、目標値＝判定基準値、判定基準値のない減少目標、実績なし、目標未設定の指標では、達成率と期待進捗は空欄（維持目標などは実績が目標の側にあれば「A 達成」、なければ「D 悪化」）。",
  ],
  ["％の入力", "単位が％の指標は、94.6% を 94.6 のように単位どおりの数値で入力します（表示は 94.6%）。"],
];

/** Rows of 「設定」 that others may need. */
export const SETTINGS_ROWS = { evaluationYear: 4, threshold: 5 } as const;

/**
 * Values 「設定」 would hold outside its own validation (a workbook that refuses what it was built with): 評価年度 a
 * whole year within the plan's year columns, 順調閾値 within THRESHOLD_RANGE. `evaluationYear` is the problem's path.
 */
export function settingsProblems(evaluationYear: number, years: PlanYears, threshold = DEFAULT_THRESHOLD): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(evaluationYear) || evaluationYear < years.first || evaluationYear > years.last) {
    problems.push({
      path: "evaluationYear",
      message: `must be a year from ${years.first} to ${years.last} (the plan's year columns, as 設定's validation), got ${evaluationYear}`,
    });
  }
  if (!Number.isFinite(threshold) || threshold < THRESHOLD_RANGE.min || threshold > THRESHOLD_RANGE.max) {
    problems.push({
      path: "threshold",
      message: `must be from ${THRESHOLD_RANGE.min} to ${THRESHOLD_RANGE.max} (as 設定's validation), got ${threshold}`,
    });
  }
  return problems;
}

/** 「設定」; refuses (throws) values outside its own validation: callers check settingsProblems first. */
export function buildSettingsSheet(
  evaluationYear: number,
  years: PlanYears,
): { sheet: SheetPlan; names: NamedCellPlan[] } {
  const refused = settingsProblems(evaluationYear, years);
  if (refused.length > 0) throw new Error(refused.map((p) => `${p.path}: ${p.message}`).join("\n"));
  const { first, last } = years;
  const rows: (readonly (CellPlan | null)[])[] = [
    [{ value: "設定", style: "title" }],
    // Unstyled: one line overflowing to the right rather than wrapped in the narrow column A.
    [{ value: "「値」の列を変えると、「KPI一覧」と「概要」の評価がすべて再計算されます。" }],
    [
      { value: "項目", style: "header" },
      { value: "値", style: "header" },
      { value: "説明", style: "header" },
    ],
    [
      { value: EVALUATION_YEAR_NAME, style: "definition" },
      { value: evaluationYear, numberFormat: yearFormat("fiscal", evaluationYear), style: "input" },
      {
        value: `この年度までの実績で評価します（${first}〜${last}の西暦で入力）。既定は作成時点で終了した最新の年度（4月〜翌3月）。`,
        style: "note",
      },
    ],
    [
      { value: THRESHOLD_NAME, style: "definition" },
      { value: DEFAULT_THRESHOLD, numberFormat: THRESHOLD_FORMAT, style: "input" },
      {
        value:
          "達成率が「期待進捗 × この値」以上なら「B 順調」、未満なら「C 遅れ」。既定 1.00。0.8 なら期待の8割で順調。",
        style: "note",
      },
    ],
    [],
    [{ value: "評価の凡例", style: "group" }],
    [
      { value: "評価", style: "header" },
      { value: null, style: "header" },
      { value: "意味", style: "header" },
    ],
  ];
  const gradeFirstRow = rows.length + 1;
  // Explanations go in the wide column C, where a wrapped note fits on one line.
  const legendRow = (label: string, text: string): (CellPlan | null)[] => [
    { value: label, style: "definition" },
    null,
    { value: text, style: "note" },
  ];
  const legendHeader = (label: string, text: string): CellPlan[] => [
    { value: label, style: "header" },
    { value: null, style: "header" },
    { value: text, style: "header" },
  ];
  for (const g of GRADES) rows.push(legendRow(g.grade, g.legend));
  const gradeLastRow = rows.length;
  rows.push([], [{ value: "方向の凡例", style: "group" }], legendHeader("方向", "意味"));
  for (const d of DIRECTIONS) rows.push(legendRow(d.label, DIRECTION_LEGEND[d.label] ?? ""));
  rows.push([], [{ value: "計算方法", style: "group" }], legendHeader("項目", "説明"));
  for (const [term, text] of METHOD_LINES) rows.push(legendRow(term, text));

  const legendFills: ConditionalFormatPlan[] = GRADES.filter((g) => g.fill !== null).map((g) => ({
    kind: "expression",
    range: `A${gradeFirstRow}:A${gradeLastRow}`,
    formula: `=$A${gradeFirstRow}="${g.grade}"`,
    fill: g.fill ?? undefined,
    fontColor: g.fontColor ?? undefined,
    stopIfTrue: true,
  }));

  const sheet: SheetPlan = {
    name: SETTINGS_SHEET,
    rows,
    columns: [{ width: 16 }, { width: 16 }, { width: 120 }],
    tables: [],
    // 評価年度 reads 「令和6年度(2024)」 for every year it may hold, not only the one written (formats.ts).
    conditionalFormats: [
      ...legendFills,
      ...yearLabelRules({
        range: `B${SETTINGS_ROWS.evaluationYear}`,
        cell: `B${SETTINGS_ROWS.evaluationYear}`,
        years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
        basis: "fiscal",
      }),
    ],
    validations: [
      {
        kind: "decimal",
        range: `B${SETTINGS_ROWS.evaluationYear}`,
        min: first,
        max: last,
        error: `評価年度は ${first} から ${last} までの西暦で入力してください（例: 令和6年度なら 2024）。`,
        prompt: "評価する年度（西暦）",
      },
      {
        kind: "decimal",
        range: `B${SETTINGS_ROWS.threshold}`,
        min: THRESHOLD_RANGE.min,
        max: THRESHOLD_RANGE.max,
        error: "順調閾値は 0 から 2 までの数値で入力してください（既定 1.00）。",
        prompt: "期待進捗に掛ける係数",
      },
    ],
    charts: [],
    pageSetup: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
    tabColor: "#FFC000",
  };
  const names: NamedCellPlan[] = [
    {
      name: EVALUATION_YEAR_NAME,
      sheet: SETTINGS_SHEET,
      address: `$B$${SETTINGS_ROWS.evaluationYear}`,
      comment: "評価する年度（西暦）",
    },
    {
      name: THRESHOLD_NAME,
      sheet: SETTINGS_SHEET,
      address: `$B$${SETTINGS_ROWS.threshold}`,
      comment: "順調とする係数 k",
    },
  ];
  return { sheet, names };
}
