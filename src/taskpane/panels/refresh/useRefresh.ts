import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { conflictKey, type ConflictChoice, type RefreshPlan } from "../../../refresh/merge";
import { previewOf } from "../../../refresh/preview";
import { loadSource, type SourceResult } from "../../../domain/dataset/ingest/source";
import { describeOfficeError } from "../../../adapters/office";
import { officeRefreshPort } from "../../../adapters/office/refresh-office";
import { applyRefresh, previewRefresh } from "../../../app/refresh";
import { useExcelHost } from "../../host/HostContext";
import { useWorkbookState } from "../../host/WorkbookState";
import { loadBundledDataset } from "../../bundled-dataset";
import type { RefreshProps, RefreshState, SourceChoice } from "./Refresh.types";

const MAX_PROBLEMS_SHOWN = 20;

/** A chosen file's bytes (FileReader: every browser Office runs the pane in, and jsdom, have it). */
function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

/** Same rows, same changes: what the user confirmed is what will be written. */
function samePlan(a: RefreshPlan, b: RefreshPlan): boolean {
  return (
    a.rows.length === b.rows.length &&
    a.rows.every((r, i) => r.id === b.rows[i]?.id) &&
    a.changes.length === b.changes.length &&
    a.conflicts.length === b.conflicts.length &&
    a.filled.length === b.filled.length
  );
}

/**
 * Source → preview (read + merge, nothing written) → per-conflict choices → apply (the same merge again, refused if
 * the workbook changed in between) → result. Every outcome is state; nothing throws past the hook.
 */
export function useRefresh({ loadDataset = loadBundledDataset, now, who }: RefreshProps) {
  const host = useExcelHost();
  const { version, changed } = useWorkbookState();
  const bundled = useMemo(() => loadDataset(), [loadDataset]);
  const [state, setState] = useState<RefreshState>({ kind: "idle" });
  const [source, setSource] = useState<SourceChoice>("bundled");
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const loaded = useRef<{ source: Extract<SourceResult, { ok: true }>; plan: RefreshPlan } | null>(null);

  // A preview shown before the workbook changed elsewhere (a build, a set-up) describes another workbook: drop it.
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    loaded.current = null;
    setState((s) => (s.kind === "preview" ? { kind: "idle" } : s));
  }, [version]);

  const fail = useCallback((error: unknown) => {
    const info = describeOfficeError(error);
    setState({
      kind: "error",
      message: { key: "refresh.error.office", params: { code: info.code } },
      details: info.message,
    });
  }, []);

  const chooseFile = useCallback(async (f: File | null) => {
    setState({ kind: "idle" });
    if (!f) {
      setFile(null);
      return;
    }
    setFile({ name: f.name, bytes: await readFileBytes(f) });
  }, []);

  const preview = useCallback(async () => {
    if (!bundled.ok) {
      const problems = bundled.problems.map((p) => `${p.path}: ${p.message}`);
      setState({ kind: "sourceInvalid", problems: problems.slice(0, MAX_PROBLEMS_SHOWN), count: problems.length });
      return;
    }
    if (source === "file" && !file) {
      setState({ kind: "sourceInvalid", problems: [], count: 0 });
      return;
    }
    const src = loadSource(
      source === "file" && file ? { kind: "file", name: file.name, bytes: file.bytes } : { kind: "bundled" },
      bundled.dataset,
    );
    if (!src.ok) {
      const problems = src.problems.map((p) => `${p.path}: ${p.message}`);
      setState({ kind: "sourceInvalid", problems: problems.slice(0, MAX_PROBLEMS_SHOWN), count: problems.length });
      return;
    }
    setState({ kind: "reading" });
    try {
      const date = (now ? now() : new Date()).toISOString().slice(0, 10);
      const result = await host.run((context) =>
        previewRefresh(officeRefreshPort(context), { dataset: src.dataset, date }),
      );
      if (!result.ok) {
        setState({ kind: "workbookInvalid", problems: result.problems });
        return;
      }
      loaded.current = { source: src, plan: result.plan };
      setState({
        kind: "preview",
        preview: previewOf(result.plan, result.revisions.add.length),
        useDataset: new Set(),
        encoding: src.encoding,
      });
    } catch (error) {
      fail(error);
    }
  }, [bundled, source, file, host, now, fail]);

  const toggleConflict = useCallback((key: string, useDataset: boolean) => {
    setState((s) => {
      if (s.kind !== "preview") return s;
      const next = new Set(s.useDataset);
      if (useDataset) next.add(key);
      else next.delete(key);
      return { ...s, useDataset: next };
    });
  }, []);

  const apply = useCallback(async () => {
    const current = loaded.current;
    if (state.kind !== "preview" || !current) return;
    const choices: Record<string, ConflictChoice> = {};
    for (const key of state.useDataset) choices[key] = "dataset";
    setState({ kind: "running", fraction: 0 });
    try {
      const at = (now ? now() : new Date()).toISOString();
      const result = await host.run((context) => {
        const port = officeRefreshPort(context, {
          onProgress: (p) =>
            setState({
              kind: "running",
              fraction:
                p.step === "read" ? 0.05 : p.step === "finish" ? 1 : 0.1 + (0.85 * p.done) / Math.max(1, p.total),
            }),
        });
        return applyRefresh(port, {
          dataset: current.source.dataset,
          choices,
          history: { at, who: who ? who() : "", source: current.source.label },
          expect: (plan) => samePlan(plan, current.plan),
        });
      });
      if (!result.ok) {
        setState({ kind: "workbookInvalid", problems: result.problems });
        return;
      }
      seen.current = version + 1; // this panel's own change: its "done" stays shown
      changed("refreshed");
      setState({
        kind: "done",
        version: current.source.dataset.datasetVersion,
        preview: previewOf(result.plan, result.revisions.add.length),
      });
    } catch (error) {
      fail(error);
    }
  }, [state, host, now, who, fail, version, changed]);

  const cancel = useCallback(() => setState({ kind: "idle" }), []);

  return {
    state,
    source,
    setSource,
    file,
    chooseFile,
    preview,
    apply,
    cancel,
    toggleConflict,
    bundledVersion: bundled.ok ? bundled.dataset.datasetVersion : "?",
    conflictKey,
  };
}
