/**
 * The yearly 効果検証's 「評価」 and 「総括意見」 as use cases over the record tables and 「KPI一覧」
 * (EvaluationRecordsPort): list a year, save an entry or an opinion, import the CSV, prepare a year's rows, and set
 * the four sheets up in a workbook built before them. Every check runs before anything is written; a closed year
 * (「評価履歴」 holds a 確定 row for it) is refused. The pane's panel (later) and the CLI's `evaluation` verb call these.
 */
import { evaluationProblem, type EvaluationProblem } from "../domain/evaluation/problems";
import {
  entryProblems,
  opinionProblems,
  parseEvaluationCsv,
  type EntryInput,
  type OpinionInput,
} from "../domain/evaluation/entries";
import { CLOSED_STATES, type EvaluationEntry, type SummaryOpinion } from "../domain/evaluation/types";
import { columnLetter } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import { buildClosedHistorySheet } from "../plan/closed-history-sheet";
import {
  EVALUATION_WRAPPED,
  evaluationFormulaCells,
  evaluationSheetOf,
  SUMMARY_WRAPPED,
  summaryOpinionsSheetOf,
} from "../plan/evaluation-sheets";
import { buildRevisionsSheet } from "../plan/revisions-sheet";
import type { SheetPlan } from "../plan/types";
import { fiscalYearCell } from "../plan/formats";
import {
  CLOSED_CONTRACT,
  EVALUATION_CONTRACT,
  REVISIONS_CONTRACT,
  SUMMARY_OPINIONS_CONTRACT,
  type EvaluationColumnKey,
  type RecordSheetContract,
  type SummaryOpinionColumnKey,
} from "../workbook/evaluation-columns";
import { kpiEvaluationContext, readEvaluationEntries, readSummaryOpinions } from "../workbook/evaluation-rows";
import { kpiColumnIndex } from "../workbook/kpi-row-view";
import type { KpiEvaluationContext } from "../workbook/evaluation-rows";
import type { KpiRows } from "../workbook/kpi-snapshots";
import { SHEET_ONLY_METADATA } from "../workbook/metadata";
import type { RecordCells } from "../workbook/record-rows";
import {
  isFailure,
  readHistory,
  refused,
  writeFailure,
  type EvaluationFailure,
  type EvaluationRecordsPort,
} from "./evaluation-reads";

export type EvaluationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: EvaluationFailure };

const fail = <T>(failure: EvaluationFailure): EvaluationResult<T> => ({ ok: false, failure });

/** Who writes and when: 記録日時 / 記録者 of the rows written. */
export interface Stamp {
  readonly at: string;
  readonly by: string;
}

/** 「KPI一覧」 as entries are checked against it, and where its ID and 評価 columns are (for new rows' formulas). */
interface Workbook {
  readonly context: KpiEvaluationContext;
  readonly kpiLetter: (key: "id" | "grade") => string;
  readonly evaluationYear: number | null;
}

async function workbookOf(port: EvaluationRecordsPort): Promise<Workbook | EvaluationFailure> {
  const read = await port.readEvaluationKpi();
  const kpi: KpiRows | null = read.kpi;
  const context = kpi ? kpiEvaluationContext(kpi) : null;
  if (!kpi || !context || kpiColumnIndex(kpi.headers, "grade") < 0) {
    return refused([evaluationProblem("KPI一覧", "noIndicators")]);
  }
  return {
    context,
    kpiLetter: (key) => columnLetter(kpiColumnIndex(kpi.headers, key) + 1),
    evaluationYear: read.evaluationYear,
  };
}

/** The closed years: those with a 確定 row in 「評価履歴」 (none when the sheet is missing). */
async function closedYears(port: EvaluationRecordsPort): Promise<ReadonlySet<number> | EvaluationFailure> {
  if ((await port.readRecordTable(CLOSED_CONTRACT)).kind === "missing") return new Set();
  const history = await readHistory(port);
  if (isFailure(history)) return history;
  return new Set(history.records.filter((r) => r.record.state === CLOSED_STATES.current).map((r) => r.record.year));
}

interface Tables {
  readonly entries: readonly EvaluationEntry[];
  readonly opinions: readonly SummaryOpinion[];
  readonly warnings: readonly EvaluationProblem[];
}

/** Both tables as read (a row that cannot be read is a warning, not a record); null when 「評価」 is missing. */
async function readTables(port: EvaluationRecordsPort): Promise<Tables | null> {
  const entries = await port.readRecordTable(EVALUATION_CONTRACT);
  const opinions = await port.readRecordTable(SUMMARY_OPINIONS_CONTRACT);
  if (entries.kind === "missing") return null;
  const e = readEvaluationEntries(entries);
  const o = opinions.kind === "missing" ? { records: [], problems: [] } : readSummaryOpinions(opinions);
  return {
    entries: e.records.map((r) => r.record),
    opinions: o.records.map((r) => r.record),
    warnings: [...e.problems, ...o.problems],
  };
}

export type EvaluationList =
  { readonly kind: "missing" } | ({ readonly kind: "ready"; readonly year: number; readonly closed: boolean } & Tables);

/** The entries and opinions of `year`, whether it is closed, and the rows that could not be read. */
export async function listEvaluation(port: EvaluationRecordsPort, year: number): Promise<EvaluationList> {
  const tables = await readTables(port);
  if (!tables) return { kind: "missing" };
  const closed = await closedYears(port);
  return {
    kind: "ready",
    year,
    closed: !isFailure(closed) && closed.has(year),
    entries: tables.entries.filter((e) => e.year === year),
    opinions: tables.opinions.filter((o) => o.year === year),
    warnings: tables.warnings,
  };
}

/** The cells an entry writes: its inputs (blank ones too unless `keepBlank`) and the stamp. */
function entryCells(input: EntryInput, stamp: Stamp, keepBlank: boolean): RecordCells<EvaluationColumnKey> {
  const given: [EvaluationColumnKey, string][] = [
    ["analysis", input.analysis],
    ["issues", input.issues],
    ["direction", input.direction],
    ["externalFactor", input.externalFactor],
    ["committeeGrade", input.committeeGrade],
    ["committeeReason", input.committeeReason],
  ];
  const cells: Partial<Record<EvaluationColumnKey, { value: Scalar }>> = {};
  for (const [key, value] of given) if (!keepBlank || value !== "") cells[key] = { value };
  return { ...cells, updatedAt: { value: stamp.at }, updatedBy: { value: stamp.by } };
}

/** A new 「評価」 row for an indicator of 「KPI一覧」 (formulas included), with `cells` on top. */
function newEntryRow(
  wb: Workbook,
  year: number,
  indicatorId: string,
  cells: RecordCells<EvaluationColumnKey> = {},
): RecordCells<EvaluationColumnKey> {
  const ind = wb.context.indicators.find((i) => i.id === indicatorId);
  return {
    // Read as every year label does, 「令和6年度(2024)」, and kept a number (plan/formats.ts fiscalYearCell).
    year: fiscalYearCell(year),
    indicatorId: { value: indicatorId },
    name: { value: ind?.name ?? "" },
    department: { value: ind?.department ?? "" },
    ...evaluationFormulaCells({ letter: wb.kpiLetter }),
    ...cells,
  };
}

interface Plan {
  readonly entries: readonly { readonly input: EntryInput; readonly exists: boolean }[];
  readonly opinions: readonly { readonly input: OpinionInput; readonly exists: boolean }[];
}

/** Writes the checked inputs: updates of rows that exist, appends of the others. Stops at a backend failure. */
async function writePlan(
  port: EvaluationRecordsPort,
  wb: Workbook,
  plan: Plan,
  stamp: Stamp,
  keepBlank: boolean,
): Promise<EvaluationFailure | null> {
  const entryKey = (i: EntryInput) => ({ year: i.year, indicatorId: i.indicatorId });
  const steps = [
    port.updateRecordRows(
      EVALUATION_CONTRACT,
      plan.entries
        .filter((e) => e.exists)
        .map((e) => ({ key: entryKey(e.input), cells: entryCells(e.input, stamp, keepBlank) })),
      { wrap: EVALUATION_WRAPPED },
    ),
    port.appendRecordRows(
      EVALUATION_CONTRACT,
      plan.entries
        .filter((e) => !e.exists)
        .map((e) => newEntryRow(wb, e.input.year, e.input.indicatorId, entryCells(e.input, stamp, keepBlank))),
      { wrap: EVALUATION_WRAPPED },
    ),
  ];
  const opinionCells = (o: OpinionInput): RecordCells<SummaryOpinionColumnKey> => ({
    text: { value: o.text },
    updatedAt: { value: stamp.at },
    updatedBy: { value: stamp.by },
  });
  for (const step of steps) {
    const failed = writeFailure(await step);
    if (failed) return failed;
  }
  const opinions = [
    () =>
      port.updateRecordRows(
        SUMMARY_OPINIONS_CONTRACT,
        plan.opinions
          .filter((o) => o.exists)
          .map((o) => ({ key: { year: o.input.year, target: o.input.target }, cells: opinionCells(o.input) })),
        { wrap: SUMMARY_WRAPPED },
      ),
    () =>
      port.appendRecordRows(
        SUMMARY_OPINIONS_CONTRACT,
        plan.opinions
          .filter((o) => !o.exists)
          .map((o) => ({
            year: fiscalYearCell(o.input.year),
            target: { value: o.input.target },
            ...opinionCells(o.input),
          })),
        { wrap: SUMMARY_WRAPPED },
      ),
  ];
  for (const write of opinions) {
    const failed = writeFailure(await write());
    if (failed) return failed;
  }
  return null;
}

/** Everything a write needs, read and checked once: 「KPI一覧」, the closed years, the two tables (set up first). */
async function prepared(
  port: EvaluationRecordsPort,
): Promise<{ wb: Workbook; closed: ReadonlySet<number>; tables: Tables } | EvaluationFailure> {
  const wb = await workbookOf(port);
  if (isFailure(wb)) return wb;
  const setUp = await setUpMissing(port, wb);
  if (!setUp.ok) return setUp.failure;
  const closed = await closedYears(port);
  if (isFailure(closed)) return closed;
  const tables = await readTables(port);
  if (!tables)
    return refused([evaluationProblem(EVALUATION_CONTRACT.table, "missingTable", tableParams(EVALUATION_CONTRACT))]);
  return { wb, closed, tables };
}

const tableParams = (c: RecordSheetContract<string>) => ({ table: c.table, sheet: c.sheet });

const closedProblem = (path: string, year: number): EvaluationProblem =>
  evaluationProblem(path, "yearIsClosed", { year });

/** Checks inputs against 「KPI一覧」 and the closed years; marks which rows exist. */
function planOf(
  ready: { wb: Workbook; closed: ReadonlySet<number>; tables: Tables },
  entries: readonly { readonly input: EntryInput; readonly at: (f: "year" | "indicatorId") => string }[],
  opinions: readonly { readonly input: OpinionInput; readonly at: (f: "year" | "target") => string }[],
): Plan | EvaluationProblem[] {
  const { wb, closed, tables } = ready;
  const problems: EvaluationProblem[] = [];
  for (const { input, at } of entries) {
    problems.push(...entryProblems(input, wb.context, at));
    if (closed.has(input.year)) problems.push(closedProblem(at("year"), input.year));
  }
  for (const { input, at } of opinions) {
    problems.push(...opinionProblems(input, wb.context, at));
    if (closed.has(input.year)) problems.push(closedProblem(at("year"), input.year));
  }
  if (problems.length > 0) return problems;
  return {
    entries: entries.map(({ input }) => ({
      input,
      exists: tables.entries.some((e) => e.year === input.year && e.indicatorId === input.indicatorId),
    })),
    opinions: opinions.map(({ input }) => ({
      input,
      exists: tables.opinions.some((o) => o.year === input.year && o.target === input.target),
    })),
  };
}

async function save(
  port: EvaluationRecordsPort,
  entries: Parameters<typeof planOf>[1],
  opinions: Parameters<typeof planOf>[2],
  stamp: Stamp,
  keepBlank: boolean,
): Promise<EvaluationResult<Plan>> {
  const ready = await prepared(port);
  if (isFailure(ready)) return fail(ready);
  const plan = planOf(ready, entries, opinions);
  if (Array.isArray(plan)) return fail(refused(plan));
  const failed = await writePlan(port, ready.wb, plan, stamp, keepBlank);
  return failed ? fail(failed) : { ok: true, value: plan };
}

/** One entry (from the pane's form): every field written as given, the row added when the year has none. */
export async function saveEvaluationEntry(
  port: EvaluationRecordsPort,
  input: EntryInput,
  stamp: Stamp,
): Promise<EvaluationResult<EntryInput>> {
  const saved = await save(port, [{ input, at: (f) => f }], [], stamp, false);
  return saved.ok ? { ok: true, value: input } : saved;
}

/** One 総括意見. */
export async function saveSummaryOpinion(
  port: EvaluationRecordsPort,
  input: OpinionInput,
  stamp: Stamp,
): Promise<EvaluationResult<OpinionInput>> {
  const saved = await save(port, [], [{ input, at: (f) => f }], stamp, false);
  return saved.ok ? { ok: true, value: input } : saved;
}

/** What an import wrote. */
export interface ImportSummary {
  readonly entries: number;
  readonly opinions: number;
}

/**
 * The import CSV (domain/evaluation/entries.ts): all-or-nothing — any problem (a malformed line, an unknown id, a
 * year outside the plan or closed) and nothing is written. A blank cell leaves what the sheet holds (a CSV of
 * committee grades does not erase the departments' analysis).
 */
export async function importEvaluationCsv(
  port: EvaluationRecordsPort,
  text: string,
  stamp: Stamp,
): Promise<EvaluationResult<ImportSummary>> {
  const wb = await workbookOf(port);
  if (isFailure(wb)) return fail(wb);
  const parsed = parseEvaluationCsv(text, wb.context);
  if (!parsed.ok) return fail(refused(parsed.problems));
  const at = (line: number) => () => `CSV ${line}行目 評価年度`;
  const saved = await save(
    port,
    parsed.entries.map((e) => ({ input: e.value, at: at(e.line) })),
    parsed.opinions.map((o) => ({ input: o.value, at: at(o.line) })),
    stamp,
    true,
  );
  return saved.ok ? { ok: true, value: { entries: parsed.entries.length, opinions: parsed.opinions.length } } : saved;
}

/** Adds the 「評価」 rows (one per indicator of 「KPI一覧」) and 「総括意見」 rows `year` lacks; returns how many. */
export async function prepareEvaluationYear(
  port: EvaluationRecordsPort,
  year: number,
): Promise<EvaluationResult<ImportSummary>> {
  const ready = await prepared(port);
  if (isFailure(ready)) return fail(ready);
  const { wb, closed, tables } = ready;
  const problems = [
    ...opinionProblems({ year, target: wb.context.summaryTargets[0] ?? "" }, wb.context, () => "year"),
    ...(closed.has(year) ? [closedProblem("year", year)] : []),
  ];
  if (problems.length > 0) return fail(refused(problems));
  const entries = wb.context.indicators
    .filter((i) => !tables.entries.some((e) => e.year === year && e.indicatorId === i.id))
    .map((i) => newEntryRow(wb, year, i.id));
  const opinions = wb.context.summaryTargets
    .filter((t) => !tables.opinions.some((o) => o.year === year && o.target === t))
    .map((t) => ({ year: fiscalYearCell(year), target: { value: t } }));
  const failed =
    writeFailure(await port.appendRecordRows(EVALUATION_CONTRACT, entries)) ??
    writeFailure(await port.appendRecordRows(SUMMARY_OPINIONS_CONTRACT, opinions));
  return failed ? fail(failed) : { ok: true, value: { entries: entries.length, opinions: opinions.length } };
}

/** The four sheets in a workbook's order, each built when its table is missing. */
async function missingSheets(port: EvaluationRecordsPort, wb: Workbook): Promise<SheetPlan[]> {
  const year = wb.evaluationYear ?? wb.context.years.last;
  const sheets: { contract: RecordSheetContract<string>; build: () => SheetPlan }[] = [
    {
      contract: EVALUATION_CONTRACT,
      build: () => evaluationSheetOf(wb.context.indicators, { letter: wb.kpiLetter }, year),
    },
    { contract: SUMMARY_OPINIONS_CONTRACT, build: () => summaryOpinionsSheetOf(wb.context.summaryTargets, year) },
    { contract: CLOSED_CONTRACT, build: () => buildClosedHistorySheet() },
    { contract: REVISIONS_CONTRACT, build: () => buildRevisionsSheet() },
  ];
  const out: SheetPlan[] = [];
  for (const s of sheets) if ((await port.readRecordTable(s.contract)).kind === "missing") out.push(s.build());
  return out;
}

/** Adds the missing sheets of the four; the names of those added. */
async function setUpMissing(port: EvaluationRecordsPort, wb: Workbook): Promise<EvaluationResult<readonly string[]>> {
  const sheets = await missingSheets(port, wb);
  if (sheets.length === 0) return { ok: true, value: [] };
  const added = await port.addRecordSheets({ metadata: SHEET_ONLY_METADATA, sheets, names: [] });
  return added.ok ? { ok: true, value: sheets.map((s) => s.name) } : fail({ kind: "setUp", result: added });
}

/**
 * Adds 「評価」「総括意見」「評価履歴」「指標見直し」 — those missing — to a workbook built before them (評価 pre-filled
 * for the workbook's 評価年度 from 「KPI一覧」); the workbook keeps its metadata. Every write calls this first.
 */
export async function setUpEvaluationSheets(port: EvaluationRecordsPort): Promise<EvaluationResult<readonly string[]>> {
  const wb = await workbookOf(port);
  return isFailure(wb) ? fail(wb) : setUpMissing(port, wb);
}
