/**
 * The fake's calculation engine: HyperFormula (GPL-3.0, test code only) behind the recording fake.
 *
 * - At write time (the action runs at sync, as in Excel) a formula is parsed: text HyperFormula cannot parse, or a
 *   reference to a sheet the workbook does not have, fails the request with InvalidArgument (see README).
 * - Reads of formula cells return calculated values. The engine is lazy: it is rebuilt from the whole state only when
 *   a formula cell is read and something changed since the last build (10,000 KPI rows take seconds to load into
 *   HyperFormula, so building on every write would slow the bench and the refresh tests for nothing).
 * - Defined names (評価年度 …) get ASCII aliases, as in test/support/hyperformula-plan.ts (HyperFormula takes Latin
 *   names only); an unknown name reads as #NAME?, as in Excel.
 */
import { HyperFormula, DetailedCellError, type RawCellContent } from "hyperformula";
import { quotedEnd, renameNames } from "../hyperformula-plan";
import { FakeOfficeError } from "./context";
import { parseAddress } from "./range";
import { resolveStructured, withoutStructured, type TableLookup } from "./structured";
import { changeCount, type FakeScalar, type FakeSheetState, type FakeWorkbookState } from "./state";

const validSyntax = new Map<string, boolean>();
let checker: HyperFormula | undefined;

/**
 * HyperFormula parses Latin identifiers only: a non-Latin sheet name before "!" is quoted, and any other non-Latin
 * identifier (a name that is not defined: defined ones were renamed to aliases first) becomes an ASCII name that
 * HyperFormula does not know either, so it reads #NAME? as in Excel.
 */
export function latinIdentifiers(formula: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const run = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(formula.slice(i));
    const prev = i > 0 ? (formula[i - 1] as string) : "";
    if (run && !/[\p{L}\p{N}_.$]/u.test(prev)) {
      const word = run[0];
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(word)) {
        out +=
          formula[i + word.length] === "!"
            ? `'${word}'`
            : `UNKNOWN_${[...word].map((c) => c.codePointAt(0)).join("_")}`;
      } else out += word;
      i += word.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Parses with a shared engine; row numbers do not change whether text parses, so "=A12+" and "=A3+" share a verdict. */
function parses(formula: string): boolean {
  const key = latinIdentifiers(withoutStructured(formula)).replace(/\d+/g, "1");
  let ok = validSyntax.get(key);
  if (ok === undefined) {
    checker ??= HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
    ok = checker.validateFormula(key);
    validSyntax.set(key, ok);
  }
  return ok;
}

/** Sheet names a formula refers to ('quoted'! or Bare!), outside string literals. */
export function referencedSheets(formula: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      if (ch === "'" && formula[end] === "!") found.push(formula.slice(i + 1, end - 1).replace(/''/g, "'"));
      i = end;
      continue;
    }
    const bare = /^[\p{L}_][\p{L}\p{N}_.]*!/u.exec(formula.slice(i));
    if (bare && (i === 0 || !/[\p{L}\p{N}_.]/u.test(formula[i - 1] as string))) {
      found.push(bare[0].slice(0, -1));
      i += bare[0].length;
      continue;
    }
    i++;
  }
  return found;
}

/** Throws InvalidArgument, as Excel refuses the write, when `formula` does not parse or names a missing sheet. */
export function checkFormula(state: FakeWorkbookState, formula: string): void {
  if (!parses(formula)) throw new FakeOfficeError("InvalidArgument", `Excel cannot parse the formula ${formula}`);
  for (const name of referencedSheets(formula)) {
    if (!state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeOfficeError("InvalidArgument", `the formula ${formula} refers to a missing sheet ${name}`);
    }
  }
}

/** What Office.js returns in `values` for a computed result: errors as their text (#NAME?, #REF! …). */
function scalar(value: unknown): FakeScalar {
  if (value instanceof DetailedCellError) return value.value;
  if (value === null || value === undefined) return 0; // a formula pointing at an empty cell reads 0 in Excel
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return "#VALUE!";
}

const parseAddressTop = (address: string): number => parseAddress(address).top;

const engines = new WeakMap<FakeWorkbookState, FakeCalc>();

/** The one engine of a workbook state (two contexts on one state share it). */
export function calcOf(state: FakeWorkbookState): FakeCalc {
  let calc = engines.get(state);
  if (!calc) {
    calc = new FakeCalc(state);
    engines.set(state, calc);
  }
  return calc;
}

export class FakeCalc {
  private hf: HyperFormula | undefined;
  private builtAt = -1;
  private sheetIds = new Map<FakeSheetState, number>();
  /** How many times the engine was (re)built: tests of the laziness read it. */
  builds = 0;

  constructor(private readonly state: FakeWorkbookState) {}

  /** The calculated value of the formula cell at (row, column), 1-based. */
  value(sheet: FakeSheetState, row: number, column: number): FakeScalar {
    const hf = this.engine();
    const id = this.sheetIds.get(sheet);
    if (id === undefined) return "#REF!";
    return scalar(hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 }));
  }

  private engine(): HyperFormula {
    if (this.hf && this.builtAt === changeCount()) return this.hf;
    this.hf?.destroy();
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
    const names = [...this.state.names.values()];
    const aliases = new Map(names.map((n, i) => [n.name, `FAKENAME_${i}`]));
    this.sheetIds = new Map();
    const tables: TableLookup = {
      tables: this.state.allTables(),
      header: (t, c) => this.state.sheet(t.sheet).cells.get(parseAddressTop(t.address) * 16384 + c)?.value,
    };
    for (const sheet of this.state.sheets) {
      this.sheetIds.set(sheet, hf.getSheetId(hf.addSheet(sheet.name)) as number);
    }
    hf.batch(() => {
      for (const n of names) {
        hf.addNamedExpression(aliases.get(n.name) as string, latinIdentifiers(renameNames(n.reference, aliases)));
      }
      for (const sheet of this.state.sheets) {
        const rows: RawCellContent[][] = [];
        for (const [key, cell] of sheet.cells) {
          const r = Math.floor(key / 16384) - 1;
          const c = (key % 16384) - 1;
          let content: RawCellContent = null;
          if (cell.formula !== undefined) {
            const a1 = resolveStructured(cell.formula, sheet, r + 1, tables);
            content = latinIdentifiers(renameNames(a1, aliases));
          } else if (typeof cell.value === "string") content = cell.value === "" ? null : `'${cell.value}`;
          else if (cell.value !== undefined) content = cell.value;
          if (content === null) continue;
          (rows[r] ??= [])[c] = content;
        }
        // HyperFormula wants dense rows: holes become empty cells.
        const dense = Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
        hf.setSheetContent(this.sheetIds.get(sheet) as number, dense);
      }
    });
    this.hf = hf;
    this.builtAt = changeCount();
    this.builds++;
    return hf;
  }
}
