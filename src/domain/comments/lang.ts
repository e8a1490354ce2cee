/** The two languages of messages (the same pair as src/i18n, kept here so the domain depends on nothing above it). */
export type Lang = "ja" | "en";
