import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import type { ErrorViewProps } from "./ErrorBoundary.types";
import { useErrorViewStyles } from "./ErrorBoundary.styles";

/**
 * What the user sees instead of a broken pane: what happened, the details to pass on, and a way out. Plain text in
 * the error colours rather than the panels' Outcome (MessageBar): this view is in the pane's first chunk, and must
 * render even when a panel's chunk failed to load.
 */
export function ErrorView({ error, componentStack, onReload }: ErrorViewProps) {
  const styles = useErrorViewStyles();
  const { t } = useI18n();
  const details = [`${error.name}: ${error.message}`, error.stack, componentStack]
    .filter((part): part is string => Boolean(part))
    .join("\n\n");
  return (
    <div className={styles.root} role="alert">
      <div className={styles.message}>
        <Subtitle2 as="h2" className={styles.title}>
          {t("error.title")}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {error.message}
        </Body1>
      </div>
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
