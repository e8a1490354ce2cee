import { Body1, Button, Caption1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { COMMENT_STATUSES } from "../../../domain/comments";
import { useI18n } from "../../../i18n/I18nContext";
import { IndicatorCard } from "../../components/indicator-card/IndicatorCard";
import { Outcome } from "../../components/outcome/Outcome";
import { SetupStep } from "../../components/setup-step/SetupStep";
import { AddCommentForm } from "./AddCommentForm";
import { CommentCard } from "./CommentCard";
import type { CommentsPanelProps } from "./CommentsPanel.types";
import { useCommentsPanelStyles } from "./CommentsPanel.styles";
import { commentsLoadOutcome, commentsNoticeOutcome, commentsWarningsOutcome } from "./comments-outcome";
import { MeetingOptions, WordOptions } from "./Options";
import { Roster } from "./Roster";
import { useCommentsPanel } from "./useCommentsPanel";

/**
 * The 「委員意見」 panel: the selected indicator (or the strategy as a whole), its comments newest first with
 * filters, a form to add one, in-place editing of the city's response and status, and the member/meeting lists.
 */
export function CommentsPanel(props: CommentsPanelProps) {
  const styles = useCommentsPanelStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const api = useCommentsPanel(props);
  const [rosterOpen, setRosterOpen] = useState(false);

  if (api.load.kind === "loading" || api.load.kind === "error") {
    return <Outcome outcome={commentsLoadOutcome(api.load, i18n)} />;
  }
  if (api.load.kind === "missing") {
    return (
      <div className={styles.root}>
        <Body1 as="p" className={styles.p}>
          {t("comments.missing")}
        </Body1>
        <div className={styles.row}>
          <Button appearance="primary" disabled={api.busy} onClick={() => void api.setUp()}>
            {t("comments.setUp")}
          </Button>
          <Button onClick={() => void api.reload()}>{t("comments.reload")}</Button>
        </div>
        <Outcome outcome={commentsNoticeOutcome(api.notice, i18n)} />
      </div>
    );
  }

  const { book } = api.load;
  const ind = api.indicator;
  const targetLabel = ind ? `${ind.id} ${ind.name}` : t("comments.strategy");
  const activeMembers = book.members.filter((m) => m.active).length;
  // Until there is a member and a meeting no comment can be recorded: set-up is the first step, at the top.
  const settingUp = activeMembers === 0 || book.meetings.length === 0;
  const roster = (
    <Roster
      members={book.members}
      meetings={book.meetings}
      busy={api.busy}
      onSaveMember={api.saveMember}
      onSaveMeeting={api.saveMeeting}
    />
  );

  return (
    <div className={styles.root}>
      <SetupStep
        members={activeMembers}
        meetings={book.meetings.length}
        disabled={api.busy || rosterOpen}
        onStart={() => setRosterOpen(true)}
      />
      {settingUp && rosterOpen && roster}
      <IndicatorCard
        indicator={ind}
        empty={
          <>
            <Subtitle2 as="h3" className={styles.p}>
              {t("comments.strategy")}
            </Subtitle2>
            <Caption1>{t("comments.noSelection")}</Caption1>
          </>
        }
      >
        <Caption1>{t("comments.count", { count: api.counts.total, open: api.counts.open })}</Caption1>
      </IndicatorCard>

      <div className={styles.row}>
        <Field label={t("comments.filter.meeting")} className={styles.grow}>
          <Select
            value={api.filter.meeting === null ? "" : String(api.filter.meeting)}
            onChange={(_, d) => api.setFilter({ ...api.filter, meeting: d.value === "" ? null : Number(d.value) })}
          >
            <option value="">{t("comments.filter.all")}</option>
            <MeetingOptions meetings={book.meetings} />
          </Select>
        </Field>
        <Field label={t("comments.filter.status")} className={styles.grow}>
          <Select
            value={api.filter.status ?? ""}
            onChange={(_, d) => api.setFilter({ ...api.filter, status: d.value === "" ? null : d.value })}
          >
            <option value="">{t("comments.filter.all")}</option>
            <WordOptions words={COMMENT_STATUSES} />
          </Select>
        </Field>
      </div>

      {api.visible.length === 0 ? (
        <Body1 as="p" className={styles.p}>
          {t("comments.none")}
        </Body1>
      ) : (
        <ul className={styles.list} aria-label={t("comments.list")}>
          {api.visible.map((c) => (
            // Keyed by id and revision, so a reload after someone else's edit shows their text.
            <CommentCard
              key={`${c.id}:${c.status}:${c.response}`}
              comment={c}
              busy={api.busy}
              onSave={api.editComment}
            />
          ))}
        </ul>
      )}

      <Subtitle2 as="h3" className={styles.p}>
        {t("comments.add.title")}
      </Subtitle2>
      <AddCommentForm
        targetLabel={targetLabel}
        members={book.members}
        meetings={book.meetings}
        lastMember={api.lastMember}
        recorder={api.recorder}
        busy={api.busy}
        onAdd={api.addComment}
      />
      <Outcome live outcome={commentsNoticeOutcome(api.notice, i18n)} />
      <Outcome outcome={commentsWarningsOutcome(book, i18n)} />

      <div className={styles.row}>
        <Button appearance="subtle" aria-expanded={rosterOpen} onClick={() => setRosterOpen(!rosterOpen)}>
          {t("comments.roster.toggle")}
        </Button>
        <Button appearance="subtle" onClick={() => void api.reload()}>
          {t("comments.reload")}
        </Button>
      </div>
      {!settingUp && rosterOpen && roster}
    </div>
  );
}
