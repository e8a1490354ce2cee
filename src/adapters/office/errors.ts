/**
 * The one place that turns Office.js errors into message keys (their texts: src/i18n/catalogue/office.ts), plus the
 * retry for Excel's cell-edit mode.
 */

import { OFFICE_MESSAGES, type OfficeMessageKey } from "../../i18n/catalogue/office";
import type { Lang } from "../../lib/lang";

export { OFFICE_MESSAGES, type OfficeMessageKey };

/** Office error code → message key. Codes are OfficeExtension.ErrorCodes / Excel.ErrorCodes strings. */
const CODE_TO_KEY: Readonly<Record<string, OfficeMessageKey>> = {
  InvalidArgument: "office.error.invalidArgument",
  InvalidReference: "office.error.invalidArgument",
  InvalidBinding: "office.error.invalidArgument",
  ItemAlreadyExists: "office.error.itemAlreadyExists",
  ItemNotFound: "office.error.itemNotFound",
  RequestPayloadSizeLimitExceeded: "office.error.payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "office.error.payloadTooLarge",
  InvalidOperationInCellEditMode: "office.error.cellEditMode",
  ApiNotFound: "office.error.apiNotSupported",
  UnsupportedOperation: "office.error.apiNotSupported",
  AccessDenied: "office.error.accessDenied",
  InsertDeleteConflict: "office.error.accessDenied",
  ActivityLimitReached: "office.error.busy",
  ServiceNotAvailable: "office.error.busy",
  RequestAborted: "office.error.busy",
  Conflict: "office.error.busy",
};

export interface OfficeErrorInfo {
  readonly key: OfficeMessageKey;
  /** The Office code as reported ("InvalidArgument"), or "Unknown". */
  readonly code: string;
  /** The raw message, for the details panel. */
  readonly message: string;
  /** Worth retrying as is (cell-edit mode, busy). */
  readonly retryable: boolean;
}

/** Any thrown value → an OfficeErrorInfo. Works on OfficeExtension.Error and on plain objects with a `code`. */
export function describeOfficeError(error: unknown): OfficeErrorInfo {
  const record = typeof error === "object" && error !== null ? (error as { code?: unknown; message?: unknown }) : {};
  const code = typeof record.code === "string" && record.code ? record.code : "Unknown";
  const message =
    typeof record.message === "string" ? record.message : error instanceof Error ? error.message : String(error);
  const key = CODE_TO_KEY[code] ?? "office.error.unknown";
  return { key, code, message, retryable: key === "office.error.cellEditMode" || key === "office.error.busy" };
}

export function isCellEditModeError(error: unknown): boolean {
  return describeOfficeError(error).code === "InvalidOperationInCellEditMode";
}

/** Fills {name} placeholders of a default text. */
export function officeMessage(
  key: OfficeMessageKey,
  lang: Lang,
  params: Readonly<Record<string, string>> = {},
): string {
  return OFFICE_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export interface RetryOptions {
  readonly attempts?: number;
  readonly delayMs?: number;
  /** Injectable for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** A result (not a throw) that should be retried, e.g. an ApplyResult carrying the cell-edit code. */
  readonly shouldRetryResult?: (result: unknown) => boolean;
}

/**
 * Runs `attempt` (typically `() => Excel.run(ctx => applyWorkbookPlan(ctx, plan))`) again while Excel is in
 * cell-edit mode: the first sync of a batch fails before anything is written, so a retry is safe.
 */
export async function withCellEditRetry<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const delayMs = options.delayMs ?? 1000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let i = 1; ; i++) {
    try {
      const result = await attempt();
      if (i < attempts && options.shouldRetryResult?.(result)) {
        await sleep(delayMs);
        continue;
      }
      return result;
    } catch (error) {
      if (i >= attempts || !isCellEditModeError(error)) throw error;
      await sleep(delayMs);
    }
  }
}
