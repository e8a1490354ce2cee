import { describeProblem } from "../../../domain/comments";
import type { I18n } from "../../../i18n/I18nContext";
import { sentence } from "../../components/outcome/outcome-builders";
import type { OutcomeView } from "../../components/outcome/Outcome.types";
import type { Book, LoadState, Notice } from "./CommentsPanel.types";

/** Rows that could not be read as records are listed up to this many. */
const WARNINGS_SHOWN = 5;

/** Reading the committee's tables: under way, or why it failed (missing tables get their own set-up view). */
export function commentsLoadOutcome(load: LoadState, { t }: I18n): OutcomeView | null {
  if (load.kind === "loading") return { kind: "working", label: t("comments.loading") };
  if (load.kind === "error") {
    return sentence("error", t("comments.readError", { message: load.message }));
  }
  return null;
}

/** The outcome of the last add / edit / set-up: done, the problems found in what was typed, or Excel's error. */
export function commentsNoticeOutcome(notice: Notice | null, { t, lang }: I18n): OutcomeView | null {
  if (!notice) return null;
  switch (notice.kind) {
    case "success":
      // Multiline like every outcome: Fluent's "auto" layout ran this confirmation (it carries the comment's id, one
      // unbreakable word) past the pane's right edge at 320 px instead of wrapping it.
      return sentence("success", t(notice.key, notice.params));
    case "problems":
      return {
        kind: "message",
        intent: "error",
        title: t("comments.problems"),
        blocks: notice.problems.map((p) => ({ kind: "note", text: describeProblem(p, lang) })),
      };
    case "officeError":
      return sentence("error", notice.message, t("comments.officeError"));
  }
}

/** Rows of the tables that could not be read as records: shown, not hidden. */
export function commentsWarningsOutcome(book: Book, { lang }: I18n): OutcomeView | null {
  if (book.warnings.length === 0) return null;
  return {
    kind: "message",
    intent: "warning",
    blocks: book.warnings
      .slice(0, WARNINGS_SHOWN)
      .map((p) => ({ kind: "note", text: `${p.path}: ${describeProblem(p, lang)}` })),
  };
}
