import { failureLines, type EvaluationFailure } from "../../../app/evaluation-reads";
import { describeEvaluationProblem, evaluationFieldLabel } from "../../../domain/evaluation/problems";
import type { Lang } from "../../../lib/lang";
import { withYearLabels } from "../../../i18n/dates";
import type { I18n } from "../../../i18n/I18nContext";
import type { MessageKey } from "../../../i18n/messages";
import { sentence } from "../../components/outcome/outcome-builders";
import type { OutcomeView } from "../../components/outcome/Outcome.types";
import type { Book, LoadState, Notice, NoticeArea } from "./EvaluationPanel.types";

/**
 * A failure as 「where: what」 lines; a refusal's field (「year」, 「fromYear」 — the form's own fields) is named by its
 * label, a cell (「評価履歴 3行目 達成率」) as it is.
 */
export function linesOf(failure: EvaluationFailure, lang: Lang): string[] {
  if (failure.kind !== "refused") return failureLines(failure, lang);
  return failure.problems.map((p) => `${evaluationFieldLabel(p.path, lang)}: ${describeEvaluationProblem(p, lang)}`);
}

/** Rows that could not be read are listed up to this many. */
const WARNINGS_SHOWN = 5;

/** Reading the workbook: under way, or why it cannot be used (the missing sheets get their own set-up view). */
export function evaluationLoadOutcome(load: LoadState, { t, lang }: I18n): OutcomeView | null {
  switch (load.kind) {
    case "loading":
      return { kind: "working", label: t("evaluation.pane.loading") };
    case "error":
      return sentence("error", t("evaluation.pane.readError", { message: load.message }));
    case "noWorkbook":
      return {
        kind: "message",
        intent: "warning",
        title: t("evaluation.pane.noWorkbook"),
        blocks: [
          // What is missing, without the field path (the workbook itself is the place).
          ...(load.failure.kind === "refused"
            ? load.failure.problems.map((p) => describeEvaluationProblem(p, lang))
            : linesOf(load.failure, lang)
          ).map((text) => ({ kind: "note" as const, text })),
          { kind: "note", text: t("evaluation.pane.noWorkbookHint") },
        ],
      };
    default:
      return null;
  }
}

const REFUSED: Readonly<Record<NoticeArea, MessageKey>> = {
  setUp: "evaluation.pane.refused.setUp",
  entry: "evaluation.pane.refused.entry",
  summary: "evaluation.pane.refused.summary",
  close: "evaluation.pane.refused.close",
  revise: "evaluation.pane.refused.revise",
  files: "evaluation.pane.refused.files",
};

/** The params of the panel's success notices that hold a fiscal year. */
const NOTICE_YEAR_PARAMS = ["year", "fromYear"] as const;

/** Forms whose text survives a refusal, so the bar says so. */
const TYPED: ReadonlySet<NoticeArea> = new Set(["entry", "summary", "revise"]);

/**
 * The last action's outcome, shown beside `area`'s form only: done (with what else happened), each refusal as
 * 「where: what」 (the use case's own lines), or Excel's error.
 */
export function evaluationNoticeOutcome(notice: Notice | null, area: NoticeArea, i18n: I18n): OutcomeView | null {
  if (!notice || notice.area !== area) return null;
  const { t, lang } = i18n;
  switch (notice.kind) {
    case "success":
      return {
        kind: "message",
        intent: "success",
        blocks: [
          // The years a success names (評価年度, 適用開始年度) read as the workbook's: 「令和6年度(2024)」 / "2024".
          { kind: "text", text: t(notice.key, withYearLabels(lang, notice.params ?? {}, NOTICE_YEAR_PARAMS)) },
          ...(notice.more ?? []).map((m) => ({ kind: "note" as const, text: t(m.key, m.params) })),
        ],
      };
    case "failure": {
      const lines = linesOf(notice.failure, lang);
      return {
        kind: "message",
        intent: "error",
        title: t(REFUSED[area]),
        blocks: [
          ...lines.map((text) => ({ kind: "note" as const, text })),
          TYPED.has(area) && { kind: "note", text: t("evaluation.pane.kept") },
        ],
      };
    }
    case "error":
      return {
        kind: "message",
        intent: "error",
        title: t(REFUSED[area]),
        blocks: [{ kind: "details", text: notice.message }],
      };
  }
}

/** Rows of 「評価」/「総括意見」 that could not be read as records: shown, not hidden. */
export function evaluationWarningsOutcome(book: Book, { t, lang }: I18n): OutcomeView | null {
  if (book.warnings.length === 0) return null;
  return {
    kind: "message",
    intent: "warning",
    title: t("evaluation.pane.warnings"),
    blocks: book.warnings
      .slice(0, WARNINGS_SHOWN)
      .map((p) => ({ kind: "note", text: `${p.path}: ${describeEvaluationProblem(p, lang)}` })),
  };
}
