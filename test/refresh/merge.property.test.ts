/**
 * Property: for random workbooks (typed actuals, notes, an extra column, comments) and random dataset changes
 * (added, removed, edited, reordered), a refresh loses no typed value, note, extra cell or comment target, and
 * every dataset indicator is present exactly once. A second refresh with the same dataset changes nothing.
 */
import fc from "fast-check";
import { conflictKey, mergeRefresh, type ConflictChoice } from "../../src/refresh/merge";
import type { Dataset } from "../../src/domain/dataset/schema";
import { KPI_ROWS, yearKey } from "../../src/workbook/kpi-columns";

import { formulaCells } from "../../src/plan/kpi-rows";
import type { CommentRef, FoundCell, WorkbookState } from "../../src/workbook/kpi-state";
import { datasetOf, type IndicatorSketch } from "../plan/dataset-builder";
import { stateAfter, stateOfDataset } from "./support";
import { LAYOUT, YEARS } from "../support/layout";
import { noticeText } from "../../src/workbook/refresh-notice";

const value = fc.integer({ min: 0, max: 5000 });
const yearValue = fc.tuple(fc.constantFrom(...YEARS), value);

const sketch: fc.Arbitrary<IndicatorSketch> = fc.record({
  rule: fc.constant("increase" as const),
  baseline: fc.constant(10),
  baselineYear: fc.constant(2019),
  target: fc.integer({ min: 11, max: 100 }),
  targetYear: fc.constant(2027),
  basis: fc.constant("fiscal" as const),
  actuals: fc.uniqueArray(yearValue, { selector: (t) => t[0], maxLength: 3 }),
  subGoal: fc.integer({ min: 0, max: 2 }),
});

interface Scenario {
  readonly before: Dataset;
  readonly after: Dataset;
  readonly state: WorkbookState;
  readonly typedActuals: readonly { id: string; year: number; value: number }[];
  readonly notes: readonly { id: string; year: number; note: string }[];
  readonly extras: readonly { id: string; value: string }[];
  readonly comments: readonly CommentRef[];
  readonly choices: Record<string, ConflictChoice>;
}

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    sketches: fc.array(sketch, { minLength: 1, maxLength: 12 }),
    extraSketches: fc.array(sketch, { maxLength: 4 }),
    removeMask: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    renameMask: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    newActuals: fc.array(fc.array(yearValue, { maxLength: 3 }), { minLength: 12, maxLength: 12 }),
    shuffle: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    sortRows: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    typed: fc.array(fc.tuple(fc.nat(11), fc.constantFrom(...YEARS), value, fc.boolean()), { maxLength: 10 }),
    extraCells: fc.array(fc.tuple(fc.nat(11), fc.string({ minLength: 1, maxLength: 5 })), { maxLength: 5 }),
    comments: fc.array(fc.nat(11), { maxLength: 6 }),
    dataseChoice: fc.boolean(),
  })
  .map((r) => {
    const all = datasetOf([...r.sketches, ...r.extraSketches]);
    const n = r.sketches.length;
    const before: Dataset = { ...all, indicators: all.indicators.slice(0, n) };
    // After: some removed, some renamed, new actuals, the extra ones added, all shuffled.
    let inds = all.indicators
      .filter((ind, i) => i >= n || !r.removeMask[i])
      .map((ind, i) => ({
        ...ind,
        name: r.renameMask[i % 12] ? `${ind.name}改` : ind.name,
        actuals: [...new Map((r.newActuals[i % 12] ?? []).map(([y, v]) => [y, v])).entries()].map(([year, v]) => ({
          year,
          value: v,
        })),
      }));
    inds = inds
      .map((ind, i) => ({ ind, k: r.shuffle[i % 16] ?? 0 }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.ind);
    const after: Dataset = { ...all, indicators: inds };

    let state = stateOfDataset(before);
    // People sort the rows.
    const rowOrder = state.rows.map((row, i) => ({ row, k: r.sortRows[i] ?? 0 })).sort((a, b) => a.k - b.k);
    state = { ...state, rows: rowOrder.map((x) => x.row) };
    const typedActuals = new Map<string, { id: string; year: number; value: number }>();
    const notes: { id: string; year: number; note: string }[] = [];
    for (const [i, year, v, withNote] of r.typed) {
      const id = before.indicators[i % n]?.id as string;
      typedActuals.set(`${id}|${year}`, { id, year, value: v });
      if (withNote) notes.push({ id, year, note: `メモ${i}-${year}` });
    }
    const extras = new Map<string, { id: string; value: string }>();
    for (const [i, text] of r.extraCells) {
      const id = before.indicators[i % n]?.id as string;
      extras.set(id, { id, value: text });
    }
    const noteOf = new Map(notes.map((x) => [`${x.id}|${x.year}`, x.note]));
    state = {
      ...state,
      extraColumns: [{ address: "AF3", text: "担当課", column: 32 }],
      rows: state.rows.map((row) => {
        const cells = { ...row.cells };
        for (const year of YEARS) {
          const t = typedActuals.get(`${row.id}|${year}`);
          const note = noteOf.get(`${row.id}|${year}`);
          const old = cells[yearKey(year)];
          if (!old) continue;
          const withValue = t ? { ...old, value: t.value } : old;
          cells[yearKey(year)] = note ? { ...withValue, note } : withValue;
        }
        const extra = extras.get(row.id);
        const extraCells: Record<string, FoundCell> = extra
          ? { 担当課: { address: `AF${row.sheetRow}`, value: extra.value } }
          : {};
        return { ...row, cells, extra: extraCells };
      }),
    };
    // Every typed value or built-in actual in the workbook counts as "typed" for the invariant.
    const typedAll: { id: string; year: number; value: number }[] = [];
    for (const row of state.rows) {
      for (const year of YEARS) {
        const v = row.cells[yearKey(year)]?.value;
        if (typeof v === "number") typedAll.push({ id: row.id, year, value: v });
      }
    }
    const comments = r.comments.map((i, j) => ({ id: `C-${j}`, targetId: before.indicators[i % n]?.id as string }));
    state = { ...state, comments };
    const choices: Record<string, ConflictChoice> = {};
    if (r.dataseChoice) for (const t of typedAll) choices[conflictKey(t.id, t.year)] = "dataset";
    return {
      before,
      after,
      state,
      typedActuals: typedAll,
      notes: [...noteOf.entries()].map(([k, note]) => {
        const [id, year] = k.split("|");
        return { id: id as string, year: Number(year), note };
      }),
      extras: [...extras.values()],
      comments,
      choices: r.dataseChoice ? choices : {},
    };
  });

describe("refresh merge properties", () => {
  test("no typed value, note, extra cell or comment is lost; every dataset indicator once; idempotent", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = mergeRefresh({ state: s.state, dataset: s.after, date: "2026-11-24", choices: s.choices });
        if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("; "));
        const plan = result.plan;
        const byId = new Map(plan.rows.map((r) => [r.id, r]));
        // Unique ids, every workbook id and every dataset id.
        expect(byId.size).toBe(plan.rows.length);
        for (const row of s.state.rows) expect(byId.has(row.id)).toBe(true);
        for (const ind of s.after.indicators) expect(byId.has(ind.id)).toBe(true);
        const expectedIds = new Set([...s.state.rows.map((r) => r.id), ...s.after.indicators.map((i) => i.id)]);
        expect(plan.rows.length).toBe(expectedIds.size);
        // Consecutive rows from the first data row, formulas for the row they are on.
        plan.rows.forEach((r, i) => {
          expect(r.sheetRow).toBe(KPI_ROWS.firstData + i);
          expect(r.cells.grade.formula).toBe(formulaCells(LAYOUT, r.sheetRow, "", "").grade?.formula);
        });
        // Typed values: kept, unless a conflict was resolved for the dataset (then the dataset's value).
        const inDataset = new Map(
          s.after.indicators.map((i) => [i.id, new Map(i.actuals.map((a) => [a.year, a.value]))]),
        );
        for (const t of s.typedActuals) {
          const written = byId.get(t.id)?.cells[yearKey(t.year)]?.value;
          const d = inDataset.get(t.id)?.get(t.year);
          const conflict = d !== undefined && d !== t.value;
          if (conflict && s.choices[conflictKey(t.id, t.year)] === "dataset") expect(written).toBe(d);
          else expect(written).toBe(t.value);
          if (conflict) expect(plan.conflicts.some((c) => c.key === conflictKey(t.id, t.year))).toBe(true);
        }
        // Empty cells take the dataset's actuals.
        for (const ind of s.after.indicators) {
          for (const a of ind.actuals) {
            const typedHere = s.typedActuals.some((t) => t.id === ind.id && t.year === a.year);
            if (!typedHere) expect(byId.get(ind.id)?.cells[yearKey(a.year)]?.value).toBe(a.value);
          }
        }
        for (const n of s.notes) expect(byId.get(n.id)?.notes[yearKey(n.year)]).toBe(n.note);
        for (const e of s.extras) expect(byId.get(e.id)?.extra.担当課?.value).toBe(e.value);
        for (const c of s.comments) expect(byId.has(c.targetId)).toBe(true);
        // Rows that left the dataset are marked 廃止.
        for (const r of plan.rows) {
          const retired = !inDataset.has(r.id);
          expect(r.status === "retired").toBe(retired);
          if (retired) expect(String(r.cells.kind.value)).toMatch(/^廃止/);
        }
        // Refreshing the result again with the same dataset changes nothing and keeps every value.
        const again = mergeRefresh({ state: stateAfter(plan, [...s.comments]), dataset: s.after, date: "2026-11-25" });
        if (!again.ok) throw new Error("second refresh failed");
        expect(again.plan.added).toEqual([]);
        expect(again.plan.retired).toEqual([]);
        expect(again.plan.changes).toEqual([]);
        expect(again.plan.filled).toEqual([]);
        expect(again.plan.restored).toEqual([]);
        expect(again.plan.rows.map((r) => r.id)).toEqual(plan.rows.map((r) => r.id));
        again.plan.rows.forEach((r, i) => expect(r.cells).toEqual(plan.rows[i]?.cells));
      }),
      { numRuns: 1000 }, // seed: FC_SEED (test/support/fc-seed.ts), printed on a failure
    );
  });
});
