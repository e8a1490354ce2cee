import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  applyCommentEdit,
  buildComment,
  countByTarget,
  filterComments,
  formatTarget,
  nextMemberId,
  parseTarget,
  sortNewestFirst,
  SYSTEM_IDS,
  validateMeeting,
  validateMember,
  type CommentEdit,
  type CommentStatus,
  type Meeting,
  type Member,
} from "../../../domain/comments";
import { useI18n } from "../../../i18n/I18nContext";
import {
  addCommentsSheetsPlan,
  COMMENT_COUNT_COLUMNS,
  commentCountFormula,
  openCommentFormula,
  openCommentMarks,
} from "../../../plan/comments-sheets";
import { KPI_SHEET } from "../../../workbook/names";
import { applyWorkbookPlan, officeMessage } from "../../../adapters/office";
import {
  addKpiColumnsOffice,
  appendCommentOffice,
  appendMeetingOffice,
  appendMemberOffice,
  editCommentOffice,
  editMeetingOffice,
  editMemberOffice,
  readCommentBookOffice,
  readKpiRowAt,
  readSelection,
  watchSelection,
  type KpiRowView,
  type OfficeStoreResult,
  type SelectionWatch,
} from "../../../adapters/office/comments-store";
import { useExcelHost } from "../../host/HostContext";
import type {
  Book,
  CommentsApi,
  CommentsPanelProps,
  Filter,
  LoadState,
  NewComment,
  Notice,
  SmallStorage,
} from "./CommentsPanel.types";

export const LAST_MEMBER_KEY = "kpi-review.comments.lastMember";
export const RECORDER_KEY = "kpi-review.comments.recorder";

function defaultStorage(): SmallStorage | undefined {
  try {
    return typeof window !== "undefined" ? window.localStorage : undefined;
  } catch {
    return undefined; // storage disabled (private mode, policy): the pane still works, it just forgets
  }
}

/**
 * Everything the comments panel does, as state and actions: reads the three tables through the host, follows the
 * selection on 「KPI一覧」, validates with the domain before anything is written, and reloads after each write so
 * what is shown is what the workbook holds (including other people's additions).
 */
export function useCommentsPanel({ storage = defaultStorage(), ids = SYSTEM_IDS }: CommentsPanelProps): CommentsApi {
  const host = useExcelHost();
  const { lang } = useI18n();
  const [load, setLoad] = useState<LoadState>({ kind: "loading" });
  const [indicator, setIndicator] = useState<KpiRowView | null>(null);
  const [filter, setFilter] = useState<Filter>({ meeting: null, status: null });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [lastMember, setLastMember] = useState<string | null>(() => storage?.getItem(LAST_MEMBER_KEY) ?? null);
  const [recorder, setRecorder] = useState<string>(() => storage?.getItem(RECORDER_KEY) ?? "");
  const mounted = useRef(true);

  const reload = useCallback(async () => {
    try {
      const read = await host.run((ctx) => readCommentBookOffice(ctx));
      const all = [read.members, read.meetings, read.comments];
      if (all.every((r) => r.problems.some((p) => p.code === "missingTable"))) {
        if (mounted.current) setLoad({ kind: "missing" });
        return;
      }
      const book: Book = {
        members: read.members.records.map((r) => r.record),
        meetings: read.meetings.records.map((r) => r.record),
        comments: read.comments.records.map((r) => r.record),
        warnings: all.flatMap((r) => r.problems),
      };
      if (mounted.current) setLoad({ kind: "ready", book });
    } catch (error) {
      if (mounted.current) setLoad({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }, [host]);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  // Follow the selection on 「KPI一覧」 (registered again after a set-up, when the sheet may have appeared).
  useEffect(() => {
    let cancelled = false;
    let watch: SelectionWatch | null = null;
    const show = async (rowIndex: number): Promise<void> => {
      const view = await host.run((ctx) => readKpiRowAt(ctx, rowIndex));
      if (!cancelled) setIndicator(view);
    };
    void (async () => {
      try {
        const selection = await host.run((ctx) => readSelection(ctx));
        if (selection.sheet === KPI_SHEET) await show(selection.rowIndex);
        watch = await host.run((ctx) => watchSelection(ctx, KPI_SHEET, (row) => void show(row).catch(() => undefined)));
        if (cancelled) await watch.remove();
      } catch {
        // No 「KPI一覧」 in this workbook: nothing to follow; comments are about the strategy as a whole.
      }
    })();
    return () => {
      cancelled = true;
      void watch?.remove().catch(() => undefined);
    };
  }, [host, generation]);

  const book = load.kind === "ready" ? load.book : null;
  const target = useMemo(() => (indicator ? parseTarget(indicator.id) : ({ kind: "strategy" } as const)), [indicator]);

  const visible = useMemo(() => {
    if (!book || !target) return [];
    return sortNewestFirst(
      filterComments(book.comments, {
        target,
        ...(filter.meeting !== null ? { meeting: filter.meeting } : {}),
        ...(filter.status !== null ? { statuses: [filter.status as CommentStatus] } : {}),
      }),
    );
  }, [book, target, filter]);

  const counts = useMemo(() => {
    if (!book || !target) return { total: 0, open: 0 };
    return countByTarget(book.comments).get(formatTarget(target)) ?? { total: 0, open: 0 };
  }, [book, target]);

  /** Runs a store write and turns its result into a notice; true when it was written. */
  const write = useCallback(
    async (run: () => Promise<OfficeStoreResult>, success: Notice): Promise<boolean> => {
      setBusy(true);
      try {
        const result = await run();
        if (!result.ok) {
          setNotice(
            "problems" in result
              ? { kind: "problems", problems: result.problems }
              : { kind: "officeError", message: officeMessage(result.error.key, lang, { code: result.error.code }) },
          );
          return false;
        }
        await reload();
        setNotice(success);
        return true;
      } catch (error) {
        setNotice({ kind: "officeError", message: error instanceof Error ? error.message : String(error) });
        return false;
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [reload, lang],
  );

  const addComment = useCallback(
    async (input: NewComment): Promise<boolean> => {
      if (!book) return false;
      const built = buildComment(
        { ...input, target: target ?? indicator?.id ?? "" },
        { members: book.members, meetings: book.meetings, takenIds: new Set(book.comments.map((c) => c.id)) },
        ids,
      );
      if (!built.ok) {
        setNotice({ kind: "problems", problems: built.problems });
        return false;
      }
      storage?.setItem(LAST_MEMBER_KEY, input.speakerId);
      storage?.setItem(RECORDER_KEY, input.recordedBy.trim());
      setLastMember(input.speakerId);
      setRecorder(input.recordedBy.trim());
      return write(() => host.run((ctx) => appendCommentOffice(ctx, built.value)), {
        kind: "success",
        key: "comments.add.done",
        params: { id: built.value.id },
      });
    },
    [book, target, indicator, ids, storage, write, host],
  );

  const editComment = useCallback(
    async (id: string, edit: CommentEdit): Promise<boolean> => {
      const current = book?.comments.find((c) => c.id === id);
      if (!current) return false;
      const edited = applyCommentEdit(current, edit);
      if (!edited.ok) {
        setNotice({ kind: "problems", problems: edited.problems });
        return false;
      }
      return write(() => host.run((ctx) => editCommentOffice(ctx, edited.value)), {
        kind: "success",
        key: "comments.saved",
      });
    },
    [book, write, host],
  );

  const saveMember = useCallback(
    async (member: Member, isNew: boolean): Promise<boolean> => {
      if (!book) return false;
      const candidate = isNew ? { ...member, id: nextMemberId(book.members) } : member;
      const checked = validateMember(candidate, isNew ? book.members : book.members.filter((m) => m.id !== member.id));
      if (!checked.ok) {
        setNotice({ kind: "problems", problems: checked.problems });
        return false;
      }
      return write(
        () =>
          host.run((ctx) => (isNew ? appendMemberOffice(ctx, checked.value) : editMemberOffice(ctx, checked.value))),
        { kind: "success", key: "comments.saved" },
      );
    },
    [book, write, host],
  );

  const saveMeeting = useCallback(
    async (meeting: Meeting, isNew: boolean): Promise<boolean> => {
      if (!book) return false;
      const others = isNew ? book.meetings : book.meetings.filter((m) => m.number !== meeting.number);
      const checked = validateMeeting(meeting, others, book.members);
      if (!checked.ok) {
        setNotice({ kind: "problems", problems: checked.problems });
        return false;
      }
      return write(
        () =>
          host.run((ctx) => (isNew ? appendMeetingOffice(ctx, checked.value) : editMeetingOffice(ctx, checked.value))),
        { kind: "success", key: "comments.saved" },
      );
    },
    [book, write, host],
  );

  const setUp = useCallback(async () => {
    setBusy(true);
    try {
      const plan = addCommentsSheetsPlan();
      // Only the new sheets: the workbook keeps its own metadata.
      const applied = await host.run((ctx) =>
        applyWorkbookPlan(ctx, plan, {
          writeMetadata: false,
          isSetSupported: (name, version) => host.isSetSupported(name, version),
        }),
      );
      if (!applied.ok) {
        const message =
          applied.code === "OfficeError"
            ? officeMessage(applied.error.key, lang, { code: applied.error.code })
            : officeMessage(applied.key, lang, {
                sheets: "sheets" in applied ? applied.sheets.join("、") : "",
                features: "missing" in applied ? applied.missing.map((m) => `${m.set} ${m.version}`).join(", ") : "",
              });
        setNotice({ kind: "officeError", message });
        return;
      }
      const canFormat = host.isSetSupported("ExcelApi", "1.6");
      await host.run((ctx) =>
        addKpiColumnsOffice(
          ctx,
          COMMENT_COUNT_COLUMNS.map((c) => ({
            header: c.header,
            formula: c.key === "count" ? commentCountFormula : openCommentFormula,
          })),
          canFormat
            ? (layout) =>
                openCommentMarks({
                  idLetter: layout.idLetter,
                  openLetter: layout.letters[COMMENT_COUNT_COLUMNS[1].header] ?? layout.idLetter,
                  firstRow: layout.firstRow,
                  lastRow: layout.lastRow,
                })
            : undefined,
        ),
      );
      await reload();
      setGeneration((g) => g + 1);
      setNotice({ kind: "success", key: "comments.setUp.done" });
    } catch (error) {
      setNotice({ kind: "officeError", message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [host, lang, reload]);

  /** The 再読み込み button: the tables again, and the selection watch again (the KPI sheet may be new). */
  const reloadAll = useCallback(async () => {
    setGeneration((g) => g + 1);
    await reload();
  }, [reload]);

  return {
    load,
    indicator,
    filter,
    setFilter,
    visible,
    counts,
    notice,
    busy,
    lastMember,
    recorder,
    reload: reloadAll,
    setUp,
    addComment,
    editComment,
    saveMember,
    saveMeeting,
  };
}
