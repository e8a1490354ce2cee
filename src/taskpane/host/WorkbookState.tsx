/**
 * The one source every panel reads to know that the open workbook changed under it. Panels stay mounted while
 * another is shown, so a workbook built in 「ワークブックを作成」 (or refreshed, or given its comment sheets) must reach
 * the others: the action that changed the workbook calls `changed()`, and each panel re-reads what it shows when
 * `version` moves. Nothing here reads the workbook itself; the panels keep their own reads.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

/** What changed the workbook (for panels that need not react to every kind). */
export type WorkbookChange = "created" | "refreshed" | "commentSheets" | "evaluationSheets";

export interface WorkbookState {
  /** Moves by one at each change of the workbook's structure made from the pane. */
  readonly version: number;
  readonly lastChange: WorkbookChange | null;
  readonly changed: (what: WorkbookChange) => void;
}

const WorkbookStateContext = createContext<WorkbookState>({
  version: 0,
  lastChange: null,
  changed: () => undefined,
});

export function WorkbookStateProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<{ version: number; lastChange: WorkbookChange | null }>({
    version: 0,
    lastChange: null,
  });
  const changed = useCallback(
    (what: WorkbookChange) => setState((s) => ({ version: s.version + 1, lastChange: what })),
    [],
  );
  const value = useMemo(() => ({ ...state, changed }), [state, changed]);
  return <WorkbookStateContext.Provider value={value}>{children}</WorkbookStateContext.Provider>;
}

/** The workbook's version as the pane knows it, and how to say it changed. */
export function useWorkbookState(): WorkbookState {
  return useContext(WorkbookStateContext);
}
