/**
 * The pane's entry: waits for Office.onReady, then renders the pane with the real Excel host — or the
 * "open this in Excel" page when the host is not Excel. The only place in the pane that touches the Office and
 * Excel globals.
 */
import { createRoot } from "react-dom/client";
import { resolveLang } from "../i18n/messages";
import { PaneRoot } from "./components/pane-root/PaneRoot";
import { BUNDLED_DATASET } from "./dataset-info";
import { outsideExcelHost, type ExcelHost } from "./host/excel-host";
import { defaultPanels } from "./panels";
import { loadDarkTheme, wantsDarkTheme, type OfficeThemeColors } from "./theme";

function excelHost(): ExcelHost {
  return {
    kind: "excel",
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}

function officeThemeColors(): OfficeThemeColors | undefined {
  try {
    // officeTheme is undefined in hosts that do not expose it (and throws in some older ones).
    return Office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

async function render(info: { host: Office.HostType | null } | undefined): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html has no element with id "root"');
  const inExcel = info?.host === Office.HostType.Excel;
  const lang = resolveLang(inExcel ? Office.context.displayLanguage : undefined, window.location.search);
  document.documentElement.lang = lang;
  const theme = inExcel ? officeThemeColors() : undefined;
  // A dark Office: fetch the dark theme first, so the pane does not flash light (PaneRoot retries if this fails).
  const darkTheme = wantsDarkTheme(theme) ? await loadDarkTheme().catch(() => undefined) : undefined;
  createRoot(container).render(
    <PaneRoot
      host={inExcel ? excelHost() : outsideExcelHost}
      lang={lang}
      panels={defaultPanels}
      dataset={BUNDLED_DATASET}
      {...(theme ? { officeTheme: theme } : {})}
      {...(darkTheme ? { darkTheme } : {})}
    />,
  );
}

if (typeof Office === "undefined") {
  // office.js failed to load: still say what to do instead of leaving a blank pane.
  const container = document.getElementById("root");
  if (container) {
    createRoot(container).render(
      <PaneRoot host={outsideExcelHost} lang={resolveLang(undefined, window.location.search)} panels={[]} />,
    );
  }
} else {
  void Office.onReady().then(render);
}
