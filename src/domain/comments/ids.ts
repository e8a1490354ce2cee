/**
 * Ids that never collide between writers and never depend on row positions. A comment id is the recording time
 * (Japan time, to the second) plus six random characters: two people adding at the same moment against the same
 * workbook state get different ids, and a sort or filter of the table changes nothing. The clock and the random
 * source are injected so tests are deterministic.
 */
import type { Member } from "./types";

export interface IdSource {
  readonly now: () => Date;
  /** Uniform in [0, 1), like Math.random. */
  readonly random: () => number;
}

export const SYSTEM_IDS: IdSource = { now: () => new Date(), random: () => Math.random() };

/** Crockford's base 32: no I, L, O, U, so an id read aloud or retyped is not misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_CHARS = 6;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

export const COMMENT_ID_PATTERN = /^C-\d{8}-\d{6}-[0-9A-HJKMNP-TV-Z]{6}$/;

/** 「2025-11-20T14:30:05+09:00」: a timestamp in Japan time, as 記録日時 shows it. */
export function japanTimestamp(date: Date): string {
  const t = new Date(date.getTime() + JST_OFFSET_MS).toISOString();
  return `${t.slice(0, 19)}+09:00`;
}

function randomPart(random: () => number): string {
  let s = "";
  for (let i = 0; i < RANDOM_CHARS; i++) {
    const r = random();
    const index = Math.min(ALPHABET.length - 1, Math.max(0, Math.floor(r * ALPHABET.length)));
    s += ALPHABET[index];
  }
  return s;
}

/** 「C-20251120-143005-7KQ2MX」; draws again (up to 20 times) if the id is already taken. */
export function newCommentId(source: IdSource, taken: ReadonlySet<string> = new Set()): string {
  const stamp = japanTimestamp(source.now()).slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = `C-${stamp}-${randomPart(source.random)}`;
    if (!taken.has(id)) return id;
  }
  throw new Error("could not draw an unused comment id: is the random source constant?");
}

/**
 * 「M001」… : one more than the highest number in use. Members are added rarely, by staff, one at a time; a member
 * id is shown in 出席委員 lists, so it is kept short rather than random.
 */
export function nextMemberId(members: readonly Pick<Member, "id">[]): string {
  let max = 0;
  for (const m of members) {
    const n = /^M(\d+)$/.exec(m.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `M${String(max + 1).padStart(3, "0")}`;
}
