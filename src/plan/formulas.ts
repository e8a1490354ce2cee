/**
 * Formula text of the 「KPI一覧」 formula columns, in the dialect all three engines share (see types.ts):
 * same-row relative A1 references, the years row as $-anchored row 2, the defined names 評価年度 and 順調閾値,
 * Excel-2010 functions only. 達成率, 期待進捗 and 評価 read the target in force (適用目標値 / 適用目標年度, from
 * 「指標見直し」: forward-formulas.ts), not the dataset's 目標値 / 目標年度. The grade formula is generated from GRADE_RULES (src/domain/status.ts), the
 * condition of each rule from GRADE_CONDITIONS below, so the twin and the sheet cannot drift apart silently.
 */
import { CMP_PLACES, DIRECTIONS, directionInfo, GRADE_RULES, type GradeRuleId } from "../domain/status";
import { KPI_ROWS, yearKey, type KpiColumnKey, type KpiLayout } from "../workbook/kpi-columns";
import { EVALUATION_YEAR_NAME, THRESHOLD_NAME } from "../workbook/names";

/** Cell references of one row, by meaning. */
export interface RowRefs {
  readonly actuals: string; // P4:W4
  readonly years: string; // P$2:W$2
  readonly id: string; // $A4
  /** 目標値 / 目標年度 as the dataset gives them. */
  readonly originalTarget: string;
  readonly originalTargetYear: string;
  /** The target in force for 評価年度 (適用目標値 / 適用目標年度): what every grading formula reads. */
  readonly target: string;
  readonly base: string;
  readonly baseYear: string;
  readonly targetYear: string;
  readonly direction: string;
  readonly latest: string;
  readonly latestYear: string;
  readonly progress: string;
  readonly expected: string;
  readonly grade: string;
  readonly projection: string;
}

export function rowRefs(layout: KpiLayout, row: number): RowRefs {
  const first = layout.letter(yearKey(layout.firstYear));
  const last = layout.letter(yearKey(layout.lastYear));
  const at = (key: KpiColumnKey): string => `${layout.letter(key)}${row}`;
  return {
    actuals: `${first}${row}:${last}${row}`,
    years: `${first}$${KPI_ROWS.years}:${last}$${KPI_ROWS.years}`,
    id: `$${at("id")}`,
    originalTarget: at("target"),
    originalTargetYear: at("targetYear"),
    target: at("targetInForce"),
    base: at("judgeBase"),
    baseYear: at("judgeBaseYear"),
    targetYear: at("targetYearInForce"),
    direction: at("direction"),
    latest: at("latest"),
    latestYear: at("latestYear"),
    progress: at("progress"),
    expected: at("expected"),
    grade: at("grade"),
    projection: at("projection"),
  };
}

export const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Days of fiscal year y (April y – March y+1): the target of a 366日（閏年） indicator in year y. */
const daysOfFiscalYear = (year: string): string => `(DATE(${year}+1,4,1)-DATE(${year},4,1))`;

/** TRUE when the 方向 cell holds a maintain direction (no 達成率). */
function isMaintain(x: RowRefs): string {
  const labels = DIRECTIONS.filter((d) => d.maintain).map((d) => `${x.direction}=${quote(d.label)}`);
  return `OR(${labels.join(",")})`;
}

/** TRUE when the latest actual is on the good side of the target of its year, per direction. */
function meetsTarget(x: RowRefs): string {
  const parts = DIRECTIONS.map((d) => {
    const target = d.rule === "everyDay" ? daysOfFiscalYear(x.latestYear) : x.target;
    const cmp = d.side === "atLeast" ? ">=" : "<=";
    return `AND(${x.direction}=${quote(d.label)},${x.latest}${cmp}${target})`;
  });
  return `OR(${parts.join(",")})`;
}

/** The sum-of-max idiom for "latest year ≤ 評価年度 holding a number" (measured in all three engines). */
function latestYearExpr(x: RowRefs): string {
  return `SUMPRODUCT(MAX(ISNUMBER(${x.actuals})*(${x.years}<=${EVALUATION_YEAR_NAME})*${x.years}))`;
}

export function latestYearFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  const expr = latestYearExpr(x);
  return `=IF(${expr}=0,"",${expr})`;
}

export function latestFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  return `=IF(${x.latestYear}="","",INDEX(${x.actuals},1,MATCH(${x.latestYear},${x.years},0)))`;
}

export function progressFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  // No 達成率 for 減少 without a baseline (a / t would grade a figure above the target 「A 達成」): status.ts.
  const decrease = `${x.direction}=${quote(directionInfo("decrease").label)}`;
  const noBase = `IF(OR(${x.target}=0,${decrease}),"",${x.latest}/${x.target})`;
  const withBase = `IF(${x.target}=${x.base},"",(${x.latest}-${x.base})/(${x.target}-${x.base}))`;
  return `=IF(OR(${x.latest}="",${x.target}="",${isMaintain(x)}),"",IF(${x.base}="",${noBase},${withBase}))`;
}

export function expectedFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  const ratio = `(${x.latestYear}-${x.baseYear})/(${x.targetYear}-${x.baseYear})`;
  return `=IF(${x.progress}="","",IF(${x.targetYear}=${x.baseYear},1,MAX(0,MIN(1,${ratio}))))`;
}

const round = (expr: string): string => `ROUND(${expr},${CMP_PLACES})`;

/** Excel condition of each grade rule; evaluated in GRADE_RULES order, so each may assume the earlier failed. */
const GRADE_CONDITIONS: Readonly<Record<GradeRuleId, (x: RowRefs) => string>> = {
  noTarget: (x) => `${x.target}=""`,
  noActual: (x) => `${x.latest}=""`,
  metWithoutProgress: (x) => `AND(${x.progress}="",${meetsTarget(x)})`,
  notMetWithoutProgress: (x) => `${x.progress}=""`,
  reached: (x) => `${round(x.progress)}>=1`,
  onTrack: (x) => `${round(x.progress)}>=${round(`${x.expected}*${THRESHOLD_NAME}`)}`,
  behind: (x) => `${round(x.progress)}>=0`,
  worse: () => "TRUE",
};

export function gradeFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  const last = GRADE_RULES[GRADE_RULES.length - 1];
  if (!last) throw new Error("GRADE_RULES is empty");
  let expr = quote(last.grade);
  for (let i = GRADE_RULES.length - 2; i >= 0; i--) {
    const rule = GRADE_RULES[i] as (typeof GRADE_RULES)[number];
    expr = `IF(${GRADE_CONDITIONS[rule.id](x)},${quote(rule.grade)},${expr})`;
  }
  return `=${expr}`;
}
