/**
 * 担当課への照会 (issue #12 §5) as use cases over the record tables and 「KPI一覧」 (EvaluationRecordsPort, both
 * backends), which the CLI's `datacall` verb and the pane call:
 *
 * - exportDatacall: a department's 実績照会 file as .xlsx bytes (plan/datacall-sheet.ts, written by the xlsx adapter:
 *   the file is a file in the pane too), with the 評価年度's actual and 「評価」's answers it already has filled in.
 * - importDatacall: a returned file read (adapters/xlsx/datacall-file.ts → workbook/datacall-file.ts), compared with
 *   the main workbook (refresh/datacall-merge.ts), then — unless a dry run, or a conflict nobody chose a side for —
 *   the actuals written into 「KPI一覧」's column of the 評価年度 and the answers into 「評価」 by saveEvaluationEntry.
 *
 * 出典 and 速報/確定 go into a cell note on the actual they describe: they belong to that year's value (注記 is one
 * per indicator and a definition the refresh rewrites from the dataset), and the refresh carries notes with their
 * row. Office.js writes notes only from ExcelApi 1.18 (the add-in requires 1.8), so a port without writeCellNotes
 * (the pane's) reports them as not written and the result lists them.
 */
import { evaluationProblem } from "../domain/evaluation/problems";
import { CLOSED_STATES, type EvaluationEntry } from "../domain/evaluation/types";
import { targetInForce } from "../domain/evaluation/target-in-force";
import { cellAddress } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import { datacallFileBytes, readDatacallFile, type CellNote } from "../adapters/xlsx/datacall-file";
import { buildDatacallPlan, type DatacallIndicator } from "../plan/datacall-sheet";
import {
  mergeDatacall,
  type DatacallChoices,
  type DatacallImport,
  type DatacallTarget,
} from "../refresh/datacall-merge";
import { DATACALL_SHEET, readDatacallGrid } from "../workbook/datacall-file";
import { CLOSED_CONTRACT, REVISIONS_CONTRACT, type RecordSheetContract } from "../workbook/evaluation-columns";
import { kpiColumnIndex } from "../workbook/kpi-row-view";
import { yearOfHeader } from "../workbook/kpi-headers";
import { EVALUATION_YEAR_NAME, KPI_SHEET, KPI_TABLE } from "../workbook/names";
import {
  listEvaluation,
  saveEvaluationEntry,
  setUpEvaluationSheets,
  type EvaluationResult,
  type Stamp,
} from "./evaluation";
import {
  isFailure,
  readHistory,
  readLedger,
  refused,
  writeFailure,
  type EvaluationFailure,
  type EvaluationRecordsPort,
} from "./evaluation-reads";

/** Cell notes on the main workbook; the xlsx port has it (adapters/xlsx/datacall-file.ts), the Office one not. */
export interface CellNotesPort {
  writeCellNotes(notes: readonly CellNote[]): Promise<boolean>;
}
export type DatacallPort = EvaluationRecordsPort & Partial<CellNotesPort>;

const fail = <T>(failure: EvaluationFailure): EvaluationResult<T> => ({ ok: false, failure });

/** 「KPI一覧」's table as any table is read (header, rows, the sheet row of the first). */
const KPI_RECORDS: RecordSheetContract<string> = { sheet: KPI_SHEET, table: KPI_TABLE, columns: [], keyKeys: [] };

const text = (v: Scalar | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

interface MainRow {
  readonly id: string;
  readonly cells: readonly Scalar[];
  readonly sheetRow: number;
}

/** What both directions read of the main workbook. */
interface Main {
  readonly year: number;
  readonly datasetVersion: string | null;
  readonly headers: readonly Scalar[];
  readonly rows: readonly MainRow[];
  readonly col: (key: "id" | "name" | "department" | "unit" | "baseline" | "target" | "targetYear") => number;
  /** Index of the 評価年度's year column. */
  readonly yearCol: number;
  readonly entries: ReadonlyMap<string, EvaluationEntry>;
}

async function readMain(port: EvaluationRecordsPort): Promise<Main | EvaluationFailure> {
  const kpi = await port.readEvaluationKpi();
  const year = kpi.evaluationYear;
  if (year === null)
    return refused([evaluationProblem(EVALUATION_YEAR_NAME, "unreadableName", { name: EVALUATION_YEAR_NAME })]);
  const table = await port.readRecordTable(KPI_RECORDS);
  if (table.kind === "missing") {
    return refused([evaluationProblem(KPI_TABLE, "missingTable", { table: KPI_TABLE, sheet: KPI_SHEET })]);
  }
  const col: Main["col"] = (key) => kpiColumnIndex(table.headers, key);
  const yearCol = table.headers.findIndex((h) => yearOfHeader(h) === year);
  const missing = [
    ...(["id", "department"] as const).filter((k) => col(k) < 0).map((k) => (k === "id" ? "ID" : "担当課")),
    ...(yearCol < 0 ? [`(${year})`] : []),
  ];
  if (missing.length > 0) {
    return refused(
      missing.map((header) => evaluationProblem(KPI_SHEET, "missingHeader", { sheet: KPI_SHEET, header })),
    );
  }
  // Closed: 「評価」 of that year cannot change, and the file would ask about a year already frozen.
  if ((await port.readRecordTable(CLOSED_CONTRACT)).kind === "table") {
    const history = await readHistory(port);
    if (isFailure(history)) return history;
    if (history.records.some((r) => r.record.state === CLOSED_STATES.current && r.record.year === year)) {
      return refused([evaluationProblem(EVALUATION_YEAR_NAME, "yearIsClosed", { year })]);
    }
  }
  const listed = await listEvaluation(port, year);
  const entries = new Map(listed.kind === "ready" ? listed.entries.map((e) => [e.indicatorId, e]) : []);
  const rows = table.rows.flatMap((cells, i) => {
    const id = text(cells[col("id")]);
    return id === "" ? [] : [{ id, cells, sheetRow: table.firstRow + i }];
  });
  return { year, datasetVersion: kpi.datasetVersion, headers: table.headers, rows, col, yearCol, entries };
}

/** The departments 「KPI一覧」 names, for the message when the one asked has no indicators. */
const departmentsOf = (main: Main): string =>
  [...new Set(main.rows.map((r) => text(r.cells[main.col("department")])).filter((d) => d !== ""))].join("、");

export interface DatacallExport {
  readonly department: string;
  readonly year: number;
  readonly ids: readonly string[];
  /** A name for the file: 「実績照会_企画課_2025.xlsx」. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** The department's 実績照会 file; refused when 「KPI一覧」 has none of its indicators or the year is closed. */
export async function exportDatacall(
  port: EvaluationRecordsPort,
  department: string,
  now: Date,
): Promise<EvaluationResult<DatacallExport>> {
  const main = await readMain(port);
  if (isFailure(main)) return fail(main);
  const dept = department.trim();
  const mine = main.rows.filter((r) => text(r.cells[main.col("department")]) === dept);
  if (mine.length === 0) {
    const departments = departmentsOf(main);
    return fail(
      refused([
        departments === ""
          ? evaluationProblem(KPI_SHEET, "datacallNoDepartments")
          : evaluationProblem("--department", "datacallNoIndicators", { department: dept, departments }),
      ]),
    );
  }
  let revisions: Parameters<typeof targetInForce>[1] = [];
  if ((await port.readRecordTable(REVISIONS_CONTRACT)).kind === "table") {
    const ledger = await readLedger(port);
    if (isFailure(ledger)) return fail(ledger);
    revisions = ledger.records.map((r) => r.record);
  }
  const pastYears = main.headers.flatMap((h, i) => {
    const y = yearOfHeader(h);
    return y !== null && y < main.year ? [{ year: y, label: text(h), i }] : [];
  });
  const cell = (r: MainRow, key: Parameters<Main["col"]>[0]): Scalar =>
    main.col(key) < 0 ? null : (r.cells[main.col(key)] ?? null);
  const indicators = mine.map((r): DatacallIndicator => {
    const target = cell(r, "target");
    const targetYear = cell(r, "targetYear");
    const inForce = targetInForce(
      {
        target: typeof target === "number" ? target : null,
        targetYear: typeof targetYear === "number" ? targetYear : 0,
      },
      revisions,
      r.id,
      main.year,
    );
    const entry = main.entries.get(r.id);
    return {
      id: r.id,
      name: text(cell(r, "name")),
      unit: text(cell(r, "unit")),
      baseline: cell(r, "baseline"),
      target: inForce.revision ? inForce.target : target,
      targetYear: inForce.revision ? inForce.targetYear : targetYear,
      past: new Map(pastYears.map((y) => [y.year, r.cells[y.i] ?? null])),
      current: r.cells[main.yearCol] ?? null,
      texts: entry
        ? {
            analysis: entry.analysis,
            issues: entry.issues,
            direction: entry.direction,
            externalFactor: entry.externalFactor,
          }
        : {},
    };
  });
  const plan = buildDatacallPlan({
    department: dept,
    year: main.year,
    pastYears: pastYears.map(({ year, label }) => ({ year, label })),
    yearLabel: text(main.headers[main.yearCol]),
    datasetVersion: main.datasetVersion,
    indicators,
  });
  return {
    ok: true,
    value: {
      department: dept,
      year: main.year,
      ids: indicators.map((i) => i.id),
      fileName: `実績照会_${dept.replace(/[\\/:*?"<>|]/g, "_")}_${main.year}.xlsx`,
      bytes: await datacallFileBytes(plan, now),
    },
  };
}

export interface DatacallImportOptions {
  readonly choices: DatacallChoices;
  /** Compare and report only; nothing is written. */
  readonly dryRun: boolean;
  readonly stamp: Stamp;
}

export interface DatacallImportOutcome {
  /** written; dryRun: compared only; needsChoice: conflicts without a chosen side (the list is `import.unresolved`). */
  readonly kind: "written" | "dryRun" | "needsChoice";
  readonly import: DatacallImport;
  /** 出典 / 速報・確定 notes: written, none to write, or this backend cannot write notes (listed in `import.sources`). */
  readonly notes: "written" | "none" | "unsupported";
}

/** The workbook's indicators as the merge compares with them. */
function targetsOf(main: Main): DatacallTarget[] {
  return main.rows.map((r) => {
    const entry = main.entries.get(r.id);
    return {
      id: r.id,
      department: text(r.cells[main.col("department")]),
      unit: main.col("unit") < 0 ? null : text(r.cells[main.col("unit")]) || null,
      actual: r.cells[main.yearCol] ?? null,
      actualCell: `${KPI_SHEET} ${cellAddress(main.yearCol + 1, r.sheetRow)}`,
      entry: entry
        ? {
            analysis: entry.analysis,
            issues: entry.issues,
            direction: entry.direction,
            externalFactor: entry.externalFactor,
          }
        : null,
    };
  });
}

const noteText = (department: string, source: string, status: string): string =>
  [`実績照会（${department}）`, ...(source ? [`出典: ${source}`] : []), ...(status ? [`${status}値`] : [])].join("\n");

/**
 * A returned 実績照会 file into the main workbook. Every check runs first (the file's sheet, metadata and ids, the
 * 評価年度, the department, the actuals' numbers, a closed year, a --use-file naming no conflict); a dry run or a
 * conflict left without a choice writes nothing.
 */
export async function importDatacall(
  port: DatacallPort,
  bytes: Uint8Array,
  options: DatacallImportOptions,
): Promise<EvaluationResult<DatacallImportOutcome>> {
  const read = await readDatacallFile(bytes);
  if (!read.ok) {
    return fail(
      refused([
        read.reason === "notXlsx"
          ? evaluationProblem("file", "datacallNotXlsx", { reason: read.message })
          : evaluationProblem(DATACALL_SHEET, "datacallNotAFile", { sheet: DATACALL_SHEET }),
      ]),
    );
  }
  const file = readDatacallGrid(read.grid);
  if (!file.ok) return fail(refused(file.problems));
  const main = await readMain(port);
  if (isFailure(main)) return fail(main);
  const merged = mergeDatacall(
    file.file,
    { evaluationYear: main.year, datasetVersion: main.datasetVersion, indicators: targetsOf(main) },
    options.choices,
  );
  if (!merged.ok) return fail(refused(merged.problems));
  const plan = merged.value;
  const outcome = (kind: DatacallImportOutcome["kind"], notes: DatacallImportOutcome["notes"] = "none") => ({
    ok: true as const,
    value: { kind, import: plan, notes: plan.sources.length === 0 ? ("none" as const) : notes },
  });
  if (options.dryRun) return outcome("dryRun", port.writeCellNotes ? "none" : "unsupported");
  if (plan.unresolved.length > 0) return outcome("needsChoice");
  return writeImport(port, main, plan, options.stamp);
}

async function writeImport(
  port: DatacallPort,
  main: Main,
  plan: DatacallImport,
  stamp: Stamp,
): Promise<EvaluationResult<DatacallImportOutcome>> {
  // 「評価」 first set up (a workbook built before it), so a write below never fails for a missing sheet.
  if (plan.entries.length > 0) {
    const setUp = await setUpEvaluationSheets(port);
    if (!setUp.ok) return setUp;
  }
  if (plan.actuals.length > 0) {
    // Found by ID and the year column's own header (as the workbook spells them), like any record table.
    const contract: RecordSheetContract<"id" | "actual"> = {
      sheet: KPI_SHEET,
      table: KPI_TABLE,
      columns: [
        { key: "id", header: text(main.headers[main.col("id")]) },
        { key: "actual", header: text(main.headers[main.yearCol]) },
      ],
      keyKeys: ["id"],
    };
    const written = writeFailure(
      await port.updateRecordRows(
        contract,
        plan.actuals.map((a) => ({ key: { id: a.id }, cells: { actual: { value: a.value } } })),
      ),
    );
    if (written) return fail(written);
  }
  for (const e of plan.entries) {
    const existing = main.entries.get(e.id);
    const saved = await saveEvaluationEntry(
      port,
      {
        year: main.year,
        indicatorId: e.id,
        ...e.fields,
        direction: e.fields.direction as EvaluationEntry["direction"],
        committeeGrade: existing?.committeeGrade ?? "",
        committeeReason: existing?.committeeReason ?? "",
      },
      stamp,
    );
    if (!saved.ok) return saved;
  }
  let notes: DatacallImportOutcome["notes"] = "none";
  if (plan.sources.length > 0) {
    const rowOf = new Map(main.rows.map((r) => [r.id, r.sheetRow]));
    notes = port.writeCellNotes
      ? (await port.writeCellNotes(
          plan.sources.map((s) => ({
            sheet: KPI_SHEET,
            // 「KPI一覧」's table starts in column A (kpi-columns.ts), so its column index is the sheet's.
            address: cellAddress(main.yearCol + 1, rowOf.get(s.id) as number),
            text: noteText(plan.department, s.source, s.status),
          })),
        ))
        ? "written"
        : "unsupported"
      : "unsupported";
  }
  return { ok: true, value: { kind: "written", import: plan, notes } };
}
