import { useCallback, useMemo, useState } from "react";
import { formatDate } from "../../../i18n/dates";
import { useI18n } from "../../../i18n/I18nContext";
import type { PanelGroupId } from "../../panels/panel.types";
import type { AppProps } from "./App.types";
import { shownPanel, topTabs, validChoice, type TabChoice, type TopTab } from "./pane-tabs";
import { storedChoice, storeInGroup, storeTop } from "./tab-memory";
import { useWorkbookDataset } from "./useWorkbookDataset";

export interface AppState {
  readonly title: string;
  readonly subtitle: string;
  readonly datasetLine: string | undefined;
  /** The first row of tabs: each ungrouped panel, then each group of panels. */
  readonly tabs: readonly TopTab[];
  /** Tabs are shown only when there is more than one thing to choose from. */
  readonly tabbed: boolean;
  readonly choice: TabChoice;
  selectTop(id: string): void;
  selectInGroup(group: PanelGroupId, id: string): void;
  /**
   * Whether a panel is rendered: the one shown and every one shown before (they then stay mounted). A panel not yet
   * opened is not rendered, so its lazy chunk is fetched when someone opens it, not with the first screen.
   */
  opened(id: string): boolean;
}

/** The header texts of the App in the pane's language, and which tabs are chosen. */
export function useApp({ dataset, panels }: AppProps): AppState {
  const { t, lang } = useI18n();
  const tabs = useMemo(() => topTabs(panels), [panels]);
  const [stored, setStored] = useState<TabChoice>(() =>
    storedChoice(tabs.flatMap((tab) => (tab.kind === "group" ? [tab.id] : []))),
  );
  const choice = validChoice(tabs, stored);
  const shown = shownPanel(tabs, choice);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set(shown === undefined ? [] : [shown]));
  const visit = useCallback(
    (next: TabChoice) => {
      const id = shownPanel(tabs, validChoice(tabs, next));
      if (id !== undefined) setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
    },
    [tabs],
  );
  const selectTop = useCallback(
    (id: string) => {
      const next = { ...stored, top: id };
      setStored(next);
      visit(next);
      storeTop(id);
    },
    [stored, visit],
  );
  const selectInGroup = useCallback(
    (group: PanelGroupId, id: string) => {
      const next = { ...stored, inGroup: { ...stored.inGroup, [group]: id } };
      setStored(next);
      visit(next);
      storeInGroup(group, id);
    },
    [stored, visit],
  );
  const workbook = useWorkbookDataset(dataset !== undefined);
  const tabbed = tabs.length > 1;
  return {
    title: t("app.title"),
    subtitle: t("app.subtitle"),
    datasetLine: workbook
      ? t("app.datasetVersion", { version: workbook.datasetVersion, date: formatDate(lang, workbook.datasetDate) })
      : dataset
        ? t("app.bundledDatasetVersion", { version: dataset.version, date: formatDate(lang, dataset.date) })
        : undefined,
    tabs,
    tabbed,
    choice,
    selectTop,
    selectInGroup,
    opened: (id) => id === shown || visited.has(id),
  };
}
