import type { Scalar } from "../../lib/scalar";

/** 「第3回」「３」「3回」 or 3 → 3; anything else → NaN (the caller names the cell). */
export function meetingNumber(cell: Scalar | undefined): number {
  if (typeof cell === "number") return cell;
  if (typeof cell !== "string") return Number.NaN;
  const m = /^\s*(?:第)?\s*(\d+)\s*(?:回)?\s*$/.exec(
    cell.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
  return m ? Number(m[1]) : Number.NaN;
}
