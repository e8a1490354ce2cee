import type { ValidationResult } from "../../../domain/dataset/validate";
import type { Feature, FeatureRequirement } from "../../../adapters/office";
import type { MessageKey, MessageParams } from "../../../i18n/messages";

export interface CreateWorkbookProps {
  /** The dataset to build from, read at each press; the bundled one (loaded with the build's code) by default. */
  readonly loadDataset?: () => ValidationResult | Promise<ValidationResult>;
  /** The build time recorded in the workbook; now by default. */
  readonly now?: () => Date;
  /** Pause between cell-edit-mode retries (tests pass 0). */
  readonly retryDelayMs?: number;
}

/** A message from the catalogue with its parameters: the state holds keys, the view translates them. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export type CreateWorkbookState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly step: Message; readonly fraction: number }
  | { readonly kind: "done"; readonly sheets: readonly string[]; readonly skipped: readonly Feature[] }
  | {
      readonly kind: "confirmReplace";
      /** The existing sheets, names and tables the build would replace. */
      readonly conflicts: readonly string[];
    }
  | { readonly kind: "cancelled" }
  | { readonly kind: "unsupported"; readonly missing: readonly FeatureRequirement[] }
  | { readonly kind: "datasetInvalid"; readonly problems: readonly string[] }
  | { readonly kind: "error"; readonly message: Message; readonly code: string; readonly details: string };
