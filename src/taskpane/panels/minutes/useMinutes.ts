import { useCallback, useMemo, useRef, useState } from "react";
import { describeOfficeError } from "../../../adapters/office";
import type { CommentRecord, Meeting, Member } from "../../../domain/comments";
import { formatProblems } from "../../../domain/comments";
import {
  buildMinutes,
  formatWarekiDate,
  minutesToCsv,
  minutesToMarkdown,
  type MinutesDocument,
  type StatusSnapshot,
} from "../../../domain/minutes";
import { snapshotsFromCalculated } from "../../../workbook/kpi-snapshots";
import { buildMinutesSheet, minutesSheetName } from "../../../plan/minutes-sheet";
import { useI18n } from "../../../i18n/I18nContext";
import { useExcelHost } from "../../host/HostContext";
import { loadBundledDataset } from "../../bundled-dataset";
import { downloadBlob } from "./download";
import { readMinutesWorkbook, writeMinutesSheet } from "../../../adapters/office/minutes-store";
import type { MinutesFormat, MinutesLoadState, MinutesOutcome, MinutesProps } from "./Minutes.types";

interface Records {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly comments: readonly CommentRecord[];
  readonly statusById: ReadonlyMap<string, StatusSnapshot>;
}

const MIME: Readonly<Record<MinutesFormat, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown;charset=utf-8",
  csv: "text/csv;charset=utf-8",
};

const errorState = (error: unknown) => {
  const info = describeOfficeError(error);
  return { kind: "error" as const, message: { key: info.key, params: { code: info.code } }, details: info.message };
};

/**
 * Reads the workbook when asked (not on mount: the pane should not touch the workbook before the user does), once
 * (records + KPI一覧 as calculated), then exports the chosen meeting as a file (download) or
 * as the printable sheet. Every outcome is state; nothing rejects unhandled.
 */
/** docx is large and only needed when someone exports a .docx: load it then, not with the pane. */
async function packDocxLazily(
  doc: Parameters<typeof import("../../../adapters/docx/minutes-docx").packMinutesDocxBlob>[0],
): Promise<Blob> {
  const { packMinutesDocxBlob } = await import(
    /* webpackChunkName: "minutes-docx" */ "../../../adapters/docx/minutes-docx"
  );
  return packMinutesDocxBlob(doc);
}

export function useMinutes({ loadDataset = loadBundledDataset, download = downloadBlob }: MinutesProps) {
  const host = useExcelHost();
  const { lang } = useI18n();
  const dataset = useMemo(() => loadDataset(), [loadDataset]);
  const [load, setLoad] = useState<MinutesLoadState>({ kind: "idle" });
  const [meeting, setMeeting] = useState<number | null>(null);
  const [format, setFormat] = useState<MinutesFormat>("docx");
  const [outcome, setOutcome] = useState<MinutesOutcome>({ kind: "idle" });
  const records = useRef<Records | null>(null);

  const reload = useCallback(async () => {
    setLoad({ kind: "loading" });
    setOutcome({ kind: "idle" });
    try {
      const wb = await host.run((context) => readMinutesWorkbook(context));
      const book = wb.book;
      const kpi = wb.kpi ? snapshotsFromCalculated(wb.kpi) : { map: new Map<string, StatusSnapshot>(), missing: [] };
      records.current = {
        members: book.members.records.map((r) => r.record),
        meetings: book.meetings.records.map((r) => r.record),
        comments: book.comments.records.map((r) => r.record),
        statusById: kpi.map,
      };
      const meetings = [...records.current.meetings]
        .sort((a, b) => b.number - a.number)
        .map((m) => {
          const d = formatWarekiDate(m.date);
          return { number: m.number, date: d.ok ? d.text : m.date };
        });
      const problems = formatProblems(
        [...book.members.problems, ...book.meetings.problems, ...book.comments.problems],
        lang,
      );
      setLoad({ kind: "loaded", meetings, problems });
      setMeeting((current) =>
        current !== null && meetings.some((m) => m.number === current) ? current : (meetings[0]?.number ?? null),
      );
    } catch (error) {
      setLoad(errorState(error));
    }
  }, [host, lang]);

  const minutes = useCallback((): MinutesDocument | string => {
    const r = records.current;
    if (!dataset.ok) return dataset.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
    if (!r || meeting === null) return "";
    const result = buildMinutes({ dataset: dataset.dataset, meetingNumber: meeting, ...r });
    return result.ok ? result.minutes : lang === "ja" ? result.message : result.messageEn;
  }, [dataset, meeting, lang]);

  const exportFile = useCallback(async () => {
    const doc = minutes();
    if (typeof doc === "string") {
      setOutcome({ kind: "error", message: { key: "minutes.error.build" }, details: doc });
      return;
    }
    setOutcome({ kind: "working" });
    try {
      const blob =
        format === "docx"
          ? await packDocxLazily(doc)
          : new Blob([format === "md" ? minutesToMarkdown(doc) : minutesToCsv(doc)], { type: MIME[format] });
      const fileName = `${minutesSheetName(doc.meetingNumber)}.${format}`;
      setOutcome(
        download(blob, fileName)
          ? { kind: "downloaded", fileName, count: doc.summary.total }
          : { kind: "blocked", sheet: minutesSheetName(doc.meetingNumber) },
      );
    } catch (error) {
      setOutcome({ kind: "error", message: { key: "minutes.error.build" }, details: String(error) });
    }
  }, [minutes, format, download]);

  const toSheet = useCallback(
    async (replace: boolean) => {
      const doc = minutes();
      if (typeof doc === "string") {
        setOutcome({ kind: "error", message: { key: "minutes.error.build" }, details: doc });
        return;
      }
      setOutcome({ kind: "working" });
      const sheet = buildMinutesSheet(doc);
      try {
        const result = await host.run((context) =>
          writeMinutesSheet(context, sheet, {
            replace,
            isSetSupported: (name, version) => host.isSetSupported(name, version),
          }),
        );
        if (result.ok) setOutcome({ kind: "sheetDone", sheet: sheet.name, count: doc.summary.total });
        else if (result.code === "SheetsExist") setOutcome({ kind: "confirmReplace", sheet: sheet.name });
        else if (result.code === "OfficeError")
          setOutcome({
            kind: "error",
            message: { key: result.error.key, params: { code: result.error.code } },
            details: result.error.message,
          });
        else
          setOutcome({
            kind: "error",
            message: { key: "minutes.error.unsupported" },
            details: result.missing.map((m) => `${m.set} ${m.version}`).join(", "),
          });
      } catch (error) {
        setOutcome(errorState(error));
      }
    },
    [minutes, host],
  );

  return {
    load,
    meeting,
    setMeeting,
    format,
    setFormat,
    outcome,
    reload: useCallback(() => void reload(), [reload]),
    exportFile: useCallback(() => void exportFile(), [exportFile]),
    writeSheet: useCallback(() => void toSheet(false), [toSheet]),
    replaceSheet: useCallback(() => void toSheet(true), [toSheet]),
    cancel: useCallback(() => setOutcome({ kind: "idle" }), []),
  };
}
