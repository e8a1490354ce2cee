import { useCallback, useState } from "react";
import { useI18n } from "../../../i18n/I18nContext";
import type { AppProps } from "./App.types";

/** Remembered per machine, so a member who reopens the pane at the next meeting lands where they left. */
const SELECTED_PANEL_KEY = "kpi-review.selectedPanel";

function storedPanel(): string | null {
  try {
    return globalThis.localStorage?.getItem(SELECTED_PANEL_KEY) ?? null;
  } catch {
    return null; // storage can be disabled by policy; the pane then starts on the first panel
  }
}

function storePanel(id: string): void {
  try {
    globalThis.localStorage?.setItem(SELECTED_PANEL_KEY, id);
  } catch {
    // not remembered: harmless
  }
}

export interface AppState {
  readonly title: string;
  readonly subtitle: string;
  readonly datasetLine: string | undefined;
  /** Tabs are shown only when there is more than one panel to choose from. */
  readonly tabbed: boolean;
  readonly selectedPanel: string | undefined;
  selectPanel(id: string): void;
  /**
   * Whether a panel is rendered: the one shown and every one shown before (they then stay mounted). A panel not yet
   * opened is not rendered, so its lazy chunk is fetched when someone opens it, not with the first screen.
   */
  opened(id: string): boolean;
}

/** The header texts of the App in the pane's language, and which panel is shown. */
export function useApp({ dataset, panels }: AppProps): AppState {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string | undefined>(() => {
    const stored = storedPanel();
    return panels.some((p) => p.id === stored) ? (stored ?? undefined) : panels[0]?.id;
  });
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set(selected === undefined ? [] : [selected]));
  const selectPanel = useCallback((id: string) => {
    setSelected(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
    storePanel(id);
  }, []);
  const tabbed = panels.length > 1;
  const selectedPanel = panels.some((p) => p.id === selected) ? selected : panels[0]?.id;
  return {
    title: t("app.title"),
    subtitle: t("app.subtitle"),
    datasetLine: dataset ? t("app.datasetVersion", { version: dataset.version, date: dataset.date }) : undefined,
    tabbed,
    selectedPanel,
    selectPanel,
    opened: (id) => !tabbed || id === selectedPanel || visited.has(id),
  };
}
