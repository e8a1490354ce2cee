import type { Meeting } from "../../../domain/comments";
import { formatDate } from "../../../i18n/dates";
import { useI18n } from "../../../i18n/I18nContext";

/** A <select>'s options for a fixed list of words (対応状況, 区分, 役職): each is its own value. */
export function WordOptions({ words }: { readonly words: readonly string[] }) {
  return words.map((w) => (
    <option key={w} value={w}>
      {w}
    </option>
  ));
}

/** A <select>'s options for the meetings, newest first, valued by number: 「第3回（2025-11-20）」. */
export function MeetingOptions({ meetings }: { readonly meetings: readonly Meeting[] }) {
  const { t, lang } = useI18n();
  return [...meetings]
    .sort((a, b) => b.number - a.number)
    .map((m) => (
      <option key={m.number} value={String(m.number)}>
        {t("comments.meetingLabel", { number: m.number, date: formatDate(lang, m.date) })}
      </option>
    ));
}
