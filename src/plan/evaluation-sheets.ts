/**
 * 「評価」 and 「総括意見」 (issue #12): the departments' and the committee's yearly 効果検証 as tables at A1
 * (EVALUATION_CONTRACT, SUMMARY_OPINIONS_CONTRACT in src/workbook/evaluation-columns.ts).
 *
 * 「評価」 is pre-filled with one row per indicator for the workbook's 評価年度 (評価年度, ID, 指標名, 担当課 as values;
 * the rest for people to fill). Two columns are formulas, same-row relative so a sort keeps them right:
 * - 評価（算定）: the closed year's frozen grade from 「評価履歴」 (by キー 「2025|1-1-K1-1」); else, for the row of
 *   評価年度, the live 評価 of 「KPI一覧」 found by ID; else blank. INDEX/MATCH on whole columns: the dialect all
 *   three engines share (types.ts).
 * - 算定との差異: blank when 委員会評価 is blank, 評価保留 or the same letter; else 「算定C／委員会B」, marked.
 * 「総括意見」 carries the rows 全体 and 基本目標1…n of 評価年度. Text cells are "@"; long text wraps.
 */
import type { Dataset } from "../domain/dataset/schema";
import { basicGoalTarget, COMMITTEE_GRADES, EVALUATION_DIRECTIONS, WHOLE_STRATEGY } from "../domain/evaluation/types";
import { columnLetter, sheetRef } from "../lib/a1";
import { planColumnIndex, type ColumnDef } from "../workbook/comment-columns";
import {
  CLOSED_COLUMNS,
  CLOSED_CONTRACT,
  EVALUATION_COLUMNS,
  EVALUATION_CONTRACT,
  RECORD_HEADER_ROW,
  SUMMARY_OPINIONS_CONTRACT,
  type EvaluationColumnKey,
  type SummaryOpinionColumnKey,
} from "../workbook/evaluation-columns";
import { layoutOf, type KpiLayout } from "../workbook/kpi-columns";
import { EVALUATION_YEAR_NAME, KPI_SHEET } from "../workbook/names";
import { ROW_PLACEHOLDER } from "../workbook/record-rows";
import { VALIDATED_ROWS } from "./comments-sheets";
import { fiscalYearCell, TEXT_FORMAT, yearFormat } from "./formats";
import { isJudgedGradeFormula } from "./grade-symbol-formula";
import { buildRecordSheet, recordLastRow, type ColumnLook, type ColumnLooks } from "./record-sheet";
import type { CellPlan, ConditionalFormatPlan, SheetPlan, ValidationPlan, WorkbookPlan } from "./types";

export const EVALUATION_TAB_COLOR = "#5B9BD5";
export const DIFFERENCE_FILL = "#FCE4D6";
export const DIFFERENCE_FONT = "#9C0006";

/** 評価年度: 16 wide for its label 「令和6年度(2024)」 (each row's year in its own format, fiscalYearCell). */
const YEAR_LOOK: ColumnLook = { width: 16, format: yearFormat("fiscal"), style: "definition" };

export const EVALUATION_LOOKS: ColumnLooks<EvaluationColumnKey> = {
  year: YEAR_LOOK,
  indicatorId: { width: 12, format: TEXT_FORMAT, style: "definition" },
  name: { width: 30, format: TEXT_FORMAT, style: "definition" },
  department: { width: 14, format: TEXT_FORMAT, style: "definition" },
  formulaGrade: { width: 11, style: "formula" },
  analysis: { width: 40, format: TEXT_FORMAT, style: "longInput" },
  issues: { width: 32, format: TEXT_FORMAT, style: "longInput" },
  direction: { width: 10, format: TEXT_FORMAT, style: "input" },
  externalFactor: { width: 24, format: TEXT_FORMAT, style: "longInput" },
  committeeGrade: { width: 11, format: TEXT_FORMAT, style: "input" },
  committeeReason: { width: 32, format: TEXT_FORMAT, style: "longInput" },
  difference: { width: 16, style: "formula" },
  // 24: a written time (2025-06-20T01:00:00.000Z) shows whole; at 20 LibreOffice cut its last characters.
  updatedAt: { width: 24, format: TEXT_FORMAT, style: "input" },
  updatedBy: { width: 12, format: TEXT_FORMAT, style: "input" },
};

export const SUMMARY_LOOKS: ColumnLooks<SummaryOpinionColumnKey> = {
  year: YEAR_LOOK,
  target: { width: 12, format: TEXT_FORMAT, style: "definition" },
  text: { width: 80, format: TEXT_FORMAT, style: "longInput" },
  // 24: a written time (2025-06-20T01:00:00.000Z) shows whole; at 20 LibreOffice cut its last characters.
  updatedAt: { width: 24, format: TEXT_FORMAT, style: "input" },
  updatedBy: { width: 12, format: TEXT_FORMAT, style: "input" },
};

/** The columns whose cells wrap when a use case writes them (the stores' `wrap` option). */
export const EVALUATION_WRAPPED: readonly EvaluationColumnKey[] = EVALUATION_COLUMNS.filter(
  (c) => EVALUATION_LOOKS[c.key].style === "longInput",
).map((c) => c.key);
export const SUMMARY_WRAPPED: readonly SummaryOpinionColumnKey[] = ["text"];

/** $E for a column of a contract's plan layout (readers go by header; formulas by the layout a workbook is built with). */
const letterOf = <K extends string>(columns: readonly ColumnDef<K>[], key: K): string =>
  columnLetter(planColumnIndex(columns, key));
const evaluationCell = (key: EvaluationColumnKey, row: string): string => `$${letterOf(EVALUATION_COLUMNS, key)}${row}`;
const wholeColumn = (sheet: string, letter: string): string => sheetRef(sheet, `$${letter}:$${letter}`);

/**
 * 評価（算定） of the row `row` (a number, or ROW_PLACEHOLDER for a row a store appends): the frozen grade of a closed
 * year, else the live grade of 評価年度's row, else blank.
 */
export function formulaGradeFormula(kpi: Pick<KpiLayout, "letter">, row: string | number = ROW_PLACEHOLDER): string {
  const r = String(row);
  const year = evaluationCell("year", r);
  const id = evaluationCell("indicatorId", r);
  const closedKeys = wholeColumn(CLOSED_CONTRACT.sheet, letterOf(CLOSED_COLUMNS, "key"));
  const closedGrades = wholeColumn(CLOSED_CONTRACT.sheet, letterOf(CLOSED_COLUMNS, "formulaGrade"));
  const kpiIds = wholeColumn(KPI_SHEET, kpi.letter("id"));
  const kpiGrades = wholeColumn(KPI_SHEET, kpi.letter("grade"));
  const closed = `INDEX(${closedGrades},MATCH(${year}&"|"&${id},${closedKeys},0))`;
  const live = `IF(${year}=${EVALUATION_YEAR_NAME},IFERROR(INDEX(${kpiGrades},MATCH(${id},${kpiIds},0)),""),"")`;
  return `=IF(${id}="","",IFERROR(${closed},${live}))`;
}

/** 算定との差異 of the row: blank unless 委員会評価 judged another letter than 評価（算定）; then 「算定C／委員会B」. */
export function differenceFormula(row: string | number = ROW_PLACEHOLDER): string {
  const r = String(row);
  const grade = evaluationCell("formulaGrade", r);
  const committee = evaluationCell("committeeGrade", r);
  const deferred = COMMITTEE_GRADES[COMMITTEE_GRADES.length - 1];
  // A judging grade (A–D, exactly as 前回評価 reads grades) shows as its letter; 「− 未評価」「目標未設定」 or hand-typed
  // text as they are; none as 「－」. The committee's grade may be typed as 「B」 alone: its letter is its first character.
  const judged = isJudgedGradeFormula(grade);
  const shown = `IF(${grade}="","－",IF(${judged},LEFT(${grade},1),${grade}))`;
  const same = `OR(${committee}="",${committee}="${deferred}",AND(${judged},LEFT(${committee},1)=LEFT(${grade},1)))`;
  return `=IF(${same},"","算定"&${shown}&"／委員会"&LEFT(${committee},1))`;
}

/** The two formula cells of an 「評価」 row (for the plan, and for rows a use case appends). */
export function evaluationFormulaCells(
  kpi: Pick<KpiLayout, "letter">,
  row: string | number = ROW_PLACEHOLDER,
): Readonly<Record<"formulaGrade" | "difference", CellPlan>> {
  return {
    formulaGrade: { formula: formulaGradeFormula(kpi, row), style: "formula" },
    difference: { formula: differenceFormula(row), style: "formula" },
  };
}

/** 担当課 of an indicator, where the dataset names one (the schema's field is optional for older datasets). */
export function departmentOf(indicator: object): string {
  const d = (indicator as { readonly department?: unknown }).department;
  return typeof d === "string" ? d : "";
}

/** The rows a list validation or a mark covers: the table's rows, at least VALIDATED_ROWS (the table grows). */
const bodyRange = (letter: string, lastRow: number): string =>
  `${letter}${RECORD_HEADER_ROW + 1}:${letter}${Math.max(lastRow, VALIDATED_ROWS + 1)}`;

/** An indicator as 「評価」 shows it. */
export interface EvaluationIndicator {
  readonly id: string;
  readonly name: string;
  readonly department: string;
}

/** 「評価」 with one row per indicator for `year` (an empty table when the dataset has none). */
export function buildEvaluationSheet(dataset: Dataset, year: number): SheetPlan {
  const indicators = dataset.indicators.map((i) => ({ id: i.id, name: i.name, department: departmentOf(i) }));
  return evaluationSheetOf(indicators, layoutOf(dataset), year);
}

/** 「評価」 for these indicators, its formulas reading 「KPI一覧」's columns where `kpi` says they are. */
export function evaluationSheetOf(
  indicators: readonly EvaluationIndicator[],
  kpi: Pick<KpiLayout, "letter">,
  year: number,
): SheetPlan {
  const first = RECORD_HEADER_ROW + 1;
  const records = indicators.map((ind, i) => ({
    year: { ...fiscalYearCell(year), style: YEAR_LOOK.style },
    indicatorId: ind.id,
    name: ind.name,
    department: ind.department,
    ...evaluationFormulaCells(kpi, first + i),
  }));
  const lastRow = recordLastRow(records.length);
  const letter = (key: EvaluationColumnKey): string => letterOf(EVALUATION_COLUMNS, key);
  const validations: ValidationPlan[] = [
    {
      kind: "list",
      range: bodyRange(letter("direction"), lastRow),
      values: EVALUATION_DIRECTIONS,
      prompt: EVALUATION_DIRECTIONS.join("・") + "から選択",
    },
    {
      kind: "list",
      range: bodyRange(letter("committeeGrade"), lastRow),
      values: COMMITTEE_GRADES,
      prompt: "A 達成〜D 悪化、または評価保留から選択",
    },
  ];
  const difference = letter("difference");
  const marks: ConditionalFormatPlan[] = [
    {
      kind: "expression",
      range: bodyRange(difference, lastRow),
      formula: `=$${difference}${first}<>""`,
      fill: DIFFERENCE_FILL,
      fontColor: DIFFERENCE_FONT,
      bold: true,
    },
  ];
  return buildRecordSheet(EVALUATION_CONTRACT, EVALUATION_LOOKS, records, {
    tabColor: EVALUATION_TAB_COLOR,
    validations,
    conditionalFormats: marks,
  });
}

/** 「総括意見」's targets for a strategy: 全体, then 基本目標1…n. */
export function summaryTargets(dataset: Pick<Dataset, "basicGoals">): string[] {
  return [WHOLE_STRATEGY, ...dataset.basicGoals.map((g) => basicGoalTarget(g.id))];
}

/** 「総括意見」 with the rows of `year`. */
export function buildSummaryOpinionsSheet(dataset: Pick<Dataset, "basicGoals">, year: number): SheetPlan {
  return summaryOpinionsSheetOf(summaryTargets(dataset), year);
}

/** 「総括意見」 with a row per target for `year`. */
export function summaryOpinionsSheetOf(targets: readonly string[], year: number): SheetPlan {
  const records = targets.map((target) => ({ year: { ...fiscalYearCell(year), style: YEAR_LOOK.style }, target }));
  return buildRecordSheet(SUMMARY_OPINIONS_CONTRACT, SUMMARY_LOOKS, records, { tabColor: EVALUATION_TAB_COLOR });
}

/** Both sheets for `year`. */
export function buildEvaluationSheets(dataset: Dataset, year: number): SheetPlan[] {
  return [buildEvaluationSheet(dataset, year), buildSummaryOpinionsSheet(dataset, year)];
}

/** The plan with 「評価」「総括意見」 appended (after the committee's sheets); a plan that has them gets them rebuilt. */
export function addEvaluationSheetsToPlan(plan: WorkbookPlan, dataset: Dataset, year: number): WorkbookPlan {
  const ours = new Set([EVALUATION_CONTRACT.sheet, SUMMARY_OPINIONS_CONTRACT.sheet]);
  return {
    ...plan,
    sheets: [...plan.sheets.filter((s) => !ours.has(s.name)), ...buildEvaluationSheets(dataset, year)],
  };
}
