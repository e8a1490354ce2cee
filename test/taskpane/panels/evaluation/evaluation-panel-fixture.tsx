/**
 * What the 評価 panel's tests share: a small dataset's workbook for 評価年度 2025 in the recording fake Excel (optionally
 * as built before the 効果検証 sheets), the Office port over it, and the panel rendered in the pane.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render } from "@testing-library/react";
import { applyWorkbookPlan } from "../../../../src/adapters/office";
import { officeEvaluationKpiPort } from "../../../../src/adapters/office/evaluation-kpi";
import { officeRecordTablesPort } from "../../../../src/adapters/office/record-tables";
import type { Dataset } from "../../../../src/domain/dataset/schema";
import { validateDataset } from "../../../../src/domain/dataset/validate";
import type { Lang } from "../../../../src/lib/lang";
import { buildWorkbookPlan } from "../../../../src/plan/workbook";
import type { WorkbookPlan } from "../../../../src/plan/types";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { EvaluationPanel } from "../../../../src/taskpane/panels/evaluation/EvaluationPanel";
import { RECORDER_KEY } from "../../../../src/taskpane/panels/evaluation/useEvaluationPanel";
import type { DownloadFile } from "../../../../src/taskpane/panels/minutes/download";
import { createFakeExcel, type FakeExcel } from "../../../support/fake-excel";

export const DATASET: Dataset = (() => {
  const raw: unknown = JSON.parse(
    readFileSync(join(__dirname, "../../../fixtures/datasets/valid-minimal.json"), "utf8"),
  );
  const v = validateDataset(raw);
  if (!v.ok) throw new Error("fixture dataset invalid");
  return v.dataset;
})();
export const NOW = new Date("2026-06-01T01:00:00Z");
export const EVALUATION_SHEETS = ["評価", "総括意見", "評価履歴", "指標見直し"];

export function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

/** The workbook for 評価年度 2025, optionally as built before the 効果検証 sheets. */
export async function fakeWorkbook(
  options: { withoutEvaluation?: boolean; dataset?: Dataset } = {},
): Promise<FakeExcel> {
  const fx = createFakeExcel();
  const full = buildWorkbookPlan(options.dataset ?? DATASET, { builtAt: NOW, evaluationYear: 2025 });
  const refersToMissing = (formula: string | undefined): boolean =>
    formula !== undefined && EVALUATION_SHEETS.some((name) => formula.includes(`'${name}'!`));
  const plan: WorkbookPlan = options.withoutEvaluation
    ? {
        ...full,
        sheets: full.sheets
          .filter((s) => !EVALUATION_SHEETS.includes(s.name))
          .map((s) => ({
            ...s,
            rows: s.rows.map((row) => row.map((c) => (c && refersToMissing(c.formula) ? { value: null } : c))),
            conditionalFormats: s.conditionalFormats.filter(
              (f) => f.kind !== "expression" || !refersToMissing(f.formula),
            ),
          })),
      }
    : full;
  const applied = await applyWorkbookPlan(fx.context, plan, { isSetSupported: () => true });
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  return fx;
}

export const hostOf = (fx: FakeExcel): ExcelHost => ({
  kind: "fake",
  run: (batch) => batch(fx.context),
  isSetSupported: () => true,
});
export const portOf = (fx: FakeExcel) => ({
  ...officeRecordTablesPort(hostOf(fx)),
  ...officeEvaluationKpiPort(hostOf(fx)),
});

export interface RenderOptions {
  readonly lang?: Lang;
  readonly dataset?: Dataset;
  readonly download?: DownloadFile;
}

/** The panel alone in the pane, with 記録者 remembered as 「企画課」 and the clock at NOW. */
export function renderPanel(fx: FakeExcel, { lang = "ja", dataset = DATASET, download }: RenderOptions = {}) {
  const storage = memoryStorage({ [RECORDER_KEY]: "企画課" });
  const Panel = () => (
    <EvaluationPanel
      storage={storage}
      loadDataset={() => ({ ok: true, dataset })}
      now={() => NOW}
      {...(download ? { download } : {})}
    />
  );
  render(
    <PaneRoot
      host={hostOf(fx)}
      lang={lang}
      panels={[{ id: "evaluation", titleKey: "evaluation.pane.title", Component: Panel }]}
    />,
  );
  return storage;
}
