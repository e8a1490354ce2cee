/**
 * 和暦 dates and times as Japanese minutes print them: 「令和7年11月20日（木）」, 「午後2時00分」.
 * The era comes from Intl's Japanese calendar (ja-JP-u-ca-japanese), not from a table of our own, so a new era
 * arrives with the runtime's ICU data. Dates are read and formatted in UTC so the machine's time zone cannot move a day.
 */

export type WarekiResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const ERA_DATE = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  era: "long",
  year: "numeric",
  month: "long", // "long" makes ICU write 元年 for the first year of an era
  day: "numeric",
  weekday: "short",
  timeZone: "UTC",
});

/** 「2025-11-20」 → a UTC Date, or null when it is not a real calendar date. */
export function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2025-02-30 over into March: reject what does not survive the round trip.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** 「令和7年11月20日（木）」 (令和元年 for 2019, as Intl gives it). */
export function formatWarekiDate(iso: string): WarekiResult {
  const date = parseIsoDate(iso);
  if (!date) return { ok: false, message: `開催日「${iso}」は YYYY-MM-DD 形式の日付ではありません` };
  const parts = ERA_DATE.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  return {
    ok: true,
    text: `${part("era")}${part("year")}年${part("month")}月${part("day")}日（${part("weekday")}）`,
  };
}

/** 「14:00」 → minutes since midnight, or null. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/** 午前/午後 and the 12-hour clock as official Japanese documents write it (正午 = 午後0時, 0:30 = 午前0時30分). */
function clockParts(minutes: number): { half: "午前" | "午後"; text: string } {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return { half: h < 12 ? "午前" : "午後", text: `${h % 12}時${String(m).padStart(2, "0")}分` };
}

/** 「14:00」 → 「午後2時00分」, or null when it is not a time. */
export function formatClock(text: string): string | null {
  const minutes = parseClock(text);
  if (minutes === null) return null;
  const p = clockParts(minutes);
  return `${p.half}${p.text}`;
}
