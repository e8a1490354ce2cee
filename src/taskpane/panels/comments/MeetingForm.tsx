import { Button, Caption1, Checkbox, Field, Input, Select, Subtitle2, Textarea } from "@fluentui/react-components";
import { useId, useState, type KeyboardEvent } from "react";
import {
  absentMembers,
  latestSecretariat,
  MEETING_DISCLOSURES,
  type Meeting,
  type Member,
} from "../../../domain/comments";
import { useI18n } from "../../../i18n/I18nContext";
import { useCommentsPanelStyles } from "./CommentsPanel.styles";
import { isPlainEnter } from "./ime";
import { meetingLabel } from "./meeting-label";
import { WordOptions } from "./Options";

export interface MeetingFormProps {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly busy: boolean;
  readonly onSave: (m: Meeting, isNew: boolean) => Promise<boolean>;
}

const lines = (text: string): string[] => text.split("\n");

/**
 * 会議: the list and the form to add or edit one. 欠席 is derived from the roster (serving members not ticked as
 * present: domain absentMembers, the rule the minutes use) and shown; ticking it by hand keeps that choice. A new
 * meeting starts with the latest meeting's 事務局 (latestSecretariat), which rarely changes.
 */
export function MeetingForm({ members, meetings, busy, onSave }: MeetingFormProps) {
  const styles = useCommentsPanelStyles();
  const { t, lang } = useI18n();
  const attendeesLabel = useId();
  const absenteesLabel = useId();
  const nextNumber = meetings.reduce((n, m) => Math.max(n, m.number), 0) + 1;
  const emptyMeeting = (secretariat = latestSecretariat(meetings)): Meeting => ({
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
    secretariat,
  });
  const [meeting, setMeeting] = useState<Meeting>(emptyMeeting);
  const [isNew, setIsNew] = useState(true);
  // Absentees typed by hand (or saved with the meeting) are kept; otherwise they follow the attendees.
  const [absenteesChosen, setAbsenteesChosen] = useState(false);
  const absentees = absenteesChosen ? meeting.absentees : absentMembers(meeting.attendees, members);

  const reset = (number: number, secretariat?: string): void => {
    setMeeting({ ...emptyMeeting(secretariat), number });
    setIsNew(true);
    setAbsenteesChosen(false);
  };
  const save = async (): Promise<void> => {
    const absent = absentees.filter((id) => !meeting.attendees.includes(id));
    if (await onSave({ ...meeting, absentees: absent }, isNew)) {
      // `meetings` is this render's list, without what was just saved: the next meeting follows the saved one.
      const saved = [...meetings.filter((m) => m.number !== meeting.number), meeting];
      reset(Math.max(nextNumber, meeting.number + 1), latestSecretariat(saved));
    }
  };
  const enterToSave = (e: KeyboardEvent) => {
    if (isPlainEnter(e)) {
      e.preventDefault();
      void save();
    }
  };
  const toggle = (list: readonly string[], id: string, on: boolean): string[] =>
    on ? [...list, id] : list.filter((x) => x !== id);
  // Members who can be absent: not ticked as present, serving or already recorded as absent.
  const absentCandidates = members.filter(
    (m) => !meeting.attendees.includes(m.id) && (m.active || absentees.includes(m.id)),
  );

  return (
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
                {meetingLabel(t, lang, m)} {m.startTime}
                {m.endTime !== "" && `–${m.endTime}`} {m.place}
              </span>
              <Button
                size="small"
                onClick={() => {
                  setMeeting(m);
                  setIsNew(false);
                  setAbsenteesChosen(m.absentees.length > 0);
                }}
                aria-label={`${t("comments.edit.member")} ${meetingLabel(t, lang, m)}`}
              >
                {t("comments.edit.member")}
              </Button>
            </li>
          ))}
      </ul>
      <div className={styles.row}>
        <Field label={t("comments.meetings.number")} required>
          <Input
            type="number"
            value={String(meeting.number)}
            disabled={!isNew}
            onChange={(_, d) => setMeeting({ ...meeting, number: Number(d.value) })}
          />
        </Field>
        <Field label={t("comments.meetings.date")} className={styles.grow} required>
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
            onKeyDown={enterToSave}
          />
        </Field>
      </div>
      <Caption1 id={attendeesLabel}>{t("comments.meetings.attendees")}</Caption1>
      <div className={styles.checks} role="group" aria-labelledby={attendeesLabel}>
        {members
          .filter((m) => m.active || meeting.attendees.includes(m.id))
          .map((m) => (
            <Checkbox
              key={m.id}
              label={m.name}
              checked={meeting.attendees.includes(m.id)}
              onChange={(_, d) => setMeeting({ ...meeting, attendees: toggle(meeting.attendees, m.id, !!d.checked) })}
            />
          ))}
      </div>
      <Caption1 id={absenteesLabel}>{t("comments.meetings.absentees")}</Caption1>
      <Caption1>{t("comments.meetings.absenteesHint")}</Caption1>
      <div className={styles.checks} role="group" aria-labelledby={absenteesLabel}>
        {absentCandidates.map((m) => (
          <Checkbox
            key={m.id}
            label={m.name}
            checked={absentees.includes(m.id)}
            onChange={(_, d) => {
              setAbsenteesChosen(true);
              setMeeting({ ...meeting, absentees: toggle(absentees, m.id, !!d.checked) });
            }}
          />
        ))}
      </div>
      <Field label={t("comments.meetings.cityAttendees")} hint={t("comments.meetings.cityAttendeesHint")}>
        <Input
          value={meeting.cityAttendees}
          onChange={(_, d) => setMeeting({ ...meeting, cityAttendees: d.value })}
          onKeyDown={enterToSave}
        />
      </Field>
      <Field label={t("comments.meetings.secretariat")} hint={t("comments.meetings.secretariatHint")}>
        <Input
          value={meeting.secretariat}
          onChange={(_, d) => setMeeting({ ...meeting, secretariat: d.value })}
          onKeyDown={enterToSave}
        />
      </Field>
      <Field label={t("comments.meetings.agenda")} hint={t("comments.meetings.agendaHint")}>
        <Textarea
          value={meeting.agenda.join("\n")}
          resize="vertical"
          onChange={(_, d) => setMeeting({ ...meeting, agenda: lines(d.value) })}
        />
      </Field>
      <Field label={t("comments.meetings.handouts")} hint={t("comments.meetings.linesHint")}>
        <Textarea
          value={meeting.handouts.join("\n")}
          resize="vertical"
          onChange={(_, d) => setMeeting({ ...meeting, handouts: lines(d.value) })}
        />
      </Field>
      <div className={styles.row}>
        <Field
          label={t("comments.meetings.observers")}
          hint={t("comments.meetings.observersHint")}
          className={styles.grow}
        >
          <Input
            value={meeting.observers}
            onChange={(_, d) => setMeeting({ ...meeting, observers: d.value })}
            onKeyDown={enterToSave}
          />
        </Field>
        <Field label={t("comments.meetings.disclosure")}>
          <Select
            value={meeting.disclosure}
            onChange={(_, d) => setMeeting({ ...meeting, disclosure: d.value as Meeting["disclosure"] })}
          >
            <option value="">{t("comments.meetings.disclosureUnset")}</option>
            <WordOptions words={MEETING_DISCLOSURES} />
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {isNew ? t("comments.meetings.add") : t("comments.meetings.update")}
        </Button>
        {!isNew && <Button onClick={() => reset(nextNumber)}>{t("comments.cancel")}</Button>}
      </div>
    </fieldset>
  );
}
