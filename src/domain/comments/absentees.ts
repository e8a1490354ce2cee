/**
 * 欠席委員 when none were entered: the roster's serving members (状態 在任) who are not among the attendees. One
 * function for the pane's meeting form (which shows them before saving) and the minutes (a meeting saved without
 * absentees). The roster has no terms of office, so a member who retired after the meeting is not counted: past
 * meetings keep the absentees they were saved with.
 */
import type { Meeting, Member } from "./types";

/** Serving members not in `attendees`, in roster order. */
export function absentMembers(attendees: readonly string[], members: readonly Member[]): string[] {
  const present = new Set(attendees);
  return members.filter((m) => m.active && !present.has(m.id)).map((m) => m.id);
}

/**
 * The meeting's absentees: those recorded, else derived from the roster. A meeting with no attendees recorded
 * either has none derived (nothing was taken down, not "everyone was absent").
 */
export function meetingAbsentees(
  meeting: Pick<Meeting, "attendees" | "absentees">,
  members: readonly Member[],
): string[] {
  if (meeting.absentees.length > 0) return [...meeting.absentees];
  if (meeting.attendees.length === 0) return [];
  return absentMembers(meeting.attendees, members);
}
