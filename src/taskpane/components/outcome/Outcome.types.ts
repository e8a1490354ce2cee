import type { MessageBarIntent } from "@fluentui/react-components";

/** A button on the bar: the answer to a question it asks (replace / cancel / retry …). */
export interface OutcomeAction {
  readonly label: string;
  readonly onClick: () => void;
  /** The bar's main answer (one at most); the others are plain buttons. */
  readonly primary?: boolean;
}

/** A line with its own checkbox (a refresh conflict: take the dataset's value instead of the workbook's). */
export interface OutcomeChoice {
  readonly key: string;
  readonly text: string;
  readonly label: string;
  /** The checkbox's accessible name: which line it decides, since every label reads the same. */
  readonly ariaLabel: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** What a bar says after its title, in order. */
export type OutcomeBlock =
  /** The bar's sentence, running on from the title. */
  | { readonly kind: "text"; readonly text: string }
  /** A paragraph of its own. */
  | { readonly kind: "note"; readonly text: string }
  /** A section heading (the refresh preview's 追加 / 変更 / 競合 …). */
  | { readonly kind: "heading"; readonly text: string }
  /** A list; past `limit` items, one last line `more(hidden)` (「ほか N 件」) instead of the rest. */
  | {
      readonly kind: "lines";
      readonly items: readonly string[];
      readonly limit?: number;
      readonly more?: (hidden: number) => string;
    }
  | { readonly kind: "choices"; readonly items: readonly OutcomeChoice[] }
  /** Technical details to pass on (an error's message): monospace, folded under `summary` when given. */
  | { readonly kind: "details"; readonly text: string; readonly summary?: string };

/** A result shown as a Fluent MessageBar. */
export interface OutcomeMessage {
  readonly kind: "message";
  readonly intent: MessageBarIntent;
  readonly title?: string;
  /** `false` entries are skipped, so a block can be written `condition && { … }`. */
  readonly blocks: readonly (OutcomeBlock | false)[];
  readonly actions?: readonly OutcomeAction[];
}

/** Work under way with a measure: a progress bar (indeterminate without `fraction`), the current step under it. */
export interface OutcomeProgress {
  readonly kind: "progress";
  readonly label: string;
  readonly step?: string;
  /** 0…1 */
  readonly fraction?: number;
}

/** Work under way with no measure: a small spinner. */
export interface OutcomeWorking {
  readonly kind: "working";
  readonly label: string;
}

/** Whatever a panel has to say about its last action, or null for nothing. */
export type OutcomeView = OutcomeMessage | OutcomeProgress | OutcomeWorking;

export interface OutcomeProps {
  readonly outcome: OutcomeView | null;
  /**
   * Announce it: wrap it in a polite live region. The region is rendered even while empty, so screen readers
   * are already listening when the first outcome arrives.
   */
  readonly live?: boolean;
}
