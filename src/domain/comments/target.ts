/**
 * The 対象 cell: an indicator id (1-1-K2-3), a 施策 (1-1-2), a sub-goal (1-1) or 「全体」. The id patterns are the
 * dataset's own, so the kinds cannot be confused; 「KPI一覧」 counts comments by matching this cell to its ID column.
 */
import type { CommentTarget } from "./types";

export const STRATEGY_TARGET = "全体";

const PATTERNS: readonly { readonly kind: "indicator" | "measure" | "subGoal"; readonly re: RegExp }[] = [
  { kind: "indicator", re: /^[1-9]-[1-9]-(N\d+|K\d+-\d+)[a-z]?$/ },
  { kind: "measure", re: /^[1-9]-[1-9]-[1-9]$/ },
  { kind: "subGoal", re: /^[1-9]-[1-9]$/ },
];

/** The target a cell names, or null when it names none. Full-width digits and hyphens are read as ASCII. */
export function parseTarget(cell: string): CommentTarget | null {
  const text = cell
    .trim()
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[－−‐ー―]/g, "-");
  if (text === STRATEGY_TARGET) return { kind: "strategy" };
  for (const { kind, re } of PATTERNS) if (re.test(text)) return { kind, id: text };
  return null;
}

export function formatTarget(target: CommentTarget): string {
  return target.kind === "strategy" ? STRATEGY_TARGET : target.id;
}

export function sameTarget(a: CommentTarget, b: CommentTarget): boolean {
  return formatTarget(a) === formatTarget(b);
}
