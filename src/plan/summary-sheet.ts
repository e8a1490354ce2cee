/**
 * 「概要」, what a committee member reads first: how many indicators have each grade — 数値目標 and KPI apart, then per
 * sub-goal and per 基本目標 —, counted by COUNTIFS over whole 「KPI一覧」 columns (so rows added to the table are counted
 * too, 廃止 rows not), the counts coloured in their grade's fill where there are any, a stacked column chart, and the
 * list of the indicators graded C or D with their latest actual (summary-list.ts). Columns of 「KPI一覧」 are taken
 * from its layout (layoutOf), never by position.
 */
import type { Dataset } from "../domain/dataset/schema";
import { GRADES } from "../domain/status";
import { columnLetter, rangeAddress, sheetRef } from "../lib/a1";
import { layoutOf } from "../workbook/kpi-columns";
import { KIND_LABEL } from "./kpi-rows";
import { subGoalLabel } from "./labels";
import { eraLabelFormula, INTEGER_FORMAT } from "./formats";
import { EVALUATION_YEAR_NAME, KPI_SHEET, SUMMARY_SHEET } from "../workbook/names";
import type { CellPlan, ConditionalFormatPlan, SheetPlan, WorkbookMetadata } from "./types";
import { CHART_SPAN } from "./style-palette";
import { summaryListRows, SUMMARY_LIST_COLUMNS, summaryListFormats } from "./summary-list";
import { planColumnIndex } from "../workbook/comment-columns";
import { EVALUATION_COLUMNS, EVALUATION_SHEET, type EvaluationColumnKey } from "../workbook/evaluation-columns";

/** Header row of the count table by 区分 (数値目標, KPI, 合計 below it). */
export const SUMMARY_KIND_HEADER_ROW = 7;
/** Header row of the count table by sub-goal; one row per sub-goal below it, then the total. */
export const SUMMARY_HEADER_ROW = 12;

/** "2026-11-24T09:00:00.000Z" → "2026-11-24 18:00（日本時間）": the committee reads Japan time (UTC+9, no DST). */
export function japanTime(iso: string): string {
  const jst = new Date(Date.parse(iso) + 9 * 3600 * 1000).toISOString();
  return `${jst.slice(0, 10)} ${jst.slice(11, 16)}（日本時間）`;
}

/** Where the blocks of 「概要」 sit (1-based rows). */
export function summaryLayout(dataset: Pick<Dataset, "subGoals" | "basicGoals">): {
  /** 数値目標, KPI, then their total. */
  readonly kindRows: readonly number[];
  readonly kindTotalRow: number;
  readonly subGoalRows: readonly number[];
  readonly totalRow: number;
  readonly basicHeaderRow: number;
  readonly basicRows: readonly number[];
  /** Top-left cell of the chart. */
  readonly chartAnchor: string;
  /** The C・D list's caption row; its header row is the next one. */
  readonly listTitleRow: number;
} {
  const kinds = Object.keys(KIND_LABEL).length;
  const kindRows = Array.from({ length: kinds }, (_, i) => SUMMARY_KIND_HEADER_ROW + 1 + i);
  const kindTotalRow = SUMMARY_KIND_HEADER_ROW + kinds + 1;
  const subGoalRows = dataset.subGoals.map((_, i) => SUMMARY_HEADER_ROW + 1 + i);
  const totalRow = SUMMARY_HEADER_ROW + dataset.subGoals.length + 1;
  const basicHeaderRow = totalRow + 2;
  const basicRows = dataset.basicGoals.map((_, i) => basicHeaderRow + 1 + i);
  const chartRow = basicHeaderRow + dataset.basicGoals.length + 2;
  return {
    kindRows,
    kindTotalRow,
    subGoalRows,
    totalRow,
    basicHeaderRow,
    basicRows,
    chartAnchor: `A${chartRow}`,
    listTitleRow: chartRow + CHART_ROWS + 1,
  };
}

const CHART_ROWS = CHART_SPAN.rows;

/**
 * How many indicators of 評価年度 have an 外的要因 in 「評価」, shown apart from the grade counts (which stay as they
 * are): the committee reads those grades with the outside factor in mind. A non-empty criterion ("<>") counts the
 * typed reasons alike in Excel, LibreOffice and HyperFormula.
 */
export function externalFactorRow(): CellPlan[] {
  const column = (key: EvaluationColumnKey): string => {
    const letter = columnLetter(planColumnIndex(EVALUATION_COLUMNS, key));
    return sheetRef(EVALUATION_SHEET, `$${letter}:$${letter}`);
  };
  return [
    { value: "外的要因あり", style: "definition" },
    {
      formula: `=COUNTIFS(${column("year")},${EVALUATION_YEAR_NAME},${column("externalFactor")},"<>")`,
      numberFormat: INTEGER_FORMAT,
      style: "formula",
    },
    // Unstyled: one line overflowing to the right rather than wrapped in the narrow column C.
    { value: "評価年度の「評価」で外的要因の記入がある指標の数（下の評価の集計には含まれています）" },
  ];
}

export function buildSummarySheet(dataset: Dataset, meta: WorkbookMetadata): SheetPlan {
  const kpi = layoutOf(dataset);
  const col = (key: "subGoal" | "grade" | "kind"): string => {
    const letter = kpi.letter(key);
    return sheetRef(KPI_SHEET, `$${letter}:$${letter}`);
  };
  const gradeCols = GRADES.map((_, i) => columnLetter(i + 2));
  const header: CellPlan[] = [
    { value: "基本目標", style: "header" },
    ...GRADES.map((g): CellPlan => ({ value: g.grade, style: "header" })),
    { value: "合計", style: "header" },
  ];
  // Only rows whose 区分 is a current kind count: a refresh keeps an indicator that left the dataset as
  // 「廃止（KPI）」 with its grade, and it must not be counted. Exact matches, one COUNTIFS per kind, because
  // wildcard criteria are not read alike by Excel, LibreOffice and HyperFormula.
  const current = (criteria: string): string =>
    Object.values(KIND_LABEL)
      .map((kind) => `COUNTIFS(${col("kind")},"${kind}",${criteria})`)
      .join("+");
  const countRow = (row: number, label: string, criteria: (gradeCol: string) => string): CellPlan[] => [
    { value: label, style: "definition" },
    ...gradeCols.map((c): CellPlan => ({ formula: `=${criteria(c)}`, numberFormat: INTEGER_FORMAT, style: "formula" })),
    {
      formula: `=SUM(B${row}:${gradeCols[gradeCols.length - 1]}${row})`,
      numberFormat: INTEGER_FORMAT,
      style: "formula",
    },
  ];
  const layout = summaryLayout(dataset);
  // 数値目標 and KPI apart (a member weighs the plan's headline targets differently from its KPIs), then both.
  const kindHeader: CellPlan[] = [{ value: "区分", style: "header" }, ...header.slice(1)];
  const kindBody: CellPlan[][] = Object.values(KIND_LABEL).map((kind, i) =>
    countRow(
      layout.kindRows[i] as number,
      kind,
      (c) => `COUNTIFS(${col("kind")},"${kind}",${col("grade")},${c}$${SUMMARY_KIND_HEADER_ROW})`,
    ),
  );
  const kindTotal = countRow(layout.kindTotalRow, "合計", (c) =>
    current(`${col("grade")},${c}$${SUMMARY_KIND_HEADER_ROW}`),
  );
  const body: CellPlan[][] = dataset.subGoals.map((sg, i) => {
    const row = SUMMARY_HEADER_ROW + 1 + i;
    return countRow(row, subGoalLabel(sg), (c) =>
      current(`${col("subGoal")},$A${row},${col("grade")},${c}$${SUMMARY_HEADER_ROW}`),
    );
  });
  const total = countRow(layout.totalRow, "合計", (c) => current(`${col("grade")},${c}$${SUMMARY_HEADER_ROW}`));
  // 基本目標 1–3 (しごと・ひと・まち): sums of their sub-goals' rows above.
  const basicHeader: CellPlan[] = [{ value: "基本目標（分野）", style: "header" }, ...header.slice(1)];
  const basicBody: CellPlan[][] = dataset.basicGoals.map((bg, i) => {
    const row = layout.basicHeaderRow + 1 + i;
    const rows = dataset.subGoals.flatMap((sg, j) => (sg.basicGoalId === bg.id ? [SUMMARY_HEADER_ROW + 1 + j] : []));
    const sum = (c: string): string => (rows.length > 0 ? `SUM(${rows.map((r) => `${c}${r}`).join(",")})` : "0");
    return countRow(row, `${bg.id} ${bg.title}`, sum);
  });
  const blank = (n: number): CellPlan[][] => Array.from({ length: n }, () => []);
  const head: CellPlan[][] = [
    [{ value: "概要（評価の集計）", style: "title" }],
    [
      { value: "データセット", style: "definition" },
      { value: `${meta.datasetVersion}（${meta.datasetDate}）`, style: "definition" },
    ],
    [
      { value: "作成日時", style: "definition" },
      { value: japanTime(meta.builtAt), style: "definition" },
    ],
    [
      { value: EVALUATION_YEAR_NAME, style: "definition" },
      // 「令和6年度(2024)」, as the year columns of 「KPI一覧」 are headed.
      { formula: `=${eraLabelFormula(EVALUATION_YEAR_NAME, '"年度"')}`, style: "formula" },
    ],
    externalFactorRow(),
  ];
  const rows: (readonly (CellPlan | null)[])[] = [
    ...head,
    ...blank(SUMMARY_KIND_HEADER_ROW - head.length - 1),
    kindHeader,
    ...kindBody,
    kindTotal,
    ...blank(SUMMARY_HEADER_ROW - layout.kindTotalRow - 1),
    header,
    ...body,
    total,
    [],
    basicHeader,
    ...basicBody,
  ];
  rows.push(...blank(layout.listTitleRow - 1 - rows.length));
  const gradeColumn = (symbol: string): string => columnLetter(2 + GRADES.findIndex((g) => g.symbol === symbol));
  rows.push(
    ...summaryListRows(dataset, layout.listTitleRow, [
      `${gradeColumn("C")}${layout.kindTotalRow}`,
      `${gradeColumn("D")}${layout.kindTotalRow}`,
    ]),
  );

  return {
    name: SUMMARY_SHEET,
    rows,
    columns: summaryColumns(),
    tables: [],
    conditionalFormats: [
      ...gradeFills([
        [layout.kindRows[0] as number, layout.kindTotalRow],
        [SUMMARY_HEADER_ROW + 1, layout.totalRow],
        [layout.basicHeaderRow + 1, layout.basicHeaderRow + dataset.basicGoals.length],
      ]),
      ...summaryListFormats(dataset, layout.listTitleRow),
    ],
    validations: [],
    charts: [
      {
        kind: "columnStacked",
        title: "基本目標別の評価",
        sourceRange: rangeAddress(1, SUMMARY_HEADER_ROW, GRADES.length + 1, layout.totalRow - 1),
        anchor: layout.chartAnchor,
        seriesColors: GRADES.map((g) => g.chartColor),
      },
    ],
    // Portrait: the counts, the chart and the C・D list stack down one page; landscape cut the chart at the foot.
    pageSetup: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
    tabColor: "#70AD47",
  };
}

/**
 * Label column, one per grade, 合計; column B (評価年度's label above the counts) and the C・D list's 実績年度 column
 * wide enough for 「令和10年度(2028)」.
 */
function summaryColumns(): { width: number }[] {
  const widths = [28, ...GRADES.map(() => 12), 8];
  for (const c of [1, SUMMARY_LIST_COLUMNS.indexOf("実績年度")]) widths[c] = Math.max(widths[c] as number, 17);
  return widths.map((width) => ({ width }));
}

/**
 * Each grade's fill and font colour (as in 「KPI一覧」) on its count cells where the count is above 0, so the eye
 * finds the C and D at once and a zero stays plain. 目標未設定 has no fill.
 */
function gradeFills(blocks: readonly (readonly [number, number])[]): ConditionalFormatPlan[] {
  return blocks.flatMap(([from, to]) =>
    GRADES.flatMap((g, i): ConditionalFormatPlan[] => {
      if (g.fill === null) return [];
      const c = columnLetter(2 + i);
      return [
        {
          kind: "expression",
          range: `${c}${from}:${c}${to}`,
          formula: `=${c}${from}>0`,
          fill: g.fill,
          ...(g.fontColor ? { fontColor: g.fontColor } : {}),
        },
      ];
    }),
  );
}
