/**
 * The plan's version across a refresh. A workbook's metadata records the PLAN_VERSION it was built with; when the
 * plan's formulas change (the grading fix of 1.1.0), a workbook built before holds the older formulas, and the
 * refresh rewrites them as it always does. Those cells are an update of the plan, not cells someone typed over.
 */

/** "1.10.0" → [1, 10, 0]; null for anything that is not dotted numbers. */
function parts(version: string): number[] | null {
  if (!/^\d+(\.\d+)*$/.test(version)) return null;
  return version.split(".").map(Number);
}

/** Whether `version` is an earlier plan than `current`, compared part by part as numbers; unknown text is not. */
export function isOlderPlanVersion(version: string, current: string): boolean {
  const a = parts(version);
  const b = parts(current);
  if (!a || !b) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
