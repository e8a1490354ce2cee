import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { officeEvaluationKpiPort } from "../../../adapters/office/evaluation-kpi";
import { officeRecordTablesPort } from "../../../adapters/office/record-tables";
import { closeEvaluationYear, listClosed } from "../../../app/closing";
import {
  listEvaluation,
  saveEvaluationEntry,
  saveSummaryOpinion,
  setUpEvaluationSheets,
} from "../../../app/evaluation";
import { isFailure, readHistory, refused, type EvaluationFailure } from "../../../app/evaluation-reads";
import { reviseTarget } from "../../../app/revisions";
import { normalizeCommitteeGrade, normalizeDirection } from "../../../domain/evaluation/entries";
import { evaluationProblem } from "../../../domain/evaluation/problems";
import { CLOSED_STATES, COMMITTEE_GRADES, EVALUATION_DIRECTIONS } from "../../../domain/evaluation/types";
import type { MessageKey, MessageParams } from "../../../i18n/messages";
import { kpiEvaluationContext } from "../../../workbook/evaluation-rows";
import { EVALUATION_YEAR_NAME, KPI_SHEET, KPI_TABLE } from "../../../workbook/names";
import { loadBundledDataset } from "../../bundled-dataset";
import { useExcelHost } from "../../host/HostContext";
import { useWorkbookState } from "../../host/WorkbookState";
import type { SmallStorage } from "../comments/CommentsPanel.types";
import type {
  EntryDraft,
  EvaluationApi,
  EvaluationPanelProps,
  History,
  LoadState,
  Notice,
  NoticeArea,
  RevisionDraft,
} from "./EvaluationPanel.types";
import { parseRevisionDraft } from "./revision-draft";
import { useSelectedIndicator } from "../../host/useSelectedIndicator";

export const RECORDER_KEY = "kpi-review.evaluation.recorder";

function defaultStorage(): SmallStorage | undefined {
  try {
    return typeof window !== "undefined" ? window.localStorage : undefined;
  } catch {
    return undefined; // storage disabled: the pane still works, it just forgets the name
  }
}

export const defaultNow = (): Date => new Date();

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The entry form's texts as the record's words, or the problems (a choice that is not on the list). */
function entryInput(year: number, indicatorId: string, draft: EntryDraft) {
  const direction = normalizeDirection(draft.direction);
  const committeeGrade = normalizeCommitteeGrade(draft.committeeGrade);
  const problems = [
    ...(direction === null
      ? [
          evaluationProblem("direction", "notInList", {
            field: "direction",
            value: draft.direction,
            allowed: EVALUATION_DIRECTIONS.join("、"),
          }),
        ]
      : []),
    ...(committeeGrade === null
      ? [
          evaluationProblem("committeeGrade", "notInList", {
            field: "committeeGrade",
            value: draft.committeeGrade,
            allowed: COMMITTEE_GRADES.join("、"),
          }),
        ]
      : []),
  ];
  if (direction === null || committeeGrade === null) return refused(problems);
  return {
    year,
    indicatorId,
    analysis: draft.analysis.trim(),
    issues: draft.issues.trim(),
    direction,
    externalFactor: draft.externalFactor.trim(),
    committeeGrade,
    committeeReason: draft.committeeReason.trim(),
  };
}

/**
 * Everything the 評価 panel shows and keeps, over the 効果検証 use cases (app/evaluation.ts, closing.ts,
 * revisions.ts) through the Office port: the 評価年度's tables, the selected indicator and its closed history. Reads
 * again after each write and whenever another panel changed the workbook, so what is shown is what the workbook holds.
 * A refusal leaves the forms as typed (they keep their own state; only a save re-seeds them).
 */
export function useEvaluationPanel({
  storage = defaultStorage(),
  loadDataset = loadBundledDataset,
  now = defaultNow,
}: EvaluationPanelProps): EvaluationApi {
  const host = useExcelHost();
  const port = useMemo(() => ({ ...officeRecordTablesPort(host), ...officeEvaluationKpiPort(host) }), [host]);
  const { version, changed } = useWorkbookState();
  const [load, setLoad] = useState<LoadState>({ kind: "loading" });
  const [history, setHistory] = useState<History | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [recorder, setRecorderState] = useState<string>(() => storage?.getItem(RECORDER_KEY) ?? "");
  const mounted = useRef(true);
  const indicator = useSelectedIndicator(host, `${generation}|${version}`);

  const reload = useCallback(async () => {
    try {
      const read = await port.readEvaluationKpi();
      const context = read.kpi ? kpiEvaluationContext(read.kpi) : null;
      if (!context || read.evaluationYear === null) {
        const problem = !context
          ? evaluationProblem(KPI_TABLE, "missingTable", { table: KPI_TABLE, sheet: KPI_SHEET })
          : evaluationProblem(EVALUATION_YEAR_NAME, "unreadableName", { name: EVALUATION_YEAR_NAME });
        if (mounted.current) setLoad({ kind: "noWorkbook", failure: refused([problem]) });
        return;
      }
      const year = read.evaluationYear;
      const listed = await listEvaluation(port, year);
      if (listed.kind === "missing") {
        if (mounted.current) setLoad({ kind: "missing" });
        return;
      }
      const closedHistory = listed.closed ? await readHistory(port) : null;
      const closedAt =
        closedHistory && !isFailure(closedHistory)
          ? (closedHistory.records.find((r) => r.record.year === year && r.record.state === CLOSED_STATES.current)
              ?.record.closedAt ?? null)
          : null;
      if (mounted.current) {
        setLoad({
          kind: "ready",
          book: {
            year,
            closed: listed.closed,
            entries: listed.entries,
            opinions: listed.opinions,
            warnings: listed.warnings,
            summaryTargets: context.summaryTargets,
            planYears: context.years,
            closedAt,
            departments: [...new Set(context.indicators.map((i) => i.department).filter((d) => d !== ""))],
          },
        });
      }
    } catch (error) {
      if (mounted.current) setLoad({ kind: "error", message: messageOf(error) });
    }
  }, [port]);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload, version]);

  const book = load.kind === "ready" ? load.book : null;
  const id = indicator?.id ?? null;

  // The selected indicator's closed history, read again after each reload of the tables (a close adds to it).
  useEffect(() => {
    if (id === null || !book) {
      setHistory(null);
      return;
    }
    let cancelled = false;
    void listClosed(port, id)
      .then((listed) => {
        if (!cancelled) {
          setHistory(
            listed.ok ? { id, records: listed.records, failure: null } : { id, records: [], failure: listed.failure },
          );
        }
      })
      .catch((error: unknown) => {
        if (!cancelled) setNotice({ kind: "error", area: "entry", message: messageOf(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [port, id, book]);

  const entry = useMemo(() => book?.entries.find((e) => e.indicatorId === id) ?? null, [book, id]);

  const setRecorder = useCallback(
    (name: string) => {
      setRecorderState(name);
      storage?.setItem(RECORDER_KEY, name.trim());
    },
    [storage],
  );

  const stamp = useCallback(() => ({ at: now().toISOString(), by: recorder.trim() }), [now, recorder]);

  /** Runs an action: its failure or Excel's error becomes the area's notice; reloads after a write. */
  const act = useCallback(
    async (
      area: NoticeArea,
      run: () => Promise<{ ok: true; notice: Notice } | { ok: false; failure: EvaluationFailure }>,
    ): Promise<boolean> => {
      setBusy(true);
      try {
        const result = await run();
        if (!result.ok) {
          setNotice({ kind: "failure", area, failure: result.failure });
          return false;
        }
        await reload();
        setNotice(result.notice);
        return true;
      } catch (error) {
        setNotice({ kind: "error", area, message: messageOf(error) });
        return false;
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [reload],
  );

  const saveEntry = useCallback(
    (draft: EntryDraft) =>
      act("entry", async () => {
        if (!book || id === null) return { ok: false, failure: refused([]) };
        const input = entryInput(book.year, id, draft);
        if (isFailure(input)) return { ok: false, failure: input };
        const saved = await saveEvaluationEntry(port, input, stamp());
        return saved.ok
          ? {
              ok: true,
              notice: {
                kind: "success",
                area: "entry",
                key: "evaluation.pane.entry.saved",
                params: { id, year: book.year },
              },
            }
          : saved;
      }),
    [act, book, id, port, stamp],
  );

  const saveOpinion = useCallback(
    (target: string, text: string) =>
      act("summary", async () => {
        if (!book) return { ok: false, failure: refused([]) };
        const saved = await saveSummaryOpinion(port, { year: book.year, target, text: text.trim() }, stamp());
        return saved.ok
          ? {
              ok: true,
              notice: {
                kind: "success",
                area: "summary",
                key: "evaluation.pane.summary.saved",
                params: { target, year: book.year },
              },
            }
          : saved;
      }),
    [act, book, port, stamp],
  );

  const closeYear = useCallback(
    (replace: boolean) =>
      act("close", async () => {
        if (!book) return { ok: false, failure: refused([]) };
        const loaded = loadDataset();
        if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
        const closed = await closeEvaluationYear(port, loaded.dataset, {
          year: book.year,
          replace,
          by: recorder.trim(),
          now: now(),
        });
        if (!closed.ok) return closed;
        const more: { key: MessageKey; params: MessageParams }[] = [];
        if (closed.superseded > 0)
          more.push({ key: "evaluation.pane.close.superseded", params: { count: closed.superseded } });
        if (closed.skipped.length > 0)
          more.push({ key: "evaluation.pane.close.skipped", params: { ids: closed.skipped.join("、") } });
        return {
          ok: true,
          notice: {
            kind: "success",
            area: "close",
            key: "evaluation.pane.close.done",
            params: { year: closed.year, count: closed.records.length },
            more,
          },
        };
      }),
    [act, book, loadDataset, port, recorder, now],
  );

  const revise = useCallback(
    (draft: RevisionDraft) =>
      act("revise", async () => {
        if (id === null) return { ok: false, failure: refused([]) };
        const parsed = parseRevisionDraft(draft);
        if (!parsed.ok) return { ok: false, failure: refused(parsed.problems) };
        const loaded = loadDataset();
        if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
        const revised = await reviseTarget(port, loaded.dataset, { ...parsed.request, indicatorId: id, now: now() });
        if (!revised.ok) return revised;
        const r = revised.revision;
        return {
          ok: true,
          notice: {
            kind: "success",
            area: "revise",
            key: "evaluation.pane.revise.done",
            params: { id: r.indicatorId, value: r.revisedTarget, fromYear: r.fromYear },
          },
        };
      }),
    [act, id, loadDataset, port, now],
  );

  const setUp = useCallback(async () => {
    setBusy(true);
    try {
      const result = await setUpEvaluationSheets(port);
      if (!result.ok) {
        setNotice({ kind: "failure", area: "setUp", failure: result.failure });
        return;
      }
      // The version moves: every panel (this one too) reads the workbook again.
      changed("evaluationSheets");
      setNotice({
        kind: "success",
        area: "setUp",
        key: "evaluation.pane.setUp.done",
        params: { sheets: result.value.map((s) => `「${s}」`).join("") },
      });
    } catch (error) {
      setNotice({ kind: "error", area: "setUp", message: messageOf(error) });
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [port, changed]);

  /** The 再読み込み button: the tables again, and the selection watch again (the KPI sheet may be new). */
  const reloadAll = useCallback(async () => {
    setGeneration((g) => g + 1);
    await reload();
  }, [reload]);

  return {
    load,
    indicator,
    entry,
    history: history && history.id === id ? history : null,
    notice,
    busy,
    recorder,
    setRecorder,
    reload: reloadAll,
    reread: reload,
    stamp,
    setUp,
    saveEntry,
    saveOpinion,
    closeYear,
    revise,
  };
}
