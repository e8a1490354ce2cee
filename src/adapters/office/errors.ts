/**
 * The one place that turns Office.js errors into message keys (text in ja/en below; the pane's catalogue in
 * src/i18n can adopt these keys), plus the retry for Excel's cell-edit mode.
 */

export const OFFICE_MESSAGES = {
  "office.error.invalidArgument": {
    ja: "Excel が指定された値を受け付けませんでした（引数が不正です）。",
    en: "Excel rejected a value it was given (invalid argument).",
  },
  "office.error.itemAlreadyExists": {
    ja: "同じ名前のシート・テーブル・名前付きセルが既にあります。",
    en: "A sheet, table or named cell with the same name already exists.",
  },
  "office.error.itemNotFound": {
    ja: "必要なシートまたはセルが見つかりません。",
    en: "A sheet or cell that is needed was not found.",
  },
  "office.error.payloadTooLarge": {
    ja: "一度に送るデータが大きすぎます。件数を減らして再度お試しください。",
    en: "Too much data was sent to Excel at once. Try again with fewer rows.",
  },
  "office.error.cellEditMode": {
    ja: "セルの編集中です。Enter または Esc で編集を終えてから、もう一度お試しください。",
    en: "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
  },
  "office.error.apiNotSupported": {
    ja: "お使いの Excel ではこの機能が使えません。Excel を更新してください。",
    en: "Your version of Excel does not support this feature. Please update Excel.",
  },
  "office.error.accessDenied": {
    ja: "ブックが保護されているか読み取り専用のため変更できません。",
    en: "The workbook is protected or read-only and cannot be changed.",
  },
  "office.error.busy": {
    ja: "Excel が応答していません。しばらく待ってからもう一度お試しください。",
    en: "Excel is busy. Wait a moment and try again.",
  },
  "office.error.unknown": {
    ja: "Excel で予期しないエラーが発生しました（{code}）。",
    en: "Excel reported an unexpected error ({code}).",
  },
  "office.result.sheetsExist": {
    ja: "同じ名前のシートが既にあります（{sheets}）。置き換えますか？ 置き換えると現在の内容は削除されます。",
    en: "Sheets with the same names already exist ({sheets}). Replace them? Their current contents will be deleted.",
  },
  "office.result.unsupported": {
    ja: "お使いの Excel には次の機能がありません: {features}",
    en: "Your Excel lacks these features: {features}",
  },
} as const satisfies Record<string, { readonly ja: string; readonly en: string }>;

export type OfficeMessageKey = keyof typeof OFFICE_MESSAGES;

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
  lang: "ja" | "en",
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
