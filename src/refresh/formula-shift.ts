/**
 * Moves the same-sheet relative row references of a formula by `delta` rows, the way Excel adjusts a formula
 * whose row moves. Used for formulas people typed in their own columns or in year cells when a refresh inserts rows
 * above them. Text in double quotes, $-anchored rows and references to other sheets (after "!") stay as they are.
 */
const REF = /(^|[^A-Za-z0-9_$.!\]])(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftFormulaRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = (parts[i] as string).replace(REF, (whole, before: string, col: string, abs: string, row: string) => {
      if (abs === "$") return whole;
      const next = Number(row) + delta;
      return next >= 1 ? `${before}${col}${next}` : whole;
    });
  }
  return parts.join('"');
}
