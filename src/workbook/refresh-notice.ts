/**
 * Something a refresh tells the user: where (sheet, cell), and what, as a catalogue entry (refresh.notice.<code>,
 * src/i18n/catalogue/refresh.ts) with its parameters. The text is made only where it is shown (`noticeText`), in
 * the reader's language; a list parameter is joined as that language writes lists.
 */
import type { RefreshNoticeCode } from "../i18n/catalogue/refresh";
import { withYearLabels } from "../i18n/dates";
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

/**
 * The params of each notice that hold a fiscal year (評価年度, 適用開始年度, a closed year), shown as the workbook names
 * them (i18n/dates.ts yearLabel). A revision's target year is not one: its basis is the indicator's, and 「指標見直し」
 * shows it as a plain number too.
 */
const YEAR_PARAMS: Partial<Record<RefreshNoticeCode, readonly string[]>> = {
  SettingsSheetRebuilt: ["year"],
  RevisionAdded: ["fromYear"],
  RevisionDiffers: ["fromYear"],
  RevisionFromClosedYear: ["fromYear", "closed"],
};

/** The notice's text in `lang`; a fiscal year as 「令和6年度(2024)」 / "2024". */
export function noticeText(lang: Lang, notice: RefreshNotice): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(notice.params)) {
    params[name] = typeof value === "string" || typeof value === "number" ? value : value.join(LIST_SEPARATOR[lang]);
  }
  return translate(lang, `refresh.notice.${notice.code}`, withYearLabels(lang, params, YEAR_PARAMS[notice.code] ?? []));
}
