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

/** The rows in sheet order, with where each comes from (so the merge needs no lookup by id per row). */
export interface Placement {
  readonly ids: readonly string[];
  /** Per position: the index of its indicator in `dataset.indicators` (the last with that id), or -1: not there. */
  readonly indicator: Int32Array;
  /** Per position: the index of the id's first occurrence in `existing`, or -1: a new row. */
  readonly row: Int32Array;
}

export function placeNewRows(existing: readonly string[], dataset: Dataset): string[] {
  return placeRows(existing, dataset).ids as string[];
}

export function placeRows(existing: readonly string[], dataset: Dataset): Placement {
  // The list over slots, not ids: a slot per id (existing ones first, new ones as placed), next/prev as slot numbers
  // (-1: none) in typed arrays. One Map (id → slot) instead of two Maps of ids, and no boxing per link.
  const inds = dataset.indicators;
  const slotOf = new Map<string, number>();
  const ids: string[] = [];
  const next = new Int32Array(existing.length + inds.length).fill(-1);
  const prev = new Int32Array(existing.length + inds.length).fill(-1);
  const indicatorOf = new Int32Array(existing.length + inds.length).fill(-1);
  const rowOf = new Int32Array(existing.length + inds.length).fill(-1);
  let head = -1;
  let tail = -1;
  /** A new slot for `id`, of the indicator at `indicator` in the dataset (-1: an existing row's). */
  const slot = (id: string, indicator = -1): number => {
    const s = ids.length;
    ids.push(id);
    slotOf.set(id, s);
    indicatorOf[s] = indicator;
    return s;
  };
  const append = (s: number): void => {
    prev[s] = tail;
    next[s] = -1;
    if (tail < 0) head = s;
    else next[tail] = s;
    tail = s;
  };
  const insertAfter = (anchor: number, s: number): void => {
    const after = next[anchor] as number;
    next[anchor] = s;
    prev[s] = anchor;
    next[s] = after;
    if (after < 0) tail = s;
    else prev[after] = s;
  };
  const insertBefore = (anchor: number, s: number): void => {
    const before = prev[anchor] as number;
    if (before < 0) {
      prev[anchor] = s;
      next[s] = anchor;
      prev[s] = -1;
      head = s;
    } else insertAfter(before, s);
  };
  existing.forEach((id, k) => {
    if (slotOf.has(id)) return;
    const s = slot(id);
    rowOf[s] = k;
    append(s);
  });

  const basicOf = new Map(dataset.subGoals.map((sg) => [sg.id, sg.basicGoalId]));
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
    const placed = slotOf.get(ind.id);
    if (placed !== undefined) {
      indicatorOf[placed] = i;
      return;
    }
    const lists = groupKeys(ind).map((key, level) =>
      key === null ? undefined : (levels[level] as Map<string, number[]>).get(key),
    );
    for (const list of [...lists, all]) {
      if (!list) continue;
      // Lists are in dataset order: the indicator's place in its list by bisection.
      const at = indexOfSorted(list, i);
      for (let j = at - 1; j >= 0; j--) {
        const other = slotOf.get((inds[list[j] as number] as (typeof inds)[number]).id);
        if (other !== undefined) {
          insertAfter(other, slot(ind.id, i));
          return;
        }
      }
      for (let j = at + 1; j < list.length; j++) {
        const other = slotOf.get((inds[list[j] as number] as (typeof inds)[number]).id);
        if (other !== undefined) {
          insertBefore(other, slot(ind.id, i));
          return;
        }
      }
    }
    append(slot(ind.id, i));
  });

  const out: string[] = [];
  const indicator = new Int32Array(ids.length);
  const row = new Int32Array(ids.length);
  for (let s = head; s >= 0; s = next[s] as number) {
    indicator[out.length] = indicatorOf[s] as number;
    row[out.length] = rowOf[s] as number;
    out.push(ids[s] as string);
  }
  return { ids: out, indicator, row };
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
