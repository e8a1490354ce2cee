/**
 * 「概要」: how many indicators have each grade, per 基本目標 and in total, counted by COUNTIFS over whole
 * 「KPI一覧」 columns (so rows added to the table are counted too, 廃止 rows not), with a stacked column chart.
 */
import type { Dataset } from "../domain/dataset/schema";
import { GRADES } from "../domain/status";
import { columnLetter, rangeAddress, sheetRef } from "../lib/a1";
import { layoutOf } from "../workbook/kpi-columns";
import { KIND_LABEL } from "./kpi-rows";
import { subGoalLabel } from "./labels";
import { INTEGER_FORMAT, yearFormat } from "./formats";
import { EVALUATION_YEAR_NAME, KPI_SHEET, SUMMARY_SHEET } from "../workbook/names";
import type { CellPlan, SheetPlan, WorkbookMetadata } from "./types";
import { planColumnIndex } from "../workbook/comment-columns";
import { EVALUATION_COLUMNS, EVALUATION_SHEET, type EvaluationColumnKey } from "../workbook/evaluation-columns";

/** Header row of the count table; one row per 基本目標 below it, then the total. */
export const SUMMARY_HEADER_ROW = 6;

/** "2026-11-24T09:00:00.000Z" → "2026-11-24 18:00（日本時間）": the committee reads Japan time (UTC+9, no DST). */
export function japanTime(iso: string): string {
  const jst = new Date(Date.parse(iso) + 9 * 3600 * 1000).toISOString();
  return `${jst.slice(0, 10)} ${jst.slice(11, 16)}（日本時間）`;
}

/** Where the count blocks of 「概要」 sit (1-based rows). */
export function summaryLayout(dataset: Pick<Dataset, "subGoals" | "basicGoals">): {
  readonly subGoalRows: readonly number[];
  readonly totalRow: number;
  readonly basicHeaderRow: number;
  readonly basicRows: readonly number[];
} {
  const subGoalRows = dataset.subGoals.map((_, i) => SUMMARY_HEADER_ROW + 1 + i);
  const totalRow = SUMMARY_HEADER_ROW + dataset.subGoals.length + 1;
  const basicHeaderRow = totalRow + 2;
  return { subGoalRows, totalRow, basicHeaderRow, basicRows: dataset.basicGoals.map((_, i) => basicHeaderRow + 1 + i) };
}

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
  const body: CellPlan[][] = dataset.subGoals.map((sg, i) => {
    const row = SUMMARY_HEADER_ROW + 1 + i;
    return countRow(row, subGoalLabel(sg), (c) =>
      current(`${col("subGoal")},$A${row},${col("grade")},${c}$${SUMMARY_HEADER_ROW}`),
    );
  });
  const layout = summaryLayout(dataset);
  const total = countRow(layout.totalRow, "合計", (c) => current(`${col("grade")},${c}$${SUMMARY_HEADER_ROW}`));
  // 基本目標 1–3 (しごと・ひと・まち): sums of their sub-goals' rows above.
  const basicHeader: CellPlan[] = [{ value: "基本目標（分野）", style: "header" }, ...header.slice(1)];
  const basicBody: CellPlan[][] = dataset.basicGoals.map((bg, i) => {
    const row = layout.basicHeaderRow + 1 + i;
    const rows = dataset.subGoals.flatMap((sg, j) => (sg.basicGoalId === bg.id ? [SUMMARY_HEADER_ROW + 1 + j] : []));
    const sum = (c: string): string => (rows.length > 0 ? `SUM(${rows.map((r) => `${c}${r}`).join(",")})` : "0");
    return countRow(row, `${bg.id} ${bg.title}`, sum);
  });

  return {
    name: SUMMARY_SHEET,
    rows: [
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
        { formula: `=${EVALUATION_YEAR_NAME}`, numberFormat: yearFormat("fiscal"), style: "formula" },
        {
          formula: `=IF(${EVALUATION_YEAR_NAME}=2019,"令和元年度","令和"&(${EVALUATION_YEAR_NAME}-2018)&"年度")`,
          style: "formula",
        },
      ],
      externalFactorRow(),
      header,
      ...body,
      total,
      [],
      basicHeader,
      ...basicBody,
    ],
    columns: [{ width: 28 }, ...GRADES.map(() => ({ width: 11 })), { width: 8 }],
    tables: [],
    conditionalFormats: [],
    validations: [],
    charts: [
      {
        kind: "columnStacked",
        title: "基本目標別の評価",
        sourceRange: rangeAddress(1, SUMMARY_HEADER_ROW, GRADES.length + 1, layout.totalRow - 1),
        anchor: `A${layout.basicHeaderRow + dataset.basicGoals.length + 3}`,
        seriesColors: GRADES.map((g) => g.chartColor),
      },
    ],
    pageSetup: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
    tabColor: "#70AD47",
  };
}
