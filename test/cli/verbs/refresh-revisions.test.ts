/**
 * `kpi-review refresh` with a dataset that carries target revisions (issue #12), end to end on .xlsx files: the
 * --dry-run lists the revisions it would add to 「指標見直し」, the one whose row people typed differently and the one
 * a closed year refuses, and writes nothing; the refresh appends the new ones and leaves the typed rows alone.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { xlsxRecordTablesPort } from "../../../src/adapters/xlsx/record-tables";
import { runRefresh } from "../../../src/cli/verbs/refresh";
import { runWorkbook } from "../../../src/cli/verbs/workbook";
import type { Dataset } from "../../../src/domain/dataset/schema";
import type { TargetRevision } from "../../../src/domain/evaluation/types";
import { revisionRecordCells } from "../../../src/plan/revisions-sheet";
import { CLOSED_CONTRACT, REVISIONS_CONTRACT } from "../../../src/workbook/evaluation-columns";
import { readRevisions } from "../../../src/workbook/revision-rows";
import { bundled } from "../../fixtures/refresh/hostile-sources";
import { recordingIo } from "../../support/cli-fixture";
import { closed2024, closedCells, typedRevision } from "../../support/revision-records";

const NOW = new Date("2026-11-24T03:00:00Z");

/** The verbs' io at one instant, from one person, its lines kept (io.lines, io.errors). */
const cliIo = () => recordingIo({ now: () => NOW, user: () => "staff01" });

const [A, B, C] = bundled.indicators.map((i) => i.id) as [string, string, string];

/** The ledger rows people typed: A from 2026 as the dataset has it, B from 2026 with another target. */
const TYPED = [typedRevision(A, 2026, 40), typedRevision(B, 2026, 99)];

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

async function ledgerOf(file: string): Promise<TargetRevision[]> {
  const table = await xlsxRecordTablesPort(await load(file)).readRecordTable(REVISIONS_CONTRACT);
  if (table.kind === "missing") throw new Error("no ledger");
  const read = readRevisions(table);
  expect(read.problems).toEqual([]);
  return read.records.map((r) => r.record);
}

describe("kpi-review refresh and the dataset's target revisions", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-refresh-revisions-"));
  const book = join(dir, "book.xlsx");
  const dataset = join(dir, "revised.json");

  beforeAll(async () => {
    expect(await runWorkbook(["--out", book], cliIo())).toBe(0);
    // People typed two revisions, and closed 2024.
    const wb = await load(book);
    const tables = xlsxRecordTablesPort(wb);
    expect(await tables.appendRecordRows(REVISIONS_CONTRACT, TYPED.map(revisionRecordCells))).toEqual({ ok: true });
    const closed = closedCells(closed2024(A, bundled.datasetVersion));
    expect(await tables.appendRecordRows(CLOSED_CONTRACT, [closed])).toEqual({ ok: true });
    writeFileSync(book, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const revised: Dataset = {
      ...structuredClone(bundled),
      revisions: [
        { indicatorId: A, target: 40, fromYear: 2026, reason: "中間見直し" },
        { indicatorId: B, target: 50, fromYear: 2026, reason: "中間見直し" },
        { indicatorId: C, target: 60, targetYear: 2027, fromYear: 2026, reason: "中間見直し", meeting: 3 },
        { indicatorId: C, target: 70, fromYear: 2024, reason: "遡って見直し" },
      ],
    };
    writeFileSync(dataset, JSON.stringify(revised));
  }, 60_000);

  it("--dry-run lists the revisions it would add, the differing row and the refused one, and writes nothing", async () => {
    const before = readFileSync(book);
    const out = join(dir, "dry.xlsx");
    const io = cliIo();
    expect(await runRefresh(["--workbook", book, "--dataset", dataset, "--out", out, "--dry-run"], io)).toBe(0);
    expect(io.errors).toEqual([]);
    const text = io.lines.join("\n");
    expect(text).toContain(
      `「指標見直し」に追加します: ${C} 令和8年度(2026)から 目標値 60・目標年度 2027（中間見直し）`,
    );
    expect(text).not.toContain(`に追加します: ${A}`);
    expect(text).not.toContain(`に追加します: ${B}`);
    expect(text).toContain(`「指標見直し」3行目の ${B}（令和8年度(2026)から）は目標値 99`);
    expect(text).toContain(`${C}（令和6年度(2024)から）は、確定済みの令和6年度(2024)以前`);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(book).equals(before)).toBe(true);
  }, 60_000);

  it("appends the new revision after the typed rows, which stay as typed", async () => {
    const out = join(dir, "out.xlsx");
    const io = cliIo();
    expect(await runRefresh(["--workbook", book, "--dataset", dataset, "--out", out], io)).toBe(0);
    expect(io.errors).toEqual([]);
    const ledger = await ledgerOf(out);
    expect(ledger.slice(0, 2)).toEqual(TYPED);
    expect(
      ledger.slice(2).map((r) => [r.indicatorId, r.fromYear, r.revisedTarget, r.revisedTargetYear, r.meeting]),
    ).toEqual([[C, 2026, 60, 2027, 3]]);
  }, 60_000);
});
