import { FluentProvider } from "@fluentui/react-components";
import { useMemo } from "react";
import { I18nProvider } from "../../../i18n/I18nContext";
import type { Lang } from "../../../lib/lang";
import type { ExcelHost } from "../../host/excel-host";
import { HostProvider } from "../../host/HostContext";
import { WorkbookStateProvider } from "../../host/WorkbookState";
import type { PanelDefinition } from "../../panels/panel.types";
import { themeFromOffice, type OfficeThemeColors } from "../../theme";
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
  readonly onReload?: () => void;
}

/** Everything the pane needs around <App>: theme, language, error boundary, host. Shared by the real and test entries. */
export function PaneRoot({ host, lang, panels, dataset, officeTheme, onReload }: PaneRootProps) {
  const theme = useMemo(() => themeFromOffice(officeTheme), [officeTheme]);
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
