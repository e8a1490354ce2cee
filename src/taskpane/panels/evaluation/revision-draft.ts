/**
 * The 目標の見直し form's texts as a revision request: the years and the meeting must be whole numbers (a blank target
 * year or meeting is "not given"); the value is passed on as typed (the domain reads 「1,200」 and refuses text).
 */
import { evaluationProblem, type EvaluationProblem } from "../../../domain/evaluation/problems";
import type { RevisionRequest } from "../../../domain/evaluation/revising";
import type { RevisionDraft } from "./EvaluationPanel.types";

/** Full-width digits as ASCII (「２０２６」 is how a Japanese IME may give a year). */
const ascii = (text: string): string =>
  text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function wholeNumber(
  text: string,
  field: string,
  code: "badYear" | "notANumber",
  problems: EvaluationProblem[],
): number | null {
  const t = ascii(text).replace(/(年度|年)$/, "");
  if (t === "") return null;
  const pattern = code === "badYear" ? /^\d{4}$/ : /^\d+$/;
  if (pattern.test(t)) return Number(t);
  problems.push(evaluationProblem(field, code, { field, value: text.trim() }));
  return null;
}

export type ParsedRevision =
  | { readonly ok: true; readonly request: Omit<RevisionRequest, "indicatorId"> }
  | { readonly ok: false; readonly problems: readonly EvaluationProblem[] };

export function parseRevisionDraft(draft: RevisionDraft): ParsedRevision {
  const problems: EvaluationProblem[] = [];
  if (draft.value.trim() === "")
    problems.push(evaluationProblem("revisedTarget", "required", { field: "revisedTarget" }));
  const targetYear = wholeNumber(draft.targetYear, "revisedTargetYear", "badYear", problems);
  const fromYear = wholeNumber(draft.fromYear, "fromYear", "badYear", problems);
  if (draft.fromYear.trim() === "") problems.push(evaluationProblem("fromYear", "required", { field: "fromYear" }));
  const meeting = wholeNumber(draft.meeting, "meeting", "notANumber", problems);
  if (problems.length > 0 || fromYear === null) return { ok: false, problems };
  return {
    ok: true,
    request: { value: ascii(draft.value), targetYear, fromYear, reason: draft.reason.trim(), meeting },
  };
}
