/**
 * WorkbookPlan → the open workbook through Office.js. Generic over the plan, like the exceljs renderer.
 *
 * Round trips: one sync reads what exists (sheets, names, tables); everything else is queued as 2-D arrays and
 * bulk formats and sent in one more sync, plus one extra sync each time the next block would push a request
 * over the size budget (Excel on the web rejects requests over 5 MB; the default budget stays under 4 MB), and one
 * for the print settings. When Excel refuses part of it, the build is finished over what was written, the optional
 * features one request each (a refused one is left out and reported); a build stopped anyway is finished by the next
 * run (BUILD_MARKER_SHEET). Errors come back as data (ApplyResult), never as a half-explained throw.
 */
import type { SheetPlan, WorkbookPlan } from "../../plan/types";
import { columnLetter, quoteSheet } from "../../lib/a1";
import { METADATA_SHEET } from "../../workbook/metadata";
import { queueMetadataWrite } from "./metadata-sheet";
import { cellBlocks, styleRects } from "./cell-blocks";
import { describeOfficeError, type OfficeErrorInfo, type OfficeMessageKey } from "./errors";
import { ACTION_BYTES, styleJobs } from "./formats";
import { checkRequirements, type Feature, type FeatureRequirement, type IsSetSupported } from "./requirements";
import { pageLayoutJobs, sheetCoreJobs, sheetOptionalJobs, tableJobs, type OptionalJob } from "./sheet-jobs";

export interface ApplyProgress {
  readonly step: "read" | "cells" | "formats" | "finish";
  readonly done: number;
  readonly total: number;
}

export interface ApplyOptions {
  readonly onProgress?: (p: ApplyProgress) => void;
  /** Budget for one request's estimated payload; default 3.8 MB (a margin under 4 MB for the estimate's error). */
  readonly maxRequestBytes?: number;
  /** Replace sheets, names and tables of the same names (their contents are lost). Default: refuse. */
  readonly replace?: boolean;
  /** Write the plan's metadata into the document properties (default true; false for a sheet added to a workbook). */
  readonly writeMetadata?: boolean;
  /** Injectable requirement check (tests); default Office's own. */
  readonly isSetSupported?: IsSetSupported;
  /**
   * Leave the user on the sheet they were on (sheets added to an open workbook: the committee's or the evaluation's
   * sheets); by default the first planned sheet is shown, as a newly built workbook should open there. Costs no sync:
   * the active sheet's name is read with the existing sheets and activated again by name in the last write (the
   * sheet itself may be one the plan replaces).
   */
  readonly keepActiveSheet?: boolean;
}

export type ApplyResult =
  | {
      readonly ok: true;
      readonly syncs: number;
      readonly sheets: readonly string[];
      /** Optional features left out because this Excel lacks their requirement set. */
      readonly skipped: readonly Feature[];
      /** The renderer's own estimate of each request's payload, in bytes (what it splits by). */
      readonly requestBytes: readonly number[];
    }
  | {
      readonly ok: false;
      readonly code: "SheetsExist";
      readonly key: OfficeMessageKey;
      readonly sheets: readonly string[];
      readonly names: readonly string[];
      readonly tables: readonly string[];
      readonly syncs: number;
    }
  | {
      readonly ok: false;
      readonly code: "Unsupported";
      readonly key: OfficeMessageKey;
      readonly missing: readonly FeatureRequirement[];
      readonly syncs: number;
    }
  | { readonly ok: false; readonly code: "OfficeError"; readonly error: OfficeErrorInfo; readonly syncs: number };

export const DEFAULT_MAX_REQUEST_BYTES = 3_800_000;

/** Counts syncs and the estimated payload queued since the last one; syncs early when a block would not fit. */
class Batch {
  syncs = 0;
  pending = 0;
  readonly sent: number[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
    private readonly suspendCalculation: boolean,
  ) {}

  /** Calculation stays suspended only until the next sync, so it is asked for again at the start of each batch. */
  startWrites(): void {
    if (this.suspendCalculation) {
      this.context.workbook.application.suspendApiCalculationUntilNextSync();
      this.pending += ACTION_BYTES;
    }
  }

  add(bytes: number): void {
    this.pending += bytes;
  }

  async room(bytes: number): Promise<void> {
    if (this.pending > ACTION_BYTES && this.pending + bytes > this.budget) {
      await this.sync();
      this.startWrites();
    }
  }

  async sync(): Promise<void> {
    this.syncs++;
    if (this.pending > 0) this.sent.push(this.pending);
    this.pending = 0;
    await this.context.sync();
  }
}

/**
 * A hidden sheet that exists only while a build is under way. Office.js batches are not transactions: when Excel
 * refuses an action, what ran before it stays (the "batch" in learn.microsoft.com's "Excel JavaScript object model"
 * is applied in order until the error). The marker is added right after the planned sheets and deleted by the
 * build's last write, so a workbook that holds it was left half-built by this add-in, and its planned sheets, names
 * and tables are the build's own: the next run replaces them without asking (no SheetsExist) and finishes the build.
 */
export const BUILD_MARKER_SHEET = "~kpi-build";

interface Existing {
  readonly sheets: Set<string>;
  /** The active sheet's name, when asked for. */
  readonly active?: string;
  readonly names: Set<string>;
  /** table name → its sheet */
  readonly tables: Map<string, string>;
}

async function readExisting(context: Excel.RequestContext, batch: Batch, withActive: boolean): Promise<Existing> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  // WorksheetCollection.getActiveWorksheet, ExcelApi 1.1, in the same read.
  const active = withActive ? context.workbook.worksheets.getActiveWorksheet().load("name") : undefined;
  await batch.sync();
  return {
    sheets: new Set(sheets.items.map((s) => s.name)),
    names: new Set(names.items.map((n) => n.name)),
    tables: new Map(tables.items.map((t) => [t.name, t.worksheet.name])),
    ...(active ? { active: active.name } : {}),
  };
}

/** Moves conflicting things out of the way; sheets are renamed now and deleted after the new ones exist. */
function queueReplacement(context: Excel.RequestContext, conflicts: Existing, batch: Batch): Excel.Worksheet[] {
  const wb = context.workbook;
  const old: Excel.Worksheet[] = [];
  [...conflicts.sheets].forEach((name, i) => {
    const sheet = wb.worksheets.getItem(name);
    sheet.name = `~kpi-old-${i + 1}`;
    old.push(sheet);
  });
  for (const name of conflicts.names) wb.names.getItem(name).delete();
  for (const [table, sheet] of conflicts.tables) {
    // A table of the same name on a sheet that stays keeps its data as a plain range.
    if (!conflicts.sheets.has(sheet)) wb.tables.getItem(table).convertToRange();
  }
  batch.add(ACTION_BYTES * (2 * old.length + conflicts.names.size + conflicts.tables.size));
  return old;
}

/**
 * How the optional features travel: "together" in the main requests (the normal build, fewest round trips), or
 * "apart", one request each after the rest is written (finishing a build Excel refused part of).
 */
type OptionalMode = "together" | "apart";

interface Attempt {
  readonly plan: WorkbookPlan;
  readonly options: ApplyOptions;
  readonly supported: ReadonlySet<Feature>;
  readonly missing: readonly Feature[];
  readonly batch: Batch;
  readonly budget: number;
  readonly progress: (p: ApplyProgress) => void;
  /** Called when the first write is queued: from then on a failure may leave a half-built workbook. */
  readonly writing: () => void;
  /** keepActiveSheet: the sheet the user was on before the first attempt (a retry may find its neighbour active). */
  active?: string;
}

/** Writes every sheet of `plan` into the workbook of `context`. */
export async function applyWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const report = checkRequirements(options.isSetSupported);
  if (!report.canBuild)
    return { ok: false, code: "Unsupported", key: "office.result.unsupported", missing: report.missing, syncs: 0 };
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const supported = new Set(report.supported);
  const batch = new Batch(context, budget, supported.has("suspendCalculation"));
  let wrote = false;
  const attempt: Attempt = {
    plan,
    options,
    supported,
    missing: report.missing.map((m) => m.feature),
    batch,
    budget,
    progress: options.onProgress ?? (() => undefined),
    writing: () => (wrote = true),
  };
  const failed = (error: unknown): ApplyResult => ({
    ok: false,
    code: "OfficeError",
    error: describeOfficeError(error),
    syncs: batch.syncs,
  });
  let first: unknown;
  try {
    return await build(context, attempt, "together");
  } catch (error) {
    // Nothing written, or Excel busy (cell-edit mode: the caller retries, and the marker lets that run finish).
    if (!wrote || describeOfficeError(error).retryable) return failed(error);
    first = error;
  }
  try {
    // Excel refused something part-way: build again over what was left (the marker says it is ours), each optional
    // feature in a request of its own, so a refused chart, rule or validation is left out and reported.
    const again = await build(context, attempt, "apart");
    // Refused before the marker was added (a sheet Excel would not add): say what Excel said, not "sheets exist".
    return !again.ok && again.code === "SheetsExist" ? failed(first) : again;
  } catch (error) {
    return failed(error);
  }
}

async function build(context: Excel.RequestContext, a: Attempt, mode: OptionalMode): Promise<ApplyResult> {
  const { plan, options, supported, batch, progress } = a;
  progress({ step: "read", done: 0, total: 1 });
  const existing = await readExisting(context, batch, options.keepActiveSheet === true);
  a.active ??= existing.active;
  const resuming = existing.sheets.has(BUILD_MARKER_SHEET);
  const conflicts: Existing = {
    sheets: new Set(plan.sheets.map((s) => s.name).filter((n) => existing.sheets.has(n))),
    names: new Set(plan.names.map((n) => n.name).filter((n) => existing.names.has(n))),
    tables: new Map(
      plan.sheets
        .flatMap((s) => s.tables.map((t) => t.name))
        .flatMap((t) => {
          const on = existing.tables.get(t);
          return on === undefined ? [] : [[t, on] as [string, string]];
        }),
    ),
  };
  const conflicting = conflicts.sheets.size + conflicts.names.size + conflicts.tables.size > 0;
  if (conflicting && !options.replace && !resuming) {
    return {
      ok: false,
      code: "SheetsExist",
      key: "office.result.sheetsExist",
      sheets: [...conflicts.sheets],
      names: [...conflicts.names],
      tables: [...conflicts.tables.keys()],
      syncs: batch.syncs,
    };
  }
  // A half-built workbook's own marker goes with its sheets; a new one is added below.
  if (resuming) conflicts.sheets.add(BUILD_MARKER_SHEET);
  progress({ step: "read", done: 1, total: 1 });

  a.writing();
  batch.startWrites();
  const old = conflicting || resuming ? queueReplacement(context, conflicts, batch) : [];
  const sheets = plan.sheets.map((p) => context.workbook.worksheets.add(p.name));
  // Right after the planned sheets: when the marker exists, every one of them was added by this build.
  const marker = context.workbook.worksheets.add(BUILD_MARKER_SHEET);
  marker.visibility = "Hidden";
  // The defined names right after their sheets, before any formula that reads them.
  for (const n of plan.names) {
    context.workbook.names.add(n.name, `=${quoteSheet(n.sheet)}!${n.address}`, n.comment);
  }
  for (const sheet of old) sheet.delete();
  batch.add(ACTION_BYTES * (sheets.length + old.length + 2 + plan.names.length));

  // The tables before any value: formulas may name them (a sheet's formulas can read a table on a later sheet).
  for (let s = 0; s < plan.sheets.length; s++) {
    for (const job of tableJobs(sheets[s] as Excel.Worksheet, plan.sheets[s] as SheetPlan)) {
      await batch.room(job.actions * ACTION_BYTES);
      job.queue();
      batch.add(job.actions * ACTION_BYTES);
    }
  }

  // Values (number formats before values, so "@" cells take text literally), then formats.
  // Small blocks waste little of a request when the next one does not fit.
  const blockTarget = Math.max(10_000, Math.floor(a.budget / 16));
  const blocks = plan.sheets.map((p) => cellBlocks(p, blockTarget));
  const totalBlocks = blocks.reduce((n, b) => n + b.length, 0);
  let doneBlocks = 0;
  for (let s = 0; s < plan.sheets.length; s++) {
    const sheet = sheets[s] as Excel.Worksheet;
    for (const block of blocks[s] ?? []) {
      await batch.room(block.estimatedBytes + 2 * ACTION_BYTES);
      const range = sheet.getRange(`A${block.top}:${columnLetter(block.columns)}${block.top + block.rows - 1}`);
      if (block.hasNumberFormat) range.numberFormat = block.numberFormat as string[][];
      range.formulas = block.formulas as (string | number | boolean)[][];
      batch.add(block.estimatedBytes + 2 * ACTION_BYTES);
      progress({ step: "cells", done: ++doneBlocks, total: totalBlocks });
    }
  }

  const optional: OptionalJob[] = [];
  for (let s = 0; s < plan.sheets.length; s++) {
    const sheet = sheets[s] as Excel.Worksheet;
    const sp = plan.sheets[s] as SheetPlan;
    const extras = sheetOptionalJobs(sheet, sp, supported);
    const jobs = [
      ...styleJobs(sheet, styleRects(sp), supported.has("rangeAreas")),
      ...sheetCoreJobs(sheet, sp),
      ...(mode === "together" ? extras : []),
    ];
    if (mode === "apart") optional.push(...extras);
    for (const job of jobs) {
      await batch.room(job.actions * ACTION_BYTES);
      job.queue();
      batch.add(job.actions * ACTION_BYTES);
    }
    progress({ step: "formats", done: s + 1, total: plan.sheets.length });
  }

  // Show the first planned sheet (else a fresh workbook stays on its empty Sheet1), or the user's sheet again (by
  // name: deleting a replaced sheet that was active shows its neighbour).
  if (a.active !== undefined) context.workbook.worksheets.getItem(a.active).activate();
  else sheets[0]?.activate();
  if (options.writeMetadata !== false) {
    // Both copies (src/workbook/metadata.ts): the description needs ExcelApi 1.7, the very hidden sheet does not.
    const sheetExists = existing.sheets.has(METADATA_SHEET);
    const properties = supported.has("metadata");
    batch.add(ACTION_BYTES * queueMetadataWrite(context.workbook, plan.metadata, { sheetExists, properties }));
  }
  // The build's last write: everything before it ran.
  marker.delete();
  batch.add(2 * ACTION_BYTES);
  await batch.sync();

  const skipped: Feature[] = [...a.missing];
  const leaveOut = (feature: Feature) => {
    if (!skipped.includes(feature)) skipped.push(feature);
  };
  for (const job of optional) {
    batch.startWrites();
    job.queue();
    batch.add(job.actions * ACTION_BYTES);
    await batch.sync().catch(() => leaveOut(job.feature));
  }

  const pageJobs = plan.sheets.flatMap((sp, s) => pageLayoutJobs(sheets[s] as Excel.Worksheet, sp, supported));
  if (pageJobs.length > 0) {
    batch.startWrites();
    for (const job of pageJobs) job();
    batch.add(pageJobs.length * ACTION_BYTES);
    try {
      await batch.sync();
    } catch {
      // Excel kept the settings before the refused one; set each again in a request of its own (setting a print
      // option twice changes nothing), so the refusal costs only that setting.
      for (const job of pageJobs) {
        batch.startWrites();
        job();
        batch.add(ACTION_BYTES);
        await batch.sync().catch(() => leaveOut("pageLayout"));
      }
    }
  }
  progress({ step: "finish", done: 1, total: 1 });
  return {
    ok: true,
    syncs: batch.syncs,
    sheets: plan.sheets.map((s) => s.name),
    skipped,
    requestBytes: batch.sent,
  };
}
