import type { Meeting } from "../../../domain/comments";
import { formatDate } from "../../../i18n/dates";
import type { I18n } from "../../../i18n/I18nContext";
import type { Lang } from "../../../lib/lang";

/** 「第3回（令和7年11月20日）」 / "Meeting 3 (20 Nov 2025)": how the pane names a meeting, everywhere it lists one. */
export function meetingLabel(t: I18n["t"], lang: Lang, meeting: Pick<Meeting, "number" | "date">): string {
  return t("comments.meetingLabel", { number: meeting.number, date: formatDate(lang, meeting.date) });
}
