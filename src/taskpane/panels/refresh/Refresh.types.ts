import type { ValidationResult } from "../../../domain/dataset/validate";
import type { RefreshPreview } from "../../../refresh/preview";
import type { RefreshNotice } from "../../../workbook/kpi-state";
import type { MessageKey, MessageParams } from "../../../i18n/messages";

export interface RefreshProps {
  /** The bundled dataset (default source, and the base of a CSV); the pane's bundle by default. */
  readonly loadDataset?: () => ValidationResult;
  readonly now?: () => Date;
  /** Who the 更新履歴 line names; Office.js cannot tell the signed-in user's name to an add-in without SSO. */
  readonly who?: () => string;
}

export type SourceChoice = "bundled" | "file";

export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export type RefreshState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading" }
  | {
      readonly kind: "preview";
      readonly preview: RefreshPreview;
      /** Conflict keys whose dataset value the user chose. */
      readonly useDataset: ReadonlySet<string>;
      readonly encoding: string | null;
    }
  | { readonly kind: "running"; readonly fraction: number }
  | { readonly kind: "done"; readonly version: string; readonly preview: RefreshPreview }
  | { readonly kind: "sourceInvalid"; readonly problems: readonly string[]; readonly count: number }
  | { readonly kind: "workbookInvalid"; readonly problems: readonly RefreshNotice[] }
  | { readonly kind: "error"; readonly message: Message; readonly details: string };
