import type { ValidationResult } from "../../../domain/dataset/validate";
import type { MessageKey, MessageParams } from "../../../i18n/messages";
import type { DownloadFile } from "./download";

export { MINUTES_FORMATS, type MinutesFormat } from "../../../app/minutes";

export interface MinutesProps {
  /** The dataset giving the strategy's structure and order; the bundled one by default. */
  readonly loadDataset?: () => ValidationResult;
  /** How a file is saved; a Blob download link by default (returns false where the host does not allow it). */
  readonly download?: DownloadFile;
}

export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export interface MeetingChoice {
  readonly number: number;
  /** 「令和7年11月20日（木）」 or the date as typed. */
  readonly date: string;
}

export type MinutesLoadState =
  | { readonly kind: "idle" }
  | { readonly kind: "loading" }
  | { readonly kind: "loaded"; readonly meetings: readonly MeetingChoice[]; readonly problems: readonly string[] }
  | { readonly kind: "error"; readonly message: Message; readonly details: string };

export type MinutesOutcome =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "downloaded"; readonly fileName: string; readonly count: number }
  | { readonly kind: "blocked"; readonly sheet: string }
  | { readonly kind: "sheetDone"; readonly sheet: string; readonly count: number }
  | { readonly kind: "confirmReplace"; readonly sheet: string }
  | { readonly kind: "error"; readonly message: Message; readonly details: string };
