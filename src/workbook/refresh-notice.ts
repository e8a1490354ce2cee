/**
 * Something a refresh tells the user: where (sheet, cell), and what, as a catalogue entry (refresh.notice.<code>,
 * src/i18n/catalogue/refresh.ts) with its parameters. The text is made only where it is shown (`noticeText`), in
 * the reader's language; a list parameter is joined as that language writes lists.
 */
import type { RefreshNoticeCode } from "../i18n/catalogue/refresh";
import { translate } from "../i18n/messages";
import type { Lang } from "../lib/lang";

export type { RefreshNoticeCode };

export type NoticeParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface RefreshNotice {
  readonly code: RefreshNoticeCode;
  readonly sheet?: string;
  readonly cell?: string;
  readonly params: NoticeParams;
}

/** A notice; `where` says the sheet and cell it is about, when it is about one. */
export function refreshNotice(
  code: RefreshNoticeCode,
  params: NoticeParams = {},
  where: { readonly sheet?: string | undefined; readonly cell?: string | undefined } = {},
): RefreshNotice {
  return {
    code,
    ...(where.sheet !== undefined ? { sheet: where.sheet } : {}),
    ...(where.cell !== undefined ? { cell: where.cell } : {}),
    params,
  };
}

const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { ja: "、", en: ", " };

/** The notice's text in `lang`. */
export function noticeText(lang: Lang, notice: RefreshNotice): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(notice.params)) {
    params[name] = typeof value === "string" || typeof value === "number" ? value : value.join(LIST_SEPARATOR[lang]);
  }
  return translate(lang, `refresh.notice.${notice.code}`, params);
}
