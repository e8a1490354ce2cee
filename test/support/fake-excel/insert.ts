/**
 * Whole-row inserts (range.insert("Down")) in linear time: an insert is only recorded on its sheet; the cells move,
 * and every reference to the shifted rows is rewritten, once, at the next access to any cell (state.ts makes
 * `sheet.cells` a getter that calls flushInserts). A refresh that inserts a hundred runs into 10,000 rows so moves
 * each cell once instead of a hundred times (issue #14: the fake's refresh grew quadratically).
 *
 * As Excel does on an insert (https://support.microsoft.com "Insert or delete rows and columns"; Range.insert in the
 * Office.js reference): cells at or below the insert row move down; A1 references to them, relative or absolute,
 * in formulas of any sheet and in defined names follow; a range whose top is above the insert and bottom at or below
 * grows; conditional formats, data validation, tables and groups move or grow the same way. Notes are not modelled
 * (the Office path writes none; README).
 */
import type { FakeSheetState, FakeWorkbookState } from "./state";

export interface RowInsert {
  readonly at: number;
  readonly count: number;
}

/** Where row `row` ends up after `inserts`, applied in order (each in the coordinates the previous ones left). */
export function shiftRow(row: number, inserts: readonly RowInsert[]): number {
  let r = row;
  for (const ins of inserts) if (r >= ins.at) r += ins.count;
  return r;
}

const CELL = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/;

/** "A5", "$A$5:B10", "A:B" (unchanged), "4:8", comma-separated areas, with or without a sheet prefix. */
export function shiftAddress(address: string, inserts: readonly RowInsert[]): string {
  if (inserts.length === 0) return address;
  return address
    .split(",")
    .map((area) => {
      const bang = area.lastIndexOf("!");
      const prefix = bang >= 0 ? area.slice(0, bang + 1) : "";
      const parts = area.slice(bang + 1).split(":");
      const moved = parts.map((p) => {
        const m = CELL.exec(p);
        if (m) return `${m[1]}${m[2]}${m[3]}${shiftRow(Number(m[4]), inserts)}`;
        const row = /^(\$?)(\d+)$/.exec(p);
        if (row) return `${row[1]}${shiftRow(Number(row[2]), inserts)}`;
        return p;
      });
      return prefix + moved.join(":");
    })
    .join(",");
}

const SHEET_PREFIX = /^('(?:[^']|'')*'|[\p{L}_][\p{L}\p{N}_.]*)!/u;
const REF = /^\$?[A-Z]{1,3}\$?\d+(?![\p{L}\p{N}_(.])/u;
const NAME_CHAR = /[\p{L}\p{N}_.$]/u;

/**
 * Rewrites the A1 references of `formula` (which sits on sheet `own`) that point into a sheet with pending inserts.
 * Strings are left alone; whole-column references (A:A) never move.
 */
export function shiftFormula(formula: string, own: string, pending: ReadonlyMap<string, readonly RowInsert[]>): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? (formula[i - 1] as string) : "";
    if (prev && NAME_CHAR.test(prev)) {
      out += ch;
      i++;
      continue;
    }
    let sheet = own;
    let at = i;
    const prefix = SHEET_PREFIX.exec(formula.slice(i));
    if (prefix) {
      const raw = prefix[1] as string;
      sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
      at += prefix[0].length;
    }
    const ref = REF.exec(formula.slice(at));
    if (!ref) {
      out += prefix ? prefix[0] : ch;
      i = prefix ? at : i + 1;
      continue;
    }
    const inserts = pending.get(sheet) ?? [];
    out += formula.slice(i, at) + shiftAddress(ref[0], inserts);
    i = at + ref[0].length;
    // The second half of a range (A5:B10) is on the same sheet as the first.
    if (formula[i] === ":") {
      const second = REF.exec(formula.slice(i + 1));
      if (second) {
        out += `:${shiftAddress(second[0], inserts)}`;
        i += 1 + second[0].length;
      }
    }
  }
  return out;
}

/** Applies every sheet's recorded inserts: cells, formulas and names everywhere, rules, validations, tables. */
export function flushInserts(state: FakeWorkbookState, raw: (sheet: FakeSheetState) => Map<number, unknown>): void {
  const pending = new Map<string, RowInsert[]>();
  for (const s of state.sheets) {
    if (s.pendingInserts && s.pendingInserts.length > 0) pending.set(s.name, s.pendingInserts);
  }
  if (pending.size === 0) return;
  for (const s of state.sheets) s.pendingInserts = [];
  const names = [...pending.keys()];
  const mentions = (formula: string, own: string): boolean =>
    pending.has(own) || names.some((n) => formula.includes(`${n}!`) || formula.includes(`${n.replace(/'/g, "''")}'!`));
  for (const s of state.sheets) {
    const cells = raw(s) as Map<number, { formula?: string }>;
    for (const cell of cells.values()) {
      if (cell.formula !== undefined && mentions(cell.formula, s.name))
        cell.formula = shiftFormula(cell.formula, s.name, pending);
    }
  }
  for (const n of state.names.values()) {
    if (mentions(n.reference, "")) n.reference = shiftFormula(n.reference, "", pending);
  }
  for (const [name, inserts] of pending) {
    const s = state.sheets.find((x) => x.name === name) as FakeSheetState;
    const cells = raw(s);
    const moved = [...cells].map(([key, cell]) => {
      const row = Math.floor(key / 16384);
      return [shiftRow(row, inserts) * 16384 + (key % 16384), cell] as const;
    });
    cells.clear();
    for (const [key, cell] of moved) cells.set(key, cell);
    for (const cf of s.conditionalFormats) cf.address = shiftAddress(cf.address, inserts);
    for (const v of s.validations) v.address = shiftAddress(v.address, inserts);
    for (const g of s.groups) g.address = shiftAddress(g.address, inserts);
    for (const t of s.tables) t.address = shiftAddress(t.address, inserts);
    for (const b of s.borders) b.address = shiftAddress(b.address, inserts);
    if (s.rowHidden) s.rowHidden = new Set([...s.rowHidden].map((r) => shiftRow(r, inserts)));
    if (s.filteredRows) s.filteredRows = new Set([...s.filteredRows].map((r) => shiftRow(r, inserts)));
  }
}
