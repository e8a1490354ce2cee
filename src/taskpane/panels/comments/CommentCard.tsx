import { Button, Caption1, Field, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { COMMENT_STATUSES, type CommentEdit, type CommentRecord } from "../../../domain/comments";
import { formatDateTime } from "../../../i18n/dates";
import { useI18n } from "../../../i18n/I18nContext";
import { useCommentsPanelStyles } from "./CommentsPanel.styles";
import { isSubmitChord } from "./ime";
import { WordOptions } from "./Options";

export interface CommentCardProps {
  readonly comment: CommentRecord;
  readonly busy: boolean;
  readonly onSave: (id: string, edit: CommentEdit) => Promise<boolean>;
}

/** One comment, verbatim; its 市の回答・対応 and 対応状況 can be edited in place. */
export function CommentCard({ comment, busy, onSave }: CommentCardProps) {
  const styles = useCommentsPanelStyles();
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [response, setResponse] = useState(comment.response);
  const [status, setStatus] = useState<string>(comment.status);

  const save = async (): Promise<void> => {
    if (await onSave(comment.id, { response, status })) setEditing(false);
  };

  return (
    <li className={styles.card} aria-label={comment.id}>
      <Caption1 className={styles.meta}>
        {t("comments.meta", {
          meeting: comment.meeting,
          speaker: comment.speakerName,
          category: comment.category,
          recordedAt: formatDateTime(lang, comment.recordedAt),
        })}
      </Caption1>
      <p className={styles.text}>{comment.text}</p>
      {editing ? (
        <div className={styles.form}>
          <Field label={t("comments.response")}>
            <Textarea
              value={response}
              resize="vertical"
              onChange={(_, d) => setResponse(d.value)}
              onKeyDown={(e) => {
                if (isSubmitChord(e)) {
                  e.preventDefault();
                  void save();
                }
              }}
            />
          </Field>
          <Field label={t("comments.status")}>
            <Select value={status} onChange={(_, d) => setStatus(d.value)}>
              <WordOptions words={COMMENT_STATUSES} />
            </Select>
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void save()}>
              {t("comments.save")}
            </Button>
            <Button
              onClick={() => {
                setResponse(comment.response);
                setStatus(comment.status);
                setEditing(false);
              }}
            >
              {t("comments.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <Caption1 className={styles.meta}>
            {t("comments.status")}: {comment.status}
          </Caption1>
          {comment.response !== "" && (
            <p className={styles.text}>
              {t("comments.response")}: {comment.response}
            </p>
          )}
          <div className={styles.row}>
            <Button size="small" onClick={() => setEditing(true)}>
              {t("comments.edit")}
            </Button>
          </div>
        </>
      )}
    </li>
  );
}
