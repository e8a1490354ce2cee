/**
 * A workbook of plan 1.2.0 (「KPI一覧」 in the order before issue #13, test/fixtures/refresh/plan-1.2.0-mixed.json)
 * and what the tests of its refresh run on it: the mixed fixture dataset, at one instant, from one person.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/domain/dataset/schema";
import type { WorkbookPlan } from "../../src/plan/types";
import { loadFixture } from "../plan/plan-readback";

/** The instant of the refresh (and of a plan built new to compare with). */
export const OLD_PLAN_AT = "2026-11-28T01:00:00.000Z";

/** The plan 1.2.0 workbook's plan, as that version wrote it. */
export const OLD_PLAN: WorkbookPlan = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/refresh/plan-1.2.0-mixed.json"), "utf8"),
) as WorkbookPlan;

/** The dataset the old plan was built from, and the refresh brings in again. */
export const OLD_PLAN_DATASET: Dataset = loadFixture("mixed");

/** The refresh's history entry. */
export const OLD_PLAN_HISTORY = { at: OLD_PLAN_AT, who: "u", source: "mixed.json" } as const;
