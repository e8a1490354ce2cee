/** Excel's date serials: days since day 0, 1899-12-30 (the 1900 leap-year bug included), the time as the fraction. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** 45383 → "2024-04-01". */
export function serialToDate(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400) * 1000).toISOString().slice(0, 10);
}

/** 0.5625 → "13:30". */
export function serialToTime(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** A Date (UTC, as exceljs reads cells) → its serial. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}
