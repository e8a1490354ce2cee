import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import type { MessageKey } from "../../../i18n/messages";
import {
  MINUTES_FORMATS,
  type Message,
  type MinutesFormat,
  type MinutesOutcome,
  type MinutesProps,
} from "./Minutes.types";
import { useMinutesStyles } from "./Minutes.styles";
import { useMinutes } from "./useMinutes";

const FORMAT_KEYS: Readonly<Record<MinutesFormat, MessageKey>> = {
  docx: "minutes.format.docx",
  md: "minutes.format.md",
  csv: "minutes.format.csv",
};

/** The 「会議録」 panel: choose a meeting and a format, then download the file or write the printable sheet. */
export function Minutes(props: MinutesProps) {
  const styles = useMinutesStyles();
  const { t } = useI18n();
  const m = useMinutes(props);
  const tm = (msg: Message) => t(msg.key, msg.params);
  const busy = m.load.kind === "loading" || m.outcome.kind === "working";
  const meetings = m.load.kind === "loaded" ? m.load.meetings : [];
  const ready = m.load.kind === "loaded" && m.meeting !== null && !busy;

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {t("minutes.intro")}
      </Body1>
      {m.load.kind === "loading" && <Spinner size="tiny" label={t("minutes.loading")} />}
      {m.load.kind === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("minutes.error.load")}</MessageBarTitle>
            {tm(m.load.message)}
          </MessageBarBody>
        </MessageBar>
      )}
      {m.load.kind === "loaded" && meetings.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("minutes.noMeetings")}</MessageBarBody>
        </MessageBar>
      )}
      {meetings.length > 0 && (
        <>
          <Field label={t("minutes.meeting")}>
            <Select
              value={m.meeting === null ? "" : String(m.meeting)}
              onChange={(_, d) => m.setMeeting(Number(d.value))}
            >
              {meetings.map((x) => (
                <option key={x.number} value={String(x.number)}>
                  {t("minutes.meetingOption", { number: x.number, date: x.date })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("minutes.format")}>
            <RadioGroup value={m.format} onChange={(_, d) => m.setFormat(d.value as MinutesFormat)}>
              {MINUTES_FORMATS.map((f) => (
                <Radio key={f} value={f} label={t(FORMAT_KEYS[f])} />
              ))}
            </RadioGroup>
          </Field>
        </>
      )}
      {m.load.kind === "loaded" && m.load.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("minutes.problems", { count: m.load.problems.length })}</MessageBarTitle>
            <ul className={styles.list}>
              {m.load.problems.slice(0, 5).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {meetings.length > 0 && (
          <>
            <Button appearance="primary" onClick={m.exportFile} disabled={!ready}>
              {t("minutes.export")}
            </Button>
            <Button onClick={m.writeSheet} disabled={!ready}>
              {t("minutes.toSheet")}
            </Button>
          </>
        )}
        <Button appearance={m.load.kind === "loaded" ? "subtle" : "primary"} onClick={m.reload} disabled={busy}>
          {t(m.load.kind === "loaded" ? "minutes.reload" : "minutes.load")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        <Outcome outcome={m.outcome} />
      </div>
    </div>
  );

  function Outcome({ outcome }: { readonly outcome: MinutesOutcome }) {
    switch (outcome.kind) {
      case "idle":
        return null;
      case "working":
        return <Spinner size="tiny" label={t("minutes.working")} />;
      case "downloaded":
        return (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("minutes.done.title")}</MessageBarTitle>
              {t("minutes.downloaded", { file: outcome.fileName, count: outcome.count })}
            </MessageBarBody>
          </MessageBar>
        );
      case "blocked":
        return (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("minutes.blocked", { sheet: outcome.sheet })}</MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={m.writeSheet}>
                {t("minutes.toSheet")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        );
      case "sheetDone":
        return (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("minutes.done.title")}</MessageBarTitle>
              {t("minutes.sheet.done", { sheet: outcome.sheet, count: outcome.count })}
            </MessageBarBody>
          </MessageBar>
        );
      case "confirmReplace":
        return (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("minutes.sheet.exists", { sheet: outcome.sheet })}</MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={m.replaceSheet}>
                {t("minutes.sheet.replace")}
              </Button>
              <Button onClick={m.cancel}>{t("minutes.cancel")}</Button>
            </MessageBarActions>
          </MessageBar>
        );
      case "error":
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("minutes.error.title")}</MessageBarTitle>
              {tm(outcome.message)}
              {outcome.details && <pre className={styles.text}>{outcome.details}</pre>}
            </MessageBarBody>
          </MessageBar>
        );
    }
  }
}
