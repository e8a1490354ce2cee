import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { describeOfficeError } from "../../../adapters/office";
import { officeMinutesPort } from "../../../adapters/office/minutes-store";
import {
  loadMinutes,
  meetingMinutes,
  renderMinutesFile,
  writeMinutesSheet,
  type MinutesSource,
} from "../../../app/minutes";
import { formatWarekiDate, type MinutesDocument } from "../../../domain/minutes";
import { minutesSheetName } from "../../../plan/minutes-sheet";
import { useI18n } from "../../../i18n/I18nContext";
import { useExcelHost } from "../../host/HostContext";
import { useWorkbookState } from "../../host/WorkbookState";
import { loadBundledDataset } from "../../bundled-dataset";
import { downloadBlob } from "./download";
import type { MinutesFormat, MinutesLoadState, MinutesOutcome, MinutesProps } from "./Minutes.types";

const errorState = (error: unknown) => {
  const info = describeOfficeError(error);
  return { kind: "error" as const, message: { key: info.key, params: { code: info.code } }, details: info.message };
};

/**
 * Reads the workbook when asked (not on mount: the pane should not touch the workbook before the user does), once
 * (records + KPI一覧 as calculated), then exports the chosen meeting as a file (download) or as the printable sheet,
 * all through the minutes use case (src/app/minutes.ts). Every outcome is state; nothing rejects unhandled.
 */
export function useMinutes({ loadDataset = loadBundledDataset, download = downloadBlob }: MinutesProps) {
  const host = useExcelHost();
  const { version } = useWorkbookState();
  const { lang } = useI18n();
  const dataset = useMemo(() => loadDataset(), [loadDataset]);
  const port = useMemo(() => officeMinutesPort(host), [host]);
  const [load, setLoad] = useState<MinutesLoadState>({ kind: "idle" });
  const [meeting, setMeeting] = useState<number | null>(null);
  const [format, setFormat] = useState<MinutesFormat>("docx");
  const [outcome, setOutcome] = useState<MinutesOutcome>({ kind: "idle" });
  const source = useRef<MinutesSource | null>(null);

  const reload = useCallback(async () => {
    setLoad({ kind: "loading" });
    setOutcome({ kind: "idle" });
    try {
      // An invalid dataset still lists the meetings; building a meeting's minutes says what is wrong with it.
      const read = await loadMinutes(port, dataset.ok ? dataset.dataset : null, { lang });
      source.current = read;
      const meetings = [...read.meetings]
        .sort((a, b) => b.number - a.number)
        .map((m) => {
          const d = formatWarekiDate(m.date);
          return { number: m.number, date: d.ok ? d.text : m.date };
        });
      setLoad({ kind: "loaded", meetings, problems: read.problems });
      setMeeting((current) =>
        current !== null && meetings.some((m) => m.number === current) ? current : (meetings[0]?.number ?? null),
      );
    } catch (error) {
      setLoad(errorState(error));
    }
  }, [port, dataset, lang]);

  // Read again once the workbook changed elsewhere (a build, a refresh, a set-up), if it was read already: the
  // meetings listed must be the workbook's. Never read before the user asked.
  const seen = useRef(version);
  const wasRead = load.kind !== "idle";
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    if (wasRead) void reload();
  }, [version, wasRead, reload]);

  const minutes = useCallback((): MinutesDocument | string => {
    const read = source.current;
    if (!dataset.ok) return dataset.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
    if (!read || meeting === null) return "";
    const result = meetingMinutes(read, dataset.dataset, meeting);
    return result.ok ? result.minutes : lang === "ja" ? result.message : result.messageEn;
  }, [dataset, meeting, lang]);

  /** The chosen meeting's minutes with the panel at "working", or null with the reason shown. */
  const begin = useCallback((): MinutesDocument | null => {
    const doc = minutes();
    if (typeof doc === "string") {
      setOutcome({ kind: "error", message: { key: "minutes.error.build" }, details: doc });
      return null;
    }
    setOutcome({ kind: "working" });
    return doc;
  }, [minutes]);

  const exportFile = useCallback(async () => {
    const doc = begin();
    if (!doc) return;
    try {
      const file = await renderMinutesFile(doc, format);
      const blob = new Blob([file.data], { type: file.type });
      setOutcome(
        download(blob, file.fileName)
          ? { kind: "downloaded", fileName: file.fileName, count: doc.summary.total }
          : { kind: "blocked", sheet: minutesSheetName(doc.meetingNumber) },
      );
    } catch (error) {
      setOutcome({ kind: "error", message: { key: "minutes.error.build" }, details: String(error) });
    }
  }, [begin, format, download]);

  const toSheet = useCallback(
    async (replace: boolean) => {
      const doc = begin();
      if (!doc) return;
      try {
        const { sheet, result } = await writeMinutesSheet(port, doc, { replace });
        if (result.ok) setOutcome({ kind: "sheetDone", sheet, count: doc.summary.total });
        else if (result.code === "SheetsExist") setOutcome({ kind: "confirmReplace", sheet });
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
    [begin, port],
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
