import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Lang } from "../lib/lang";
import { translate, type MessageKey, type MessageParams } from "./messages";

export interface I18n {
  readonly lang: Lang;
  /** The message for `key` in the pane's language, placeholders filled. */
  readonly t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n>({ lang: "ja", t: (key, params) => translate("ja", key, params) });

export function I18nProvider({ lang, children }: { readonly lang: Lang; readonly children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: (key, params) => translate(lang, key, params) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
