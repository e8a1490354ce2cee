/**
 * The canonical KPI dataset: one zod schema, the single source of truth for the TypeScript types
 * and for `seeds/kpi-dataset.schema.json` (generated from it). Structural checks live here;
 * checks across fields and rows (unique ids, references, directions) live in `validate.ts`.
 */
import { z } from "zod";

const nonEmpty = z.string().trim().min(1, "must not be empty");

/** Western year range the strategy and its baselines can talk about. */
const westernYear = z.number().int().min(1989).max(2100);

export const periodSchema = z.object({
  /** As printed (令和元年度, 平成30年, 令和8年), digits normalised to ASCII. */
  printed: nonEmpty,
  /** 年度 (April–March) or 年 (calendar year): never mixed up. */
  basis: z.enum(["fiscal", "calendar"]),
  /** Western year; for a fiscal year the calendar year it starts in (令和元年度 → 2019). */
  year: westernYear,
});

export const quantitySchema = z.object({
  /** The cell exactly as printed (「1,563件」「－」「待機児童なし」「366日（閏年）」「700人(※)」). */
  printed: nonEmpty,
  /** The number it states in `unit`; null only where nothing numeric is printed ('－') or the value is deferred. */
  value: z.number().finite().nullable(),
  period: periodSchema,
  /** A target left to a later plan (※…にあわせて設定予定): no value, the reason kept verbatim. */
  deferred: z.object({ reason: nonEmpty }).optional(),
  /** How a printed text became `value` (e.g. 待機児童なし → 0). */
  interpretation: z.string().optional(),
});

/**
 * A value to judge progress from instead of the printed baseline, where a ※ note says so
 * (e.g. a target below the baseline, reached by increasing from 令和4年度's figure).
 */
export const referenceSchema = z.object({
  printed: nonEmpty,
  value: z.number().finite(),
  period: periodSchema,
  /** The ※ note the reference comes from, verbatim. */
  note: nonEmpty,
});

export const directionSchema = z.enum(["increase", "decrease", "maintain"]);
/** For a maintain target: floor (at least the target) or ceiling (at most the target). */
export const boundSchema = z.enum(["floor", "ceiling"]);

export const actualSchema = z.object({
  /** Western year of the period (fiscal or calendar as the indicator's target). */
  year: westernYear,
  value: z.number().finite(),
  /** Where the figure came from (department, survey), if known. */
  source: z.string().optional(),
});

/** The shape of an indicator id: 「1-1-N1」 (数値目標), 「1-1-K2-3」 (施策② KPI 3), parts 「3-1-K1-1a」. */
export const INDICATOR_ID = /^[1-9]-[1-9]-(N\d+|K\d+-\d+)[a-z]?$/;

export const indicatorSchema = z.object({
  /** Stable and never reused: 「1-1-N1」 (数値目標), 「1-1-K2-3」 (施策② KPI 3), parts 「3-1-K1-1a」. */
  id: z.string().regex(INDICATOR_ID, "must look like 1-1-N1, 1-1-K2-3 or 3-1-K1-1a"),
  /** 数値目標 of a sub-goal, or KPI (重要業績評価指標) of a 施策. */
  kind: z.enum(["numeric-target", "kpi"]),
  subGoalId: z.string(),
  /** The 施策 (e.g. 「1-1-2」) for a KPI; null for a 数値目標. */
  measureId: z.string().nullable(),
  /** Exactly as printed, lines joined, leading spaces removed. */
  name: nonEmpty,
  /** Where one printed indicator has several values: 「男性」「女性」「小学校」「中学校」. */
  part: z.string().nullable(),
  unit: nonEmpty,
  /** Decimal places as printed (94.6% → 1, 77.41歳 → 2). */
  decimals: z.number().int().min(0).max(4),
  baseline: quantitySchema,
  target: quantitySchema,
  direction: directionSchema,
  bound: boundSchema.nullable(),
  /** 累計: the figure accumulates from the baseline year. */
  cumulative: z.boolean(),
  /** 366日（閏年）: open every day of the year, so the target of a year is that year's number of days. */
  everyDayOfYear: z.boolean(),
  reference: referenceSchema.nullable(),
  /** The ※ notes that concern this indicator, verbatim. */
  notes: z.array(nonEmpty),
  /** Set where the text's layout leaves the reading open: what was chosen and why. */
  verification: z
    .object({
      reading: nonEmpty,
      reason: nonEmpty,
    })
    .nullable(),
  /**
   * 担当課: the department that reports the indicator (issue #12). Only where the strategy text names one; null (or
   * absent, which reads as null) otherwise — never guessed.
   */
  department: nonEmpty.nullable().default(null),
  /** 1-based line numbers in the seed text where the name and values stand. */
  sourceLines: z.array(z.number().int().min(1)).min(1),
  actuals: z.array(actualSchema),
});

export const measureSchema = z.object({
  /** 「1-1-2」: sub-goal and 施策 number. */
  id: z.string().regex(/^[1-9]-[1-9]-[1-9]$/, "must look like 1-1-2"),
  subGoalId: z.string(),
  no: z.number().int().min(1),
  /** ①, ②, … as printed. */
  symbol: nonEmpty,
  title: nonEmpty,
  description: nonEmpty,
  /** 主な取組 bullets, verbatim. */
  initiatives: z.array(nonEmpty).min(1),
});

export const subGoalSchema = z.object({
  /** 「1-1」 */
  id: z.string().regex(/^[1-9]-[1-9]$/, "must look like 1-1"),
  basicGoalId: z.string(),
  title: nonEmpty,
  /** 基本的方向, verbatim. */
  basicDirection: nonEmpty,
});

export const basicGoalSchema = z.object({
  /** 「1」 */
  id: z.string().regex(/^[1-9]$/, "must be a digit"),
  /** 「しごとの創生」 */
  title: nonEmpty,
});

export const planSchema = z.object({
  title: nonEmpty,
  from: periodSchema,
  to: periodSchema,
  /** 将来都市像 */
  vision: nonEmpty,
  /** 計画人口 */
  plannedPopulation: z.object({ printed: nonEmpty, value: z.number().int().positive() }),
  /** e.g. 令和6年3月 一部改訂 */
  revision: z.string(),
});

/**
 * A target revision the dataset carries (issue #12 §3; the strategy itself was revised in 令和6年3月): the indicator's
 * printed target stays, and from `fromYear` (a 評価年度) on it is graded against `target` (and `targetYear`, when
 * given). Checks across the dataset (known indicator, the plan's years, one per indicator and year) are in
 * revision-rules.ts; src/domain/evaluation/dataset-revisions.ts turns these into 「指標見直し」 rows.
 */
export const revisionSchema = z.object({
  indicatorId: z.string().regex(INDICATOR_ID, "must look like 1-1-N1, 1-1-K2-3 or 3-1-K1-1a"),
  /** The revised target, in the indicator's unit. */
  target: z.number().finite(),
  /** The revised target year; absent keeps the original one. */
  targetYear: westernYear.optional(),
  /** The first 評価年度 graded against the revised target. */
  fromYear: westernYear,
  reason: nonEmpty,
  /** The 回 of the meeting that approved it. */
  meeting: z.number().int().min(1).optional(),
  /** ISO date of the decision. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2024-03-29")
    .optional(),
});

export const datasetSchema = z.object({
  /** Semantic version of the dataset; a workbook records the version it was built from. */
  datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a version like 1.0.0"),
  /** ISO date of this version. */
  datasetDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-11-24"),
  source: z.object({ file: nonEmpty, title: nonEmpty }),
  plan: planSchema,
  basicGoals: z.array(basicGoalSchema).min(1),
  subGoals: z.array(subGoalSchema).min(1),
  measures: z.array(measureSchema),
  indicators: z.array(indicatorSchema),
  /** Target revisions, in the order they were made; absent = none. */
  revisions: z.array(revisionSchema).optional(),
});

export type PeriodData = z.infer<typeof periodSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type Bound = z.infer<typeof boundSchema>;
export type Actual = z.infer<typeof actualSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type SubGoal = z.infer<typeof subGoalSchema>;
export type BasicGoal = z.infer<typeof basicGoalSchema>;
export type Plan = z.infer<typeof planSchema>;
export type DatasetRevision = z.infer<typeof revisionSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
