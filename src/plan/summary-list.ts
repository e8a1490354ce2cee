/**
 * 「概要」's list of the indicators graded C 遅れ or D 悪化, with their latest actual, for members who read only this
 * sheet. Formulas against 「KPI一覧」 (columns from its layout, never by position), so the list follows what people
 * type: row k shows the k-th such indicator in 「KPI一覧」's order, or nothing.
 *
 * The k-th row is found without an array formula (Excel 2010 would need one entered with Ctrl+Shift+Enter) and without
 * a helper column in 「KPI一覧」: SUMPRODUCT evaluates SMALL over each scanned row's position plus a large number on
 * every row that is not C/D (or is 廃止), so the k-th smallest is the k-th C/D row, or more than any sheet's rows when
 * there are fewer — INDEX then fails and IFERROR leaves the ID empty. The positions come from MATCH of the ID column
 * in itself (IDs are unique; &"" makes blank rows text), not from ROW(range), which HyperFormula reads as one number.
 * Every other cell finds its row again by that ID, in the same scanned rows (whole columns cost HyperFormula more). Functions: SUMPRODUCT, SMALL, MATCH, INDEX, IFERROR, IF — all in
 * Excel 2010, LibreOffice and HyperFormula.
 */
import type { Dataset } from "../domain/dataset/schema";
import { GRADES } from "../domain/status";
import { columnLetter, sheetRef } from "../lib/a1";
import { KPI_ROWS, layoutOf, type KpiColumnKey } from "../workbook/kpi-columns";
import { KPI_SHEET } from "../workbook/names";
import { basisSuffixFormula, eraLabelFormula } from "./formats";
import { KIND_LABEL } from "./kpi-rows";
import type { CellPlan, ConditionalFormatPlan } from "./types";

/** The list's columns, left to right; 指標名 last, where a long name may run on into the empty columns after it. */
export const SUMMARY_LIST_COLUMNS = ["ID", "評価", "最新実績", "単位", "実績年度", "指標名"] as const;

/** The grades listed (the first two that call for attention: C 遅れ and D 悪化). */
export const LISTED_GRADES: readonly string[] = GRADES.filter((g) => g.symbol === "C" || g.symbol === "D").map(
  (g) => g.grade,
);

/** Most rows the list has: a member reads a list of 50 at most; beyond, the caption sends them to 「KPI一覧」. */
export const SUMMARY_LIST_MAX_ROWS = 50;

/**
 * Above this many indicators the sheet has no list (only its caption): each list row's MATCH of the scanned ID column
 * in itself costs the square of the rows, which a 10,000-row stress plan cannot pay on every recalculation.
 */
export const SUMMARY_LIST_MAX_INDICATORS = 1000;

/** Past the last row of any sheet (1,048,576): INDEX at such a row fails. */
const NOT_LISTED = 10_000_000;

export function summaryListRowCount(dataset: Pick<Dataset, "indicators">): number {
  const n = dataset.indicators.length;
  return n > SUMMARY_LIST_MAX_INDICATORS ? 0 : Math.max(1, Math.min(n, SUMMARY_LIST_MAX_ROWS));
}

/**
 * The list's rows from its caption row: caption, header, then one row per possible entry. `countCells` are the
 * 「概要」 cells holding the C and D totals (the caption says how many there are, and how many the list leaves out).
 */
export function summaryListRows(
  dataset: Dataset,
  captionRow: number,
  countCells: readonly string[],
): (CellPlan | null)[][] {
  const kpi = layoutOf(dataset);
  // The scanned rows: the table's data rows, with room for rows a refresh adds (as many again, at least 20; MATCH of
  // the column in itself grows with the square of the rows). A C/D row past them is counted but not listed, and the
  // caption says so.
  const n = dataset.indicators.length;
  const last = KPI_ROWS.firstData - 1 + n + Math.max(20, n);
  const span = (key: KpiColumnKey): string =>
    sheetRef(KPI_SHEET, `$${kpi.letter(key)}$${KPI_ROWS.firstData}:$${kpi.letter(key)}$${last}`);
  const grade = span("grade");
  const kind = span("kind");
  const ids = span("id");
  const listed = `(${LISTED_GRADES.map((g) => `(${grade}="${g}")`).join("+")})`;
  const current = `(${Object.values(KIND_LABEL)
    .map((k) => `(${kind}="${k}")`)
    .join("+")})`;
  const rows = summaryListRowCount(dataset);
  const headerRow = captionRow + 1;
  const total = countCells.join("+");
  const firstListed = `$A$${headerRow + 1}`;
  const lastListed = `$A$${headerRow + Math.max(rows, 1)}`;
  const shown = rows === 0 ? "0" : `SUMPRODUCT(--(${firstListed}:${lastListed}<>""))`;
  const more =
    rows === 0
      ? `"（指標が多いため一覧は省略。「KPI一覧」で評価を絞り込んでください）"`
      : `"（うち"&${shown}&"件を表示。ほかは「KPI一覧」で評価を絞り込んでください）"`;
  const caption: CellPlan[] = [
    {
      formula: `="評価が ${LISTED_GRADES.join("・")} の指標："&(${total})&"件"&IF(${total}>${shown},${more},"")`,
      style: "group",
    },
  ];
  if (rows === 0) return [caption];
  const header: CellPlan[] = SUMMARY_LIST_COLUMNS.map((h) => ({ value: h, style: "header" }));
  const body = Array.from({ length: rows }, (_, i): CellPlan[] => {
    const r = headerRow + 1 + i;
    const id = `$A${r}`;
    const at = (key: KpiColumnKey): string => `INDEX(${span(key)},MATCH(${id},${ids},0))`;
    const show = (expr: string): string => `=IF(${id}="","",${expr})`;
    const k = `SUMPRODUCT(SMALL(MATCH(${ids}&"",${ids}&"",0)+(1-${listed}*${current})*${NOT_LISTED},${i + 1}))`;
    return [
      { formula: `=IFERROR(INDEX(${ids},${k})&"","")` },
      { formula: show(at("grade")) },
      { formula: show(at("latest")), numberFormat: "General" },
      { formula: show(`${at("unit")}&""`) },
      { formula: show(eraLabelFormula(at("latestYear"), basisSuffixFormula(at("basis")))) },
      { formula: show(at("name")) },
    ];
  });
  return [caption, header, ...body];
}

/** The grade's fill on the list's 評価 cells (as in 「KPI一覧」). */
export function summaryListFormats(dataset: Pick<Dataset, "indicators">, captionRow: number): ConditionalFormatPlan[] {
  const first = captionRow + 2;
  const lastRow = first + summaryListRowCount(dataset) - 1;
  const column = columnLetter(SUMMARY_LIST_COLUMNS.indexOf("評価") + 1);
  return GRADES.filter((g) => LISTED_GRADES.includes(g.grade) && g.fill !== null).map((g) => ({
    kind: "expression",
    range: `${column}${first}:${column}${lastRow}`,
    formula: `=${column}${first}="${g.grade}"`,
    ...(g.fill ? { fill: g.fill } : {}),
    ...(g.fontColor ? { fontColor: g.fontColor } : {}),
  }));
}
