/** Rectangles of cells: what is left of a rule's area when a range is cleared from it, and A1 text of bounds. */
import { columnLetter } from "../../../src/lib/a1";
import { parseAddress, type Bounds } from "./range";

/** The parts of `a` outside `b` (up to four rectangles: above, below, left, right). */
export function subtract(a: Bounds, b: Bounds): Bounds[] {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  if (top > bottom || left > right) return [a];
  const parts: Bounds[] = [];
  if (a.top < top) parts.push({ ...a, bottom: top - 1 });
  if (bottom < a.bottom) parts.push({ ...a, top: bottom + 1 });
  if (a.left < left) parts.push({ top, bottom, left: a.left, right: left - 1 });
  if (right < a.right) parts.push({ top, bottom, left: right + 1, right: a.right });
  return parts;
}

/**
 * A rule's (or a validation's) address after clearing `cleared`: the cleared cells leave it, the rest keeps it, as
 * Excel's "Clear Rules from Selected Cells" does; null when nothing is left. (README: Office.js documents clearAll
 * as clearing "all conditional formats active on the current specified range".)
 */
export function addressWithout(address: string, cleared: Bounds): string | null {
  const parts = address.split(",").flatMap((area) => subtract(parseAddress(area), cleared));
  return parts.length === 0 ? null : parts.map(boundsToAddress).join(",");
}

export function boundsToAddress(b: Bounds): string {
  return `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}`;
}
