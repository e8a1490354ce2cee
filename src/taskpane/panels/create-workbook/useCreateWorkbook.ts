import { useCallback, useRef, useState } from "react";
import type { ValidationResult } from "../../../domain/dataset/validate";
import { describeOfficeError } from "../../../adapters/office/errors";
import { useExcelHost } from "../../host/HostContext";
import { useWorkbookState } from "../../host/WorkbookState";
import { BUNDLED_DATASET } from "../../dataset-info";
import type { CreateWorkbookProps, CreateWorkbookState } from "./CreateWorkbook.types";
import { progressView, stateFromResult } from "./create-workbook-state";

/** The build's code and the bundled dataset, fetched on the first press (a webpack chunk of its own). */
const loadBuild = () => import(/* webpackChunkName: "create-workbook-build" */ "./create-workbook-build");

const MAX_PROBLEMS_SHOWN = 5;

/**
 * Calls createWorkbook over the host and keeps every outcome as state: progress, success, "sheets exist →
 * replace?", what this Excel lacks, or an Office error — never an unhandled rejection.
 */
export function useCreateWorkbook({ loadDataset, now, retryDelayMs }: CreateWorkbookProps) {
  const host = useExcelHost();
  const { changed } = useWorkbookState();
  const [state, setState] = useState<CreateWorkbookState>({ kind: "idle" });
  // The intro counts the bundled dataset's indicators from the first screen's constant until a press loads a dataset.
  const [dataset, setDataset] = useState<ValidationResult | null>(null);
  // Sheets found on the last attempt: a replace keeps 委員名簿/会議/委員意見 among them (the committee's record).
  const existingSheets = useRef<readonly string[]>([]);

  const build = useCallback(
    async (replace: boolean) => {
      setState({ kind: "running", step: { key: "workbook.step.plan" }, fraction: 0 });
      try {
        // A chunk that cannot be fetched (network, an add-in redeployed meanwhile) lands in the catch below.
        const code = await loadBuild();
        const loaded = await (loadDataset ?? code.loadBundledDataset)();
        setDataset(loaded);
        if (!loaded.ok) {
          setState({
            kind: "datasetInvalid",
            problems: loaded.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `${p.path}: ${p.message}`),
          });
          return;
        }
        const port = code.officeCreatePort(host, { retryDelayMs });
        const result = await code.createWorkbook(port, loaded.dataset, {
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
    [loadDataset, host, retryDelayMs, now, changed],
  );

  return {
    state,
    problemCount: dataset && !dataset.ok ? dataset.problems.length : 0,
    indicatorCount: dataset === null ? BUNDLED_DATASET.indicators : dataset.ok ? dataset.dataset.indicators.length : 0,
    create: useCallback(() => void build(false), [build]),
    replace: useCallback(() => void build(true), [build]),
    cancel: useCallback(() => setState({ kind: "cancelled" }), []),
  };
}
