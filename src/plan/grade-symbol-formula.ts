/**
 * The one formula mapping a grade text to its symbol (src/domain/status.ts gradeSymbol's twin): 前回評価 in
 * 「KPI一覧」 and 算定との差異 in 「評価」 both use it, so a grade's letter is read one way everywhere.
 */
import { GRADES, UNKNOWN_GRADE_SYMBOL } from "../domain/status";
import { quote } from "./formulas";

/*
 * gradeSymbol in the formulas, one lookup generated from GRADES: FIND("|"&text&"|") in 「|A 達成|B 順調|…|」 gives the
 * position of the grade's leading bar, and the string below holds each grade's symbol at that position (MID). Exact
 * on the whole text (not its first character), short (a 10,000-row refresh sends this formula in every row: nested
 * IFs over the lookup were eight times longer), and no array constant, which the three engines do not share.
 */
const GRADE_KEYS = `|${GRADES.map((g) => g.grade).join("|")}|`;
const GRADE_SYMBOLS_AT = GRADES.map((g) => {
  if ([...g.symbol].length !== 1 || g.symbol.length !== 1 || g.grade.includes("|")) {
    throw new Error(`grade ${g.grade}: one character of symbol and no "|" needed`);
  }
  return g.symbol + " ".repeat(g.grade.length);
}).join("");

/** The symbol of the grade text `value`; UNKNOWN_GRADE_SYMBOL for other text (an error in `value` too). */
export function gradeSymbolFormula(value: string): string {
  return `IFERROR(MID(${quote(GRADE_SYMBOLS_AT)},FIND("|"&${value}&"|",${quote(GRADE_KEYS)}),1),${quote(UNKNOWN_GRADE_SYMBOL)})`;
}

/** The grades that judge (A–D): their symbol is their first character, which the letter formulas below rely on. */
const JUDGED = GRADES.filter((g) => /^[A-D]$/.test(g.symbol));
for (const g of JUDGED) {
  if (!g.grade.startsWith(g.symbol)) throw new Error(`grade ${g.grade}: its symbol ${g.symbol} must lead its text`);
}
const JUDGED_KEYS = `|${JUDGED.map((g) => g.grade).join("|")}|`;

/** TRUE when `value` is exactly one of the judging grades 「A 達成」…「D 悪化」 (then LEFT(value,1) is its symbol). */
export function isJudgedGradeFormula(value: string): string {
  return `ISNUMBER(FIND("|"&${value}&"|",${quote(JUDGED_KEYS)}))`;
}
