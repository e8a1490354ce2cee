/**
 * Minutes (会議録): read the committee's record and each indicator's status through a MinutesPort, build one meeting's
 * minutes (domain/minutes) and render them as .docx, Markdown, CSV or the printable sheet. The pane's 会議録 panel
 * (Office: the open workbook) and the CLI's `minutes` verb (xlsx: a file) both call this.
 */
import { formatProblems, type CommentProblem, type CommentRecord, type Meeting, type Member } from "../domain/comments";
import type { Dataset } from "../domain/dataset/schema";
import {
  buildMinutes,
  minutesToCsv,
  minutesToMarkdown,
  type MinutesDocument,
  type MinutesResult,
  type StatusSnapshot,
} from "../domain/minutes";
import type { StatusSettings } from "../domain/status";
import { translate } from "../i18n/messages";
import type { Lang } from "../lib/lang";
import { kpiStatuses, type KpiStatusInput, type KpiStatusOptions } from "../workbook/kpi-snapshots";
import { buildMinutesSheet, minutesSheetName } from "../plan/minutes-sheet";
import type { SheetPlan } from "../plan/types";
import type { PlanApplyResult } from "./create-workbook";

/** What a backend reads for the minutes: the committee's record and 「KPI一覧」 (see KpiStatusInput). */
export interface MinutesRecords extends KpiStatusInput {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly comments: readonly CommentRecord[];
  /** Rows of 委員名簿/会議/委員意見 that could not be read (or a missing table). */
  readonly problems: readonly CommentProblem[];
}

/** What the minutes need of a backend. */
export interface MinutesPort {
  readMinutesRecords(): Promise<MinutesRecords>;
  /** Adds the printable sheet; refuses (SheetsExist) when it exists unless `replace`. Leaves the metadata alone. */
  writeMinutesSheet(sheet: SheetPlan, options: { readonly replace: boolean }): Promise<PlanApplyResult>;
}

/** The records as the minutes use them, read once and reused for every meeting. */
export interface MinutesSource {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly comments: readonly CommentRecord[];
  readonly statusById: ReadonlyMap<string, StatusSnapshot>;
  /** The settings the twin evaluated with; null when the workbook's calculated values were used. */
  readonly settings: StatusSettings | null;
  /** Lines in the caller's language: rows that could not be read, settings that fell back to defaults. */
  readonly problems: readonly string[];
  /** Rows whose id another row of the same table has (both named): no minutes can be made until they are fixed. */
  readonly duplicateRows: readonly CommentProblem[];
}

/** The strategy's structure and order, and its plan period (where 「KPI一覧」's year columns are). */
export type MinutesDataset = Pick<Dataset, "basicGoals" | "subGoals" | "measures" | "indicators" | "plan">;

export type LoadMinutesOptions = KpiStatusOptions;

/**
 * Reads the records once; the statuses as the backend can give them (see KpiStatusInput.kpiValues). Without a valid
 * dataset (null) the records are still read, so the meetings can be listed, but no status is worked out.
 */
export async function loadMinutes(
  port: MinutesPort,
  dataset: MinutesDataset | null,
  options: LoadMinutesOptions,
): Promise<MinutesSource> {
  const records = await port.readMinutesRecords();
  const statuses = dataset
    ? kpiStatuses(records, dataset, options)
    : { statusById: new Map(), settings: null, problems: [] };
  return {
    members: records.members,
    meetings: records.meetings,
    comments: records.comments,
    statusById: statuses.statusById,
    settings: statuses.settings,
    problems: [...formatProblems(records.problems, options.lang), ...statuses.problems],
    duplicateRows: records.problems.filter((p) => p.code === "duplicateId" && typeof p.params.first === "string"),
  };
}

/** Two rows with one id: the minutes would have to pick one silently (a meeting, a member's name, a comment). */
function duplicateRowsFailure(duplicates: readonly CommentProblem[]): Extract<MinutesResult, { ok: false }> | null {
  const d = duplicates[0];
  if (!d) return null;
  const text = (lang: Lang): string => {
    const more =
      duplicates.length > 1 ? translate(lang, "minutes.duplicateRowsMore", { count: duplicates.length - 1 }) : "";
    return translate(lang, "minutes.duplicateRows", { ...d.params, second: d.path, more });
  };
  return { ok: false, code: "DuplicateRows", message: text("ja"), messageEn: text("en"), meetings: [] };
}

/** One meeting's minutes from the records read (UnknownMeeting when the workbook has no such meeting). */
export function meetingMinutes(source: MinutesSource, dataset: MinutesDataset, meetingNumber: number): MinutesResult {
  const duplicates = duplicateRowsFailure(source.duplicateRows);
  if (duplicates) return duplicates;
  return buildMinutes({
    dataset,
    meetingNumber,
    members: source.members,
    meetings: source.meetings,
    comments: source.comments,
    statusById: source.statusById,
  });
}

export const MINUTES_FORMATS = ["docx", "md", "csv"] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

const MIME: Readonly<Record<MinutesFormat, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown;charset=utf-8",
  csv: "text/csv;charset=utf-8",
};

export interface MinutesFile {
  /** 「会議録_第3回.docx」 */
  readonly fileName: string;
  /** The MIME type, for a download. */
  readonly type: string;
  /** UTF-8 text (Markdown, CSV with its BOM) or the .docx bytes. */
  readonly data: string | Uint8Array<ArrayBuffer>;
}

/** The minutes as a file. docx is large and only needed for a .docx: it is loaded then, not with the pane. */
export async function renderMinutesFile(doc: MinutesDocument, format: MinutesFormat): Promise<MinutesFile> {
  const fileName = `${minutesSheetName(doc.meetingNumber)}.${format}`;
  if (format !== "docx") {
    return { fileName, type: MIME[format], data: format === "md" ? minutesToMarkdown(doc) : minutesToCsv(doc) };
  }
  const { packMinutesDocx } = await import(/* webpackChunkName: "minutes-docx" */ "../adapters/docx/minutes-docx");
  return { fileName, type: MIME.docx, data: await packMinutesDocx(doc) };
}

/** The printable 「会議録_第N回」 sheet, written through the port. */
export async function writeMinutesSheet(
  port: MinutesPort,
  doc: MinutesDocument,
  options: { readonly replace: boolean },
): Promise<{ readonly sheet: string; readonly result: PlanApplyResult }> {
  const sheet = buildMinutesSheet(doc);
  return { sheet: sheet.name, result: await port.writeMinutesSheet(sheet, options) };
}

export type ExportMinutesResult =
  | { readonly ok: true; readonly source: MinutesSource; readonly minutes: MinutesDocument; readonly file: MinutesFile }
  | { readonly ok: false; readonly source: MinutesSource; readonly failure: Extract<MinutesResult, { ok: false }> };

/** Read, build and render in one go (the CLI's whole job; the pane reads once and exports meeting by meeting). */
export async function exportMinutes(
  port: MinutesPort,
  dataset: MinutesDataset,
  options: LoadMinutesOptions & { readonly meetingNumber: number; readonly format: MinutesFormat },
): Promise<ExportMinutesResult> {
  const source = await loadMinutes(port, dataset, options);
  const result = meetingMinutes(source, dataset, options.meetingNumber);
  if (!result.ok) return { ok: false, source, failure: result };
  return { ok: true, source, minutes: result.minutes, file: await renderMinutesFile(result.minutes, options.format) };
}
