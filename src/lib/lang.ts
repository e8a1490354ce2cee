/** The two languages of user-facing text (the catalogue's, and the domain's problem descriptions). */
export type Lang = "ja" | "en";
