import type { KeyboardEvent } from "react";

/**
 * True while a Japanese IME is composing: the Enter that confirms a conversion must not submit anything.
 * isComposing is the standard flag; keyCode 229 is what Safari and older Edge send for the same Enter.
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/** Ctrl+Enter (⌘+Enter on a Mac) outside IME composition: submit from a multi-line field. */
export function isSubmitChord(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !isComposing(event);
}

/** Plain Enter outside IME composition: submit from a single-line field. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && !event.shiftKey && !isComposing(event);
}
