import { useCallback, useMemo, useRef, useState } from "react";
import { createWorkbook } from "../../../app/create-workbook";
import { describeOfficeError } from "../../../adapters/office";
import { officeCreatePort } from "../../../adapters/office/create-port";
import { useExcelHost } from "../../host/HostContext";
import { useWorkbookState } from "../../host/WorkbookState";
import { loadBundledDataset } from "../../bundled-dataset";
import type { CreateWorkbookProps, CreateWorkbookState } from "./CreateWorkbook.types";
import { progressView, stateFromResult } from "./create-workbook-state";

const MAX_PROBLEMS_SHOWN = 5;

/**
 * Calls createWorkbook over the host and keeps every outcome as state: progress, success, "sheets exist →
 * replace?", what this Excel lacks, or an Office error — never an unhandled rejection.
 */
export function useCreateWorkbook({ loadDataset = loadBundledDataset, now, retryDelayMs }: CreateWorkbookProps) {
  const host = useExcelHost();
  const { changed } = useWorkbookState();
  const [state, setState] = useState<CreateWorkbookState>({ kind: "idle" });
  const dataset = useMemo(() => loadDataset(), [loadDataset]);
  const port = useMemo(() => officeCreatePort(host, { retryDelayMs }), [host, retryDelayMs]);
  // Sheets found on the last attempt: a replace keeps 委員名簿/会議/委員意見 among them (the committee's record).
  const existingSheets = useRef<readonly string[]>([]);

  const build = useCallback(
    async (replace: boolean) => {
      if (!dataset.ok) {
        setState({
          kind: "datasetInvalid",
          problems: dataset.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `${p.path}: ${p.message}`),
        });
        return;
      }
      setState({ kind: "running", step: { key: "workbook.step.plan" }, fraction: 0 });
      try {
        const result = await createWorkbook(port, dataset.dataset, {
          builtAt: now ? now() : new Date(),
          replace,
          existingSheets: existingSheets.current,
          onProgress: (p) => setState({ kind: "running", ...progressView(p) }),
        });
        if (!result.ok && result.code === "SheetsExist") existingSheets.current = result.sheets;
        // Built, or written in part before Excel refused: either way the other panels must read the workbook again.
        if (result.ok || result.code === "OfficeError") changed("created");
        setState(stateFromResult(result));
      } catch (error) {
        const info = describeOfficeError(error);
        setState({
          kind: "error",
          message: { key: info.key, params: { code: info.code } },
          code: info.code,
          details: info.message,
        });
      }
    },
    [dataset, port, now, changed],
  );

  return {
    state,
    problemCount: dataset.ok ? 0 : dataset.problems.length,
    indicatorCount: dataset.ok ? dataset.dataset.indicators.length : 0,
    create: useCallback(() => void build(false), [build]),
    replace: useCallback(() => void build(true), [build]),
    cancel: useCallback(() => setState({ kind: "cancelled" }), []),
  };
}
