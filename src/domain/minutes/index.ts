export * from "./types";
export {
  buildMinutes,
  commentsInAppendix,
  commentsInOrder,
  DEFAULT_COMMITTEE_NAME,
  EMPTY_NOTE,
  type MinutesInput,
} from "./build";
export { NOT_RECORDED } from "./header";
export { recordedOrder } from "./proceedings";
export { formatClock, formatWarekiDate } from "./wareki";
export {
  baselineToTarget,
  currentStatus,
  formatProgress,
  formatQuantity,
  progressText,
  statusLine,
} from "./status-line";
export { escapeMarkdownLine, minutesToMarkdown, quoteBlock } from "./markdown";
export { CSV_BOM, CSV_HEADERS, minutesToCsv, minutesToCsvRows, type CsvOptions } from "./csv";
