import { useI18n } from "../../../i18n/I18nContext";
import type { AppProps } from "./App.types";

/** The header texts of the App, in the pane's language. */
export function useApp({ dataset }: AppProps): { title: string; subtitle: string; datasetLine: string | undefined } {
  const { t } = useI18n();
  return {
    title: t("app.title"),
    subtitle: t("app.subtitle"),
    datasetLine: dataset ? t("app.datasetVersion", { version: dataset.version, date: dataset.date }) : undefined,
  };
}
