import type { Meeting } from "./types";

/**
 * The 事務局 a new meeting starts with: that of the newest meeting (by 回) that recorded one. The department that runs
 * the meetings rarely changes, so the form offers it rather than asking for it every time; a meeting without it (one
 * recorded before the column existed) is passed over. "" when no meeting has one.
 */
export function latestSecretariat(meetings: readonly Meeting[]): string {
  const newest = [...meetings].filter((m) => m.secretariat.trim() !== "").sort((a, b) => b.number - a.number)[0];
  return newest ? newest.secretariat.trim() : "";
}
