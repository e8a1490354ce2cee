import type { Meeting } from "../../../domain/comments";
import { useI18n } from "../../../i18n/I18nContext";
import { meetingLabel } from "./meeting-label";

/** A <select>'s options for a fixed list of words (対応状況, 区分, 役職): each is its own value. */
export function WordOptions({ words }: { readonly words: readonly string[] }) {
  return words.map((w) => (
    <option key={w} value={w}>
      {w}
    </option>
  ));
}

/** A <select>'s options for the meetings, newest first, valued by number: 「第3回（令和7年11月20日）」. */
export function MeetingOptions({ meetings }: { readonly meetings: readonly Meeting[] }) {
  const { t, lang } = useI18n();
  return [...meetings]
    .sort((a, b) => b.number - a.number)
    .map((m) => (
      <option key={m.number} value={String(m.number)}>
        {meetingLabel(t, lang, m)}
      </option>
    ));
}
