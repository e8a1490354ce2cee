/**
 * Before a member or a meeting is deleted: who still refers to it. A referenced record is never deleted silently;
 * the caller shows the references (or marks a member 退任 instead).
 */
import { problem, type CommentProblem } from "./problems";
import type { CommentRecord, Meeting, Member } from "./types";

export interface Reference {
  readonly sheet: "委員意見" | "会議";
  /** The referring record's id (comment id, or 第N回). */
  readonly id: string;
}

const MAX_LISTED = 10;

function refusal(what: string, refs: readonly Reference[]): CommentProblem[] {
  if (refs.length === 0) return [];
  const listed = refs.slice(0, MAX_LISTED).map((r) => `${r.sheet} ${r.id}`);
  if (refs.length > MAX_LISTED) listed.push(`ほか${refs.length - MAX_LISTED}件`);
  return [problem(what, "referenced", { what, refs: listed.join("、") })];
}

export function memberReferences(
  memberId: string,
  comments: readonly CommentRecord[],
  meetings: readonly Meeting[],
): Reference[] {
  return [
    ...comments.filter((c) => c.speakerId === memberId).map((c) => ({ sheet: "委員意見" as const, id: c.id })),
    ...meetings
      .filter((m) => m.attendees.includes(memberId) || m.absentees.includes(memberId))
      .map((m) => ({ sheet: "会議" as const, id: `第${m.number}回` })),
  ];
}

export function meetingReferences(number: number, comments: readonly CommentRecord[]): Reference[] {
  return comments.filter((c) => c.meeting === number).map((c) => ({ sheet: "委員意見" as const, id: c.id }));
}

/** Empty when the member may be deleted; otherwise one problem listing the references. */
export function checkMemberDeletion(
  member: Member,
  comments: readonly CommentRecord[],
  meetings: readonly Meeting[],
): CommentProblem[] {
  return refusal(`委員 ${member.id} ${member.name}`, memberReferences(member.id, comments, meetings));
}

export function checkMeetingDeletion(meeting: Meeting, comments: readonly CommentRecord[]): CommentProblem[] {
  return refusal(`第${meeting.number}回会議`, meetingReferences(meeting.number, comments));
}
