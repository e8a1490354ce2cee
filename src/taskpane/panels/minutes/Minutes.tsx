import { Body1, Button, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import type { MessageKey } from "../../../i18n/messages";
import { Outcome } from "../../components/outcome/Outcome";
import { usePanelStyles } from "../panel.styles";
import { MINUTES_FORMATS, type MinutesFormat, type MinutesProps } from "./Minutes.types";
import { minutesLoadOutcome, minutesOutcome, minutesProblemsOutcome } from "./minutes-outcome";
import { useMinutes } from "./useMinutes";

const FORMAT_KEYS: Readonly<Record<MinutesFormat, MessageKey>> = {
  docx: "minutes.format.docx",
  md: "minutes.format.md",
  csv: "minutes.format.csv",
};

/** The 「会議録」 panel: choose a meeting and a format, then download the file or write the printable sheet. */
export function Minutes(props: MinutesProps) {
  const styles = usePanelStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const m = useMinutes(props);
  const busy = m.load.kind === "loading" || m.outcome.kind === "working";
  const meetings = m.load.kind === "loaded" ? m.load.meetings : [];
  const ready = m.load.kind === "loaded" && m.meeting !== null && !busy;

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {t("minutes.intro")}
      </Body1>
      <Outcome outcome={minutesLoadOutcome(m.load, i18n)} />
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
      <Outcome outcome={minutesProblemsOutcome(m.load, i18n)} />
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
      <Outcome live outcome={minutesOutcome(m.outcome, i18n, m)} />
    </div>
  );
}
