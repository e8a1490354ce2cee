/**
 * 議題 are stored without their numbers: the minutes and the sheet number them once. People type 「（1）開会」,
 * 「(2) 報告」 or 「1. 評価」 out of habit; the number is dropped when a meeting is read or saved.
 */

/** A leading 「(1)」「（１）」「1.」「１．」「1、」 and the spaces after it; 「1.5倍」 (a decimal) is not a number to drop. */
const AGENDA_NUMBER =
  /^[\s\u3000]*(?:[(（][\s\u3000]*[0-9０-９]+[\s\u3000]*[)）]|[0-9０-９]+[.．、](?![0-9０-９]))[\s\u3000]*/;

export function stripAgendaNumber(item: string): string {
  const stripped = item.replace(AGENDA_NUMBER, "");
  // An item that is only a number stays as typed rather than becoming empty.
  return stripped.trim() === "" ? item.trim() : stripped.trim();
}
