import { Button } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import { Outcome } from "../outcome/Outcome";
import { sentence } from "../outcome/outcome-builders";
import type { ErrorViewProps } from "./ErrorBoundary.types";
import { useErrorViewStyles } from "./ErrorBoundary.styles";

/** What the user sees instead of a broken pane: what happened, the details to pass on, and a way out. */
export function ErrorView({ error, componentStack, onReload }: ErrorViewProps) {
  const styles = useErrorViewStyles();
  const { t } = useI18n();
  const details = [`${error.name}: ${error.message}`, error.stack, componentStack]
    .filter((part): part is string => Boolean(part))
    .join("\n\n");
  return (
    <div className={styles.root} role="alert">
      <Outcome outcome={sentence("error", error.message, t("error.title"))} />
      <p>{t("error.intro")}</p>
      <details>
        <summary className={styles.summary}>{t("error.details")}</summary>
        <pre className={styles.details} tabIndex={0}>
          {details}
        </pre>
      </details>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onReload}>
          {t("error.reload")}
        </Button>
      </div>
    </div>
  );
}
