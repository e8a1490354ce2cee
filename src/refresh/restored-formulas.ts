/**
 * Formula columns are always rewritten with the plan's formulas; a cell someone typed over (a value, or another
 * formula) is listed as restored, so the user sees what was replaced. In a workbook built by an older plan
 * (plan-version.ts), a cell holding another formula is the older plan's formula: it is counted as updated instead.
 */
import { formulaTexts, type FormulaKey } from "../plan/kpi-rows";
import type { KpiLayout } from "../workbook/kpi-columns";
import type { FoundCell, KpiRowState } from "../workbook/kpi-state";
import type { RestoredFormula } from "./refresh-plan";

/**
 * A sheet name that needs no quotes: Excel and LibreOffice store 'KPI一覧'!A1 as KPI一覧!A1 (quotes are only kept for
 * names with spaces, punctuation or a leading digit), so a quoted reference the plan wrote reads back unquoted.
 */
const PLAIN_SHEET_NAME = /^[^\d\s'"!,;:()[\]{}<>=+\-*/&^%][^\s'"!,;:()[\]{}<>=+\-*/&^%]*$/u;
const unquoteSheets = (f: string): string =>
  f.replace(/'((?:[^']|'')+)'!/g, (whole, name: string) => (PLAIN_SHEET_NAME.test(name) ? `${name}!` : whole));

const normFormula = (f: string): string => unquoteSheets(f.replace(/^=/, "")).replace(/\s+/g, "").toUpperCase();

function describeFound(cell: FoundCell): string {
  if (cell.formula !== undefined) return cell.formula;
  return cell.value === null ? "（空欄）" : String(cell.value);
}

/**
 * Adds to `out` the formula cells of `found` that are not the plan's formulas for the row it was found on. With
 * `olderPlan`, a cell that holds a formula (another one) is not listed: the count of them is returned.
 */
export function restoredFormulas(
  layout: KpiLayout,
  found: KpiRowState,
  out: RestoredFormula[],
  olderPlan = false,
): number {
  let updated = 0;
  // The plan's texts for the row it was found on (cached per row; the writer asks for the same rows): one string
  // comparison per cell is several times cheaper than matching the template piece by piece.
  const planTexts = formulaTexts(layout, found.sheetRow);
  for (const key of layout.formulaKeys) {
    const cell = found.cells[key];
    if (!cell) continue;
    const expected = planTexts[key as FormulaKey];
    if (cell.formula === expected) continue;
    // Excel may re-space or re-case a formula it stores: compare loosely before calling it typed over.
    if (cell.formula === undefined || normFormula(cell.formula) !== normFormula(expected)) {
      if (olderPlan && cell.formula !== undefined) updated++;
      else out.push({ id: found.id, header: layout.header(key), address: cell.address, found: describeFound(cell) });
    }
  }
  return updated;
}
