/**
 * Structured references (KPI[評価], KPI[[#This Row],[ID]], KPI[@ID], KPI[#Data]) → A1 ranges, which HyperFormula
 * understands. Resolved against the tables as they are when the engine is built, so a formula written before its
 * table exists (the build writes cells, then adds tables) computes once the table is there; until then it reads
 * #REF!. Whether Excel accepts such a formula before the table exists is not documented: the fake accepts it (README).
 */
import { columnLetter } from "../../../src/lib/a1";
import { parseAddress } from "./range";
import type { FakeScalar, FakeSheetState, FakeTable } from "./state";

const STRUCTURED = /([\p{L}_][\p{L}\p{N}_.]*)?\[((?:[^[\]"]|\[[^\]]*\])*)\]/gu;

/** Applies `fn` to the parts of `formula` outside string literals. */
function outsideStrings(formula: string, fn: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join("");
}

/** Formula text with every structured reference replaced by a placeholder range (for the syntax check). */
export function withoutStructured(formula: string): string {
  return outsideStrings(formula, (part) => part.replace(STRUCTURED, "A1:A2"));
}

export interface TableLookup {
  readonly tables: readonly FakeTable[];
  readonly header: (table: FakeTable, column: number) => FakeScalar | undefined;
}

/** Replaces structured references with A1 ranges; `row` is the formula's own row (for #This Row and @). */
export function resolveStructured(formula: string, own: FakeSheetState, row: number, lookup: TableLookup): string {
  if (!formula.includes("[")) return formula;
  return outsideStrings(formula, (part) =>
    part.replace(STRUCTURED, (_whole, name: string | undefined, inner: string) => {
      const table = name
        ? lookup.tables.find((t) => t.name.toLowerCase() === name.toLowerCase() && !t.convertedToRange)
        : lookup.tables.find((t) => {
            const b = parseAddress(t.address);
            return t.sheet === own.name && !t.convertedToRange && row > b.top && row <= b.bottom;
          });
      if (!table) return "#REF!";
      const b = parseAddress(table.address);
      const items = inner.startsWith("[") ? [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] as string) : [inner];
      let top = b.top + 1;
      let bottom = b.bottom;
      const columns: string[] = [];
      for (const raw of items) {
        const item = raw.trim();
        if (/^#all$/i.test(item)) top = b.top;
        else if (/^#headers$/i.test(item)) bottom = top = b.top;
        else if (/^#data$/i.test(item)) top = b.top + 1;
        else if (/^#this row$/i.test(item) || item === "@") top = bottom = row;
        else if (item.startsWith("@")) {
          top = bottom = row;
          columns.push(item.slice(1).replace(/^\[|\]$/g, ""));
        } else if (item !== "") columns.push(item.replace(/'(.)/g, "$1"));
      }
      const index = (label: string): number => {
        for (let c = b.left; c <= b.right; c++) if (String(lookup.header(table, c) ?? "") === label) return c;
        return -1;
      };
      const cols = columns.map(index);
      if (cols.some((c) => c < 0)) return "#REF!";
      const left = cols.length > 0 ? Math.min(...cols) : b.left;
      const right = cols.length > 0 ? Math.max(...cols) : b.right;
      const sheet = `'${table.sheet.replace(/'/g, "''")}'!`;
      return `${sheet}$${columnLetter(left)}$${top}:$${columnLetter(right)}$${bottom}`;
    }),
  );
}
