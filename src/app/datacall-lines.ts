/**
 * The outcome of a 実績照会 import as lines in a language, for the CLI's output and the pane's list: each difference
 * (a fill, or a conflict with the side taken), the conflicts still needing a choice, the notes, a dataset change.
 */
import { evaluationFieldLabel } from "../domain/evaluation/problems";
import { translate } from "../i18n/messages";
import type { Lang } from "../lib/lang";
import type { Scalar } from "../lib/scalar";
import type { DatacallChange, DatacallImport } from "../refresh/datacall-merge";
import type { DatacallImportOutcome } from "./datacall";

const shown = (v: Scalar): string => (v === null ? "" : String(v).replace(/\r?\n/g, " ⏎ "));

/** One difference: 「1-1-K1-1 実績: 空欄 → 「120」（実績照会 J4）」 or the conflict with its choice. */
export function datacallChangeLine(c: DatacallChange, lang: Lang): string {
  const field = evaluationFieldLabel(c.field, lang);
  if (c.kind === "fill") {
    return translate(lang, "evaluation.datacall.fill", { id: c.id, field, file: shown(c.after), cell: c.fileCell });
  }
  const choice = translate(lang, `evaluation.datacall.choice.${c.resolution ?? "none"}`);
  return translate(lang, "evaluation.datacall.conflict", {
    id: c.id,
    field,
    workbook: shown(c.before),
    file: shown(c.after),
    cell: c.fileCell,
    choice,
  });
}

/** The notes and dataset lines that follow an import (or a dry run). */
export function datacallNoticeLines(plan: DatacallImport, notes: DatacallImportOutcome["notes"], lang: Lang): string[] {
  const lines: string[] = [];
  if (plan.datasetChanged) lines.push(translate(lang, "evaluation.datacall.datasetChanged", plan.datasetChanged));
  if (notes === "written") {
    lines.push(translate(lang, "evaluation.datacall.notesWritten", { count: plan.sources.length }));
  } else if (notes === "unsupported") {
    const list = plan.sources.map((s) => `${s.id} ${[s.source, s.status].filter(Boolean).join(" ")}`).join("、");
    lines.push(translate(lang, "evaluation.datacall.notesUnsupported", { list }));
  }
  return lines;
}
