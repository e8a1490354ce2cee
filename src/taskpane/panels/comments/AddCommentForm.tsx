import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { COMMENT_CATEGORIES, latestMeeting, type Meeting, type Member } from "../../../domain/comments";
import { useI18n } from "../../../i18n/I18nContext";
import type { NewComment } from "./CommentsPanel.types";
import { useCommentsPanelStyles } from "./CommentsPanel.styles";
import { isSubmitChord } from "./ime";
import { MeetingOptions, WordOptions } from "./Options";

export interface AddCommentFormProps {
  readonly targetLabel: string;
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly lastMember: string | null;
  readonly recorder: string;
  readonly busy: boolean;
  readonly onAdd: (c: NewComment) => Promise<boolean>;
}

/** Meeting (latest by default), speaker (the last one chosen on this machine), 区分, text, 記録者. */
export function AddCommentForm({
  targetLabel,
  members,
  meetings,
  lastMember,
  recorder,
  busy,
  onAdd,
}: AddCommentFormProps) {
  const styles = useCommentsPanelStyles();
  const { t } = useI18n();
  const active = members.filter((m) => m.active);
  const latest = latestMeeting(meetings)?.number;
  const [meeting, setMeeting] = useState<string>(latest === undefined ? "" : String(latest));
  const [speaker, setSpeaker] = useState<string>(
    lastMember && active.some((m) => m.id === lastMember) ? lastMember : (active[0]?.id ?? ""),
  );
  const [category, setCategory] = useState<string>(COMMENT_CATEGORIES[0]);
  const [text, setText] = useState("");
  const [recordedBy, setRecordedBy] = useState(recorder);

  // Until the user picks, the defaults follow the data (a meeting or member added after the form was shown).
  const meetingValue = meeting !== "" ? meeting : latest === undefined ? "" : String(latest);
  const speakerValue = speaker !== "" && active.some((m) => m.id === speaker) ? speaker : (active[0]?.id ?? "");

  const submit = async (): Promise<void> => {
    const ok = await onAdd({ meeting: Number(meetingValue), speakerId: speakerValue, category, text, recordedBy });
    if (ok) setText("");
  };

  if (meetings.length === 0 || active.length === 0) return <p className={styles.p}>{t("comments.add.needMeeting")}</p>;

  return (
    <div className={styles.form} role="group" aria-label={t("comments.add.title")}>
      <p className={styles.p}>{t("comments.add.target", { target: targetLabel })}</p>
      <div className={styles.row}>
        <Field label={t("comments.add.meeting")} className={styles.grow}>
          <Select value={meetingValue} onChange={(_, d) => setMeeting(d.value)}>
            <MeetingOptions meetings={meetings} />
          </Select>
        </Field>
        <Field label={t("comments.add.member")} className={styles.grow}>
          <Select value={speakerValue} onChange={(_, d) => setSpeaker(d.value)}>
            {active.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}（{m.role}）
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("comments.add.category")} className={styles.grow}>
          <Select value={category} onChange={(_, d) => setCategory(d.value)}>
            <WordOptions words={COMMENT_CATEGORIES} />
          </Select>
        </Field>
      </div>
      <Field label={t("comments.add.text")} hint={t("comments.add.textHint")} required>
        <Textarea
          value={text}
          resize="vertical"
          rows={4}
          onChange={(_, d) => setText(d.value)}
          onKeyDown={(e) => {
            // Enter alone is a line break; Ctrl+Enter adds — but never the Enter that confirms an IME conversion.
            if (isSubmitChord(e)) {
              e.preventDefault();
              void submit();
            }
          }}
        />
      </Field>
      <Field label={t("comments.add.recordedBy")} required>
        <Input value={recordedBy} onChange={(_, d) => setRecordedBy(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
          {t("comments.add.submit")}
        </Button>
      </div>
    </div>
  );
}
