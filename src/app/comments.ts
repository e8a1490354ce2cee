/**
 * The committee's record (委員名簿・会議・委員意見) as use cases: list it, add a comment, edit one, add or edit a member
 * or a meeting, and set the comment sheets up in a workbook built before they existed. The pane's comments panel
 * (Office: the open workbook) and the CLI's `comments` verb (xlsx: a file) both call these; each backend implements
 * CommentsPort. Every check is the domain's (domain/comments) and runs before anything is written.
 */
import {
  applyCommentEdit,
  buildComment,
  importCommentsCsv,
  nextMemberId,
  problem,
  validateMeeting,
  validateMember,
  type CommentContext,
  type CommentEdit,
  type CommentInput,
  type CommentProblem,
  type CommentRecord,
  type CsvImportOptions,
  type IdSource,
  type Meeting,
  type Member,
} from "../domain/comments";
import type { CommentBook, CommentRecordOf, CommentTableKind } from "../workbook/comment-rows";
import {
  addCommentsSheetsPlan,
  appendedCountMarks,
  commentCountColumns,
  type AppendedColumnsLayout,
  type KpiFormulaColumn,
} from "../plan/comments-sheets";
import type { ConditionalFormatPlan, WorkbookPlan } from "../plan/types";
import type { OfficeErrorInfo } from "../adapters/office";
import type { PlanApplyResult } from "./create-workbook";

/** A write's outcome: written, refused with the domain's problems, or the backend failed (Office). */
export type CommentsWriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly problems: readonly CommentProblem[] }
  | { readonly ok: false; readonly error: OfficeErrorInfo };

/** What the committee's record needs of a backend. */
export interface CommentsPort {
  /** The three tables, read by header (a missing table is a missingTable problem of its kind). */
  readBook(): Promise<CommentBook>;
  /** Appends one record to its table. */
  append<K extends CommentTableKind>(kind: K, record: CommentRecordOf[K]): Promise<CommentsWriteResult>;
  /** Rewrites the record's row, found by its id. */
  edit<K extends CommentTableKind>(kind: K, record: CommentRecordOf[K]): Promise<CommentsWriteResult>;
  /** Adds the plan's sheets to the workbook, leaving its metadata alone; refuses (SheetsExist) when they exist. */
  addSheets(plan: WorkbookPlan): Promise<PlanApplyResult>;
  /**
   * Appends formula columns to 「KPI一覧」's table (a header that exists is left alone) and, when all were added, the
   * conditional formats `marks` gives for where they landed (a backend without conditional formats leaves them out).
   * Returns the headers added; none when the workbook has no KPI table.
   */
  addKpiColumns(
    columns: readonly KpiFormulaColumn[],
    marks: (layout: AppendedColumnsLayout) => readonly ConditionalFormatPlan[],
  ): Promise<readonly string[]>;
}

/** The record as the pane and the CLI use it: the records of each table, and the rows that could not be read. */
export interface CommentRecords {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly comments: readonly CommentRecord[];
  /** Rows that could not be read as records (shown, not hidden), and missing tables. */
  readonly warnings: readonly CommentProblem[];
}

export type ListResult =
  /** None of the three tables exists: the workbook has no committee's record yet (offer the set-up). */
  { readonly kind: "missing" } | { readonly kind: "ready"; readonly records: CommentRecords };

export function recordsOf(book: CommentBook): CommentRecords {
  return {
    members: book.members.records.map((r) => r.record),
    meetings: book.meetings.records.map((r) => r.record),
    comments: book.comments.records.map((r) => r.record),
    warnings: [...book.members.problems, ...book.meetings.problems, ...book.comments.problems],
  };
}

export async function listComments(port: CommentsPort): Promise<ListResult> {
  const book = await port.readBook();
  const all = [book.members, book.meetings, book.comments];
  if (all.every((r) => r.problems.some((p) => p.code === "missingTable"))) return { kind: "missing" };
  return { kind: "ready", records: recordsOf(book) };
}

/** The sheets' outcome; when added, also the KPI count columns added (none on a workbook without 「KPI一覧」). */
export type SetUpResult =
  | (Extract<PlanApplyResult, { ok: true }> & { readonly countColumns: readonly string[] })
  | Exclude<PlanApplyResult, { ok: true }>;

/**
 * Adds 「委員名簿」「会議」「委員意見」 (empty) to a workbook built before comments existed, then 意見数/未対応意見 to its
 * 「KPI一覧」 with the open-comment marks. The workbook keeps its own metadata. Refused when the sheets exist.
 */
export async function setUpCommentSheets(port: CommentsPort): Promise<SetUpResult> {
  const applied = await port.addSheets(addCommentsSheetsPlan());
  if (!applied.ok) return applied;
  const countColumns = await port.addKpiColumns(commentCountColumns(), appendedCountMarks);
  return { ...applied, countColumns };
}

/** A write that was checked first: the domain's problems, or what the backend said. */
export type CheckedWrite<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly CommentProblem[] }
  | { readonly ok: false; readonly error: OfficeErrorInfo };

async function written<T>(value: T, write: Promise<CommentsWriteResult>): Promise<CheckedWrite<T>> {
  const result = await write;
  return result.ok ? { ok: true, value } : result;
}

/** What a new comment is checked against: the record's members, meetings and ids, and the targets that exist. */
function commentContext(records: CommentRecords, knownTargets: ReadonlySet<string> | undefined): CommentContext {
  return {
    members: records.members,
    meetings: records.meetings,
    takenIds: new Set(records.comments.map((c) => c.id)),
    ...(knownTargets ? { knownTargets } : {}),
  };
}

/** Checks a new comment against the record (members, meetings, ids taken, known targets) and appends it. */
export async function addComment(
  port: CommentsPort,
  records: CommentRecords,
  input: CommentInput,
  ids: IdSource,
  knownTargets?: ReadonlySet<string>,
): Promise<CheckedWrite<CommentRecord>> {
  const built = buildComment(input, commentContext(records, knownTargets), ids);
  return built.ok ? written(built.value, port.append("comments", built.value)) : built;
}

/**
 * The comments of a paper CSV (domain/comments/csv.ts): every row checked first, then appended one by one; nothing
 * is appended unless every row passed. A backend failure part way stops there (the caller does not save then).
 */
export async function importComments(
  port: CommentsPort,
  records: CommentRecords,
  csv: string,
  ids: IdSource,
  options: CsvImportOptions & { readonly knownTargets?: ReadonlySet<string> },
): Promise<CheckedWrite<readonly CommentRecord[]>> {
  const imported = importCommentsCsv(csv, commentContext(records, options.knownTargets), ids, {
    recordedBy: options.recordedBy,
  });
  if (!imported.ok) return imported;
  for (const record of imported.records) {
    const stored = await port.append("comments", record);
    if (!stored.ok) return stored;
  }
  return { ok: true, value: imported.records };
}

/** The city's response and the status of the comment `id`, checked, written to its row. */
export async function editComment(
  port: CommentsPort,
  records: CommentRecords,
  id: string,
  edit: CommentEdit,
): Promise<CheckedWrite<CommentRecord>> {
  const current = records.comments.find((c) => c.id === id);
  if (!current) return { ok: false, problems: [problem("id", "notFound", { value: id })] };
  const edited = applyCommentEdit(current, edit);
  return edited.ok ? written(edited.value, port.edit("comments", edited.value)) : edited;
}

/** A new member (the next free id) or an edit of one, checked against the others. */
export async function saveMember(
  port: CommentsPort,
  records: CommentRecords,
  member: Member,
  isNew: boolean,
): Promise<CheckedWrite<Member>> {
  const candidate = isNew ? { ...member, id: nextMemberId(records.members) } : member;
  const others = isNew ? records.members : records.members.filter((m) => m.id !== member.id);
  const checked = validateMember(candidate, others);
  if (!checked.ok) return checked;
  return written(checked.value, isNew ? port.append("members", checked.value) : port.edit("members", checked.value));
}

/** A new meeting or an edit of one, checked against the other meetings and the members. */
export async function saveMeeting(
  port: CommentsPort,
  records: CommentRecords,
  meeting: Meeting,
  isNew: boolean,
): Promise<CheckedWrite<Meeting>> {
  const others = isNew ? records.meetings : records.meetings.filter((m) => m.number !== meeting.number);
  const checked = validateMeeting(meeting, others, records.members);
  if (!checked.ok) return checked;
  return written(checked.value, isNew ? port.append("meetings", checked.value) : port.edit("meetings", checked.value));
}
