import { Suspense } from "react";
import { Caption1, mergeClasses, Spinner, Subtitle2, Tab, TabList, Title3 } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import type { AppProps } from "./App.types";
import { useAppStyles } from "./App.styles";
import { useApp } from "./useApp";

/**
 * The pane inside Excel: a header (title, dataset version), tabs for the feature panels, and the panels. A panel is
 * rendered when first shown (its code may be a lazy chunk: a spinner stands in while it loads) and stays mounted
 * while another is shown, so switching tabs never loses what someone was typing.
 */
export function App(props: AppProps) {
  const styles = useAppStyles();
  const { t } = useI18n();
  const { title, subtitle, datasetLine, tabbed, selectedPanel, selectPanel, opened } = useApp(props);
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {title}
        </Title3>
        <Caption1 className={styles.meta}>{subtitle}</Caption1>
        {datasetLine !== undefined && <Caption1 className={styles.meta}>{datasetLine}</Caption1>}
      </header>
      {tabbed && (
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selectedPanel}
          onTabSelect={(_, data) => selectPanel(String(data.value))}
          aria-label={t("app.panels")}
        >
          {props.panels.map(({ id, titleKey }) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {t(titleKey)}
            </Tab>
          ))}
        </TabList>
      )}
      <main className={styles.body} aria-label={t("app.panels")}>
        {props.panels.map(({ id, titleKey, Component }) => {
          const hidden = tabbed && id !== selectedPanel;
          return (
            <section
              key={id}
              id={`panel-${id}`}
              className={mergeClasses(styles.panel, hidden && styles.panelHidden)}
              role={tabbed ? "tabpanel" : undefined}
              aria-labelledby={`panel-${id}-title`}
              hidden={hidden}
            >
              <Subtitle2 as="h2" id={`panel-${id}-title`} className={styles.panelTitle}>
                {t(titleKey)}
              </Subtitle2>
              {opened(id) && (
                <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t("app.loading")} />}>
                  <Component />
                </Suspense>
              )}
            </section>
          );
        })}
      </main>
    </div>
  );
}
