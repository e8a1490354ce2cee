/** One catalogue entry: both languages side by side, so a key cannot exist in one language only. */
export interface Entry {
  readonly ja: string;
  readonly en: string;
}
