/**
 * The header block of the minutes (会議名 … 配布資料) and the times of 開会/閉会, from one 会議 record and 委員名簿.
 * Absentees not recorded are derived from the roster (comments/absentees meetingAbsentees): an empty 欠席委員 never
 * prints 「なし」 while serving members are missing from 出席委員.
 */
import { meetingAbsentees } from "../comments/absentees";
import { MEMBER_ROLES, type Member } from "../comments/types";
import { formatClock, formatWarekiDate } from "./wareki";
import type { HeaderRow, MinutesMeeting } from "./types";

export const NOT_RECORDED = "（記載なし）";

/** 「会長 田中 一郎（群馬大学）」 */
function memberLine(m: Member): string {
  return `${m.role} ${m.name}${m.affiliation ? `（${m.affiliation}）` : ""}`;
}

/** Members in role order (会長, 副会長, 委員), then in 委員名簿 order; unknown ids kept, marked. */
function memberLines(ids: readonly string[], members: readonly Member[], problems: string[]): string[] {
  const known = members.filter((m) => ids.includes(m.id));
  known.sort((a, b) => MEMBER_ROLES.indexOf(a.role) - MEMBER_ROLES.indexOf(b.role));
  const unknown = ids.filter((id) => !members.some((m) => m.id === id));
  for (const id of unknown) problems.push(`委員ID「${id}」は委員名簿にありません`);
  return [...known.map(memberLine), ...unknown.map((id) => `${id}（委員名簿にない委員ID）`)];
}

export interface MeetingTimes {
  /** 「令和7年11月20日（木）」, or the date as typed when it cannot be read. */
  readonly date: string;
  /** 「午後2時00分」; null when not recorded; as typed (and reported) when it cannot be read. */
  readonly start: string | null;
  readonly end: string | null;
}

/** The date and the two clock times; what cannot be read is kept as typed and reported, never dropped. */
export function meetingTimes(meeting: MinutesMeeting, problems: string[]): MeetingTimes {
  const d = formatWarekiDate(meeting.date);
  if (!d.ok) problems.push(d.message);
  const clock = (typed: string, label: string): string | null => {
    if (typed.trim() === "") return null;
    const text = formatClock(typed);
    if (text === null) {
      problems.push(`${label}「${typed}」は HH:MM 形式ではありません`);
      return typed.trim();
    }
    return text;
  };
  return {
    date: d.ok ? d.text : meeting.date,
    start: clock(meeting.startTime, "開始時刻"),
    end: clock(meeting.endTime, "終了時刻"),
  };
}

const orNotRecorded = (text: string | undefined): string => (text && text.trim() !== "" ? text.trim() : NOT_RECORDED);

export function headerRows(
  meeting: MinutesMeeting,
  meetingName: string,
  times: MeetingTimes,
  members: readonly Member[],
  problems: string[],
): HeaderRow[] {
  const attendees = memberLines(meeting.attendees, members, problems);
  const absentIds = meetingAbsentees(meeting, members);
  const absentees = memberLines(absentIds, members, problems);
  const clock = [times.start ? `開会 ${times.start}` : "", times.end ? `閉会 ${times.end}` : ""].filter((x) => x);
  const count = (label: string, n: number): string => (n > 0 ? `${label}（${n}名）` : label);
  return [
    { key: "meeting", label: "会議名", lines: [meetingName] },
    { key: "dateTime", label: "日時", lines: [times.date, ...(clock.length > 0 ? [clock.join("　")] : [])] },
    { key: "place", label: "場所", lines: [orNotRecorded(meeting.place)] },
    {
      key: "attendees",
      label: count("出席委員", attendees.length),
      lines: attendees.length > 0 ? attendees : [NOT_RECORDED],
    },
    {
      key: "absentees",
      label: count("欠席委員", absentees.length),
      // 「なし」 only when the attendance is recorded and nobody in office is missing from it
      lines: absentees.length > 0 ? absentees : [meeting.attendees.length > 0 ? "なし" : NOT_RECORDED],
    },
    { key: "city", label: "市側出席者", lines: [orNotRecorded(meeting.cityAttendees)] },
    // 事務局 from its column; empty (a table from before the column, or left blank) prints no line rather than
    // 「（記載なし）」: the secretariat writes the minutes and knows its own name, so a blank line to fill in Word is
    // all the placeholder would add, in every set of minutes of every older workbook.
    ...(meeting.secretariat.trim() !== ""
      ? [{ key: "secretariat" as const, label: "事務局", lines: [meeting.secretariat.trim()] }]
      : []),
    { key: "observers", label: "傍聴者", lines: [orNotRecorded(meeting.observers)] },
    { key: "disclosure", label: "公開・非公開", lines: [orNotRecorded(meeting.disclosure)] },
    {
      key: "agenda",
      label: "議題",
      lines: meeting.agenda.length > 0 ? meeting.agenda.map((a, i) => `（${i + 1}）${a}`) : [NOT_RECORDED],
    },
    { key: "handouts", label: "配布資料", lines: meeting.handouts.length > 0 ? [...meeting.handouts] : ["なし"] },
  ];
}
