/**
 * What the user sees before a refresh is applied: counts, then added / changed (old → new per field) / 廃止 /
 * conflicts / restored formulas / notices. A model for the pane, and plain lines (ja or en) for the CLI.
 */
import type { FieldChange, RefreshPlan } from "./refresh-plan";
import type { Lang } from "../lib/lang";
import type { Scalar } from "../lib/scalar";
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
}

/** The plan's lists as they are, plus counts, the added rows' names and the changes grouped by indicator. */
export interface RefreshPreview extends Pick<
  RefreshPlan,
  "retired" | "unretired" | "conflicts" | "restored" | "notices" | "datasetVersion" | "previousDatasetVersion"
> {
  readonly counts: PreviewCounts;
  readonly added: readonly { readonly id: string; readonly name: string }[];
  readonly changed: readonly { readonly id: string; readonly fields: readonly FieldChange[] }[];
  /** Nothing would change in the workbook's data (formulas may still be restored). */
  readonly upToDate: boolean;
}

export function previewOf(plan: RefreshPlan): RefreshPreview {
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
  };
  return {
    counts,
    added: plan.added.map((id) => ({ id, name: String(rowById.get(id)?.cells.name?.value ?? "") })),
    changed: [...byId].map(([id, fields]) => ({ id, fields })),
    retired: plan.retired,
    unretired: plan.unretired,
    conflicts: plan.conflicts,
    restored: plan.restored,
    notices: plan.notices,
    datasetVersion: plan.datasetVersion,
    previousDatasetVersion: plan.previousDatasetVersion,
    upToDate:
      counts.added + counts.changedFields + counts.retired + counts.unretired + counts.filled + counts.conflicts === 0,
  };
}

export function showScalar(value: Scalar, lang: Lang): string {
  if (value === null || value === "") return lang === "ja" ? "（空欄）" : "(empty)";
  const text = String(value).replace(/\n/g, " / ");
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The preview as lines of text (CLI, logs). */
export function previewLines(p: RefreshPreview, lang: Lang): string[] {
  const c = p.counts;
  const ja = lang === "ja";
  const out: string[] = [];
  const version = `${p.previousDatasetVersion ?? "?"} → ${p.datasetVersion}`;
  out.push(
    ja
      ? `データセット ${version}: 追加 ${c.added}、定義変更 ${c.changedRows}指標（${c.changedFields}項目）、廃止 ${c.retired}、廃止から復帰 ${c.unretired}、実績補完 ${c.filled}、競合 ${c.conflicts}、数式復元 ${c.restored}`
      : `Dataset ${version}: ${c.added} added, ${c.changedRows} indicators changed (${c.changedFields} fields), ${c.retired} retired, ${c.unretired} back from retired, ${c.filled} actuals filled, ${c.conflicts} conflicts, ${c.restored} formulas restored`,
  );
  for (const a of p.added) out.push(ja ? `  追加 ${a.id} ${a.name}` : `  added ${a.id} ${a.name}`);
  for (const ch of p.changed) {
    for (const f of ch.fields) {
      out.push(
        `  ${ja ? "変更" : "changed"} ${ch.id} ${f.header}: ${showScalar(f.before, lang)} → ${showScalar(f.after, lang)}`,
      );
    }
  }
  for (const id of p.retired)
    out.push(ja ? `  廃止 ${id}（行と実績・意見は残します）` : `  retired ${id} (row, actuals and comments kept)`);
  for (const id of p.unretired) out.push(ja ? `  復帰 ${id}` : `  back ${id}`);
  for (const k of p.conflicts) {
    const kept = k.resolution === "workbook";
    out.push(
      ja
        ? `  競合 ${k.id} ${k.year}年度 ${k.address}: ブック ${k.workbook} / データセット ${k.dataset} → ${kept ? "ブックの値を残す" : "データセットの値を採用"}`
        : `  conflict ${k.id} ${k.year} ${k.address}: workbook ${k.workbook} / dataset ${k.dataset} → ${kept ? "workbook kept" : "dataset taken"}`,
    );
  }
  for (const r of p.restored) {
    out.push(
      ja
        ? `  数式復元 ${r.address}（${r.id} ${r.header}）: 「${showScalar(r.found, lang)}」を式に戻します`
        : `  formula restored ${r.address} (${r.id} ${r.header}): "${showScalar(r.found, lang)}" replaced by the formula`,
    );
  }
  for (const n of p.notices) out.push(`  ${ja ? "注意" : "note"}: ${noticeText(lang, n)}`);
  return out;
}
