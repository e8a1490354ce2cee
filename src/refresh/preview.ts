/**
 * What the user sees before a refresh is applied: counts, then added / changed (old → new per field) / 廃止 /
 * conflicts / restored formulas / notices. A model for the pane, and plain lines (ja or en, texts from the
 * catalogue: refresh.lines.*) for the CLI.
 */
import type { FieldChange, RefreshPlan } from "./refresh-plan";
import type { Lang } from "../lib/lang";
import type { Scalar } from "../lib/scalar";
import { translate, type MessageKey, type MessageParams } from "../i18n/messages";
import { yearLabel } from "../i18n/dates";
import { noticeText } from "../workbook/refresh-notice";

export interface PreviewCounts {
  readonly rows: number;
  readonly added: number;
  readonly changedRows: number;
  readonly changedFields: number;
  readonly retired: number;
  readonly unretired: number;
  readonly filled: number;
  readonly conflicts: number;
  readonly restored: number;
  /** The dataset's target revisions 「指標見直し」 would gain. */
  readonly revisions: number;
}

/** The plan's lists as they are, plus counts, the added rows' names and the changes grouped by indicator. */
export interface RefreshPreview extends Pick<
  RefreshPlan,
  "retired" | "unretired" | "conflicts" | "restored" | "notices" | "datasetVersion" | "previousDatasetVersion"
> {
  readonly counts: PreviewCounts;
  readonly added: readonly { readonly id: string; readonly name: string }[];
  /** Changes grouped by indicator, with the indicator's name (as the dataset names it) so a reader knows which. */
  readonly changed: readonly { readonly id: string; readonly name: string; readonly fields: readonly FieldChange[] }[];
  /** Nothing would change in the workbook's data, 指標見直し included (formulas may still be restored). */
  readonly upToDate: boolean;
  /**
   * Applying would write nothing at all: the data is up to date, no formula is restored or updated, no revision is
   * added, the workbook already records this dataset version, and there is nothing to tell.
   */
  readonly nothingToDo: boolean;
}

/** `revisionsAdded`: how many of the dataset's target revisions the refresh appends to 「指標見直し」. */
export function previewOf(plan: RefreshPlan, revisionsAdded = 0): RefreshPreview {
  const byId = new Map<string, FieldChange[]>();
  for (const c of plan.changes) {
    let list = byId.get(c.id);
    if (!list) byId.set(c.id, (list = []));
    list.push(c);
  }
  const rowById = new Map(plan.rows.map((r) => [r.id, r]));
  const counts: PreviewCounts = {
    rows: plan.rows.length,
    added: plan.added.length,
    changedRows: byId.size,
    changedFields: plan.changes.length,
    retired: plan.retired.length,
    unretired: plan.unretired.length,
    filled: plan.filled.length,
    conflicts: plan.conflicts.length,
    restored: plan.restored.length,
    revisions: revisionsAdded,
  };
  const upToDate =
    counts.added +
      counts.changedFields +
      counts.retired +
      counts.unretired +
      counts.filled +
      counts.conflicts +
      counts.revisions ===
    0;
  const name = (id: string): string => String(rowById.get(id)?.cells.name?.value ?? "");
  return {
    counts,
    added: plan.added.map((id) => ({ id, name: name(id) })),
    changed: [...byId].map(([id, fields]) => ({ id, name: name(id), fields })),
    retired: plan.retired,
    unretired: plan.unretired,
    conflicts: plan.conflicts,
    restored: plan.restored,
    notices: plan.notices,
    datasetVersion: plan.datasetVersion,
    previousDatasetVersion: plan.previousDatasetVersion,
    upToDate,
    nothingToDo:
      upToDate &&
      counts.restored === 0 &&
      plan.notices.length === 0 &&
      plan.previousDatasetVersion === plan.datasetVersion,
  };
}

export function showScalar(value: Scalar, lang: Lang): string {
  if (value === null || value === "") return translate(lang, "refresh.value.empty");
  const text = String(value).replace(/\n/g, " / ");
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The preview as lines of text (CLI, logs): the counts, then one indented line per item. */
export function previewLines(p: RefreshPreview, lang: Lang): string[] {
  const c = p.counts;
  const line = (key: MessageKey, params: MessageParams): string => `  ${translate(lang, key, params)}`;
  const version = `${p.previousDatasetVersion ?? "?"} → ${p.datasetVersion}`;
  const out = [translate(lang, "refresh.lines.summary", { version, ...c })];
  for (const a of p.added) out.push(line("refresh.lines.added", { id: a.id, name: a.name }));
  for (const ch of p.changed) {
    for (const f of ch.fields) {
      const values = { before: showScalar(f.before, lang), after: showScalar(f.after, lang) };
      out.push(line("refresh.lines.changed", { id: ch.id, name: ch.name, field: f.header, ...values }));
    }
  }
  for (const id of p.retired) out.push(line("refresh.lines.retired", { id }));
  for (const id of p.unretired) out.push(line("refresh.lines.unretired", { id }));
  for (const k of p.conflicts) {
    const key = k.resolution === "workbook" ? "refresh.lines.conflictKept" : "refresh.lines.conflictTaken";
    // The year column's year as its header names it (always a 年度 column): 「令和6年度(2024)」 / "2024".
    const year = yearLabel(lang, k.year);
    const params = { id: k.id, year, cell: k.address, workbook: k.workbook, dataset: k.dataset };
    out.push(line(key, params));
  }
  for (const r of p.restored) {
    out.push(
      line("refresh.lines.restored", { cell: r.address, id: r.id, field: r.header, found: showScalar(r.found, lang) }),
    );
  }
  for (const n of p.notices) out.push(line("refresh.lines.notice", { text: noticeText(lang, n) }));
  return out;
}
