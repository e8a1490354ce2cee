/**
 * Excel's rules for defined names and table names (one namespace, case-insensitive), as Microsoft documents them in
 * "Define and use names in formulas" (support.microsoft.com) and "Rename an Excel table": the first character a
 * letter, an underscore or a backslash; then letters, digits, periods and underscores; no spaces; at most 255
 * characters; not "C", "c", "R" or "r"; not a cell reference (A1, $A$1, R1C1). The error codes (InvalidArgument for
 * a bad name, ItemAlreadyExists for a name taken) are what the fake assumes Office.js answers: see README.
 */
import { FakeOfficeError } from "./context";
import type { FakeWorkbookState } from "./state";

const MAX_LENGTH = 255;

function isCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1) {
    let col = 0;
    for (const ch of (a1[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    const row = Number(a1[2]);
    if (col <= 16_384 && row >= 1 && row <= 1_048_576) return true;
  }
  return /^[Rr]\d*[Cc]\d*$/.test(name) || /^[Rr]\d*$/.test(name) || /^[Cc]\d*$/.test(name);
}

/** Why Excel would refuse `name` as a defined name or a table name, or null. */
export function invalidName(name: string): string | null {
  if (name.length === 0) return "a name cannot be empty";
  if (name.length > MAX_LENGTH) return `a name has at most ${MAX_LENGTH} characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return `"${name}" is not a valid name`;
  if (isCellReference(name)) return `"${name}" reads as a cell reference`;
  return null;
}

/** Throws as Excel would when `name` cannot be a new defined name or table name in `state`. */
export function checkNewName(state: FakeWorkbookState, name: string, except?: object): void {
  const why = invalidName(name);
  if (why) throw new FakeOfficeError("InvalidArgument", why);
  const lower = name.toLowerCase();
  const name_ = [...state.names.values()].find((n) => n.name.toLowerCase() === lower);
  const table = state.allTables().find((t) => t.name.toLowerCase() === lower);
  if ((name_ && name_ !== except) || (table && table !== except)) {
    throw new FakeOfficeError("ItemAlreadyExists", `the name ${name} is already used in this workbook`);
  }
}

/**
 * A defined name's reference as one sheet and one A1 area (「='設定'!$B$4」 → 設定, B4), or null when it is no range
 * of a sheet (a constant, 「=#REF!$B$4」 after its sheet went).
 */
export function nameTarget(reference: string): { sheet: string; address: string } | null {
  const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(reference);
  if (!m) return null;
  return {
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string),
    address: (m[3] as string).replace(/\$/g, ""),
  };
}
