/**
 * Where new indicators go: next to the indicators of the same 施策 (after the nearest one before it in dataset
 * order, else before the nearest one after it), else of the same sub-goal, else of the same 基本目標, else at the end.
 * Existing rows keep the order people gave them. A linked list keeps 10,000 insertions linear.
 */
import { INDICATOR_ID, type Dataset } from "../domain/dataset/schema";

export interface Structure {
  readonly subGoal: string | null;
  readonly measure: string | null;
  readonly basicGoal: string | null;
}

export function isIndicatorId(text: string): boolean {
  return INDICATOR_ID.test(text);
}

/** The structure an id encodes (a contract: 「1-1-K2-3」 is 施策 1-1-2 of sub-goal 1-1 of 基本目標 1). */
export function structureOfId(id: string): Structure {
  const m = /^([1-9])-([1-9])-(?:N\d+|K(\d+)-\d+)[a-z]?$/.exec(id);
  if (!m) return { subGoal: null, measure: null, basicGoal: null };
  const subGoal = `${m[1]}-${m[2]}`;
  return { basicGoal: m[1] as string, subGoal, measure: m[3] ? `${subGoal}-${m[3]}` : null };
}

export function placeNewRows(existing: readonly string[], dataset: Dataset): string[] {
  const next = new Map<string, string | null>();
  const prev = new Map<string, string | null>();
  let head: string | null = null;
  let tail: string | null = null;
  const append = (id: string): void => {
    prev.set(id, tail);
    next.set(id, null);
    if (tail === null) head = id;
    else next.set(tail, id);
    tail = id;
  };
  const insertAfter = (anchor: string, id: string): void => {
    const after = next.get(anchor) ?? null;
    next.set(anchor, id);
    prev.set(id, anchor);
    next.set(id, after);
    if (after === null) tail = id;
    else prev.set(after, id);
  };
  const insertBefore = (anchor: string, id: string): void => {
    const before = prev.get(anchor) ?? null;
    if (before === null) {
      prev.set(anchor, id);
      next.set(id, anchor);
      prev.set(id, null);
      head = id;
    } else insertAfter(before, id);
  };
  for (const id of existing) if (!next.has(id)) append(id);

  const basicOf = new Map(dataset.subGoals.map((sg) => [sg.id, sg.basicGoalId]));
  const inds = dataset.indicators;
  // Dataset positions per group, for "nearest in the same group": per level (施策, sub-goal, 基本目標) the positions
  // of each group in dataset order, built once (no string keys per indicator); "all" is every position.
  const levels: Map<string, number[]>[] = [new Map(), new Map(), new Map()];
  /** The indicator's group at each level, narrowest first; null: none at that level. */
  const groupKeys = (ind: (typeof inds)[number]): readonly (string | null)[] => [
    ind.measureId,
    ind.subGoalId,
    (basicOf.get(ind.subGoalId) ?? structureOfId(ind.id).basicGoal) || null,
  ];
  inds.forEach((ind, i) => {
    groupKeys(ind).forEach((key, level) => {
      if (key !== null) join(levels[level] as Map<string, number[]>, key, i);
    });
  });
  const all = inds.map((_, i) => i);

  inds.forEach((ind, i) => {
    if (next.has(ind.id)) return;
    const lists = groupKeys(ind).map((key, level) =>
      key === null ? undefined : (levels[level] as Map<string, number[]>).get(key),
    );
    for (const list of [...lists, all]) {
      if (!list) continue;
      // Lists are in dataset order: the indicator's place in its list by bisection.
      const at = indexOfSorted(list, i);
      for (let j = at - 1; j >= 0; j--) {
        const other = (inds[list[j] as number] as (typeof inds)[number]).id;
        if (next.has(other)) {
          insertAfter(other, ind.id);
          return;
        }
      }
      for (let j = at + 1; j < list.length; j++) {
        const other = (inds[list[j] as number] as (typeof inds)[number]).id;
        if (next.has(other)) {
          insertBefore(other, ind.id);
          return;
        }
      }
    }
    append(ind.id);
  });

  const out: string[] = [];
  for (let id: string | null = head; id !== null; id = next.get(id) ?? null) out.push(id);
  return out;
}

function join(level: Map<string, number[]>, key: string, i: number): void {
  const list = level.get(key);
  if (list) list.push(i);
  else level.set(key, [i]);
}

/** Index of `value` in the ascending `list` (it is there). */
function indexOfSorted(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
