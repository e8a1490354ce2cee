/**
 * applyPlanToWorkbook: a plan written into a workbook that already has content, as the Office renderer writes into
 * the open workbook — unrelated sheets stay, sheets/names/tables of the same names are refused, or replaced on request.
 */
import ExcelJS from "exceljs";
import { applyPlanToWorkbook, workbookBytes } from "../../../src/adapters/xlsx/write-workbook";
import { definedNameRanges, findTable, tableModelsOf } from "../../../src/adapters/xlsx/exceljs-internals";
import { decodeMetadata, METADATA_SHEET } from "../../../src/workbook/metadata";
import { smallPlan } from "../../fixtures/adapters/small-plan";

const CREATED = new Date("2020-01-01T00:00:00Z");

/** A workbook someone already uses: a sheet of notes holding a table named like the plan's and a name it uses. */
function usedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "someone";
  wb.created = CREATED;
  wb.description = "their own notes";
  const ws = wb.addWorksheet("メモ");
  ws.addTable({
    name: "KPI",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "見出し" }],
    rows: [["残す値"]],
  });
  wb.definedNames.add("'メモ'!$A$2", "評価年度");
  return wb;
}

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await workbookBytes(wb)) as unknown as ArrayBuffer);
  return again;
}

describe("applyPlanToWorkbook", () => {
  const plan = smallPlan();

  it("adds the plan after the sheets a workbook has, and leaves who created it alone", async () => {
    const wb = new ExcelJS.Workbook();
    wb.creator = "someone";
    wb.created = CREATED;
    wb.addWorksheet("メモ").getCell("A1").value = "残す値";
    expect(applyPlanToWorkbook(wb, plan)).toEqual({ ok: true, sheets: plan.sheets.map((s) => s.name), skipped: [] });
    const again = await reload(wb);
    expect(again.worksheets.map((s) => s.name)).toEqual(["メモ", ...plan.sheets.map((s) => s.name), METADATA_SHEET]);
    expect(again.getWorksheet("メモ")!.getCell("A1").value).toBe("残す値");
    expect(again.creator).toBe("someone");
    expect(again.created.toISOString()).toBe(CREATED.toISOString());
    expect(again.modified.toISOString()).toBe(new Date(plan.metadata.builtAt).toISOString());
    expect(decodeMetadata(again.description)).toEqual({ ok: true, metadata: plan.metadata });
  });

  it("refuses a table or name of the same name anywhere, touching nothing", () => {
    const wb = usedWorkbook();
    expect(applyPlanToWorkbook(wb, plan)).toEqual({
      ok: false,
      code: "SheetsExist",
      sheets: [],
      names: ["評価年度"],
      tables: ["KPI"],
    });
    expect(wb.worksheets.map((s) => s.name)).toEqual(["メモ"]);
    expect(wb.description).toBe("their own notes");
    expect(definedNameRanges(wb, "評価年度")).toEqual(["'メモ'!$A$2"]);
  });

  it("on replace, the other sheet's table becomes a plain range (its cells stay) and the name points at the plan's cell", async () => {
    const wb = usedWorkbook();
    expect(applyPlanToWorkbook(wb, plan, { replace: true }).ok).toBe(true);
    const again = await reload(wb);
    const memo = again.getWorksheet("メモ")!;
    expect(tableModelsOf(memo)).toEqual([]);
    expect(memo.getCell("A2").value).toBe("残す値");
    expect(findTable(again, "KPI")?.ws.name).toBe("KPI一覧");
    expect(definedNameRanges(again, "評価年度")).toEqual(["'設定'!$B$3"]);
  });

  it("replaces sheets of the same names, once each, and writes no metadata when told not to", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, plan);
    wb.getWorksheet("概要")!.getCell("Z99").value = "old";
    const described = wb.description;
    const rebuilt = { ...plan, metadata: { ...plan.metadata, builtAt: "2030-01-01T00:00:00.000Z" } };
    expect(applyPlanToWorkbook(wb, rebuilt, { replace: true, writeMetadata: false }).ok).toBe(true);
    const again = await reload(wb);
    // The metadata's sheet (issue #11) stays from the first build, behind the replaced sheets.
    expect(again.worksheets.map((s) => s.name)).toEqual([...plan.sheets.map((s) => s.name), METADATA_SHEET]);
    expect(again.getWorksheet("概要")!.getCell("Z99").value).toBeNull();
    expect(again.description).toBe(described);
    expect(definedNameRanges(again, "評価年度")).toEqual(["'設定'!$B$3"]);
  });
});
