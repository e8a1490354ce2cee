import { showScalar, type RefreshPreview } from "../../../refresh/preview";
import { noticeText } from "../../../workbook/refresh-notice";
import { yearLabel } from "../../../i18n/dates";
import type { I18n } from "../../../i18n/I18nContext";
import { failure } from "../../components/outcome/outcome-builders";
import type { OutcomeBlock, OutcomeView } from "../../components/outcome/Outcome.types";
import type { RefreshState } from "./Refresh.types";

/** Lines shown per section of the preview before 「ほか N 件」. */
const SHOWN = 30;

export interface RefreshAnswers {
  readonly apply: () => void;
  readonly cancel: () => void;
  readonly toggleConflict: (key: string, useDataset: boolean) => void;
}

/** What the panel says: reading, the preview to confirm (with a choice per conflict), progress, the result, or why not. */
export function refreshOutcome(state: RefreshState, i18n: I18n, answers: RefreshAnswers): OutcomeView | null {
  const { t, lang } = i18n;
  const lines = (items: readonly string[]) => shortList(items, t);
  switch (state.kind) {
    case "idle":
      return null;
    case "reading":
      return { kind: "progress", label: t("refresh.reading") };
    case "preview":
      return previewOutcome(state, i18n, answers);
    case "running":
      return { kind: "progress", label: t("refresh.progress"), fraction: state.fraction };
    case "done":
      return {
        kind: "message",
        intent: "success",
        title: t("refresh.done.title"),
        blocks: [
          summary(state.preview, i18n),
          { kind: "text", text: t("refresh.done.body", { version: state.version }) },
        ],
      };
    case "sourceInvalid":
      return {
        kind: "message",
        intent: "error",
        title: t("refresh.error.title"),
        blocks: [
          {
            kind: "text",
            text: state.count === 0 ? t("refresh.file.missing") : t("refresh.error.source", { count: state.count }),
          },
          lines(state.problems),
        ],
      };
    case "workbookInvalid":
      return {
        kind: "message",
        intent: "error",
        title: t("refresh.error.title"),
        blocks: [
          { kind: "text", text: t("refresh.error.workbook") },
          lines(state.problems.map((p) => noticeText(lang, p))),
        ],
      };
    case "error":
      return failure(t("refresh.error.title"), t(state.message.key, state.message.params), state.details);
  }
}

/** A list cut at SHOWN lines, the rest counted. */
function shortList(items: readonly string[], t: I18n["t"]): OutcomeBlock {
  return { kind: "lines", items, limit: SHOWN, more: (count) => t("refresh.more", { count }) };
}

function summary(preview: RefreshPreview, { t }: I18n): OutcomeBlock {
  const c = preview.counts;
  return {
    kind: "note",
    text: t("refresh.summary", {
      from: preview.previousDatasetVersion ?? "?",
      to: preview.datasetVersion,
      added: c.added,
      changed: c.changedRows,
      retired: c.retired,
      filled: c.filled,
      conflicts: c.conflicts,
      restored: c.restored,
    }),
  };
}

/** Nothing is written yet: each section of change, a dataset-or-workbook choice per conflict, then apply or cancel. */
function previewOutcome(
  state: Extract<RefreshState, { kind: "preview" }>,
  i18n: I18n,
  answers: RefreshAnswers,
): OutcomeView {
  const { t, lang } = i18n;
  const p = state.preview;
  if (p.nothingToDo) {
    return {
      kind: "message",
      intent: "success",
      title: t("refresh.nothing.title"),
      blocks: [{ kind: "text", text: t("refresh.nothing.body", { version: p.datasetVersion }) }],
    };
  }
  const section = (heading: string, items: readonly string[]): OutcomeBlock[] =>
    items.length === 0 ? [] : [{ kind: "heading", text: heading }, shortList(items, t)];
  return {
    kind: "message",
    intent: p.conflicts.length > 0 ? "warning" : "info",
    title: t("refresh.preview.title"),
    blocks: [
      summary(p, i18n),
      // Not beside notices: the workbook then differs from the dataset in something they name (a 確認事項 note).
      p.upToDate && p.notices.length === 0 && { kind: "note", text: t("refresh.upToDate") },
      p.counts.revisions > 0 && { kind: "note", text: t("refresh.revisions", { count: p.counts.revisions }) },
      ...section(
        t("refresh.section.added"),
        p.added.map((a) => `${a.id} ${a.name}`),
      ),
      ...section(
        t("refresh.section.changed"),
        p.changed.flatMap((ch) =>
          ch.fields.map(
            (f) => `${ch.id}「${ch.name}」 ${f.header}: ${showScalar(f.before, lang)} → ${showScalar(f.after, lang)}`,
          ),
        ),
      ),
      ...section(t("refresh.section.retired"), p.retired),
      ...conflictChoices(state, i18n, answers.toggleConflict),
      ...section(
        t("refresh.section.restored"),
        p.restored.map((x) =>
          t("refresh.restored.line", { cell: x.address, id: x.id, field: x.header, found: showScalar(x.found, lang) }),
        ),
      ),
      ...section(
        t("refresh.section.notices"),
        p.notices.map((n) => noticeText(lang, n)),
      ),
    ],
    actions: [
      { label: t("refresh.apply"), onClick: answers.apply, primary: true },
      { label: t("refresh.cancel"), onClick: answers.cancel },
    ],
  };
}

/** Each conflict (the workbook and the dataset disagree on a filled cell) with its "take the dataset's" checkbox. */
function conflictChoices(
  state: Extract<RefreshState, { kind: "preview" }>,
  { t, lang }: I18n,
  toggle: RefreshAnswers["toggleConflict"],
): OutcomeBlock[] {
  const conflicts = state.preview.conflicts;
  if (conflicts.length === 0) return [];
  const useDataset = t("refresh.conflict.useDataset");
  return [
    { kind: "heading", text: t("refresh.section.conflicts") },
    { kind: "note", text: t("refresh.conflict.hint") },
    {
      kind: "choices",
      items: conflicts.map((k) => ({
        key: k.key,
        text: t("refresh.conflict.line", {
          id: k.id,
          // The year column's year as its header names it: 「令和6年度(2024)」 / "2024".
          year: yearLabel(lang, k.year),
          cell: k.address,
          workbook: k.workbook,
          dataset: k.dataset,
        }),
        label: useDataset,
        ariaLabel: `${k.id} ${k.year}: ${useDataset}`,
        checked: state.useDataset.has(k.key),
        onChange: (checked) => toggle(k.key, checked),
      })),
    },
  ];
}
