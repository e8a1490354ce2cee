/**
 * Refresh through exceljs: a workbook built by the renderer, annotated the way people do (typed actuals, a note,
 * an added column, a typed-over formula, a comment in 委員意見), refreshed with a changed dataset, read back.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { addCommentsToPlan } from "../../../src/plan/comments-sheets";
import { writeWorkbookXlsx } from "../../../src/adapters/xlsx";
import { yearKey } from "../../../src/workbook/kpi-columns";
import { refreshXlsx } from "../../../src/app/refresh-xlsx";
import { readKpiState } from "../../../src/adapters/xlsx/read-kpi-sheet";
import { HISTORY_HEADERS, HISTORY_SHEET } from "../../../src/refresh/history";
import { formulaTexts } from "../../../src/plan/kpi-rows";
import { columnLetter } from "../../../src/lib/a1";
import type { CommentRecord } from "../../../src/domain/comments";
import { LAYOUT, KPI_COLUMNS, kpiCol, kpiLetter } from "../../support/layout";
import { noticeText } from "../../../src/workbook/refresh-notice";
import { readMetadataXlsx, writeMetadataXlsx } from "../../../src/adapters/xlsx/metadata-sheet";
import { PLAN_VERSION } from "../../../src/workbook/names";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../../seeds/kpi-dataset.json"), "utf8")),
);
const AT = "2026-11-24T01:00:00.000Z";
const comment: CommentRecord = {
  id: "C-20261120-0001",
  meeting: 1,
  target: { kind: "indicator", id: bundled.indicators[1]!.id },
  speakerId: "M001",
  speakerName: "委員A",
  category: "意見",
  text: "実績の把握方法を確認したい",
  response: "",
  status: "未対応",
  recordedAt: "2026-11-20T05:00:00.000Z",
  recordedBy: "事務局",
};

async function builtWorkbook(dataset: Dataset): Promise<ExcelJS.Workbook> {
  const plan = addCommentsToPlan(buildWorkbookPlan(dataset, { builtAt: new Date(AT) }), { comments: [comment] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbookXlsx(plan)) as unknown as ArrayBuffer);
  return wb;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === id) return r;
  throw new Error(`no row ${id}`);
}

describe("refresh of an .xlsx", () => {
  const ids = bundled.indicators.map((i) => i.id);
  const [first, second, third] = [ids[0]!, ids[1]!, ids[2]!];

  test("typed values, notes, added columns and comments survive; the dataset's changes arrive", async () => {
    const wb = await builtWorkbook(bundled);
    const ws = wb.getWorksheet("KPI一覧")!;
    const y2024 = kpiCol(yearKey(2024));
    ws.getRow(rowOf(ws, first)).getCell(y2024).value = 321;
    ws.getRow(rowOf(ws, first)).getCell(y2024).note = "事務局メモ: 速報値";
    ws.getRow(rowOf(ws, second)).getCell(kpiCol("grade")).value = "A 達成"; // typed over a formula
    const extraCol = ws.columnCount + 1;
    ws.getRow(3).getCell(extraCol).value = "所管メモ";
    ws.getRow(rowOf(ws, third)).getCell(extraCol).value = "企画調整課";

    // The dataset: the second indicator leaves, a new one appears after the first, the first's target changes.
    const next: Dataset = structuredClone(bundled);
    next.datasetVersion = "1.1.0";
    const removed = next.indicators.splice(1, 1)[0]!;
    const newInd = {
      ...structuredClone(next.indicators[0]!),
      id: next.indicators[0]!.id.replace(/\d+$/, "9"),
      name: "新しい指標",
    };
    next.indicators.splice(1, 0, newInd);
    next.indicators[0]!.actuals = [{ year: 2023, value: 111 }];
    next.indicators[0]!.unit = `${next.indicators[0]!.unit}`;
    next.indicators[2]!.notes = [...next.indicators[2]!.notes, "※ 令和8年3月 目標値を見直し"];

    const result = await refreshXlsx({
      xlsx: await bytesOf(wb),
      dataset: next,
      history: { at: AT, who: "tester", source: "next.json" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.added).toEqual([newInd.id]);
    expect(result.plan.retired).toEqual([removed.id]);
    expect(result.plan.restored).toEqual([expect.objectContaining({ id: second, header: "評価" })]);
    expect(result.plan.filled).toEqual([{ id: first, year: 2023, value: 111 }]);

    const out = await load(result.bytes);
    const kpi = out.getWorksheet("KPI一覧")!;
    // Header: plan columns, then the comment counts and the added column.
    const headers = (kpi.getRow(3).values as unknown[]).slice(1);
    expect(headers.slice(0, KPI_COLUMNS.length)).toEqual(KPI_COLUMNS.map((c) => c.header));
    expect(headers.slice(KPI_COLUMNS.length)).toEqual(["意見数", "未対応意見", "所管メモ"]);
    const r1 = rowOf(kpi, first);
    expect(kpi.getRow(r1).getCell(y2024).value).toBe(321);
    expect(kpi.getRow(r1).getCell(y2024).note).toBe("事務局メモ: 速報値");
    expect(kpi.getRow(r1).getCell(kpiCol(yearKey(2023))).value).toBe(111);
    expect(rowOf(kpi, newInd.id)).toBe(r1 + 1);
    const rGone = rowOf(kpi, removed.id);
    expect(String(kpi.getRow(rGone).getCell(kpiCol("kind")).value)).toMatch(/^廃止/);
    expect(kpi.getRow(rGone).getCell(kpiCol("grade")).formula).toBe(formulaTexts(LAYOUT, rGone).grade.slice(1));
    expect(kpi.getRow(rowOf(kpi, third)).getCell(KPI_COLUMNS.length + 3).value).toBe("企画調整課");
    // Every row's formulas are the plan's for the row it is on; the comment count formula follows its row.
    for (let r = 4; r < 4 + next.indicators.length + 1; r++) {
      expect(`=${kpi.getRow(r).getCell(kpiCol("latest")).formula}`).toBe(formulaTexts(LAYOUT, r).latest);
      expect(String(kpi.getRow(r).getCell(KPI_COLUMNS.length + 1).formula)).toContain(`$A${r}`);
    }
    // The table covers every row; the comment is still in 委員意見; metadata and history updated.
    const t = (kpi.getTable("KPI") as unknown as { table: { tableRef?: string; ref?: string } }).table;
    expect(t.tableRef ?? t.ref).toBe(`A3:${columnLetter(KPI_COLUMNS.length + 3)}${3 + next.indicators.length + 1}`);
    const read = readKpiState(out, LAYOUT);
    if (!read.ok) throw new Error("read back");
    expect(read.state.comments).toEqual([{ id: comment.id, targetId: second }]);
    expect(read.state.datasetVersion).toBe("1.1.0");
    const history = out.getWorksheet(HISTORY_SHEET)!;
    expect((history.getRow(1).values as unknown[]).slice(1)).toEqual([...HISTORY_HEADERS]);
    expect((history.getRow(2).values as unknown[]).slice(1, 8)).toEqual([
      "2026-11-24 10:00",
      "tester",
      "next.json",
      "1.1.0",
      "1.0.0",
      1,
      1,
    ]);
  });

  test("refreshing the refreshed workbook again with the same dataset changes nothing and appends one history line", async () => {
    const wb = await builtWorkbook(bundled);
    const once = await refreshXlsx({
      xlsx: await bytesOf(wb),
      dataset: bundled,
      history: { at: AT, who: "a", source: "同梱データ" },
    });
    if (!once.ok) throw new Error("first");
    expect(once.plan.changes).toEqual([]);
    expect(once.plan.restored).toEqual([]);
    const twice = await refreshXlsx({
      xlsx: once.bytes,
      dataset: bundled,
      history: { at: AT, who: "b", source: "同梱データ" },
    });
    if (!twice.ok) throw new Error("second");
    expect(twice.plan.changes).toEqual([]);
    expect(twice.plan.added).toEqual([]);
    expect(twice.plan.restored).toEqual([]);
    const out = await load(twice.bytes);
    expect(out.getWorksheet(HISTORY_SHEET)!.getRow(3).getCell(2).value).toBe("b");
    expect(out.getWorksheet(HISTORY_SHEET)!.getRow(4).cellCount).toBe(0);
  });

  test("a workbook built by plan 1.0.0: its other 達成率 formulas are the plan's update (counted, not restored); the metadata then says PLAN_VERSION", async () => {
    const wb = await builtWorkbook(bundled);
    const meta = readMetadataXlsx(wb);
    if (!meta.ok) throw new Error("no metadata");
    writeMetadataXlsx(wb, { ...meta.metadata, planVersion: "1.0.0" });
    const ws = wb.getWorksheet("KPI一覧")!;
    // The 1.0.0 達成率: the plan's without the 方向 test the grading fix added.
    for (let r = 4; r < 4 + bundled.indicators.length; r++) {
      const cell = ws.getCell(r, kpiCol("progress"));
      const formula = (cell.value as { formula: string }).formula;
      const older = formula.replace(/OR\(([A-Z]+\d+=0),[A-Z]+\d+="[^"]+"\)/, "OR($1)");
      expect(older).not.toBe(formula);
      cell.value = { formula: older };
    }
    const result = await refreshXlsx({
      xlsx: await bytesOf(wb),
      dataset: bundled,
      history: { at: AT, who: "a", source: "同梱データ" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.restored).toEqual([]);
    expect(result.plan.updatedFormulas).toBe(bundled.indicators.length);
    expect(result.plan.notices.filter((n) => n.code === "PlanFormulasUpdated")).toHaveLength(1);
    const after = readMetadataXlsx(await load(result.bytes));
    expect(after.ok && after.metadata.planVersion).toBe(PLAN_VERSION);
  }, 30_000);

  test("damage: a renamed sheet is found by its table; a deleted one stops with a message and no bytes", async () => {
    const wb = await builtWorkbook(bundled);
    wb.getWorksheet("KPI一覧")!.name = "KPI一覧(委員会用)";
    const renamed = await refreshXlsx({
      xlsx: await bytesOf(wb),
      dataset: bundled,
      history: { at: AT, who: "a", source: "x" },
    });
    expect(renamed.ok).toBe(true);
    if (renamed.ok) expect(renamed.plan.notices.map((n) => n.code)).toContain("SheetRenamed");

    const wb2 = await builtWorkbook(bundled);
    wb2.removeWorksheet(wb2.getWorksheet("KPI一覧")!.id);
    const gone = await refreshXlsx({
      xlsx: await bytesOf(wb2),
      dataset: bundled,
      history: { at: AT, who: "a", source: "x" },
    });
    expect(gone).toEqual({
      ok: false,
      stage: "read",
      problems: [expect.objectContaining({ code: "KpiSheetMissing" })],
    });
  });

  test("damage: text in a number column names the cell; moved and hidden columns are found by header", async () => {
    const wb = await builtWorkbook(bundled);
    const ws = wb.getWorksheet("KPI一覧")!;
    const r = rowOf(ws, first);
    ws.getRow(r).getCell(kpiCol(yearKey(2022))).value = "集計中";
    const bad = await refreshXlsx({
      xlsx: await bytesOf(wb),
      dataset: bundled,
      history: { at: AT, who: "a", source: "x" },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems).toEqual([
        expect.objectContaining({
          code: "TextInNumberColumn",
          sheet: "KPI一覧",
          cell: `${kpiLetter(yearKey(2022))}${r}`,
        }),
      ]);

    const wb2 = await builtWorkbook(bundled);
    const ws2 = wb2.getWorksheet("KPI一覧")!;
    ws2.getColumn(kpiCol("unit")).hidden = true;
    // Swap two year columns' headers and contents (a moved column).
    const a = kpiCol(yearKey(2021));
    const b = kpiCol(yearKey(2022));
    ws2.getRow(3).getCell(a).value = "令和4年度(2022)";
    ws2.getRow(3).getCell(b).value = "令和3年度(2021)";
    ws2.getRow(r).getCell(a).value = 22; // under the 2022 header now
    const moved = await refreshXlsx({
      xlsx: await bytesOf(wb2),
      dataset: bundled,
      history: { at: AT, who: "a", source: "x" },
    });
    if (!moved.ok) throw new Error(moved.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(moved.plan.notices.map((n) => n.code)).toEqual(expect.arrayContaining(["ColumnsMoved", "ColumnsHidden"]));
    const out = await load(moved.bytes);
    const kpi = out.getWorksheet("KPI一覧")!;
    expect(kpi.getRow(3).getCell(b).value).toBe("令和4年度(2022)");
    expect(kpi.getRow(rowOf(kpi, first)).getCell(b).value).toBe(22);
    expect(kpi.getColumn(kpiCol("unit")).hidden).toBe(true);
  });

  test("rows sorted and filtered by a person are found by id; formulas follow their new rows", async () => {
    const wb = await builtWorkbook(bundled);
    const ws = wb.getWorksheet("KPI一覧")!;
    // Swap the first two data rows (a sort), typing a value into the first indicator first; hide a third (a filter).
    const r1 = rowOf(ws, first);
    ws.getRow(r1).getCell(kpiCol(yearKey(2024))).value = 55;
    const a = ws.getRow(r1);
    const b = ws.getRow(r1 + 1);
    for (let c = 1; c <= KPI_COLUMNS.length; c++) {
      const va = a.getCell(c).value;
      a.getCell(c).value = b.getCell(c).value;
      b.getCell(c).value = va;
    }
    ws.getRow(r1 + 2).hidden = true;
    const result = await refreshXlsx({
      xlsx: await bytesOf(wb),
      dataset: bundled,
      history: { at: AT, who: "a", source: "x" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.notices.map((n) => n.code)).toContain("RowsHidden");
    // The swapped formulas point at the other row: they are restored, and listed.
    expect(new Set(result.plan.restored.map((r) => r.id))).toEqual(new Set([first, second]));
    const out = await load(result.bytes);
    const kpi = out.getWorksheet("KPI一覧")!;
    // The people's order is kept: the second indicator now comes first.
    expect(rowOf(kpi, second)).toBe(r1);
    expect(kpi.getRow(rowOf(kpi, first)).getCell(kpiCol(yearKey(2024))).value).toBe(55);
    expect(`=${kpi.getRow(r1).getCell(kpiCol("grade")).formula}`).toBe(formulaTexts(LAYOUT, r1).grade);
    expect(kpi.getRow(r1 + 2).hidden).toBe(false);
  });

  test("a note people wrote under the table stays, moved down as the table grows; a non-id row in the table stops", async () => {
    const wb = await builtWorkbook(bundled);
    const ws = wb.getWorksheet("KPI一覧")!;
    const last = 3 + bundled.indicators.length;
    ws.getRow(last + 3).getCell(1).value = "備考: 令和7年度の実績は速報値";
    ws.getRow(last + 3).getCell(1).note = "事務局";
    const next: Dataset = structuredClone(bundled);
    next.indicators.push({ ...structuredClone(next.indicators[0]!), id: next.indicators[0]!.id.replace(/\d+$/, "9") });
    const result = await refreshXlsx({
      xlsx: await bytesOf(wb),
      dataset: next,
      history: { at: AT, who: "a", source: "x" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    expect(result.plan.retired).toEqual([]);
    const out = (await load(result.bytes)).getWorksheet("KPI一覧")!;
    expect(out.getRow(last + 4).getCell(1).value).toBe("備考: 令和7年度の実績は速報値");
    expect(out.getRow(last + 4).getCell(1).note).toBe("事務局");
    expect(out.getRow(last + 3).getCell(1).value).toBeNull();

    const wb2 = await builtWorkbook(bundled);
    wb2.getWorksheet("KPI一覧")!.getRow(last).getCell(1).value = "合計";
    const bad = await refreshXlsx({
      xlsx: await bytesOf(wb2),
      dataset: bundled,
      history: { at: AT, who: "a", source: "x" },
    });
    expect(bad).toEqual(expect.objectContaining({ ok: false, stage: "merge" }));
    if (!bad.ok) expect(bad.problems).toEqual([expect.objectContaining({ code: "NotAnId", cell: `A${last}` })]);
  });

  test("not an .xlsx: a problem, no bytes", async () => {
    const r = await refreshXlsx({
      xlsx: new Uint8Array([1, 2, 3]),
      dataset: bundled,
      history: { at: AT, who: "a", source: "x" },
    });
    expect(r).toEqual({ ok: false, stage: "load", problems: [expect.objectContaining({ code: "NotXlsx" })] });
  });
});
