/**
 * 「KPI一覧」: one row per indicator in dataset (document) order, as the Excel table "KPI" with filter buttons.
 * Definitions from the dataset, actual inputs per year (western year in the header), formula columns that grade.
 * Grouping 基本目標 → 施策 is by columns plus row outline groups, since a table cannot hold caption rows.
 */
import type { Dataset } from "../domain/dataset/schema";
import { GRADES } from "../domain/status";
import { cellAddress, columnLetter, rangeAddress } from "../lib/a1";
import { KPI_ROWS, layoutOf, yearKey, type KpiColumnKey, type KpiLayout } from "../workbook/kpi-columns";
// The cells of one indicator's row live in kpi-rows.ts, shared with the refresh merge (one copy).
import { indicatorRowCells, KIND_LABEL } from "./kpi-rows";
import { ONE_LINE_POINTS, rowHeightFor } from "./row-heights";
import { EVALUATION_YEAR_NAME, KPI_SHEET, KPI_TABLE } from "../workbook/names";
import { eraYearLabel } from "../domain/periods";
import type { CellPlan, ConditionalFormatPlan, SheetPlan, ValidationPlan } from "./types";
import { yearLabelRules } from "./formats";

export const DUE_FILL = "#F8CBAD";
export const PROGRESS_BAR_COLOR = "#5B9BD5";
export const PERCENT_SLIP_FILL = "#FFC7CE";
export const PERCENT_SLIP_FONT = "#9C0006";
/** 数値目標 rows: their ID/name/区分 bold on this fill, so the goal's own figures stand apart from its KPIs. */
export const NUMERIC_TARGET_FILL = "#E2EFDA";
export const ACTUAL_INPUT_PROMPT = "実績値を単位どおりの数値で入力（％の指標は 94.6% を 94.6 と入力）";
export const ACTUAL_INPUT_ERROR =
  "数値を入力してください。単位は「単位」列のとおりです（％の指標は 94.6% なら 94.6 と入力）。";

/** Columns whose text wraps: long names and labels show whole (with the heights of rowHeightsOf). */
export const WRAPPED: ReadonlySet<KpiColumnKey> = new Set<KpiColumnKey>(["name", "subGoal", "measure", "notes"]);
/**
 * The columns a row's height is computed from: the name, which a member always sees. 基本目標, 施策 and 注記 wrap but
 * do not set the height: they sit in the details that open folded, and rows sized for them were mostly blank on the
 * member's page (seen in the render); unfolded, they show their first lines.
 */
const HEIGHT_KEYS: readonly KpiColumnKey[] = ["name"];

/** Heights of the header row (when it wraps) and of every data row. */
function rowHeightsOf(layout: KpiLayout, header: readonly CellPlan[], body: readonly (readonly CellPlan[])[]) {
  const out: { row: number; height: number }[] = [];
  const headerHeight = rowHeightFor(layout.columns.map((c, i) => ({ text: textOf(header[i]), width: c.width })));
  if (headerHeight !== null) out.push({ row: KPI_ROWS.header, height: headerHeight });
  body.forEach((cells, i) => {
    out.push({
      row: KPI_ROWS.firstData + i,
      height: kpiRowHeight(layout, (key) => textOf(cells[layout.col(key) - 1])),
    });
  });
  return out;
}

/**
 * The height one indicator's row needs for its wrapped name, for the refresh too. A one-line row gets one line's
 * height written, not none: LibreOffice sizes a row without a height for all its wrapped text, the folded 注記 and 施策
 * too, and the member's page showed rows mostly blank; a refreshed row that was taller shrinks back.
 */
export function kpiRowHeight(layout: KpiLayout, text: (key: KpiColumnKey) => string | null): number {
  return (
    rowHeightFor(HEIGHT_KEYS.map((key) => ({ text: text(key), width: layout.columns[layout.col(key) - 1]!.width }))) ??
    ONE_LINE_POINTS
  );
}

export const textOf = (cell: CellPlan | null | undefined): string | null =>
  typeof cell?.value === "string" ? cell.value : cell?.value == null ? null : String(cell.value);

/**
 * The legend in row 1 right of the title (issue #13: every highlight says what it means): one sample cell per
 * highlight, coloured by the same look as the rule it explains (an always-true rule, so the table's rules stay
 * the table's), then one line that explains them. From the 最新実績 column on, clear of the title's text.
 */
function legend(layout: KpiLayout): { cells: Map<number, CellPlan>; rules: ConditionalFormatPlan[] } {
  const cells = new Map<number, CellPlan>();
  const rules: ConditionalFormatPlan[] = [];
  let col = layout.col("latest");
  const put = (
    cell: CellPlan,
    look?: Omit<Extract<ConditionalFormatPlan, { kind: "expression" }>, "kind" | "range" | "formula">,
  ) => {
    if (look) rules.push({ kind: "expression", range: cellAddress(col, KPI_ROWS.title), formula: "=TRUE", ...look });
    cells.set(col++, cell);
  };
  put({ value: "凡例 →", style: "note" });
  put({ value: "入力欄", style: "input" });
  put({ value: "評価年度未入力" }, { fill: DUE_FILL, bold: true });
  put({ value: "％の桁?" }, { fill: PERCENT_SLIP_FILL, fontColor: PERCENT_SLIP_FONT, bold: true });
  for (const g of GRADES) if (g.fill) put({ value: g.grade }, { fill: g.fill, fontColor: g.fontColor ?? undefined });
  put({ value: KIND_LABEL["numeric-target"] }, { fill: NUMERIC_TARGET_FILL, bold: true });
  // Unstyled, so it overflows to the right over the empty cells of row 1.
  put({ value: LEGEND_TEXT });
  return { cells, rules };
}

/**
 * What the samples that are no plain word mean. Short: its overflow widens what prints (LibreOffice fits the page to
 * it), so it ends within the year columns.
 */
export const LEGEND_TEXT =
  "評価年度未入力＝目標のある指標の評価年度が空欄／％の桁?＝％に1未満の値（94.6%は94.6と入力）";

/** Consecutive runs of the same key: [from, to] row numbers. */
function runs<T>(
  items: readonly T[],
  key: (item: T) => string | null,
  firstRow: number,
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    const prev = items[i - 1] as T;
    if (i === items.length || key(items[i] as T) !== key(prev)) {
      if (key(prev) !== null) out.push({ from: firstRow + start, to: firstRow + i - 1 });
      start = i;
    }
  }
  return out;
}

/**
 * The years 実績年度 and 適用目標年度 may show, each of which gets its label rules (yearLabelRules): the plan's year
 * columns (実績年度 is one of them, found in row 2; a revised target year must be one, revising.ts) through the latest
 * 目標年度 of the dataset (the dataset's targets are not limited to the plan's years). From the whole dataset, so the
 * refresh, which builds its sample from one indicator, passes them in.
 */
export function kpiLabelYears(dataset: Dataset): number[] {
  const { firstYear, lastYear } = layoutOf(dataset);
  const last = Math.max(lastYear, ...dataset.indicators.map((i) => i.target.period.year));
  return Array.from({ length: last - firstYear + 1 }, (_, i) => firstYear + i);
}

/** The label rules of 実績年度 and 適用目標年度 over data rows first..last (the basis from the row's 年度/暦年). */
function yearColumnRules(layout: KpiLayout, years: readonly number[], first: number, last: number) {
  const basis = { cell: `$${layout.letter("basis")}${first}` };
  return (["latestYear", "targetYearInForce"] as const).flatMap((key) => {
    const letter = layout.letter(key);
    return yearLabelRules({ range: `${letter}${first}:${letter}${last}`, cell: `${letter}${first}`, years, basis });
  });
}

export function buildKpiSheet(
  dataset: Dataset,
  title: string,
  labelYears: readonly number[] = kpiLabelYears(dataset),
): SheetPlan {
  const indicators = dataset.indicators;
  const layout = layoutOf(dataset);
  const { firstYear, lastYear } = layout;
  const first = KPI_ROWS.firstData;
  // A table needs at least one data row; an empty dataset gets one blank row.
  const dataRows = Math.max(1, indicators.length);
  const last = first + dataRows - 1;
  const lastCol = layout.columns.length;

  const titleRow: (CellPlan | null)[] = layout.columns.map(() => null);
  titleRow[0] = { value: title, style: "title" };
  const legendPlan = legend(layout);
  for (const [col, cell] of legendPlan.cells) titleRow[col - 1] = cell;
  const yearsRow: (CellPlan | null)[] = layout.columns.map(() => null);
  // Unstyled, so the line overflows into the empty cells to its right instead of wrapping in the narrow ID column.
  yearsRow[0] = {
    value: `${eraYearLabel(firstYear)}年度〜${eraYearLabel(lastYear)}年度の列に実績値を単位どおり入力（％は 94.6% なら 94.6）。この行の西暦は式が参照するため変更しないでください。`,
  };
  yearsRow[layout.col(yearKey(firstYear)) - 2] = { value: "西暦 →", style: "note" };
  for (const year of layout.years)
    yearsRow[layout.col(yearKey(year)) - 1] = { value: year, numberFormat: "0", style: "note" };
  const header: CellPlan[] = layout.columns.map((c) => ({ value: c.header, style: "header" }));
  const body =
    indicators.length > 0
      ? indicators.map((ind, i) => indicatorRowCells(layout, dataset, ind, first + i))
      : [layout.columns.map(() => ({ value: null }) as CellPlan)];

  const yFirst = layout.col(yearKey(firstYear));
  const yLast = layout.col(yearKey(lastYear));
  const actualsRange = rangeAddress(yFirst, first, yLast, last);
  const gradeCol = layout.letter("grade");
  const gradeRange = `${gradeCol}${first}:${gradeCol}${last}`;
  const progressCol = layout.letter("progress");
  const unitCol = layout.letter("unit");
  const kindCol = layout.letter("kind");

  const conditionalFormats: ConditionalFormatPlan[] = [
    {
      kind: "dataBar",
      range: `${progressCol}${first}:${progressCol}${last}`,
      min: 0,
      max: 1,
      color: PROGRESS_BAR_COLOR,
    },
    ...GRADES.filter((g) => g.fill !== null).map((g): ConditionalFormatPlan => ({
      kind: "expression",
      range: gradeRange,
      formula: `=$${gradeCol}${first}="${g.grade}"`,
      fill: g.fill ?? undefined,
      fontColor: g.fontColor ?? undefined,
      stopIfTrue: true,
    })),
    {
      // The 評価年度 column of an indicator with a target, still empty: the actual the committee is waiting for.
      kind: "expression",
      range: actualsRange,
      formula: `=AND(${columnLetter(yFirst)}$${KPI_ROWS.years}=${EVALUATION_YEAR_NAME},${cellAddress(yFirst, first)}="",$${layout.letter("target")}${first}<>"")`,
      fill: DUE_FILL,
      bold: true,
    },
    {
      // Values are stored in the unit (94.6 for 94.6%), but Excel reads a typed 「94.6%」 as 0.946: flag a
      // percentage between −1 and 1 so that slip is seen (a real value under 1% is only shown, not refused).
      kind: "expression",
      range: actualsRange,
      formula: `=AND(OR($${unitCol}${first}="%",$${unitCol}${first}="％"),ISNUMBER(${cellAddress(yFirst, first)}),ABS(${cellAddress(yFirst, first)})<1,${cellAddress(yFirst, first)}<>0)`,
      fill: PERCENT_SLIP_FILL,
      fontColor: PERCENT_SLIP_FONT,
      bold: true,
    },
    {
      // 数値目標 rows apart from the KPI rows (not the ID cell: the committee's open-comment mark lives there).
      kind: "expression",
      range: rangeAddress(layout.col("name"), first, layout.col("kind"), last),
      formula: `=$${kindCol}${first}="${KIND_LABEL["numeric-target"]}"`,
      fill: NUMERIC_TARGET_FILL,
      bold: true,
    },
    ...legendPlan.rules,
    ...yearColumnRules(layout, labelYears, first, last),
  ];

  const validations: ValidationPlan[] = [
    { kind: "decimal", range: actualsRange, error: ACTUAL_INPUT_ERROR, prompt: ACTUAL_INPUT_PROMPT },
  ];

  return {
    name: KPI_SHEET,
    rows: [titleRow, yearsRow, header, ...body],
    columns: layout.columns.map((c) => (WRAPPED.has(c.key) ? { width: c.width, wrap: true } : { width: c.width })),
    freeze: { rows: KPI_ROWS.header, columns: layout.col("name") },
    tables: [
      {
        name: KPI_TABLE,
        range: rangeAddress(1, KPI_ROWS.header, lastCol, last),
        style: "TableStyleLight9",
        showFilterButton: true,
      },
    ],
    conditionalFormats,
    validations,
    charts: [],
    // Outline levels are per row, so adjacent groups merge: group the KPI rows of each 基本目標, which the
    // 数値目標 rows of the next one separate. Collapsed, the sheet shows the 数値目標 only.
    rowGroups: runs(indicators, (i) => (i.kind === "kpi" ? i.subGoalId : null), first),
    // The definition details fold away (a member reads the verdict, staff open them with the outline's +).
    columnGroups: [{ from: layout.col("subGoal"), to: layout.col("verification"), collapsed: true }],
    rowHeights: rowHeightsOf(layout, header, body),
    // A3 landscape, one page wide; the header row and ID/指標名 on every page.
    pageSetup: {
      orientation: "landscape",
      paperSize: "A3",
      printTitleRows: `$${KPI_ROWS.header}:$${KPI_ROWS.header}`,
      printTitleColumns: `$${layout.letter("id")}:$${layout.letter("name")}`,
      fitToWidth: true,
    },
    tabColor: "#4472C4",
  };
}
