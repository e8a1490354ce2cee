import type { I18n } from "../../../i18n/I18nContext";
import { failure, sentence } from "../../components/outcome/outcome-builders";
import type { OutcomeView } from "../../components/outcome/Outcome.types";
import type { MinutesLoadState, MinutesOutcome } from "./Minutes.types";

/** Rows that could not be read are listed up to this many (the count is in the title). */
const PROBLEMS_SHOWN = 5;

export interface MinutesAnswers {
  readonly writeSheet: () => void;
  readonly replaceSheet: () => void;
  readonly cancel: () => void;
}

/** What reading the committee's records gave: loading, why it failed, no meetings yet, or rows it could not read. */
export function minutesLoadOutcome(load: MinutesLoadState, { t }: I18n): OutcomeView | null {
  switch (load.kind) {
    case "idle":
      return null;
    case "loading":
      return { kind: "working", label: t("minutes.loading") };
    case "error":
      return sentence("error", t(load.message.key, load.message.params), t("minutes.error.load"));
    case "loaded":
      if (load.meetings.length === 0) {
        return sentence("info", t("minutes.noMeetings"));
      }
      return null;
  }
}

/** The loaded records' problems, shown beside the meeting choice (not instead of it). */
export function minutesProblemsOutcome(load: MinutesLoadState, { t }: I18n): OutcomeView | null {
  if (load.kind !== "loaded" || load.problems.length === 0) return null;
  return {
    kind: "message",
    intent: "warning",
    title: t("minutes.problems", { count: load.problems.length }),
    blocks: [{ kind: "lines", items: load.problems, limit: PROBLEMS_SHOWN }],
  };
}

/** What the export gave: the file, the sheet, the question before replacing it, or why not. */
export function minutesOutcome(outcome: MinutesOutcome, { t }: I18n, answers: MinutesAnswers): OutcomeView | null {
  switch (outcome.kind) {
    case "idle":
      return null;
    case "working":
      return { kind: "working", label: t("minutes.working") };
    case "downloaded":
      return sentence(
        "success",
        t("minutes.downloaded", { file: outcome.fileName, count: outcome.count }),
        t("minutes.done.title"),
      );
    case "blocked":
      return {
        ...sentence("warning", t("minutes.blocked", { sheet: outcome.sheet })),
        actions: [{ label: t("minutes.toSheet"), onClick: answers.writeSheet, primary: true }],
      };
    case "sheetDone":
      return sentence(
        "success",
        t("minutes.sheet.done", { sheet: outcome.sheet, count: outcome.count }),
        t("minutes.done.title"),
      );
    case "confirmReplace":
      return {
        ...sentence("warning", t("minutes.sheet.exists", { sheet: outcome.sheet })),
        actions: [
          { label: t("minutes.sheet.replace"), onClick: answers.replaceSheet, primary: true },
          { label: t("minutes.cancel"), onClick: answers.cancel },
        ],
      };
    case "error":
      return failure(t("minutes.error.title"), t(outcome.message.key, outcome.message.params), outcome.details);
  }
}
