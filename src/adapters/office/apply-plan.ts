/**
 * WorkbookPlan → the open workbook through Office.js. Generic over the plan, like the exceljs renderer.
 *
 * Round trips: one sync reads what exists (sheets, names, tables); everything else is queued as 2-D arrays and
 * bulk formats and sent in one more sync, plus one extra sync each time the next block would push a request
 * over the size budget (Excel on the web rejects requests over 5 MB; the default budget stays under 4 MB).
 * Errors come back as data (ApplyResult), never as a half-explained throw.
 */
import type { SheetPlan, WorkbookPlan } from "../../plan/types";
import { columnLetter, quoteSheet } from "../../lib/a1";
import { encodeMetadata } from "../../workbook/metadata";
import { cellBlocks, jsonBytes, styleRects } from "./cell-blocks";
import { describeOfficeError, type OfficeErrorInfo, type OfficeMessageKey } from "./errors";
import {
  ACTION_BYTES,
  queueColumns,
  queueConditionalFormats,
  queueValidations,
  styleJobs,
  type QueueJob,
} from "./formats";
import { checkRequirements, type Feature, type FeatureRequirement, type IsSetSupported } from "./requirements";

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

interface Existing {
  readonly sheets: Set<string>;
  readonly names: Set<string>;
  /** table name → its sheet */
  readonly tables: Map<string, string>;
}

async function readExisting(context: Excel.RequestContext, batch: Batch): Promise<Existing> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  await batch.sync();
  return {
    sheets: new Set(sheets.items.map((s) => s.name)),
    names: new Set(names.items.map((n) => n.name)),
    tables: new Map(tables.items.map((t) => [t.name, t.worksheet.name])),
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

/** Everything after values and styles on one sheet, as jobs with their action counts (for the size budget). */
function sheetExtraJobs(sheet: Excel.Worksheet, plan: SheetPlan, supported: ReadonlySet<Feature>): QueueJob[] {
  const jobs: QueueJob[] = [];
  const job = (actions: number, queue: () => void, extraBytes = 0): void => {
    jobs.push({ actions: actions + Math.ceil(extraBytes / ACTION_BYTES), queue });
  };
  job(2 * plan.columns.length + 2, () => queueColumns(sheet, plan.columns));
  for (const t of plan.tables) {
    job(4, () => {
      const table = sheet.tables.add(t.range, true);
      table.name = t.name;
      table.style = t.style;
      table.showFilterButton = t.showFilterButton;
    });
  }
  if (supported.has("conditionalFormats") && plan.conditionalFormats.length > 0) {
    job(
      7 * plan.conditionalFormats.length,
      () => queueConditionalFormats(sheet, plan.conditionalFormats),
      jsonBytes(plan.conditionalFormats),
    );
  }
  if (supported.has("dataValidation") && plan.validations.length > 0) {
    job(4 * plan.validations.length, () => queueValidations(sheet, plan.validations), jsonBytes(plan.validations));
  }
  const freeze = plan.freeze;
  if (freeze && supported.has("freezePanes")) {
    job(2, () => {
      const { rows, columns } = freeze;
      if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(columns)}${rows}`));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
    });
  }
  if (plan.rowGroups && supported.has("rowGroups")) {
    for (const g of plan.rowGroups) job(2, () => sheet.getRange(`${g.from}:${g.to}`).group("ByRows"));
  }
  const tabColor = plan.tabColor;
  if (tabColor && supported.has("tabColor")) job(1, () => (sheet.tabColor = tabColor));
  if (supported.has("charts")) {
    for (const c of plan.charts) {
      job(4 + 2 * (c.seriesColors?.length ?? 0), () => {
        const chart = sheet.charts.add("ColumnStacked", sheet.getRange(c.sourceRange), "Columns");
        chart.title.text = c.title;
        chart.setPosition(c.anchor);
        (c.seriesColors ?? []).forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(color));
      });
    }
  }
  return jobs;
}

/**
 * Print settings, sent in a request of their own after everything else: they are cosmetic, and a value this Excel
 * refuses (zoom options vary between hosts) must not cost the whole build. A refusal is reported as skipped.
 */
function pageLayoutJobs(sheet: Excel.Worksheet, plan: SheetPlan, supported: ReadonlySet<Feature>): QueueJob[] {
  const page = plan.pageSetup;
  if (!page || !supported.has("pageLayout")) return [];
  return [
    {
      actions: 4,
      queue: () => {
        sheet.pageLayout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
        sheet.pageLayout.paperSize = "A4";
        if (page.printTitleRows) sheet.pageLayout.setPrintTitleRows(page.printTitleRows);
        // 0 pages tall = as many as needed, as fitToHeight="0" in the file format.
        if (page.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      },
    },
  ];
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
  const supported = new Set(report.supported);
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const batch = new Batch(context, budget, supported.has("suspendCalculation"));
  const progress = options.onProgress ?? (() => undefined);
  try {
    progress({ step: "read", done: 0, total: 1 });
    const existing = await readExisting(context, batch);
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
    if (conflicting && !options.replace) {
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
    progress({ step: "read", done: 1, total: 1 });

    batch.startWrites();
    const old = conflicting ? queueReplacement(context, conflicts, batch) : [];
    const sheets = plan.sheets.map((p) => context.workbook.worksheets.add(p.name));
    for (const sheet of old) sheet.delete();
    batch.add(ACTION_BYTES * (sheets.length + old.length));

    // Values first (number formats before values, so "@" cells take text literally), then tables and formats.
    // Small blocks waste little of a request when the next one does not fit.
    const blockTarget = Math.max(10_000, Math.floor(budget / 16));
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

    for (let s = 0; s < plan.sheets.length; s++) {
      const sheet = sheets[s] as Excel.Worksheet;
      const sp = plan.sheets[s] as SheetPlan;
      const jobs = [
        ...styleJobs(sheet, styleRects(sp), supported.has("rangeAreas")),
        ...sheetExtraJobs(sheet, sp, supported),
      ];
      for (const job of jobs) {
        await batch.room(job.actions * ACTION_BYTES);
        job.queue();
        batch.add(job.actions * ACTION_BYTES);
      }
      progress({ step: "formats", done: s + 1, total: plan.sheets.length });
    }

    for (const n of plan.names) {
      context.workbook.names.add(n.name, `=${quoteSheet(n.sheet)}!${n.address}`, n.comment);
    }
    batch.add(ACTION_BYTES * plan.names.length);
    // Show the first planned sheet (else a fresh workbook stays on its empty Sheet1).
    sheets[0]?.activate();
    if (supported.has("metadata") && options.writeMetadata !== false) {
      context.workbook.properties.comments = encodeMetadata(plan.metadata);
      batch.add(ACTION_BYTES);
    }
    await batch.sync();

    const skipped: Feature[] = report.missing.map((m) => m.feature);
    const pageJobs = plan.sheets.flatMap((sp, s) => pageLayoutJobs(sheets[s] as Excel.Worksheet, sp, supported));
    if (pageJobs.length > 0) {
      batch.startWrites();
      for (const job of pageJobs) job.queue();
      batch.add(pageJobs.reduce((n, j) => n + j.actions, 0) * ACTION_BYTES);
      try {
        await batch.sync();
      } catch {
        skipped.push("pageLayout");
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
  } catch (error) {
    return { ok: false, code: "OfficeError", error: describeOfficeError(error), syncs: batch.syncs };
  }
}
