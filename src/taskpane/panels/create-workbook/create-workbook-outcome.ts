import type { FeatureRequirement } from "../../../adapters/office";
import type { I18n } from "../../../i18n/I18nContext";
import { failure, sentence } from "../../components/outcome/outcome-builders";
import type { OutcomeView } from "../../components/outcome/Outcome.types";
import type { CreateWorkbookState } from "./CreateWorkbook.types";
import { FEATURE_KEYS } from "./create-workbook-state";

export interface CreateWorkbookAnswers {
  readonly replace: () => void;
  readonly cancel: () => void;
}

/** What the panel says about the build: progress, the sheets made, the question before replacing, or why not. */
export function createWorkbookOutcome(
  state: CreateWorkbookState,
  problemCount: number,
  { t }: I18n,
  answers: CreateWorkbookAnswers,
): OutcomeView | null {
  const sep = t("workbook.list.separator");
  const features = (list: readonly FeatureRequirement[]) =>
    list
      .map((f) => t("feature.withSet", { feature: t(FEATURE_KEYS[f.feature]), set: f.set, version: f.version }))
      .join(sep);
  switch (state.kind) {
    case "idle":
      return null;
    case "running":
      return {
        kind: "progress",
        label: t("workbook.progressLabel"),
        step: t(state.step.key, state.step.params),
        fraction: state.fraction,
      };
    case "done":
      return {
        kind: "message",
        intent: "success",
        title: t("workbook.done.title"),
        blocks: [
          { kind: "text", text: t("workbook.done.body", { sheets: state.sheets.join(sep) }) },
          state.skipped.length > 0 && {
            kind: "note",
            text: t("workbook.done.skipped", { features: state.skipped.map((f) => t(FEATURE_KEYS[f])).join(sep) }),
          },
        ],
      };
    case "confirmReplace":
      return {
        ...sentence(
          "warning",
          t("office.result.sheetsExist", { sheets: state.conflicts.join(sep) }),
          t("workbook.confirm.title"),
        ),
        actions: [
          { label: t("workbook.confirm.replace"), onClick: answers.replace, primary: true },
          { label: t("workbook.confirm.cancel"), onClick: answers.cancel },
        ],
      };
    case "cancelled":
      return sentence("info", t("workbook.cancelled"));
    case "unsupported": {
      const optional = state.missing.filter((m) => !m.required);
      return {
        kind: "message",
        intent: "error",
        title: t("workbook.unsupported.title"),
        blocks: [
          {
            kind: "text",
            text: t("office.result.unsupported", { features: features(state.missing.filter((m) => m.required)) }),
          },
          optional.length > 0 && {
            kind: "note",
            text: t("workbook.unsupported.optional", { features: features(optional) }),
          },
          { kind: "note", text: t("workbook.unsupported.hint") },
        ],
      };
    }
    case "datasetInvalid":
      return {
        kind: "message",
        intent: "error",
        title: t("workbook.error.title"),
        blocks: [
          { kind: "text", text: t("workbook.dataset.invalid", { count: problemCount }) },
          { kind: "lines", items: state.problems },
        ],
      };
    case "error": {
      const view = failure(
        t("workbook.error.title"),
        t(state.message.key, state.message.params),
        state.details,
        t("workbook.error.details", { code: state.code }),
      );
      // The build leaves a marker when Excel stopped it part-way: the next press finishes it (apply-plan.ts).
      return { ...view, blocks: [...view.blocks, { kind: "note", text: t("workbook.error.retry") }] };
    }
  }
}
