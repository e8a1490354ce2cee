import ExcelJS from "exceljs";
import type { CellPlan, WorkbookPlan } from "../../../src/plan/types";
import { writeWorkbookXlsx, readWorkbookMetadata } from "../../../src/adapters/xlsx";
import { parseRange } from "../../../src/lib/a1";
import { METADATA_SHEET } from "../../../src/workbook/metadata";
import { smallPlan, FIXTURE_ROWS, KPI_FIRST_ROW } from "../../fixtures/adapters/small-plan";

async function roundTrip(plan: WorkbookPlan): Promise<{ wb: ExcelJS.Workbook; buffer: Buffer }> {
  const buffer = await writeWorkbookXlsx(plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return { wb, buffer };
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`missing sheet ${name}`);
  return ws;
}

describe("writeWorkbookXlsx round trip", () => {
  const plan = smallPlan();
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    ({ wb } = await roundTrip(plan));
  });

  it("writes every sheet in plan order, then the metadata's very hidden sheet (issue #11)", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["設定", "KPI一覧", "概要", METADATA_SHEET]);
  });

  it("writes every planned cell's value or formula and number format", () => {
    let checked = 0;
    for (const sp of plan.sheets) {
      const ws = sheet(wb, sp.name);
      sp.rows.forEach((cells, r) =>
        cells.forEach((cp: CellPlan | null, c) => {
          if (!cp) return;
          const cell = ws.getCell(r + 1, c + 1);
          if (cp.formula !== undefined) {
            expect(cell.formula).toBe(cp.formula.slice(1));
          } else {
            expect(cell.value).toBe(cp.value ?? null);
          }
          if (cp.numberFormat) expect(cell.numFmt).toBe(cp.numberFormat);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(70);
  });

  it("keeps text that starts with = as literal text, not a formula", () => {
    const ws = sheet(wb, "KPI一覧");
    const name = ws.getCell(KPI_FIRST_ROW + 2, 2);
    expect(name.value).toBe("=SUM(A1) のような文字列");
    expect(name.formula).toBeUndefined();
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("C2").type).toBe(ExcelJS.ValueType.String);
  });

  it("maps styles: inputs light yellow, headers bold with a fill, formulas coloured text", () => {
    const ws = sheet(wb, "KPI一覧");
    const input = ws.getCell(KPI_FIRST_ROW, 6);
    expect(input.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF9C4" } });
    const header = ws.getCell(3, 1);
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
    const formula = ws.getCell(KPI_FIRST_ROW, 10);
    expect(formula.font?.color?.argb).toBe("FF1F4E79");
  });

  it("writes column widths, hidden columns, freeze panes and tab colour", () => {
    const ws = sheet(wb, "KPI一覧");
    const kpi = plan.sheets[1]!;
    kpi.columns.forEach((col, i) => {
      expect(ws.getColumn(i + 1).width).toBe(col.width);
      expect(ws.getColumn(i + 1).hidden).toBe(col.hidden === true);
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    expect(ws.properties.tabColor).toMatchObject({ argb: "FF2F75B5" });
  });

  it("writes the table with its header row, range, style and filter buttons", () => {
    const ws = sheet(wb, "KPI一覧");
    const table = (
      ws as unknown as {
        tables: Record<
          string,
          {
            table: {
              ref: string;
              tableRef?: string;
              headerRow: boolean;
              style: { theme: string };
              columns: { name: string; filterButton: boolean }[];
            };
          }
        >;
      }
    ).tables["KPI"];
    expect(table).toBeDefined();
    const model = table!.table;
    const last = KPI_FIRST_ROW + FIXTURE_ROWS.length - 1;
    expect(model.tableRef ?? model.ref).toBe(`A3:K${last}`);
    expect(model.style.theme).toBe("TableStyleLight9");
    expect(model.columns.map((c) => c.name)).toEqual([
      "ID",
      "指標名",
      "方向",
      "基準値",
      "目標値",
      "令和6年度(2024)",
      "令和7年度(2025)",
      "最新実績",
      "達成率",
      "評価",
      "出典行",
    ]);
    expect(model.columns.every((c) => c.filterButton)).toBe(true);
  });

  it("writes defined names pointing at the settings cells", () => {
    expect(wb.definedNames.getRanges("評価年度").ranges).toEqual(["'設定'!$B$3"]);
    expect(wb.definedNames.getRanges("順調閾値").ranges).toEqual(["'設定'!$B$4"]);
  });

  it("writes conditional formats: a data bar with fixed bounds and colour, expression rules with fills", () => {
    const ws = sheet(wb, "KPI一覧");
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] })
      .conditionalFormattings;
    const last = KPI_FIRST_ROW + FIXTURE_ROWS.length - 1;
    const bar = cfs.find((c) => c.rules[0]?.type === "dataBar");
    expect(bar?.ref).toBe(`I${KPI_FIRST_ROW}:I${last}`);
    expect(bar?.rules[0]).toMatchObject({
      cfvo: [
        { type: "num", value: 0 },
        { type: "num", value: 1 },
      ],
      color: { argb: "FF5B9BD5" },
    });
    const exprs = cfs.filter((c) => c.rules[0]?.type === "expression");
    expect(exprs.map((c) => (c.rules[0] as { formulae: string[] }).formulae[0])).toEqual([
      `LEFT($J${KPI_FIRST_ROW},1)="A"`,
      `LEFT($J${KPI_FIRST_ROW},1)="D"`,
    ]);
    const dStyle = (exprs[1]!.rules[0] as { style: { fill: { bgColor: { argb: string } }; font: { bold: boolean } } })
      .style;
    expect(dStyle.fill.bgColor.argb).toBe("FFFFC7CE");
    expect(dStyle.font.bold).toBe(true);
  });

  it("writes data validations: a list and a decimal with its error message", () => {
    const ws = sheet(wb, "KPI一覧");
    const list = ws.getCell(KPI_FIRST_ROW + 1, 3).dataValidation;
    expect(list).toMatchObject({ type: "list", formulae: ['"増加,減少,維持"'] });
    const dec = ws.getCell(KPI_FIRST_ROW + 4, 7).dataValidation;
    expect(dec).toMatchObject({ type: "decimal", showErrorMessage: true, error: "数値を入力してください" });
    const bounded = sheet(wb, "設定").getCell("B4").dataValidation;
    expect(bounded).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    expect(ws.getCell(1, 3).dataValidation).toBeUndefined();
  });

  it("writes row outline groups and page setup", () => {
    const ws = sheet(wb, "KPI一覧");
    expect(ws.getRow(KPI_FIRST_ROW).outlineLevel).toBe(1);
    expect(ws.getRow(KPI_FIRST_ROW - 1).outlineLevel ?? 0).toBe(0);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe("1:3");
  });

  it("records the metadata and reads it back", async () => {
    const buffer = await writeWorkbookXlsx(plan);
    await expect(readWorkbookMetadata(buffer)).resolves.toEqual({ ok: true, metadata: plan.metadata });
  });

  it("reports a non-xlsx or a workbook without metadata as data", async () => {
    const bad = await readWorkbookMetadata(Buffer.from("not a zip"));
    expect(bad).toMatchObject({ ok: false, code: "MetadataInvalid" });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("x");
    const bytes = Buffer.from((await plain.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(readWorkbookMetadata(bytes)).resolves.toMatchObject({ ok: false, code: "MetadataMissing" });
  });

  it("uses the range bounds of the plan table (parseRange sanity)", () => {
    expect(parseRange("A3:AB53")).toEqual({ top: 3, left: 1, bottom: 53, right: 28 });
  });
});
