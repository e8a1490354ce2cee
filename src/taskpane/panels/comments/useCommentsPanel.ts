import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  countByTarget,
  filterComments,
  formatTarget,
  parseTarget,
  sortNewestFirst,
  SYSTEM_IDS,
  type CommentEdit,
  type CommentStatus,
  type Meeting,
  type Member,
} from "../../../domain/comments";
import { useI18n } from "../../../i18n/I18nContext";
import type { Lang } from "../../../lib/lang";
import { officeMessage, type OfficeMessageKey } from "../../../adapters/office";
import { officeCommentsPort } from "../../../adapters/office/comments-port";
import {
  addComment as addCommentTo,
  editComment as editCommentIn,
  listComments,
  saveMeeting as saveMeetingIn,
  saveMember as saveMemberIn,
  setUpCommentSheets,
  type CheckedWrite,
  type SetUpResult,
} from "../../../app/comments";
import { useExcelHost } from "../../host/HostContext";
import { useSelectedIndicator } from "../../host/useSelectedIndicator";
import { useWorkbookState } from "../../host/WorkbookState";
import type {
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

const SAVED = (): Notice => ({ kind: "success", key: "comments.saved" });

/** The message of a set-up the workbook refused (its sheets exist, or this Excel lacks a requirement set). */
function setUpRefusal(result: Exclude<SetUpResult, { ok: true }>, lang: Lang): string {
  if (result.code === "OfficeError") return officeMessage(result.error.key, lang, { code: result.error.code });
  const key: OfficeMessageKey =
    result.code === "SheetsExist" ? "office.result.sheetsExist" : "office.result.unsupported";
  return officeMessage(key, lang, {
    sheets: result.code === "SheetsExist" ? result.sheets.join("、") : "",
    features: result.code === "Unsupported" ? result.missing.map((m) => `${m.set} ${m.version}`).join(", ") : "",
  });
}

/**
 * Everything the comments panel shows and keeps, as state and actions over the comments use cases (app/comments.ts,
 * through the Office port): reads the three tables, follows the selection on 「KPI一覧」, and reloads after each write
 * so what is shown is what the workbook holds (including other people's additions). The checks and writes are the
 * use cases'; this hook keeps the UI state.
 */
export function useCommentsPanel({ storage = defaultStorage(), ids = SYSTEM_IDS }: CommentsPanelProps): CommentsApi {
  const host = useExcelHost();
  const port = useMemo(() => officeCommentsPort(host), [host]);
  const { lang } = useI18n();
  // The workbook's version across panels: a build, refresh or set-up elsewhere moves it, and this panel reads again.
  const { version, changed } = useWorkbookState();
  const [load, setLoad] = useState<LoadState>({ kind: "loading" });
  const [filter, setFilter] = useState<Filter>({ meeting: null, status: null });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  // Follow the selection on 「KPI一覧」 (registered again after a set-up, when the sheet may have appeared).
  const indicator = useSelectedIndicator(host, `${generation}|${version}`);
  const [lastMember, setLastMember] = useState<string | null>(() => storage?.getItem(LAST_MEMBER_KEY) ?? null);
  const [recorder, setRecorder] = useState<string>(() => storage?.getItem(RECORDER_KEY) ?? "");
  const mounted = useRef(true);

  const reload = useCallback(async () => {
    try {
      const listed = await listComments(port);
      if (mounted.current) setLoad(listed.kind === "missing" ? listed : { kind: "ready", book: listed.records });
    } catch (error) {
      if (mounted.current) setLoad({ kind: "error", message: error instanceof Error ? error.message : String(error) });
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

  /** Runs a use case and turns its result into a notice; reloads after a write. True when it was written. */
  const write = useCallback(
    async <T>(run: () => Promise<CheckedWrite<T>>, success: (value: T) => Notice): Promise<boolean> => {
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
        setNotice(success(result.value));
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
      const comment = { ...input, target: target ?? indicator?.id ?? "" };
      return write(
        async () => {
          const result = await addCommentTo(port, book, comment, ids);
          // Remembered once the comment passed the checks (even if Excel then failed to write it).
          if (result.ok || !("problems" in result)) {
            storage?.setItem(LAST_MEMBER_KEY, input.speakerId);
            storage?.setItem(RECORDER_KEY, input.recordedBy.trim());
            setLastMember(input.speakerId);
            setRecorder(input.recordedBy.trim());
          }
          return result;
        },
        (c) => ({
          kind: "success",
          key: "comments.add.done",
          params: { target: formatTarget(c.target), speaker: c.speakerName },
        }),
      );
    },
    [book, target, indicator, ids, storage, write, port],
  );

  const editComment = useCallback(
    async (id: string, edit: CommentEdit): Promise<boolean> =>
      !!book?.comments.some((c) => c.id === id) && write(() => editCommentIn(port, book, id, edit), SAVED),
    [book, write, port],
  );

  const saveMember = useCallback(
    async (member: Member, isNew: boolean): Promise<boolean> =>
      !!book && write(() => saveMemberIn(port, book, member, isNew), SAVED),
    [book, write, port],
  );

  const saveMeeting = useCallback(
    async (meeting: Meeting, isNew: boolean): Promise<boolean> =>
      !!book && write(() => saveMeetingIn(port, book, meeting, isNew), SAVED),
    [book, write, port],
  );

  const setUp = useCallback(async () => {
    setBusy(true);
    try {
      const result = await setUpCommentSheets(port);
      if (!result.ok) {
        setNotice({ kind: "officeError", message: setUpRefusal(result, lang) });
        return;
      }
      // The version moves: this panel reads the tables and follows the selection again, as do the other panels.
      changed("commentSheets");
      setNotice({ kind: "success", key: "comments.setUp.done" });
    } catch (error) {
      setNotice({ kind: "officeError", message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [port, lang, changed]);

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
