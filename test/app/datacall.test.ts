/**
 * 担当課への照会 against both backends (the Office port on the recording fake, the xlsx port on a real exceljs
 * workbook saved and loaded again before each read-back): the export holds only the department's indicators, locked
 * but for the input cells, with the metadata the import checks; a round trip (export → filled with exceljs → import)
 * lands the actuals in 「KPI一覧」 and the answers in 「評価」; typed values are never lost (conflicts need a choice);
 * a dry run writes nothing; a file of another year or with a changed id is refused naming the cell.
 */
import ExcelJS from "exceljs";
import { exportDatacall, importDatacall, type DatacallImportOptions, type DatacallPort } from "../../src/app/datacall";
import { listEvaluation } from "../../src/app/evaluation";
import { failureLines } from "../../src/app/evaluation-reads";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { officeEvaluationKpiPort } from "../../src/adapters/office/evaluation-kpi";
import { officeRecordTablesPort } from "../../src/adapters/office/record-tables";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxCellNotesPort } from "../../src/adapters/xlsx/datacall-file";
import { xlsxEvaluationKpiPort } from "../../src/adapters/xlsx/evaluation-kpi";
import { prepareLoadedWorkbookForWrite } from "../../src/adapters/xlsx/prepare-loaded";
import { xlsxRecordTablesPort } from "../../src/adapters/xlsx/record-tables";
import { scalarOf } from "../../src/adapters/xlsx/exceljs-internals";
import type { Dataset } from "../../src/domain/dataset/schema";
import type { WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { DATACALL_SHEET, decodeDatacallMetadata, encodeDatacallMetadata } from "../../src/workbook/datacall-file";
import { yearOfHeader } from "../../src/workbook/kpi-headers";
import { columnLetter } from "../../src/lib/a1";
import { createFakeExcel } from "../support/fake-excel";
import { load, reload } from "../fixtures/comments/workbook";
import { loadFixture } from "../plan/plan-readback";

const YEAR = 2024;
const base = loadFixture("mixed");
/** 1-1-* belong to 企画課, 2-1-* to 福祉課. */
const dataset: Dataset = {
  ...base,
  indicators: base.indicators.map((i) => ({ ...i, department: i.id.startsWith("1-1") ? "企画課" : "福祉課" })),
};
const PLANNING = dataset.indicators.filter((i) => i.department === "企画課").map((i) => i.id);
const stamp = { at: "2026-11-28T10:00:00+09:00", by: "企画課" };
const NOW = new Date("2026-11-28T01:00:00Z");

interface Opened {
  readonly port: DatacallPort;
  reopen(): Promise<DatacallPort>;
  /** The note on a cell of the workbook last reopened (xlsx only; the Office fake models no notes). */
  note?(sheet: string, address: string): string | undefined;
}

const BACKENDS: readonly { name: string; notes: boolean; open(plan: WorkbookPlan): Promise<Opened> }[] = [
  {
    name: "Office (recording fake)",
    notes: false,
    async open(plan) {
      const excel = createFakeExcel();
      const applied = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
      if (!applied.ok) throw new Error(JSON.stringify(applied));
      const portOn = (context: Excel.RequestContext): DatacallPort => {
        const host = {
          run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context),
          isSetSupported: () => true,
        };
        return { ...officeRecordTablesPort(host), ...officeEvaluationKpiPort(host) };
      };
      return {
        port: portOn(excel.context),
        reopen: async () => portOn(createFakeExcel({ state: excel.fake.state }).context),
      };
    },
  },
  {
    name: "xlsx (exceljs)",
    notes: true,
    async open(plan) {
      let wb: ExcelJS.Workbook = await load(await writeWorkbookXlsx(plan));
      const portOn = (w: ExcelJS.Workbook): DatacallPort => ({
        ...xlsxRecordTablesPort(w),
        ...xlsxEvaluationKpiPort(w),
        ...xlsxCellNotesPort(w),
      });
      return {
        port: portOn(wb),
        async reopen() {
          prepareLoadedWorkbookForWrite(wb);
          wb = await reload(wb);
          return portOn(wb);
        },
        note: (sheet, address) => {
          const note = wb.getWorksheet(sheet)?.getCell(address).note;
          return typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
        },
      };
    },
  },
];

const plan = (): WorkbookPlan =>
  buildWorkbookPlan(dataset, { builtAt: new Date("2026-11-24T09:00:00Z"), evaluationYear: YEAR });

/** The exported file opened with exceljs, columns by their header in row 3. */
async function openFile(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(DATACALL_SHEET) as ExcelJS.Worksheet;
  const headers: string[] = [];
  ws.getRow(3).eachCell({ includeEmpty: true }, (c, n) => (headers[n] = String(scalarOf(c.value) ?? "")));
  const col = (match: (h: string) => boolean) => {
    const n = headers.findIndex((h) => h !== undefined && match(h));
    if (n < 0) throw new Error(`no column in ${headers.join("|")}`);
    return n;
  };
  const rowOf = (id: string) => {
    for (let r = 4; r <= ws.rowCount; r++) if (scalarOf(ws.getCell(r, 1).value) === id) return r;
    throw new Error(`no row ${id}`);
  };
  const cols = {
    actual: col((h) => h.endsWith(`(${YEAR})実績`)),
    source: col((h) => h === "出典"),
    status: col((h) => h === "速報/確定"),
    analysis: col((h) => h === "要因分析"),
    direction: col((h) => h === "今後の方向性"),
  };
  return {
    wb,
    ws,
    cols,
    rowOf,
    headers,
    set(id: string, key: keyof typeof cols, value: string | number) {
      ws.getCell(rowOf(id), cols[key]).value = value;
    },
    bytes: async () => new Uint8Array(await wb.xlsx.writeBuffer()),
  };
}

/** 「KPI一覧」's cell of `year` for `id`, as the port reads it (an empty cell: null), and its address. */
async function kpiCell(port: DatacallPort, id: string, year = YEAR) {
  const t = await port.readRecordTable({ sheet: "KPI一覧", table: "KPI", columns: [], keyKeys: [] });
  if (t.kind !== "table") throw new Error("no KPI");
  const c = t.headers.findIndex((h) => yearOfHeader(h) === year);
  const i = t.rows.findIndex((r) => r[0] === id);
  const v = t.rows[i]?.[c] ?? null;
  return { value: v === "" ? null : v, address: `${columnLetter(c + 1)}${t.firstRow + i}` };
}
const kpiActual = async (port: DatacallPort, id: string) => (await kpiCell(port, id)).value;

async function entryOf(port: DatacallPort, id: string) {
  const list = await listEvaluation(port, YEAR);
  return list.kind === "ready" ? list.entries.find((e) => e.indicatorId === id) : undefined;
}

const options = (over: Partial<DatacallImportOptions> = {}): DatacallImportOptions => ({
  choices: { useFile: [], keepWorkbook: false },
  dryRun: false,
  stamp,
  ...over,
});

describe.each(BACKENDS)("datacall ($name)", (backend) => {
  jest.setTimeout(60_000);

  it("exports only the department's indicators, locked but for the input cells, with its metadata", async () => {
    const opened = await backend.open(plan());
    const made = await exportDatacall(opened.port, " 企画課 ", NOW);
    if (!made.ok) throw new Error(failureLines(made.failure, "ja").join("\n"));
    expect(made.value).toMatchObject({ department: "企画課", year: YEAR, ids: PLANNING });
    expect(made.value.fileName).toBe("実績照会_企画課_2024.xlsx");
    const f = await openFile(made.value.bytes);
    expect(PLANNING.map((id) => f.rowOf(id))).toEqual([4, 5, 6, 7]);
    expect(f.ws.rowCount).toBe(7);
    // 1-1-N1's past actuals (2022, 2023) are shown; 1-1-K1-2's 2024 actual pre-fills the input.
    const n1 = dataset.indicators[0];
    const y2022 = f.headers.findIndex((h) => h !== undefined && yearOfHeader(h) === 2022);
    expect(scalarOf(f.ws.getCell(4, y2022).value)).toBe(n1?.actuals.find((a) => a.year === 2022)?.value);
    const k12 = dataset.indicators.find((i) => i.id === "1-1-K1-2");
    expect(scalarOf(f.ws.getCell(f.rowOf("1-1-K1-2"), f.cols.actual).value)).toBe(
      k12?.actuals.find((a) => a.year === YEAR)?.value,
    );
    // exceljs keeps the sheet's <sheetProtection> as read; its typings leave it out.
    const protection = (f.ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty("hashValue");
    expect(f.ws.getCell(4, f.cols.actual).protection).toMatchObject({ locked: false });
    expect(f.ws.getCell(4, f.cols.direction).protection).toMatchObject({ locked: false });
    expect(f.ws.getCell(4, 2).protection?.locked).not.toBe(false);
    const metaCol = f.ws.columnCount;
    expect(f.ws.getColumn(metaCol).hidden).toBe(true);
    expect(decodeDatacallMetadata(String(scalarOf(f.ws.getCell(1, metaCol).value)))).toEqual({
      department: "企画課",
      year: YEAR,
      datasetVersion: dataset.datasetVersion,
      ids: PLANNING,
    });
  });

  it("refuses a department with no indicators, naming the departments there are", async () => {
    const opened = await backend.open(plan());
    const made = await exportDatacall(opened.port, "財政課", NOW);
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(failureLines(made.failure, "ja")).toEqual([
      "--department: 担当課「財政課」の指標は「KPI一覧」にありません（担当課: 企画課、福祉課）。",
    ]);
  });

  it("says so when 「KPI一覧」 names no 担当課 at all (a dataset without departments)", async () => {
    const bare = { ...dataset, indicators: dataset.indicators.map((i) => ({ ...i, department: null })) };
    const opened = await backend.open(
      buildWorkbookPlan(bare, { builtAt: new Date("2026-11-24T09:00:00Z"), evaluationYear: YEAR }),
    );
    const made = await exportDatacall(opened.port, "企画課", NOW);
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(failureLines(made.failure, "ja")).toEqual([
      "KPI一覧: 「KPI一覧」の担当課が空欄です。データセットの指標に担当課（department）を入れ、kpi-review refresh で反映してから照会してください。",
    ]);
  });

  it("round trip: the answers land in 「KPI一覧」 and 「評価」, 出典 and 速報 in a note where the backend can", async () => {
    const opened = await backend.open(plan());
    const made = await exportDatacall(opened.port, "企画課", NOW);
    if (!made.ok) throw new Error("export failed");
    const f = await openFile(made.value.bytes);
    f.set("1-1-K1-1", "actual", 12);
    f.set("1-1-K1-1", "source", "商工課調べ");
    f.set("1-1-K1-1", "status", "速報");
    f.set("1-1-K1-1", "analysis", "相談件数が増えた");
    f.set("1-1-K1-1", "direction", "改善");
    f.set("1-1-K1-3", "actual", "1,234億円");
    const result = await importDatacall(opened.port, await f.bytes(), options());
    if (!result.ok) throw new Error(failureLines(result.failure, "ja").join("\n"));
    expect(result.value.kind).toBe("written");
    expect(result.value.import.actuals).toEqual([
      { id: "1-1-K1-1", value: 12 },
      { id: "1-1-K1-3", value: 1234 },
    ]);
    expect(result.value.notes).toBe(backend.notes ? "written" : "unsupported");
    const again = await opened.reopen();
    expect(await kpiActual(again, "1-1-K1-1")).toBe(12);
    expect(await kpiActual(again, "1-1-K1-3")).toBe(1234);
    if (opened.note) {
      const { address } = await kpiCell(again, "1-1-K1-1");
      expect(opened.note("KPI一覧", address)).toBe("実績照会（企画課）\n出典: 商工課調べ\n速報値");
      expect(opened.note("KPI一覧", (await kpiCell(again, "1-1-K1-3")).address)).toBeUndefined();
    }
    expect(await entryOf(again, "1-1-K1-1")).toMatchObject({
      analysis: "相談件数が増えた",
      direction: "改善",
      issues: "",
      updatedBy: "企画課",
    });
    // Nothing else moved: another department's indicator keeps its actual.
    const other = dataset.indicators.find((i) => i.id === "2-1-K1-1");
    expect(await kpiActual(again, "2-1-K1-1")).toBe(other?.actuals.find((a) => a.year === YEAR)?.value);
  });

  it("a value typed in the workbook that differs is a conflict: refused without a choice, then taken or kept", async () => {
    const opened = await backend.open(plan());
    const made = await exportDatacall(opened.port, "企画課", NOW);
    if (!made.ok) throw new Error("export failed");
    const f = await openFile(made.value.bytes);
    const before = await kpiActual(opened.port, "1-1-K1-2");
    expect(typeof before).toBe("number");
    f.set("1-1-K1-2", "actual", (before as number) + 5);
    f.set("1-1-K1-1", "actual", 3);
    const bytes = await f.bytes();

    const asked = await importDatacall(opened.port, bytes, options());
    expect(asked).toMatchObject({ ok: true, value: { kind: "needsChoice" } });
    if (!asked.ok) return;
    expect(asked.value.import.unresolved).toEqual([
      expect.objectContaining({ id: "1-1-K1-2", field: "actual", before, after: (before as number) + 5 }),
    ]);
    let port = await opened.reopen();
    expect(await kpiActual(port, "1-1-K1-1")).toBeNull();

    const kept = await importDatacall(port, bytes, options({ choices: { useFile: [], keepWorkbook: true } }));
    expect(kept).toMatchObject({ ok: true, value: { kind: "written" } });
    port = await opened.reopen();
    expect(await kpiActual(port, "1-1-K1-2")).toBe(before);
    expect(await kpiActual(port, "1-1-K1-1")).toBe(3);

    const taken = await importDatacall(
      port,
      bytes,
      options({ choices: { useFile: ["1-1-K1-2"], keepWorkbook: false } }),
    );
    expect(taken).toMatchObject({ ok: true, value: { kind: "written" } });
    port = await opened.reopen();
    expect(await kpiActual(port, "1-1-K1-2")).toBe((before as number) + 5);
  });

  it("a dry run lists the differences and writes nothing", async () => {
    const opened = await backend.open(plan());
    const made = await exportDatacall(opened.port, "企画課", NOW);
    if (!made.ok) throw new Error("export failed");
    const f = await openFile(made.value.bytes);
    f.set("1-1-N1", "actual", 7);
    f.set("1-1-N1", "analysis", "横ばい");
    const result = await importDatacall(opened.port, await f.bytes(), options({ dryRun: true }));
    expect(result).toMatchObject({ ok: true, value: { kind: "dryRun" } });
    if (!result.ok) return;
    expect(result.value.import.changes.map((c) => [c.id, c.field, c.kind])).toEqual([
      ["1-1-N1", "actual", "fill"],
      ["1-1-N1", "analysis", "fill"],
    ]);
    const again = await opened.reopen();
    expect(await kpiActual(again, "1-1-N1")).toBeNull();
    expect((await entryOf(again, "1-1-N1"))?.analysis ?? "").toBe("");
  });

  it("refuses a file of another 評価年度, or with an id changed, naming the cell", async () => {
    const opened = await backend.open(plan());
    const made = await exportDatacall(opened.port, "企画課", NOW);
    if (!made.ok) throw new Error("export failed");
    const f = await openFile(made.value.bytes);
    const metaCol = f.ws.columnCount;
    const meta = decodeDatacallMetadata(String(scalarOf(f.ws.getCell(1, metaCol).value)));
    f.ws.getCell(1, metaCol).value = encodeDatacallMetadata({ ...meta!, year: 2023 });
    const wrongYear = await importDatacall(opened.port, await f.bytes(), options());
    expect(wrongYear.ok).toBe(false);
    if (wrongYear.ok) return;
    const letter = f.ws.getColumn(metaCol).letter;
    expect(failureLines(wrongYear.failure, "ja")).toEqual([
      `実績照会 ${letter}1: この照会ファイルは令和5年度(2023)のものです。ブックの評価年度は令和6年度(2024)です。`,
    ]);

    f.ws.getCell(1, metaCol).value = encodeDatacallMetadata(meta!);
    f.ws.getCell(5, 1).value = "1-1-K9-9";
    const changed = await importDatacall(opened.port, await f.bytes(), options());
    expect(changed.ok).toBe(false);
    if (changed.ok) return;
    expect(failureLines(changed.failure, "ja")[0]).toBe(
      `実績照会 A5: IDが「${PLANNING[1]}」から「1-1-K9-9」に変わっています。ID・行の順序は変更できません。`,
    );
  });
});
