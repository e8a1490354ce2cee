/** Names that are contracts users and macros rely on (docs/ARCHITECTURE.md): sheets, the table, the defined names. */

/**
 * 1.2.0: issue #12 graded against the target in force (適用目標値) and added 担当課 and the forward view.
 * 1.3.0: issue #13's member-first column order in 「KPI一覧」 (every formula's letters moved).
 */
export const PLAN_VERSION = "1.3.0";

export const KPI_SHEET = "KPI一覧";
export const SETTINGS_SHEET = "設定";
export const SUMMARY_SHEET = "概要";
export const KPI_TABLE = "KPI";

/** Defined names on 「設定」 the formulas reference. */
export const EVALUATION_YEAR_NAME = "評価年度";
export const THRESHOLD_NAME = "順調閾値";
