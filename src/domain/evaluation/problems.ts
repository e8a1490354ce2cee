/**
 * Problems of the yearly 効果検証 as data: where (a field, or a cell such as 「評価履歴 3行目 達成率」), a code and its
 * parameters. The sentences are in the one catalogue (src/i18n/catalogue/evaluation.ts, evaluation.problem.<code>),
 * so the CLI, the pane and tests share the same words.
 */
import type { Lang } from "../../lib/lang";
import { withYearLabels } from "../../i18n/dates";
import { translate, type MessageKey } from "../../i18n/messages";
import { EVALUATION_FIELD_LABELS } from "../../i18n/catalogue/evaluation";

export type EvaluationProblemCode =
  // 「評価」「総括意見」 and their CSV import (domain/evaluation/entries.ts, app/evaluation.ts)
  | "yearIsClosed"
  | "badSummaryTarget"
  | "unclosedQuote"
  | "quoteInField"
  | "textAfterQuote"
  | "missingTable"
  | "missingHeader"
  | "duplicateHeader"
  | "required"
  | "notANumber"
  | "badYear"
  | "notInList"
  | "duplicateRow"
  | "unknownIndicator"
  | "yearOutsidePlan"
  | "yearAfterEvaluationYear"
  | "alreadyClosed"
  | "closedYear"
  | "duplicateRevision"
  | "unreadableName"
  | "datasetMismatch"
  | "noIndicators"
  // 担当課への照会 (workbook/datacall-file.ts, refresh/datacall-merge.ts, app/datacall.ts)
  | "datacallNoIndicators"
  | "datacallNoDepartments"
  | "datacallNotXlsx"
  | "datacallNotAFile"
  | "datacallBadMetadata"
  | "datacallAddedId"
  | "datacallChangedId"
  | "datacallRemovedId"
  | "datacallWrongYear"
  | "datacallWrongDepartment"
  | "datacallOtherDepartment"
  | "datacallMissingIds"
  | "datacallStrayChoice"
  | "datacallConflict";

export interface EvaluationProblem {
  /** The field (`fromYear`), or a cell such as 「指標見直し 3行目 適用開始年度」. */
  readonly path: string;
  readonly code: EvaluationProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export function evaluationProblem(
  path: string,
  code: EvaluationProblemCode,
  params: Record<string, string | number> = {},
): EvaluationProblem {
  return { path, code, params };
}

/** A field's label in `lang`: the known fields' labels, else the text as given (a sheet header). */
export function evaluationFieldLabel(field: string, lang: Lang): string {
  return EVALUATION_FIELD_LABELS[field]?.[lang] ?? field;
}

/** The params of each problem that hold a fiscal year, shown as the workbook names it (i18n/dates.ts yearLabel). */
const YEAR_PARAMS: Partial<Record<EvaluationProblemCode, readonly string[]>> = {
  yearIsClosed: ["year"],
  yearOutsidePlan: ["year", "from", "to"],
  yearAfterEvaluationYear: ["year", "evaluationYear"],
  alreadyClosed: ["year"],
  closedYear: ["fromYear", "closed", "next"],
  duplicateRevision: ["fromYear"],
  datacallWrongYear: ["file", "workbook"],
};

/** The problem's sentence in `lang`; a `field` parameter is shown by its label, a year as 「令和6年度(2024)」 / "2024". */
export function describeEvaluationProblem(p: EvaluationProblem, lang: Lang = "ja"): string {
  const params = withYearLabels(lang, p.params, YEAR_PARAMS[p.code] ?? []);
  if (typeof params.field === "string") params.field = evaluationFieldLabel(params.field, lang);
  const key: MessageKey = `evaluation.problem.${p.code}`;
  return translate(lang, key, params);
}

/** 「path: message」 lines, as the CLI prints them. */
export function formatEvaluationProblems(problems: readonly EvaluationProblem[], lang: Lang = "ja"): string[] {
  return problems.map((p) => `${p.path}: ${describeEvaluationProblem(p, lang)}`);
}
