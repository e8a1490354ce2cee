export * from "./types";
export { buildMinutes, commentsInOrder, DEFAULT_COMMITTEE_NAME, EMPTY_NOTE, type MinutesInput } from "./build";
export { formatMeetingDateTime, formatTimeRange, formatWarekiDate } from "./wareki";
export { formatProgress, formatQuantity, statusLine } from "./status-line";
export { escapeMarkdownLine, minutesToMarkdown, quoteBlock } from "./markdown";
export { CSV_BOM, CSV_HEADERS, minutesToCsv, minutesToCsvRows, type CsvOptions } from "./csv";
