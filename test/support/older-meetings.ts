/**
 * A committee workbook as one made before issue #13 has 「会議」: without 傍聴者, 公開区分 and 事務局 (nor 公開区分's
 * list), for the tests of the refresh that brings the table up to its contract (app/refresh-record-columns.ts).
 */
import { commentsPlan } from "../fixtures/comments/workbook";
import { MEETINGS, MEMBERS } from "../fixtures/comments/records";
import type { WorkbookPlan } from "../../src/plan/types";
import { MEETING_COLUMNS } from "../../src/workbook/comment-columns";

/** The columns 「会議」 got with #13, at its end. */
export const ADDED_MEETING_HEADERS = ["傍聴者", "公開区分", "事務局"] as const;
/** How many columns an older 「会議」 has (回 … 配布資料). */
export const OLD_MEETING_WIDTH = MEETING_COLUMNS.length - ADDED_MEETING_HEADERS.length;

/** `plan` with 「会議」 cut to its older columns (the plan's 「会議」 table starts at A1). */
export function olderMeetings(plan: WorkbookPlan): WorkbookPlan {
  const sheets = plan.sheets.map((sheet) => {
    if (sheet.name !== "会議") return sheet;
    const keep = <T>(list: readonly T[]): T[] => list.slice(0, OLD_MEETING_WIDTH);
    const lastOld = String.fromCharCode("A".charCodeAt(0) + OLD_MEETING_WIDTH - 1);
    return {
      ...sheet,
      rows: sheet.rows.map(keep),
      columns: keep(sheet.columns),
      validations: sheet.validations.filter((v) => v.range.charCodeAt(0) <= lastOld.charCodeAt(0)),
      tables: sheet.tables.map((t) => ({ ...t, range: t.range.replace(/^A1:[A-Z]+/, `A1:${lastOld}`) })),
    };
  });
  return { ...plan, sheets };
}

/** The committee's workbook (members, two meetings) with an older 「会議」. */
export function olderMeetingsPlan(): WorkbookPlan {
  return olderMeetings(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
}
