/**
 * What a refresh rebuilds besides 「KPI一覧」 (issue #11): the sheets and names its formulas read that people
 * deleted. Without 「設定」 or the names 評価年度 / 順調閾値 every grade is #NAME? or #REF!; without 「委員意見」 the
 * comment counts are #REF!. The plan can make them again, so the refresh does (and says so in a notice):
 *
 * - 「設定」 gone: built again from the plan, with the default 評価年度 (what a workbook built today gets; the year
 *   it held went with the sheet), and its two names.
 * - 「設定」 there but a name gone or pointing nowhere: the name again, on the plan's cell of 「設定」 (the value
 *   people set there stays).
 * - 委員名簿 / 会議 / 委員意見 gone while the workbook has the committee's record (a count column in 「KPI一覧」
 *   or another of the three sheets): the missing ones again, empty. A workbook built before comments gets none.
 * - 「評価履歴」 / 「指標見直し」 gone or never there (a workbook built before issue #12): added, empty, always, since
 *   the refresh writes 「KPI一覧」's 前回評価 and 適用目標値 formulas, which read them; 「確認事項」 likewise (issue
 *   #13: 要確認 reads it), the refresh then appending the dataset's notes (app/refresh-verification.ts).
 *
 * Detection is pure over what a backend read (sheet names, the names that resolve); each backend writes the plan
 * `repairPlan` returns with its own plan writer.
 */
import { lastCompletedFiscalYear } from "../domain/periods";
import { buildCommentSheets } from "../plan/comments-sheets";
import { buildClosedHistorySheet } from "../plan/closed-history-sheet";
import { buildRevisionsSheet } from "../plan/revisions-sheet";
import { buildSettingsSheet } from "../plan/settings-sheet";
import { buildVerificationSheet } from "../plan/verification-sheet";
import type { WorkbookPlan } from "../plan/types";
import { COMMENT_SHEET_NAMES } from "../workbook/comment-columns";
import { CLOSED_HISTORY_SHEET, REVISIONS_SHEET } from "../workbook/evaluation-columns";
import type { PlanYears } from "../workbook/kpi-columns";
import { VERIFICATION_SHEET } from "../workbook/verification-columns";
import { EVALUATION_YEAR_NAME, KPI_SHEET, SETTINGS_SHEET, THRESHOLD_NAME } from "../workbook/names";
import { SHEET_ONLY_METADATA } from "../workbook/metadata";
import { refreshNotice, type RefreshNotice } from "../workbook/refresh-notice";

export const SETTINGS_NAMES: readonly string[] = [EVALUATION_YEAR_NAME, THRESHOLD_NAME];

export interface WorkbookRepair {
  /** 「設定」 is built again, with this 評価年度 (null: it is there). */
  readonly settingsYear: number | null;
  /** Names added again on 「設定」 (the ones missing, or all when the sheet is built again). */
  readonly names: readonly string[];
  /** Committee sheets built again, empty, in the plan's order. */
  readonly commentSheets: readonly string[];
  /** 「評価履歴」 / 「指標見直し」 / 「確認事項」 added, empty (「KPI一覧」's formulas read them). */
  readonly evaluationSheets: readonly string[];
}

export const NO_REPAIR: WorkbookRepair = { settingsYear: null, names: [], commentSheets: [], evaluationSheets: [] };

/** The sheets 「KPI一覧」's formulas read besides 「設定」 and the committee's, in the plan's order. */
const READ_BY_KPI: readonly string[] = [CLOSED_HISTORY_SHEET, REVISIONS_SHEET, VERIFICATION_SHEET];

export function needsRepair(r: WorkbookRepair): boolean {
  return r.settingsYear !== null || r.names.length > 0 || r.commentSheets.length > 0 || r.evaluationSheets.length > 0;
}

/** The 評価年度 buildWorkbookPlan gives a workbook built at `at`: the last completed fiscal year, within the plan. */
export function defaultEvaluationYear(years: PlanYears, at: Date): number {
  return Math.min(years.last, Math.max(years.first, lastCompletedFiscalYear(at)));
}

export function findRepair(input: {
  readonly sheetNames: readonly string[];
  /** Names that exist and point at a cell of a sheet that exists (not #REF!). */
  readonly resolvedNames: ReadonlySet<string>;
  /** 「KPI一覧」 has a count column (意見数 / 未対応意見): its formulas read 「委員意見」. */
  readonly countsComments: boolean;
  readonly years: PlanYears;
  readonly at: Date;
}): WorkbookRepair {
  const has = new Set(input.sheetNames);
  const settingsYear = has.has(SETTINGS_SHEET) ? null : defaultEvaluationYear(input.years, input.at);
  const names = SETTINGS_NAMES.filter((n) => settingsYear !== null || !input.resolvedNames.has(n));
  const hasRecord = input.countsComments || COMMENT_SHEET_NAMES.some((s) => has.has(s));
  const commentSheets = hasRecord ? COMMENT_SHEET_NAMES.filter((s) => !has.has(s)) : [];
  const evaluationSheets = READ_BY_KPI.filter((s) => !has.has(s));
  return { settingsYear, names, commentSheets, evaluationSheets };
}

/** What the user is told (before anything is written: the preview shows it too). */
export function repairNotices(r: WorkbookRepair): RefreshNotice[] {
  const out: RefreshNotice[] = [];
  if (r.settingsYear !== null) {
    out.push(refreshNotice("SettingsSheetRebuilt", { year: r.settingsYear }, { sheet: SETTINGS_SHEET }));
  } else if (r.names.length > 0) {
    out.push(refreshNotice("SettingsNamesRestored", { names: r.names }, { sheet: SETTINGS_SHEET }));
  }
  if (r.commentSheets.length > 0) {
    out.push(refreshNotice("CommentSheetsRebuilt", { sheets: r.commentSheets }, { sheet: KPI_SHEET }));
  }
  if (r.evaluationSheets.length > 0) {
    out.push(refreshNotice("EvaluationSheetsAdded", { sheets: r.evaluationSheets }, { sheet: KPI_SHEET }));
  }
  return out;
}

/** The sheets and names to add, as a plan fragment for the backend's plan writer (its metadata is never written). */
export function repairPlan(r: WorkbookRepair, years: PlanYears): WorkbookPlan {
  // Only the names are taken when the sheet stays (their cells do not depend on the year).
  const settings = buildSettingsSheet(r.settingsYear ?? years.first, years);
  const comments = new Set(r.commentSheets);
  return {
    metadata: SHEET_ONLY_METADATA,
    sheets: [
      ...(r.settingsYear !== null ? [settings.sheet] : []),
      ...buildCommentSheets({}).filter((s) => comments.has(s.name)),
      ...[buildClosedHistorySheet(), buildRevisionsSheet(), buildVerificationSheet([])].filter((s) =>
        r.evaluationSheets.includes(s.name),
      ),
    ],
    names: settings.names.filter((n) => r.names.includes(n.name)),
  };
}
