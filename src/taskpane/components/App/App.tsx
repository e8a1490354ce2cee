import { Caption1, Subtitle2, Title3 } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import type { AppProps } from "./App.types";
import { useAppStyles } from "./App.styles";
import { useApp } from "./useApp";

/** The pane inside Excel: a header (title, dataset version) and one section per feature panel. */
export function App(props: AppProps) {
  const styles = useAppStyles();
  const { t } = useI18n();
  const { title, subtitle, datasetLine } = useApp(props);
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {title}
        </Title3>
        <Caption1 className={styles.meta}>{subtitle}</Caption1>
        {datasetLine !== undefined && <Caption1 className={styles.meta}>{datasetLine}</Caption1>}
      </header>
      <main className={styles.body} aria-label={t("app.panels")}>
        {props.panels.map(({ id, titleKey, Component }) => (
          <section key={id} className={styles.panel} aria-labelledby={`panel-${id}-title`}>
            <Subtitle2 as="h2" id={`panel-${id}-title`} className={styles.panelTitle}>
              {t(titleKey)}
            </Subtitle2>
            <Component />
          </section>
        ))}
      </main>
    </div>
  );
}
