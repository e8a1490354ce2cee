import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { I18nProvider } from "../../../i18n/I18nContext";
import type { Lang } from "../../../lib/lang";
import type { ExcelHost } from "../../host/excel-host";
import { HostProvider } from "../../host/HostContext";
import { WorkbookStateProvider } from "../../host/WorkbookState";
import type { PanelDefinition } from "../../panels/panel.types";
import { loadDarkTheme, themeFromOffice, wantsDarkTheme, type OfficeThemeColors } from "../../theme";
import { App } from "../app/App";
import type { DatasetInfo } from "../app/App.types";
import { ErrorBoundary } from "../error-boundary/ErrorBoundary";
import { OutsideExcel } from "../outside-excel/OutsideExcel";

export interface PaneRootProps {
  readonly host: ExcelHost;
  readonly lang: Lang;
  readonly panels: readonly PanelDefinition[];
  readonly dataset?: DatasetInfo;
  readonly officeTheme?: OfficeThemeColors;
  /** webDarkTheme when the entry loaded it before rendering (a dark Office); else PaneRoot loads it when needed. */
  readonly darkTheme?: Theme;
  readonly onReload?: () => void;
}

/** Everything the pane needs around <App>: theme, language, error boundary, host. Shared by the real and test entries. */
export function PaneRoot({ host, lang, panels, dataset, officeTheme, darkTheme, onReload }: PaneRootProps) {
  const theme = usePaneTheme(officeTheme, darkTheme);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <I18nProvider lang={lang}>
        <ErrorBoundary {...(onReload ? { onReload } : {})}>
          <HostProvider host={host}>
            <WorkbookStateProvider>
              {host.kind === "outside" ? <OutsideExcel /> : <App panels={panels} {...(dataset ? { dataset } : {})} />}
            </WorkbookStateProvider>
          </HostProvider>
        </ErrorBoundary>
      </I18nProvider>
    </FluentProvider>
  );
}

/** The theme for Office's colours, with the dark theme's chunk fetched when Office is dark and it was not given. */
function usePaneTheme(officeTheme: OfficeThemeColors | undefined, given: Theme | undefined): Theme {
  const [loaded, setLoaded] = useState<Theme | undefined>(undefined);
  const dark = given ?? loaded;
  const needsDark = wantsDarkTheme(officeTheme) && dark === undefined;
  useEffect(() => {
    if (!needsDark) return;
    let live = true;
    // A failed fetch leaves the pane light: readable, only not dark.
    loadDarkTheme().then(
      (theme) => live && setLoaded(theme),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needsDark]);
  return useMemo(() => themeFromOffice(officeTheme, dark), [officeTheme, dark]);
}
