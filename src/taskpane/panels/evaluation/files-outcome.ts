import { datacallChangeLine } from "../../../app/datacall-lines";
import type { I18n } from "../../../i18n/I18nContext";
import type { DatacallImport } from "../../../refresh/datacall-merge";
import { sentence } from "../../components/outcome/outcome-builders";
import type { OutcomeView } from "../../components/outcome/Outcome.types";

/** The differences listed up to this many; the rest as one line. */
const CHANGES_SHOWN = 30;

export type FilesState =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "done"; readonly text: string; readonly notes: readonly string[] }
  | { readonly kind: "blocked" }
  | { readonly kind: "failed"; readonly lines: readonly string[] }
  | { readonly kind: "error"; readonly message: string }
  | {
      readonly kind: "preview";
      readonly bytes: Uint8Array;
      readonly plan: DatacallImport;
      readonly notes: readonly string[];
      /** Conflicting indicators whose answer is taken. */
      readonly useFile: ReadonlySet<string>;
    };

export interface PreviewActions {
  readonly choose: (id: string, useFile: boolean) => void;
  readonly apply: () => void;
  readonly cancel: () => void;
}

/** The report / data call area's outcome: working, done (with its notes), each refusal line, or the preview. */
export function filesOutcome(state: FilesState, { t, lang }: I18n, actions: PreviewActions): OutcomeView | null {
  switch (state.kind) {
    case "idle":
      return null;
    case "working":
      return { kind: "working", label: t("evaluation.pane.files.working") };
    case "done":
      return {
        kind: "message",
        intent: "success",
        blocks: [{ kind: "text", text: state.text }, ...state.notes.map((text) => ({ kind: "note" as const, text }))],
      };
    case "blocked":
      return sentence("warning", t("evaluation.pane.files.blocked"));
    case "failed":
      return {
        kind: "message",
        intent: "error",
        title: t("evaluation.pane.refused.files"),
        blocks: state.lines.map((text) => ({ kind: "note" as const, text })),
      };
    case "error":
      return {
        kind: "message",
        intent: "error",
        title: t("evaluation.pane.refused.files"),
        blocks: [{ kind: "details", text: state.message }],
      };
    case "preview": {
      const { plan } = state;
      if (plan.changes.length === 0) {
        return sentence("info", t("evaluation.datacall.noChange", { department: plan.department }));
      }
      const conflictIds = [...new Set(plan.changes.filter((c) => c.kind === "conflict").map((c) => c.id))];
      return {
        kind: "message",
        intent: conflictIds.length > 0 ? "warning" : "info",
        title: t("evaluation.pane.files.preview", { department: plan.department, count: plan.changes.length }),
        blocks: [
          {
            kind: "lines",
            items: plan.changes.map((c) => datacallChangeLine(c, lang)),
            limit: CHANGES_SHOWN,
            more: (hidden) => t("refresh.more", { count: hidden }),
          },
          ...state.notes.map((text) => ({ kind: "note" as const, text })),
          conflictIds.length > 0 && { kind: "note", text: t("evaluation.pane.files.conflictHint") },
          conflictIds.length > 0 && {
            kind: "choices",
            items: conflictIds.map((id) => ({
              key: id,
              text: id,
              label: t("evaluation.pane.files.useFile"),
              ariaLabel: t("evaluation.pane.files.useFileFor", { id }),
              checked: state.useFile.has(id),
              onChange: (checked: boolean) => actions.choose(id, checked),
            })),
          },
        ],
        actions: [
          { label: t("evaluation.pane.files.apply"), onClick: actions.apply, primary: true },
          { label: t("evaluation.pane.files.cancel"), onClick: actions.cancel },
        ],
      };
    }
  }
}
