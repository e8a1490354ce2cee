/**
 * Loads a workbook plan (values, formulas, defined names) into HyperFormula so tests can recalculate it.
 * Test-only: HyperFormula is GPL-3.0 (licenseKey "gpl-v3"), never bundled.
 *
 * HyperFormula accepts only Latin names for named expressions, so each defined name (評価年度 …) is given an
 * ASCII alias and renamed in formula text outside string literals and quoted sheet names. Nothing else in the
 * formula is changed. Text values are loaded with a leading apostrophe so that 「1-1 …」 or 「2024」 stay text,
 * as the renderers write them.
 */
import { HyperFormula, type CellValue, type SimpleCellAddress } from "hyperformula";
import type { Scalar } from "../../src/lib/scalar";
import type { NamedCellPlan, SheetPlan } from "../../src/plan/types";

export interface LoadedPlan {
  readonly hf: HyperFormula;
  /** The computed value at an A1 address ("B4") of a sheet. */
  value(sheet: string, a1: string): CellValue;
  /** Writes a literal (as a person would type it) and recalculates. */
  setValue(sheet: string, a1: string, value: Scalar): void;
  /** The ASCII alias HyperFormula knows a defined name by. */
  readonly aliases: ReadonlyMap<string, string>;
  destroy(): void;
}

const NAME_CHAR = /[\p{L}\p{N}_.]/u;

/** Renames defined names in formula text, leaving "strings" and 'sheet names' alone. */
/** Index just past the quoted run ("text" or 'sheet name') that starts at `i`; a doubled quote inside is escaped. */
export function quotedEnd(formula: string, i: number): number {
  const quote = formula[i];
  let j = i + 1;
  while (j < formula.length) {
    if (formula[j] === quote) {
      if (formula[j + 1] === quote) j += 2;
      else break;
    } else j++;
  }
  return j + 1;
}

export function renameNames(formula: string, aliases: ReadonlyMap<string, string>): string {
  const names = [...aliases.keys()].sort((a, b) => b.length - a.length);
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      // Copy a quoted run as it is.
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? (formula[i - 1] as string) : "";
    const name = prev && NAME_CHAR.test(prev) ? undefined : names.find((n) => formula.startsWith(n, i));
    const next = name ? (formula[i + name.length] ?? "") : "";
    if (name && !(next && NAME_CHAR.test(next))) {
      out += aliases.get(name) as string;
      i += name.length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** "AB12" → { row: 11, col: 27 } (0-based). */
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  let col = 0;
  for (const c of m[1] as string) col = col * 26 + (c.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function raw(value: Scalar | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? `'${value}` : value;
}

export function loadPlanIntoHyperFormula(plan: {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamedCellPlan[];
}): LoadedPlan {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
  const aliases = new Map(plan.names.map((n, i) => [n.name, `PLANNAME_${i}`]));
  const ids = new Map<string, number>();
  for (const sheet of plan.sheets) {
    const added = hf.addSheet(sheet.name);
    ids.set(sheet.name, hf.getSheetId(added) as number);
  }
  const sheetId = (name: string): number => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  };
  hf.batch(() => {
    for (const n of plan.names) {
      hf.addNamedExpression(aliases.get(n.name) as string, `='${n.sheet.replace(/'/g, "''")}'!${n.address}`);
    }
    for (const sheet of plan.sheets) {
      const content = sheet.rows.map((row) =>
        row.map((cell) => (cell?.formula ? renameNames(cell.formula, aliases) : raw(cell?.value))),
      );
      hf.setSheetContent(sheetId(sheet.name), content);
    }
  });
  const address = (sheet: string, a1: string): SimpleCellAddress => ({ sheet: sheetId(sheet), ...parseA1(a1) });
  return {
    hf,
    aliases,
    value: (sheet, a1) => hf.getCellValue(address(sheet, a1)),
    setValue: (sheet, a1, value) => {
      hf.setCellContents(address(sheet, a1), [[raw(value)]]);
    },
    destroy: () => hf.destroy(),
  };
}
