/**
 * The issue #12 formula columns of 「KPI一覧」 and the 「指標見直し」 ledger's 適用中, in the dialect of types.ts:
 *
 *   適用目標値 / 適用目標年度  the 「指標見直し」 row of the ID whose 適用中 is TRUE (COUNTIFS / SUMIFS over whole
 *                              columns), else 目標値 / 目標年度 (改定目標年度 blank → 目標年度)
 *   前回評価                   「C → B」: 「評価履歴」's 評価（算定） under キー (評価年度−1)|ID, then today's 評価,
 *                              each as its symbol (GRADES: 「−」 未評価, 「／」 目標未設定)
 *   必要値                     b + (T − b) × clip((評価年度 − y0) / (Y − y0), 0, 1): the straight path in 評価年度
 *   見込み                     the least-squares line through the numbers of the year columns up to 評価年度, at Y
 *   見込み評価                 「達成見込み」 when 見込み is on the good side of T, else 「未達見込み」
 *
 * (T, Y the target in force, b, y0 the 判定基準.) The forward view is for 増加 / 減少 only. The least squares are
 * written as explicit sums (n, Σx, Σxx, Σy, Σxy with x = year − Y) rather than FORECAST/SLOPE, whose handling of
 * blanks and text differs between the engines; text in a year cell counts as no number. The TypeScript twin is
 * src/domain/forward-view.ts. TRUE() / FALSE() are written as functions: HyperFormula reads a bare TRUE as a name.
 */
import { DIRECTIONS, CMP_PLACES } from "../domain/status";
import { gradeSymbolFormula } from "./grade-symbol-formula";
import { FORWARD_GRADES } from "../domain/forward-view";
import { columnLetter, sheetRef } from "../lib/a1";
import { planColumnIndex, type ColumnDef } from "../workbook/comment-columns";
import {
  CLOSED_COLUMNS,
  CLOSED_CONTRACT,
  RECORD_HEADER_ROW,
  REVISION_COLUMNS,
  REVISIONS_CONTRACT,
  type ClosedColumnKey,
  type RevisionColumnKey,
} from "../workbook/evaluation-columns";
import type { KpiLayout } from "../workbook/kpi-columns";
import { EVALUATION_YEAR_NAME } from "../workbook/names";
import { quote, rowRefs, type RowRefs } from "./formulas";

function letterOf<K extends string>(columns: readonly ColumnDef<K>[], key: K): string {
  const index = planColumnIndex(columns, key);
  if (index < 1) throw new Error(`no column ${key}`);
  return columnLetter(index);
}

/** '指標見直し'!$A:$A for a column of the ledger. */
const revisionColumn = (key: RevisionColumnKey): string => {
  const l = letterOf(REVISION_COLUMNS, key);
  return sheetRef(REVISIONS_CONTRACT.sheet, `$${l}:$${l}`);
};
const closedColumn = (key: ClosedColumnKey): string => {
  const l = letterOf(CLOSED_COLUMNS, key);
  return sheetRef(CLOSED_CONTRACT.sheet, `$${l}:$${l}`);
};

/** The criteria pair "this ID, the row in force" of the ledger lookups. */
const inForceCriteria = (x: RowRefs): string =>
  `${revisionColumn("indicatorId")},${x.id},${revisionColumn("inForce")},TRUE()`;

export function targetInForceFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  const revised = `SUMIFS(${revisionColumn("revisedTarget")},${inForceCriteria(x)})`;
  // COUNTIFS, not the sum, decides: a revised target may be 0.
  return `=IF(COUNTIFS(${inForceCriteria(x)})>0,${revised},IF(${x.originalTarget}="","",${x.originalTarget}))`;
}

export function targetYearInForceFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  // A year is never 0: a blank 改定目標年度 (or no revision in force) sums to 0 and keeps 目標年度.
  const revised = `SUMIFS(${revisionColumn("revisedTargetYear")},${inForceCriteria(x)})`;
  return `=IF(${revised}>0,${revised},${x.originalTargetYear})`;
}

/**
 * 適用中 of ledger row `row` (a number, or ROW_PLACEHOLDER for a row a store appends): TRUE when its 適用開始年度 is at
 * or before 評価年度 and no row of the same ID has a later one that is too; of two rows of the same ID and year, the
 * lower one (entered later) wins, as targetInForce has it.
 */
export function revisionInForceFormula(row: number | string): string {
  const at = (key: RevisionColumnKey): string => `$${letterOf(REVISION_COLUMNS, key)}${row}`;
  const whole = (key: RevisionColumnKey): string => {
    const l = letterOf(REVISION_COLUMNS, key);
    return `$${l}:$${l}`;
  };
  const upTo = (key: RevisionColumnKey): string => {
    const l = letterOf(REVISION_COLUMNS, key);
    return `$${l}$${RECORD_HEADER_ROW}:$${l}${row}`;
  };
  const id = at("indicatorId");
  const from = at("fromYear");
  const later = `COUNTIFS(${whole("indicatorId")},${id},${whole("fromYear")},">"&${from},${whole("fromYear")},"<="&${EVALUATION_YEAR_NAME})`;
  const sameYearBelow = `COUNTIFS(${upTo("indicatorId")},${id},${upTo("fromYear")},${from})<COUNTIFS(${whole("indicatorId")},${id},${whole("fromYear")},${from})`;
  return `=IF(OR(${id}="",NOT(ISNUMBER(${from}))),FALSE(),IF(${from}>${EVALUATION_YEAR_NAME},FALSE(),AND(${later}=0,NOT(${sameYearBelow}))))`;
}

export function previousGradeFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  const key = `(${EVALUATION_YEAR_NAME}-1)&"|"&${x.id}`;
  const previous = `INDEX(${closedColumn("formulaGrade")},MATCH(${key},${closedColumn("key")},0))`;
  // Blank unless the previous year is closed (a record in force under its キー).
  return `=IF(ISNA(MATCH(${key},${closedColumn("key")},0)),"",${gradeSymbolFormula(previous)}&" → "&${gradeSymbolFormula(x.grade)})`;
}

/** TRUE when the 方向 cell holds 増加 or 減少: the directions with a path (and a forward view). */
function hasPath(x: RowRefs): string {
  const labels = DIRECTIONS.filter((d) => !d.maintain).map((d) => `${x.direction}=${quote(d.label)}`);
  return `OR(${labels.join(",")})`;
}

export function requiredFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  const share = `IF(${x.targetYear}=${x.baseYear},1,MAX(0,MIN(1,(${EVALUATION_YEAR_NAME}-${x.baseYear})/(${x.targetYear}-${x.baseYear}))))`;
  return `=IF(OR(${x.target}="",${x.base}="",NOT(${hasPath(x)})),"",${x.base}+(${x.target}-${x.base})*${share})`;
}

export function projectionFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  const counted = `ISNUMBER(${x.actuals})*(${x.years}<=${EVALUATION_YEAR_NAME})`;
  const d = `(${x.years}-${x.targetYear})`;
  const n = `SUMPRODUCT(${counted})`;
  const sx = `SUMPRODUCT(${counted}*${d})`;
  const sxx = `SUMPRODUCT(${counted}*${d}*${d})`;
  // SUMIFS and SUMPRODUCT's separate array arguments skip text, so a word in a year cell cannot break the sums.
  const sy = `SUMIFS(${x.actuals},${x.years},"<="&${EVALUATION_YEAR_NAME})`;
  const sxy = `SUMPRODUCT(${counted}*${d},${x.actuals})`;
  const line = `(${sy}*${sxx}-${sx}*${sxy})/(${n}*${sxx}-${sx}*${sx})`;
  return `=IF(OR(${x.target}="",NOT(${hasPath(x)})),"",IF(${n}<2,"",${line}))`;
}

export function projectionGradeFormula(layout: KpiLayout, row: number): string {
  const x = rowRefs(layout, row);
  const p = `ROUND(${x.projection},${CMP_PLACES})`;
  const t = `ROUND(${x.target},${CMP_PLACES})`;
  const reaches = DIRECTIONS.filter((d) => !d.maintain).map(
    (d) => `AND(${x.direction}=${quote(d.label)},${p}${d.side === "atLeast" ? ">=" : "<="}${t})`,
  );
  return `=IF(${x.projection}="","",IF(OR(${reaches.join(",")}),${quote(FORWARD_GRADES.reaches)},${quote(FORWARD_GRADES.misses)}))`;
}
