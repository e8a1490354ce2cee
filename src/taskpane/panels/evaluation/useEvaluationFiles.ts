import { useCallback, useMemo, useState } from "react";
import { officeCommentsPort } from "../../../adapters/office/comments-port";
import { officeEvaluationKpiPort } from "../../../adapters/office/evaluation-kpi";
import { officeRecordTablesPort } from "../../../adapters/office/record-tables";
import type { Stamp } from "../../../app/evaluation";
import type { ValidationResult } from "../../../domain/dataset/validate";
import type { ReportFormat } from "../../../app/report";
import { datacallNoticeLines } from "../../../app/datacall-lines";
import { yearLabel } from "../../../i18n/dates";
import { useI18n } from "../../../i18n/I18nContext";
import { useExcelHost } from "../../host/HostContext";
import { downloadBlob, type DownloadFile } from "../minutes/download";
import { linesOf } from "./evaluation-outcome";
import type { FilesState } from "./files-outcome";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A chosen file's bytes (FileReader where a host's File lacks arrayBuffer, as older webviews' do). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// The report and the data call carry docx / exceljs: fetched on the first press, never with the panel.
const reportModule = () => import(/* webpackChunkName: "evaluation-report" */ "../../../app/report");
const datacallModule = () => import(/* webpackChunkName: "evaluation-datacall" */ "../../../app/datacall");

export interface FilesOptions {
  readonly year: number;
  readonly loadDataset: () => ValidationResult;
  readonly download?: DownloadFile;
  readonly stamp: () => Stamp;
  readonly now: () => Date;
  /** After an import wrote to the workbook: the panel reads it again. */
  readonly written: () => Promise<void>;
}

/**
 * The 効果検証報告書 and the 担当課への実績照会 from the pane, over their use cases (app/report.ts, app/datacall.ts):
 * a file made and downloaded, and an answered file compared first (nothing written) and imported only when asked,
 * with the conflicting indicators whose answer to take chosen one by one.
 */
export function useEvaluationFiles({ year, loadDataset, download = downloadBlob, stamp, now, written }: FilesOptions) {
  const host = useExcelHost();
  const { t, lang } = useI18n();
  const port = useMemo(
    () => ({
      ...officeRecordTablesPort(host),
      ...officeEvaluationKpiPort(host),
      readBook: officeCommentsPort(host).readBook,
    }),
    [host],
  );
  const [state, setState] = useState<FilesState>({ kind: "idle" });

  const save = useCallback(
    (data: Blob, fileName: string, text: string, notes: readonly string[] = []) =>
      setState(download(data, fileName) ? { kind: "done", text, notes } : { kind: "blocked" }),
    [download],
  );

  const run = useCallback(async (work: () => Promise<void>) => {
    setState({ kind: "working" });
    try {
      await work();
    } catch (error) {
      setState({ kind: "error", message: messageOf(error) });
    }
  }, []);

  const makeReport = useCallback(
    (format: ReportFormat) =>
      run(async () => {
        const loaded = loadDataset();
        if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
        const { exportReport } = await reportModule();
        const made = await exportReport(port, loaded.dataset, { year, format, lang });
        if (!made.ok) return setState({ kind: "failed", lines: made.lines });
        const { data, type, fileName } = made.file;
        save(new Blob([data], { type }), fileName, t("evaluation.pane.files.reportDone", { fileName }), made.warnings);
      }),
    [run, loadDataset, port, year, lang, save, t],
  );

  const exportFile = useCallback(
    (department: string) =>
      run(async () => {
        const { exportDatacall } = await datacallModule();
        const made = await exportDatacall(port, department, now());
        if (!made.ok) return setState({ kind: "failed", lines: linesOf(made.failure, lang) });
        const { fileName, bytes, ids } = made.value;
        save(
          new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }),
          fileName,
          t("evaluation.pane.files.exported", {
            department,
            fileName,
            year: yearLabel(lang, made.value.year),
            count: ids.length,
          }),
        );
      }),
    [run, port, now, lang, save, t],
  );

  /** Compares an answered file with the workbook: its differences, nothing written. */
  const preview = useCallback(
    (file: File) =>
      run(async () => {
        const bytes = await bytesOf(file);
        const { importDatacall } = await datacallModule();
        const compared = await importDatacall(port, bytes, {
          choices: { useFile: [], keepWorkbook: false },
          dryRun: true,
          stamp: stamp(),
        });
        if (!compared.ok) return setState({ kind: "failed", lines: linesOf(compared.failure, lang) });
        const plan = compared.value.import;
        setState({
          kind: "preview",
          bytes,
          plan,
          notes: datacallNoticeLines(plan, compared.value.notes, lang),
          useFile: new Set(),
        });
      }),
    [run, port, stamp, lang],
  );

  const choose = useCallback(
    (id: string, useFile: boolean) =>
      setState((s) => {
        if (s.kind !== "preview") return s;
        const next = new Set(s.useFile);
        if (useFile) next.add(id);
        else next.delete(id);
        return { ...s, useFile: next };
      }),
    [],
  );

  const apply = useCallback(() => {
    const current = state;
    if (current.kind !== "preview") return Promise.resolve();
    return run(async () => {
      const { importDatacall } = await datacallModule();
      const imported = await importDatacall(port, current.bytes, {
        // The conflicts not checked keep the workbook's value.
        choices: { useFile: [...current.useFile], keepWorkbook: true },
        dryRun: false,
        stamp: stamp(),
      });
      if (!imported.ok) return setState({ kind: "failed", lines: linesOf(imported.failure, lang) });
      const plan = imported.value.import;
      await written();
      setState({
        kind: "done",
        text: t("evaluation.pane.files.imported", {
          department: plan.department,
          actuals: plan.actuals.length,
          entries: plan.entries.length,
        }),
        notes: datacallNoticeLines(plan, imported.value.notes, lang),
      });
    });
  }, [state, run, port, stamp, lang, written, t]);

  const cancel = useCallback(() => setState({ kind: "idle" }), []);

  return { state, makeReport, exportFile, preview, choose, apply, cancel };
}
