import { Button, Caption1, Checkbox, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import { MEMBER_ROLES, type Meeting, type Member, type MemberRole } from "../../../domain/comments";
import { useI18n } from "../../../i18n/I18nContext";
import { useCommentsPanelStyles } from "./CommentsPanel.styles";
import { isPlainEnter } from "./ime";
import { WordOptions } from "./Options";

export interface RosterProps {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly busy: boolean;
  readonly onSaveMember: (m: Member, isNew: boolean) => Promise<boolean>;
  readonly onSaveMeeting: (m: Meeting, isNew: boolean) => Promise<boolean>;
}

const EMPTY_MEMBER: Member = { id: "", name: "", role: "委員", affiliation: "", active: true };

/** 委員名簿 and 会議: add and edit. Members are retired (退任), never deleted, so their comments keep a speaker. */
export function Roster({ members, meetings, busy, onSaveMember, onSaveMeeting }: RosterProps) {
  const styles = useCommentsPanelStyles();
  const { t } = useI18n();
  const [member, setMember] = useState<Member>(EMPTY_MEMBER);
  const memberIsNew = member.id === "";
  const nextNumber = meetings.reduce((n, m) => Math.max(n, m.number), 0) + 1;
  const emptyMeeting = (): Meeting => ({
    number: nextNumber,
    date: "",
    startTime: "",
    endTime: "",
    place: "",
    attendees: [],
    absentees: [],
    cityAttendees: "",
    agenda: [],
    handouts: [],
    observers: "",
    disclosure: "",
  });
  const [meeting, setMeeting] = useState<Meeting>(emptyMeeting);
  const [meetingIsNew, setMeetingIsNew] = useState(true);

  const saveMember = async (): Promise<void> => {
    if (await onSaveMember(member, memberIsNew)) setMember(EMPTY_MEMBER);
  };
  const saveMeeting = async (): Promise<void> => {
    // Members not ticked as present are recorded as absent.
    const active = members.filter((m) => m.active).map((m) => m.id);
    const absentees = active.filter((id) => !meeting.attendees.includes(id));
    if (await onSaveMeeting({ ...meeting, absentees }, meetingIsNew)) {
      setMeeting({ ...emptyMeeting(), number: Math.max(nextNumber, meeting.number + 1) });
      setMeetingIsNew(true);
    }
  };
  const enterTo = (action: () => Promise<void>) => (e: KeyboardEvent) => {
    if (isPlainEnter(e)) {
      e.preventDefault();
      void action();
    }
  };

  return (
    <div className={styles.form}>
      <fieldset className={styles.section}>
        <Subtitle2 as="h3" className={styles.p}>
          {t("comments.members.title")}
        </Subtitle2>
        <ul className={styles.list}>
          {members.map((m) => (
            <li key={m.id} className={styles.row}>
              <span className={styles.grow}>
                {m.id} {m.name}（{m.role}）{m.affiliation}
                {!m.active && t("comments.members.retired")}
              </span>
              <Button size="small" onClick={() => setMember(m)} aria-label={`${t("comments.edit.member")} ${m.name}`}>
                {t("comments.edit.member")}
              </Button>
              <Button
                size="small"
                disabled={busy}
                onClick={() => void onSaveMember({ ...m, active: !m.active }, false)}
              >
                {m.active ? t("comments.members.retire") : t("comments.members.reinstate")}
              </Button>
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <Field label={t("comments.members.name")} className={styles.grow}>
            <Input
              value={member.name}
              onChange={(_, d) => setMember({ ...member, name: d.value })}
              onKeyDown={enterTo(saveMember)}
            />
          </Field>
          <Field label={t("comments.members.role")}>
            <Select value={member.role} onChange={(_, d) => setMember({ ...member, role: d.value as MemberRole })}>
              <WordOptions words={MEMBER_ROLES} />
            </Select>
          </Field>
          <Field label={t("comments.members.affiliation")} className={styles.grow}>
            <Input
              value={member.affiliation}
              onChange={(_, d) => setMember({ ...member, affiliation: d.value })}
              onKeyDown={enterTo(saveMember)}
            />
          </Field>
        </div>
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void saveMember()}>
            {memberIsNew ? t("comments.members.add") : t("comments.members.update")}
          </Button>
          {!memberIsNew && <Button onClick={() => setMember(EMPTY_MEMBER)}>{t("comments.cancel")}</Button>}
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <Subtitle2 as="h3" className={styles.p}>
          {t("comments.meetings.title")}
        </Subtitle2>
        <ul className={styles.list}>
          {[...meetings]
            .sort((a, b) => a.number - b.number)
            .map((m) => (
              <li key={m.number} className={styles.row}>
                <span className={styles.grow}>
                  {t("comments.meetingLabel", { number: m.number, date: m.date })} {m.startTime}
                  {m.endTime !== "" && `–${m.endTime}`} {m.place}
                </span>
                <Button
                  size="small"
                  onClick={() => {
                    setMeeting(m);
                    setMeetingIsNew(false);
                  }}
                  aria-label={`${t("comments.edit.member")} ${t("comments.meetingLabel", { number: m.number, date: m.date })}`}
                >
                  {t("comments.edit.member")}
                </Button>
              </li>
            ))}
        </ul>
        <div className={styles.row}>
          <Field label={t("comments.meetings.number")}>
            <Input
              type="number"
              value={String(meeting.number)}
              disabled={!meetingIsNew}
              onChange={(_, d) => setMeeting({ ...meeting, number: Number(d.value) })}
            />
          </Field>
          <Field label={t("comments.meetings.date")} className={styles.grow}>
            <Input type="date" value={meeting.date} onChange={(_, d) => setMeeting({ ...meeting, date: d.value })} />
          </Field>
          <Field label={t("comments.meetings.start")}>
            <Input
              type="time"
              value={meeting.startTime}
              onChange={(_, d) => setMeeting({ ...meeting, startTime: d.value })}
            />
          </Field>
          <Field label={t("comments.meetings.end")}>
            <Input
              type="time"
              value={meeting.endTime}
              onChange={(_, d) => setMeeting({ ...meeting, endTime: d.value })}
            />
          </Field>
          <Field label={t("comments.meetings.place")} className={styles.grow}>
            <Input
              value={meeting.place}
              onChange={(_, d) => setMeeting({ ...meeting, place: d.value })}
              onKeyDown={enterTo(saveMeeting)}
            />
          </Field>
        </div>
        <Caption1>{t("comments.meetings.attendees")}</Caption1>
        <div className={styles.checks}>
          {members
            .filter((m) => m.active || meeting.attendees.includes(m.id))
            .map((m) => (
              <Checkbox
                key={m.id}
                label={m.name}
                checked={meeting.attendees.includes(m.id)}
                onChange={(_, d) =>
                  setMeeting({
                    ...meeting,
                    attendees: d.checked ? [...meeting.attendees, m.id] : meeting.attendees.filter((id) => id !== m.id),
                  })
                }
              />
            ))}
        </div>
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void saveMeeting()}>
            {meetingIsNew ? t("comments.meetings.add") : t("comments.meetings.update")}
          </Button>
          {!meetingIsNew && (
            <Button
              onClick={() => {
                setMeeting(emptyMeeting());
                setMeetingIsNew(true);
              }}
            >
              {t("comments.cancel")}
            </Button>
          )}
        </div>
      </fieldset>
    </div>
  );
}
