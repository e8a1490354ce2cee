import type { MessageBarIntent } from "@fluentui/react-components";
import type { OutcomeMessage } from "./Outcome.types";

/** A bar that says one sentence, under a title when given. */
export function sentence(intent: MessageBarIntent, text: string, title?: string): OutcomeMessage {
  return { kind: "message", intent, ...(title !== undefined ? { title } : {}), blocks: [{ kind: "text", text }] };
}

/**
 * An error bar: what failed (title), why (text), and the technical details to pass on when there are any, folded
 * under `summary` when given.
 */
export function failure(title: string, text: string, details: string, summary?: string): OutcomeMessage {
  return {
    kind: "message",
    intent: "error",
    title,
    blocks: [
      { kind: "text", text },
      details !== "" && { kind: "details", text: details, ...(summary !== undefined ? { summary } : {}) },
    ],
  };
}
