/** Test helpers: read the graded columns of 「KPI一覧」 and the 概要 counts back out of a recalculated plan. */
import type { CellValue } from "hyperformula";
import type { Dataset } from "../../src/domain/dataset/schema";
import { datasetSchema } from "../../src/domain/dataset/schema";
import { actualsOf, evaluateIndicator, statusInputOf, type StatusResult } from "../../src/domain/status";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import type { LoadedPlan } from "../support/hyperformula-plan";
import type { KpiLayout } from "../../src/workbook/kpi-columns";
import { LAYOUT } from "../support/layout";

export interface SheetStatus {
  readonly latest: CellValue;
  readonly latestYear: CellValue;
  readonly progress: CellValue;
  readonly expected: CellValue;
  readonly grade: CellValue;
}

/** "" (a formula's blank) reads as null, as the twin reports it. */
const blankAsNull = (v: CellValue): CellValue => (v === "" ? null : v);

export function sheetStatus(loaded: LoadedPlan, index: number, layout: KpiLayout = LAYOUT): SheetStatus {
  const row = KPI_ROWS.firstData + index;
  const get = (key: "latest" | "latestYear" | "progress" | "expected" | "grade"): CellValue =>
    blankAsNull(loaded.value(KPI_SHEET, `${layout.letter(key)}${row}`));
  return {
    latest: get("latest"),
    latestYear: get("latestYear"),
    progress: get("progress"),
    expected: get("expected"),
    grade: get("grade"),
  };
}

/** The twin's verdict on the actuals the sheet can show (its year columns). */
export function twinStatus(
  ind: Dataset["indicators"][number],
  evaluationYear: number,
  k: number,
  layout: KpiLayout = LAYOUT,
): StatusResult {
  return evaluateIndicator(statusInputOf(ind), actualsOf(ind, layout.years), { evaluationYear, k });
}

/** Asserts one row agrees with the twin: exact for text and years, to 1e-9 for ratios and values. */
export function expectRowAgrees(sheet: SheetStatus, twin: StatusResult, label: string): void {
  const near = (a: CellValue, b: number | null, what: string): void => {
    if (b === null) {
      if (a !== null) throw new Error(`${label} ${what}: sheet ${String(a)}, twin blank`);
      return;
    }
    if (typeof a !== "number" || Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) {
      throw new Error(`${label} ${what}: sheet ${JSON.stringify(a)}, twin ${b}`);
    }
  };
  near(sheet.latest, twin.latest, "最新実績");
  near(sheet.latestYear, twin.latestYear, "実績年度");
  near(sheet.progress, twin.progress, "達成率");
  near(sheet.expected, twin.expected, "期待進捗");
  if (sheet.grade !== twin.grade)
    throw new Error(`${label} 評価: sheet ${JSON.stringify(sheet.grade)}, twin ${twin.grade}`);
}

export function loadFixture(name: string): Dataset {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const json: unknown = require(`../fixtures/plan/${name}.json`);
  return datasetSchema.parse(json);
}
