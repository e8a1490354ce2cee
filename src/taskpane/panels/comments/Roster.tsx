import { Button, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import { MEMBER_ROLES, type Meeting, type Member, type MemberRole } from "../../../domain/comments";
import { MeetingForm } from "./MeetingForm";
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

/** 委員名簿 and 会議 (MeetingForm): add and edit. Members are retired (退任), never deleted, so their comments keep a speaker. */
export function Roster({ members, meetings, busy, onSaveMember, onSaveMeeting }: RosterProps) {
  const styles = useCommentsPanelStyles();
  const { t } = useI18n();
  const [member, setMember] = useState<Member>(EMPTY_MEMBER);
  const memberIsNew = member.id === "";
  const saveMember = async (): Promise<void> => {
    if (await onSaveMember(member, memberIsNew)) setMember(EMPTY_MEMBER);
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
          <Field label={t("comments.members.name")} className={styles.grow} required>
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

      <MeetingForm members={members} meetings={meetings} busy={busy} onSave={onSaveMeeting} />
    </div>
  );
}
