/**
 * Test helpers for the issue #12 columns of 「KPI一覧」 (適用目標値 … 見込み評価): random workbooks with target
 * revisions in 「指標見直し」, closed grades in 「評価履歴」 and text typed into year cells, the twin's verdict on each
 * row (src/domain/status.ts + forward-view.ts), and the comparison. Shared by the HyperFormula and LibreOffice
 * agreement tests.
 */
import fc from "fast-check";
import type { Dataset } from "../../src/domain/dataset/schema";
import type { TargetRevision } from "../../src/domain/evaluation/types";
import {
  previousGradeText,
  projection,
  projectionGrade,
  requiredValue,
  statusInputInForce,
} from "../../src/domain/forward-view";
import { actualsOf, evaluateIndicator, GRADES, statusInputOf, type Grade } from "../../src/domain/status";
import { CLOSED_CONTRACT, REVISIONS_SHEET, closedKey } from "../../src/workbook/evaluation-columns";
import { KPI_ROWS, yearKey } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET } from "../../src/workbook/names";
import { SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import { buildRevisionsSheet } from "../../src/plan/revisions-sheet";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { datasetOf, type IndicatorSketch } from "./dataset-builder";
import { sketchArb } from "./sketch-arbitrary";
import { LAYOUT } from "../support/layout";

/** The columns compared, by KPI column key. */
export const FORWARD_KEYS = [
  "targetInForce",
  "targetYearInForce",
  "progress",
  "expected",
  "grade",
  "previousGrade",
  "required",
  "projection",
  "projectionGrade",
] as const;
export type ForwardKey = (typeof FORWARD_KEYS)[number];
export type ForwardRow = Readonly<Record<ForwardKey, string | number | null>>;

/** What a case adds to the built workbook, by 0-based indicator index. */
export interface RevisionSketch {
  readonly index: number;
  readonly target: number;
  readonly targetYear: number | null;
  readonly fromYear: number;
}
export interface ClosedSketch {
  readonly index: number;
  readonly year: number;
  readonly grade: Grade;
  /** A superseded record (旧記録): its キー is empty, so no formula finds it. */
  readonly superseded: boolean;
}
export interface ForwardCase {
  readonly sketches: readonly IndicatorSketch[];
  readonly revisions: readonly RevisionSketch[];
  readonly closed: readonly ClosedSketch[];
  /** Year cells holding text (「未集計」) instead of a number. */
  readonly texts: readonly { readonly index: number; readonly year: number }[];
  readonly evaluationYear: number;
  readonly k: number;
}

export const TEXT_IN_YEAR = "未集計";

/** Hand-made rows at 評価年度 2022 (each sketch's comment gives what the sheet must show). */
export const HAND: ForwardCase = {
  evaluationYear: 2022,
  k: 1,
  sketches: [
    // 0. 増加 0 → 10 (2020 → 2027), 2 and 4 in 2021/22: trend +2 a year reaches 14 in 2027; path 10 × 2/7.
    {
      rule: "increase",
      baseline: 0,
      baselineYear: 2020,
      target: 10,
      targetYear: 2027,
      basis: "fiscal",
      actuals: [
        [2021, 2],
        [2022, 4],
      ],
    },
    // 1. 減少 20 → 10 (2020 → 2025), 19 and 18: trend −1 a year stops at 15 in 2025 (未達); path 20 − 10 × 2/5 = 16.
    {
      rule: "decrease",
      baseline: 20,
      baselineYear: 2020,
      target: 10,
      targetYear: 2025,
      basis: "fiscal",
      actuals: [
        [2021, 19],
        [2022, 18],
      ],
    },
    // 2. one number only: no trend.
    {
      rule: "increase",
      baseline: 0,
      baselineYear: 2020,
      target: 10,
      targetYear: 2027,
      basis: "fiscal",
      actuals: [[2022, 5]],
    },
    // 3. 1, (text over 2), 3 in 2020–22: the line through (2020, 1) and (2022, 3) is 8 in 2027 (未達).
    {
      rule: "increase",
      baseline: 0,
      baselineYear: 2020,
      target: 10,
      targetYear: 2027,
      basis: "fiscal",
      actuals: [
        [2020, 1],
        [2021, 2],
        [2022, 3],
      ],
    },
    // 4. revised from 2022 to 20 by 2030 (a later one from 2024 is not in force yet): path 10 × 2/10 = 4 of 20.
    {
      rule: "increase",
      baseline: 0,
      baselineYear: 2020,
      target: 10,
      targetYear: 2027,
      basis: "fiscal",
      actuals: [
        [2021, 2],
        [2022, 4],
      ],
    },
    // 5. 維持(以上): no forward view. Closed 2021 as 「C 遅れ」: 前回評価 「C → A」.
    {
      rule: "floor",
      baseline: 5,
      baselineYear: 2020,
      target: 5,
      targetYear: 2027,
      basis: "fiscal",
      actuals: [[2022, 6]],
    },
    // 6. no target: 目標未設定, no forward view; revised in 2021 and again in 2021 (the later entry wins: 12), so
    //    「− 未評価」 now; closed 2021 as 「目標未設定」: 前回評価 「／ → −」.
    { rule: "increase", baseline: 0, baselineYear: 2020, target: null, targetYear: 2027, basis: "fiscal", actuals: [] },
    // 7. no target and no revision: 目標未設定 now; closed 2021 as 「− 未評価」: 前回評価 「− → ／」.
    {
      rule: "increase",
      baseline: 0,
      baselineYear: 2020,
      target: null,
      targetYear: 2027,
      basis: "fiscal",
      actuals: [[2022, 3]],
    },
  ],
  revisions: [
    { index: 4, target: 20, targetYear: 2030, fromYear: 2022 },
    { index: 4, target: 30, targetYear: null, fromYear: 2024 },
    { index: 6, target: 8, targetYear: null, fromYear: 2021 },
    { index: 6, target: 12, targetYear: null, fromYear: 2021 },
  ],
  closed: [
    { index: 5, year: 2021, grade: "C 遅れ", superseded: false },
    { index: 5, year: 2021, grade: "D 悪化", superseded: true },
    { index: 0, year: 2020, grade: "B 順調", superseded: false },
    { index: 6, year: 2021, grade: "目標未設定", superseded: false },
    { index: 7, year: 2021, grade: "− 未評価", superseded: false },
  ],
  texts: [{ index: 3, year: 2021 }],
};

/** Several cases in one workbook (LibreOffice recalculates a file at a time), under one 評価年度 and k. */
export function mergeCases(cases: readonly ForwardCase[], evaluationYear: number, k: number): ForwardCase {
  const offsets: number[] = [];
  let n = 0;
  for (const c of cases) {
    offsets.push(n);
    n += c.sketches.length;
  }
  const shift = <T extends { readonly index: number }>(items: (c: ForwardCase) => readonly T[]): T[] =>
    cases.flatMap((c, i) => items(c).map((x) => ({ ...x, index: x.index + (offsets[i] ?? 0) })));
  return {
    sketches: cases.flatMap((c) => c.sketches),
    revisions: shift((c) => c.revisions),
    // Closed years are relative to each case's 評価年度: moved to the merged one.
    closed: cases.flatMap((c, i) =>
      c.closed.map((x) => ({
        ...x,
        index: x.index + (offsets[i] ?? 0),
        year: x.year - c.evaluationYear + evaluationYear,
      })),
    ),
    texts: shift((c) => c.texts),
    evaluationYear,
    k,
  };
}

/** Random cases: up to 8 indicators, ledger years near 評価年度 so ties and future revisions are frequent. */
export const forwardCaseArb: fc.Arbitrary<ForwardCase> = fc
  .record({
    sketches: fc.array(sketchArb, { minLength: 1, maxLength: 8 }),
    evaluationYear: fc.integer({ min: 2020, max: 2027 }),
    k: fc.constantFrom(0.8, 1, 1.2),
    revisions: fc.array(
      fc.record({
        index: fc.nat(7),
        target: fc.integer({ min: 0, max: 20 }),
        targetYear: fc.option(fc.integer({ min: 2021, max: 2032 }), { freq: 2 }),
        fromYear: fc.integer({ min: 2021, max: 2027 }),
      }),
      { maxLength: 6 },
    ),
    closed: fc.array(
      fc.record({
        index: fc.nat(7),
        yearBack: fc.integer({ min: 1, max: 2 }),
        grade: fc.constantFrom(...GRADES.map((g) => g.grade)),
        superseded: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    texts: fc.array(fc.record({ index: fc.nat(7), year: fc.integer({ min: 2020, max: 2027 }) }), { maxLength: 3 }),
    // An indicator without a target closed last year: 前回評価 with 目標未設定 today is otherwise rare (its closed
    // grade leans to 目標未設定 / 未評価, the two without a letter).
    unset: fc.option(
      fc.record({
        index: fc.nat(7),
        grade: fc.constantFrom<Grade>(
          "目標未設定",
          "目標未設定",
          "− 未評価",
          "− 未評価",
          ...GRADES.map((g) => g.grade),
        ),
      }),
      { freq: 4 },
    ),
  })
  .map((r): ForwardCase => {
    const n = r.sketches.length;
    // At most one record in force per indicator and year (re-closing supersedes the earlier one).
    const seen = new Set<string>();
    const closed: ClosedSketch[] = [];
    const unsetAt = r.unset === null ? -1 : r.unset.index % n;
    const sketches = r.sketches.map((s, i) => (i === unsetAt && s.rule !== "everyDay" ? { ...s, target: null } : s));
    if (r.unset !== null) {
      closed.push({ index: unsetAt, year: r.evaluationYear - 1, grade: r.unset.grade, superseded: false });
      seen.add(`${unsetAt}|${r.evaluationYear - 1}`);
    }
    for (const x of r.closed) {
      const record = {
        index: x.index % n,
        year: r.evaluationYear - x.yearBack,
        grade: x.grade,
        superseded: x.superseded,
      };
      const key = `${record.index}|${record.year}`;
      if (!record.superseded && seen.has(key)) continue;
      if (!record.superseded) seen.add(key);
      closed.push(record);
    }
    return {
      sketches,
      evaluationYear: r.evaluationYear,
      k: r.k,
      revisions: r.revisions.map((v) => ({ ...v, index: v.index % n })),
      closed,
      texts: r.texts.map((t) => ({ index: t.index % n, year: t.year })),
    };
  });

export function ledgerOf(dataset: Dataset, c: ForwardCase): TargetRevision[] {
  return c.revisions.map((r) => {
    const ind = dataset.indicators[r.index] as Dataset["indicators"][number];
    return {
      indicatorId: ind.id,
      name: ind.name,
      originalTarget: ind.target.value,
      originalTargetYear: ind.target.period.year,
      revisedTarget: r.target,
      revisedTargetYear: r.targetYear,
      fromYear: r.fromYear,
      reason: "テスト",
      meeting: null,
      recordedAt: "2026-11-28",
    };
  });
}

function closedSheet(dataset: Dataset, c: ForwardCase): SheetPlan {
  const columns = CLOSED_CONTRACT.columns;
  const keyAt = columns.findIndex((col) => col.key === "key");
  const gradeAt = columns.findIndex((col) => col.key === "formulaGrade");
  const rows: (CellPlan | null)[][] = [columns.map((col) => ({ value: col.header }))];
  for (const r of c.closed) {
    const id = (dataset.indicators[r.index] as Dataset["indicators"][number]).id;
    const row: (CellPlan | null)[] = columns.map(() => null);
    row[keyAt] = { value: r.superseded ? null : closedKey(r.year, id) };
    row[gradeAt] = { value: r.grade };
    rows.push(row);
  }
  return {
    name: CLOSED_CONTRACT.sheet,
    rows,
    columns: [],
    tables: [],
    conditionalFormats: [],
    validations: [],
    charts: [],
  };
}

/** The workbook of a case: built at its 評価年度, then its k, the ledger, the history and the typed text put in. */
export function forwardPlan(c: ForwardCase): { dataset: Dataset; plan: WorkbookPlan } {
  const dataset = datasetOf(c.sketches);
  const built = buildWorkbookPlan(dataset, {
    builtAt: new Date("2025-06-01T00:00:00Z"),
    evaluationYear: c.evaluationYear,
  });
  const sheets = built.sheets.map((sheet): SheetPlan => {
    if (sheet.name === CLOSED_CONTRACT.sheet) return closedSheet(dataset, c);
    if (sheet.name === REVISIONS_SHEET) return buildRevisionsSheet(ledgerOf(dataset, c));
    if (sheet.name === SETTINGS_SHEET) {
      // 順調閾値 typed into 「設定」 (column B of its row).
      const rows = sheet.rows.map((row, r) =>
        r + 1 === SETTINGS_ROWS.threshold ? row.map((cell, i) => (i === 1 ? { ...cell, value: c.k } : cell)) : row,
      );
      return { ...sheet, rows };
    }
    if (sheet.name !== KPI_SHEET) return sheet;
    const rows = sheet.rows.map((row) => [...row]);
    for (const t of c.texts) {
      const row = rows[KPI_ROWS.firstData - 1 + t.index] as (CellPlan | null)[];
      row[LAYOUT.col(yearKey(t.year)) - 1] = { value: TEXT_IN_YEAR, numberFormat: "@", style: "input" };
    }
    return { ...sheet, rows };
  });
  return { dataset, plan: { ...built, sheets } };
}

/** The twin's verdict on row `index` of a case. */
export function twinForward(dataset: Dataset, c: ForwardCase, index: number): ForwardRow {
  const ind = dataset.indicators[index] as Dataset["indicators"][number];
  const texts = new Set(c.texts.filter((t) => t.index === index).map((t) => t.year));
  const actuals = new Map([...actualsOf(ind, LAYOUT.years)].filter(([year]) => !texts.has(year)));
  const E = c.evaluationYear;
  const input = statusInputInForce(statusInputOf(ind), ledgerOf(dataset, c), ind.id, E);
  const status = evaluateIndicator(input, actuals, { evaluationYear: E, k: c.k });
  const previous = c.closed.find((r) => !r.superseded && r.index === index && r.year === E - 1)?.grade ?? null;
  const projected = projection(input, actuals, E);
  return {
    targetInForce: input.target,
    targetYearInForce: input.targetYear,
    progress: status.progress,
    expected: status.expected,
    grade: status.grade,
    previousGrade: previousGradeText(previous, status.grade),
    required: requiredValue(input, E),
    projection: projected,
    projectionGrade: projectionGrade(input, projected),
  };
}

/** Throws naming the row and column where the sheet and the twin part: exact for text, 1e-9 relative for numbers. */
export function expectForwardAgrees(sheet: ForwardRow, twin: ForwardRow, label: string): void {
  for (const key of FORWARD_KEYS) {
    const a = sheet[key];
    const b = twin[key];
    const same =
      typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;
    if (!same) throw new Error(`${label} ${key}: sheet ${JSON.stringify(a)}, twin ${JSON.stringify(b)}`);
  }
}

/** What a case exercises (so a test can show its random cases reach revisions, trends, closed years and text). */
export interface ForwardCoverage {
  revisedInForce: number;
  projected: number;
  decreasing: number;
  singleNumber: number;
  previous: number;
  /** 前回評価 with 目標未設定 / − 未評価 on the closed side, and on today's side. */
  previousUnset: number;
  previousUnrated: number;
  currentUnset: number;
  currentUnrated: number;
  texts: number;
}

export function emptyCoverage(): ForwardCoverage {
  return {
    revisedInForce: 0,
    projected: 0,
    decreasing: 0,
    singleNumber: 0,
    previous: 0,
    previousUnset: 0,
    previousUnrated: 0,
    currentUnset: 0,
    currentUnrated: 0,
    texts: 0,
  };
}

export function addCoverage(into: ForwardCoverage, dataset: Dataset, c: ForwardCase): void {
  const ledger = ledgerOf(dataset, c);
  dataset.indicators.forEach((ind, i) => {
    const twin = twinForward(dataset, c, i);
    if (ledger.some((r) => r.indicatorId === ind.id && r.fromYear <= c.evaluationYear)) into.revisedInForce += 1;
    if (twin.projection !== null) into.projected += 1;
    if (twin.projection !== null && ind.direction === "decrease") into.decreasing += 1;
    const texts = new Set(c.texts.filter((t) => t.index === i).map((t) => t.year));
    const numbers = ind.actuals.filter((a) => a.year <= c.evaluationYear && !texts.has(a.year)).length;
    if (numbers === 1 && twin.required !== null) into.singleNumber += 1;
    if (twin.previousGrade !== null) into.previous += 1;
    const closed = c.closed.find((r) => !r.superseded && r.index === i && r.year === c.evaluationYear - 1);
    if (closed?.grade === "目標未設定") into.previousUnset += 1;
    if (closed?.grade === "− 未評価") into.previousUnrated += 1;
    if (closed !== undefined && twin.grade === "目標未設定") into.currentUnset += 1;
    if (closed !== undefined && twin.grade === "− 未評価") into.currentUnrated += 1;
  });
  into.texts += c.texts.length;
}
