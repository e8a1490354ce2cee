import { Suspense } from "react";
import { Caption1, mergeClasses, Spinner, Subtitle2, Tab, TabList, Title3 } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/I18nContext";
import type { PanelDefinition } from "../../panels/panel.types";
import type { AppProps } from "./App.types";
import { useAppStyles } from "./App.styles";
import { useApp } from "./useApp";

interface PanelSectionProps {
  readonly panel: PanelDefinition;
  /** Whether the section is one of a row of tabs' panels (role tabpanel). */
  readonly tabbed: boolean;
  readonly hidden: boolean;
  readonly opened: boolean;
}

/** One panel: its titled section, its code rendered once opened (a spinner while a lazy chunk loads). */
function PanelSection({ panel: { id, titleKey, Component }, tabbed, hidden, opened }: PanelSectionProps) {
  const styles = useAppStyles();
  const { t } = useI18n();
  return (
    <section
      id={`panel-${id}`}
      className={mergeClasses(styles.panel, hidden && styles.panelHidden)}
      role={tabbed ? "tabpanel" : undefined}
      aria-labelledby={`panel-${id}-title`}
      hidden={hidden}
    >
      <Subtitle2 as="h2" id={`panel-${id}-title`} className={styles.panelTitle}>
        {t(titleKey)}
      </Subtitle2>
      {opened && (
        <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t("app.loading")} />}>
          <Component />
        </Suspense>
      )}
    </section>
  );
}

/**
 * The pane inside Excel: a header (title, dataset version), tabs, and the panels. The first row of tabs puts what a
 * member uses first (委員意見, 評価) and the secretariat's tools behind one tab (事務局) with a row of its own. A panel is
 * rendered when first shown and stays mounted while another is shown, so switching tabs never loses what someone
 * was typing.
 */
export function App(props: AppProps) {
  const styles = useAppStyles();
  const { t } = useI18n();
  const { title, subtitle, datasetLine, tabs, tabbed, choice, selectTop, selectInGroup, opened } = useApp(props);
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
          selectedValue={choice.top}
          onTabSelect={(_, data) => selectTop(String(data.value))}
          aria-label={t("app.panels")}
        >
          {tabs.map((tab) => (
            <Tab key={tab.id} id={`tab-${tab.id}`} value={tab.id} aria-controls={`panel-${tab.id}`}>
              {t(tab.kind === "panel" ? (tab.panel.tabKey ?? tab.panel.titleKey) : tab.group.tabKey)}
            </Tab>
          ))}
        </TabList>
      )}
      <main className={styles.body} aria-label={t("app.panels")}>
        {tabs.map((tab) => {
          const hidden = tabbed && tab.id !== choice.top;
          if (tab.kind === "panel") {
            return (
              <PanelSection key={tab.id} panel={tab.panel} tabbed={tabbed} hidden={hidden} opened={opened(tab.id)} />
            );
          }
          const chosen = choice.inGroup[tab.id];
          const subTabbed = tab.panels.length > 1;
          return (
            <div
              key={tab.id}
              id={`panel-${tab.id}`}
              className={mergeClasses(styles.group, hidden && styles.panelHidden)}
              role={tabbed ? "tabpanel" : undefined}
              aria-labelledby={tabbed ? `tab-${tab.id}` : undefined}
              hidden={hidden}
            >
              {subTabbed && (
                <TabList
                  className={styles.subTabs}
                  size="small"
                  appearance="subtle"
                  selectedValue={chosen}
                  onTabSelect={(_, data) => selectInGroup(tab.id, String(data.value))}
                  aria-label={t(tab.group.titleKey)}
                >
                  {tab.panels.map((panel) => (
                    <Tab key={panel.id} id={`tab-${panel.id}`} value={panel.id} aria-controls={`panel-${panel.id}`}>
                      {t(panel.tabKey ?? panel.titleKey)}
                    </Tab>
                  ))}
                </TabList>
              )}
              {tab.panels.map((panel) => (
                <PanelSection
                  key={panel.id}
                  panel={panel}
                  tabbed={subTabbed}
                  hidden={subTabbed && panel.id !== chosen}
                  opened={opened(panel.id)}
                />
              ))}
            </div>
          );
        })}
      </main>
    </div>
  );
}
