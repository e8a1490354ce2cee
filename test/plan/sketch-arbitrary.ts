/** fast-check generator of indicator sketches for the agreement tests (HyperFormula and LibreOffice). */
import fc from "fast-check";
import type { StatusRule } from "../../src/domain/status";
import type { IndicatorSketch } from "./dataset-builder";

/** Small integers make ties (p = e × k, a = t, t = b) frequent, which is where engines and twins part ways. */
export const sketchArb: fc.Arbitrary<IndicatorSketch> = fc
  .record({
    rule: fc.constantFrom<StatusRule>("increase", "increase", "decrease", "decrease", "floor", "ceiling", "everyDay"),
    baseline: fc.option(fc.integer({ min: 0, max: 20 }), { freq: 6 }),
    baselineYear: fc.integer({ min: 2016, max: 2024 }),
    reference: fc.option(
      fc.record({ value: fc.integer({ min: 0, max: 20 }), year: fc.integer({ min: 2019, max: 2025 }) }),
      {
        freq: 3,
      },
    ),
    target: fc.option(fc.integer({ min: 0, max: 20 }), { freq: 6 }),
    targetSpan: fc.integer({ min: 0, max: 10 }),
    basis: fc.constantFrom<"fiscal" | "calendar">("fiscal", "calendar"),
    tenths: fc.boolean(),
    actuals: fc.dictionary(fc.integer({ min: 2020, max: 2027 }).map(String), fc.integer({ min: -5, max: 30 }), {
      maxKeys: 8,
    }),
    subGoal: fc.integer({ min: 0, max: 2 }),
  })
  .map((r): IndicatorSketch => {
    const scale = (v: number): number => (r.tenths ? v / 10 : v);
    const everyDay = r.rule === "everyDay";
    return {
      rule: r.rule,
      baseline: everyDay ? 366 : r.baseline === null ? null : scale(r.baseline),
      baselineYear: r.baselineYear,
      reference:
        everyDay || r.reference === null ? undefined : { value: scale(r.reference.value), year: r.reference.year },
      target: everyDay ? 366 : r.target === null ? null : scale(r.target),
      targetYear: Math.max(r.baselineYear, r.reference?.year ?? 0) + r.targetSpan,
      basis: r.basis,
      decimals: r.tenths ? 1 : 0,
      // 366日 indicators report 364–366 days, the others small numbers.
      actuals: Object.entries(r.actuals).map(
        ([y, v]) => [Number(y), everyDay ? 364 + (Math.abs(v) % 3) : scale(v)] as const,
      ),
      subGoal: r.subGoal,
    };
  });
