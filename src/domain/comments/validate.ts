/**
 * Validation of members, meetings and comments before anything is written: every problem at once, as data.
 * A new comment is built here (id, timestamp, status 未対応) so the stores only append what passed.
 */
import { newCommentId, japanTimestamp, type IdSource } from "./ids";
import { notInList, problem, type CommentProblem } from "./problems";
import { formatTarget, parseTarget } from "./target";
import { normalizeLineBreaks, textProblems } from "./text";
import { stripAgendaNumber } from "./agenda";
import {
  COMMENT_CATEGORIES,
  COMMENT_STATUSES,
  MEETING_DISCLOSURES,
  MEMBER_ROLES,
  type CommentCategory,
  type CommentRecord,
  type CommentStatus,
  type CommentTarget,
  type Meeting,
  type Member,
} from "./types";

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: CommentProblem[] };

function result<T>(value: T, problems: CommentProblem[]): Checked<T> {
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

const oneOf = (field: string, value: string, allowed: readonly string[]): CommentProblem[] =>
  notInList(field, field, value, allowed);

/** Trims single-line fields; multi-line fields keep their spacing but get LF line breaks. */
const line = (s: string): string => normalizeLineBreaks(s).trim();

export function validateMember(input: Member, others: readonly Member[]): Checked<Member> {
  const member: Member = {
    id: line(input.id),
    name: line(input.name),
    role: input.role,
    affiliation: line(input.affiliation),
    active: input.active,
  };
  const problems = [
    ...textProblems("id", member.id, { required: true }),
    ...textProblems("name", member.name, { required: true }),
    ...oneOf("role", member.role, MEMBER_ROLES),
    ...textProblems("affiliation", member.affiliation),
  ];
  if (others.some((m) => m.id === member.id)) problems.push(problem("id", "duplicateId", { value: member.id }));
  return result(member, problems);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** 「9:05」 → 「09:05」 so times compare as text. */
function padTime(text: string): string {
  const m = TIME.exec(text);
  return m ? `${(m[1] as string).padStart(2, "0")}:${m[2]}` : text;
}

export function validateMeeting(
  input: Meeting,
  others: readonly Meeting[],
  members: readonly Member[],
): Checked<Meeting> {
  const meeting: Meeting = {
    number: input.number,
    date: line(input.date),
    startTime: padTime(line(input.startTime)),
    endTime: padTime(line(input.endTime)),
    place: line(input.place),
    attendees: input.attendees.map(line).filter((s) => s !== ""),
    absentees: input.absentees.map(line).filter((s) => s !== ""),
    cityAttendees: line(input.cityAttendees),
    agenda: input.agenda
      .map(line)
      .filter((s) => s !== "")
      .map(stripAgendaNumber),
    handouts: input.handouts.map(line).filter((s) => s !== ""),
    observers: line(input.observers),
    disclosure: line(input.disclosure) as Meeting["disclosure"],
    secretariat: line(input.secretariat),
  };
  const problems: CommentProblem[] = [];
  if (!Number.isInteger(meeting.number) || meeting.number < 1) {
    problems.push(problem("number", "badNumber", { field: "number", value: String(meeting.number) }));
  } else if (others.some((m) => m.number === meeting.number)) {
    problems.push(problem("number", "duplicateMeeting", { value: meeting.number }));
  }
  if (!isRealDate(meeting.date)) problems.push(problem("date", "badDate", { field: "date", value: meeting.date }));
  for (const field of ["startTime", "endTime"] as const) {
    const v = meeting[field];
    if (v !== "" && !TIME.test(v)) problems.push(problem(field, "badTime", { field, value: v }));
  }
  if (TIME.test(meeting.startTime) && TIME.test(meeting.endTime) && meeting.endTime < meeting.startTime) {
    problems.push(problem("endTime", "timeOrder", { start: meeting.startTime, end: meeting.endTime }));
  }
  problems.push(...textProblems("place", meeting.place), ...textProblems("cityAttendees", meeting.cityAttendees));
  const known = new Set(members.map((m) => m.id));
  for (const field of ["attendees", "absentees"] as const) {
    for (const id of meeting[field]) if (!known.has(id)) problems.push(problem(field, "unknownMember", { value: id }));
  }
  for (const id of meeting.attendees) {
    if (meeting.absentees.includes(id)) problems.push(problem("absentees", "attendeeAndAbsent", { value: id }));
  }
  problems.push(
    ...textProblems("agenda", meeting.agenda.join("\n")),
    ...textProblems("handouts", meeting.handouts.join("\n")),
    ...textProblems("observers", meeting.observers),
    ...textProblems("secretariat", meeting.secretariat),
  );
  if (meeting.disclosure !== "") problems.push(...oneOf("disclosure", meeting.disclosure, MEETING_DISCLOSURES));
  return result(meeting, problems);
}

/** What a person gives when adding a comment; the rest (id, time, status) is filled in. */
export interface CommentInput {
  readonly meeting: number;
  /** A target, or the text of a 対象 cell (「1-1-K2-3」「全体」). */
  readonly target: CommentTarget | string;
  readonly speakerId: string;
  readonly category: string;
  readonly text: string;
  readonly response?: string;
  readonly status?: string;
  readonly recordedBy: string;
}

export interface CommentContext {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  /** Ids already in the table (a drawn id is never one of them). */
  readonly takenIds: ReadonlySet<string>;
  /** Ids of indicators, 施策 and sub-goals that exist; when given, a target outside it is refused. */
  readonly knownTargets?: ReadonlySet<string>;
}

function targetProblems(
  raw: CommentTarget | string,
  known: ReadonlySet<string> | undefined,
): [CommentTarget | null, CommentProblem[]] {
  const target = typeof raw === "string" ? parseTarget(raw) : raw;
  const shown = typeof raw === "string" ? raw : formatTarget(raw);
  if (!target || (typeof raw !== "string" && parseTarget(formatTarget(raw))?.kind !== raw.kind)) {
    return [
      null,
      [
        shown.trim() === ""
          ? problem("target", "required", { field: "target" })
          : problem("target", "badTarget", { value: shown }),
      ],
    ];
  }
  if (target.kind !== "strategy" && known && !known.has(target.id)) {
    return [target, [problem("target", "unknownTarget", { value: target.id })]];
  }
  return [target, []];
}

/** Checks a new comment and builds its record (new id, 記録日時 now, 対応状況 未対応 unless given). */
export function buildComment(input: CommentInput, context: CommentContext, ids: IdSource): Checked<CommentRecord> {
  const problems: CommentProblem[] = [];
  if (!context.meetings.some((m) => m.number === input.meeting)) {
    problems.push(problem("meeting", "unknownMeeting", { value: String(input.meeting) }));
  }
  const [target, tp] = targetProblems(input.target, context.knownTargets);
  problems.push(...tp);
  const speaker = context.members.find((m) => m.id === input.speakerId.trim());
  if (input.speakerId.trim() === "") problems.push(problem("speakerId", "required", { field: "speakerId" }));
  else if (!speaker) problems.push(problem("speakerId", "unknownMember", { value: input.speakerId }));
  problems.push(...oneOf("category", input.category, COMMENT_CATEGORIES));
  const status = input.status === undefined || input.status === "" ? "未対応" : input.status;
  problems.push(...oneOf("status", status, COMMENT_STATUSES));
  const text = normalizeLineBreaks(input.text);
  const response = normalizeLineBreaks(input.response ?? "");
  const recordedBy = line(input.recordedBy);
  problems.push(
    ...textProblems("text", text, { required: true }),
    ...textProblems("response", response),
    ...textProblems("recordedBy", recordedBy, { required: true }),
  );
  if (problems.length > 0 || !target || !speaker) return { ok: false, problems };
  const now = ids.now();
  return {
    ok: true,
    value: {
      id: newCommentId(ids, context.takenIds),
      meeting: input.meeting,
      target,
      speakerId: speaker.id,
      speakerName: speaker.name,
      category: input.category as CommentCategory,
      text,
      response,
      status: status as CommentStatus,
      recordedAt: japanTimestamp(now),
      recordedBy,
    },
  };
}

/** The two things that change after a meeting: the city's response and the status. */
export interface CommentEdit {
  readonly response?: string;
  readonly status?: string;
}

export function applyCommentEdit(record: CommentRecord, edit: CommentEdit): Checked<CommentRecord> {
  const problems: CommentProblem[] = [];
  const response = edit.response === undefined ? record.response : normalizeLineBreaks(edit.response);
  const status = edit.status === undefined ? record.status : edit.status;
  problems.push(...textProblems("response", response), ...oneOf("status", status, COMMENT_STATUSES));
  return result({ ...record, response, status: status as CommentStatus }, problems);
}

/** Checks a record read back from a sheet (ids, lists, text limits), e.g. before the CLI lists it. */
export function recordProblems(record: CommentRecord): CommentProblem[] {
  return [
    ...oneOf("category", record.category, COMMENT_CATEGORIES),
    ...oneOf("status", record.status, COMMENT_STATUSES),
    ...textProblems("text", record.text, { required: true }),
    ...textProblems("response", record.response),
  ];
}
