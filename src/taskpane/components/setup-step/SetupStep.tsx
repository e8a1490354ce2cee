import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import { useI18n } from "../../../i18n/I18nContext";
import { useSetupStepStyles } from "./SetupStep.styles";
import type { SetupStepProps } from "./SetupStep.types";

/**
 * The first step of a new workbook, shown at the top of the 委員意見 panel while the roster or the meeting list is
 * empty: what is missing and one button to register it. Nothing once both have an entry.
 */
export function SetupStep({ members, meetings, onStart, disabled = false }: SetupStepProps) {
  const styles = useSetupStepStyles();
  const { t } = useI18n();
  const headingId = useId();
  if (members > 0 && meetings > 0) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.text}>
        {t("setup.title")}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {t("setup.body")}
      </Body1>
      <ul className={styles.list}>
        {members === 0 && (
          <li>
            <Body1>{t("setup.noMembers")}</Body1>
          </li>
        )}
        {meetings === 0 && (
          <li>
            <Body1>{t("setup.noMeetings")}</Body1>
          </li>
        )}
      </ul>
      <Button appearance="primary" disabled={disabled} onClick={onStart}>
        {t("setup.action")}
      </Button>
    </section>
  );
}
