/**
 * Problems as data for the committee's record: a path (the field, or `rows[3].内容`), a code and its parameters.
 * The text is rendered in either language from the one catalogue (src/i18n/catalogue/comments.ts, keys
 * comments.problem.<code>), so the CLI, the pane and tests share the same words.
 */
import type { Lang } from "../../lib/lang";
import { translate, type MessageKey } from "../../i18n/messages";
import { COMMENT_FIELD_LABELS } from "../../i18n/catalogue/comments";

export type CommentProblemCode =
  | "required"
  | "tooLong"
  | "controlChar"
  | "notInList"
  | "badTarget"
  | "unknownTarget"
  | "unknownMember"
  | "unknownMeeting"
  | "duplicateId"
  | "duplicateMeeting"
  | "badNumber"
  | "badDate"
  | "badTime"
  | "timeOrder"
  | "attendeeAndAbsent"
  | "missingTable"
  | "missingHeader"
  // An optional column a table made by an older version lacks, given a value (the refresh adds the column)
  | "olderTable"
  | "duplicateHeader"
  | "notFound"
  | "referenced"
  // A malformed CSV (lib/csv's kinds that the comments CSV can meet)
  | "unclosedQuote"
  | "quoteInField"
  | "textAfterQuote";

export interface CommentProblem {
  /** The field (`text`, `speakerId`), or a location such as `CSV 3行目 内容`. */
  readonly path: string;
  readonly code: CommentProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Field labels: the Japanese header names (contracts), with English for the English pane. */
export function fieldLabel(field: string, lang: Lang): string {
  return COMMENT_FIELD_LABELS[field]?.[lang] ?? field;
}

export function problem(
  path: string,
  code: CommentProblemCode,
  params: Record<string, string | number> = {},
): CommentProblem {
  return { path, code, params };
}

/** A notInList problem at `path` unless `value` is one of `allowed` (the forms' and the tables' list columns). */
export function notInList(path: string, field: string, value: string, allowed: readonly string[]): CommentProblem[] {
  return allowed.includes(value) ? [] : [problem(path, "notInList", { field, value, allowed: allowed.join("、") })];
}

/** The problem's sentence in `lang`; a `field` parameter is shown by its label. */
export function describeProblem(p: CommentProblem, lang: Lang = "ja"): string {
  const params: Record<string, string | number> = { ...p.params };
  if (typeof params.field === "string") params.field = fieldLabel(params.field, lang);
  const key: MessageKey = `comments.problem.${p.code}`;
  return translate(lang, key, params);
}

/** 「path: message」 lines, as the CLI prints them. */
export function formatProblems(problems: readonly CommentProblem[], lang: Lang = "ja"): string[] {
  return problems.map((p) => `${p.path}: ${describeProblem(p, lang)}`);
}
