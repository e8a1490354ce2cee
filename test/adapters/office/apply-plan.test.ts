import type { CellPlan, WorkbookPlan } from "../../../src/plan/types";
import { applyWorkbookPlan, type ApplyResult } from "../../../src/adapters/office";
import { decodeMetadata } from "../../../src/workbook/metadata";
import { UI_FONT } from "../../../src/plan/style-palette";
import { createFakeExcel, FakeOfficeError, getCell, type FakeSheetState } from "../../support/fake-excel";
import { FIXTURE_ROWS, KPI_FIRST_ROW, smallPlan } from "../../fixtures/adapters/small-plan";

const allSets = (): boolean => true;

async function applyFresh(plan: WorkbookPlan = smallPlan()) {
  const excel = createFakeExcel();
  const result = await applyWorkbookPlan(excel.context, plan, { isSetSupported: allSets });
  return { ...excel, result };
}

function expectOk(result: ApplyResult): asserts result is Extract<ApplyResult, { ok: true }> {
  if (!result.ok) throw new Error(`apply failed: ${JSON.stringify(result)}`);
}

describe("applyWorkbookPlan on the recording fake", () => {
  it("builds a normal plan in at most 3 syncs (one read, one write) with calculation suspended while writing", async () => {
    const { fake, result } = await applyFresh();
    expectOk(result);
    // One read, one write, one for print settings (kept apart so a refusal cannot fail the build).
    expect(result.syncs).toBe(3);
    expect(fake.syncCount).toBe(3);
    expect(fake.state.requests[1]?.calculationSuspended).toBe(true);
    // … and the metadata's very hidden sheet, last (issue #11).
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "設定", "KPI一覧", "概要", "_kpi-review"]);
    expect(fake.state.activeSheet).toBe("設定");
  });

  it("writes every planned value and formula; text starting with = stays literal text", async () => {
    const plan = smallPlan();
    const { fake } = await applyFresh(plan);
    let checked = 0;
    for (const sp of plan.sheets) {
      const sheet = fake.state.sheet(sp.name);
      sp.rows.forEach((cells, r) =>
        cells.forEach((cp: CellPlan | null, c) => {
          if (!cp) return;
          const cell = getCell(sheet, r + 1, c + 1);
          if (cp.formula !== undefined) {
            expect(cell?.formula).toBe(cp.formula);
          } else {
            expect(cell?.formula).toBeUndefined();
            expect(cell?.coercedFrom).toBeUndefined();
            expect(cell?.value ?? null).toBe(cp.value ?? null);
          }
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(70);
    const literal = getCell(fake.state.sheet("KPI一覧"), KPI_FIRST_ROW + 2, 2);
    expect(literal).toMatchObject({ value: "=SUM(A1) のような文字列", numberFormat: "@" });
    expect(literal?.formula).toBeUndefined();
  });

  it("keeps text Excel would convert (a sub-goal id like 1-1, digits) as text", async () => {
    const plan: WorkbookPlan = {
      ...smallPlan(),
      sheets: [
        {
          name: "T",
          rows: [[{ value: "1-1" }, { value: "0012" }, { value: "+81" }, { value: "伊勢崎" }, { value: 12 }]],
          columns: [],
          tables: [],
          conditionalFormats: [],
          validations: [],
          charts: [],
        },
      ],
      names: [],
    };
    const { fake } = await applyFresh(plan);
    const sheet = fake.state.sheet("T");
    expect([1, 2, 3, 4, 5].map((c) => getCell(sheet, 1, c)?.value)).toEqual(["1-1", "0012", "+81", "伊勢崎", 12]);
    expect(getCell(sheet, 1, 1)?.numberFormat).toBe("@");
    // Ordinary text and numbers keep their (absent) format: "@" only where needed.
    expect(getCell(sheet, 1, 4)?.numberFormat).toBeUndefined();
    expect(getCell(sheet, 1, 5)?.numberFormat).toBeUndefined();
  });

  it("writes the planned number formats", async () => {
    const plan = smallPlan();
    const { fake } = await applyFresh(plan);
    for (const sp of plan.sheets) {
      const sheet = fake.state.sheet(sp.name);
      sp.rows.forEach((cells, r) =>
        cells.forEach((cp, c) => {
          if (cp?.numberFormat) expect(getCell(sheet, r + 1, c + 1)?.numberFormat).toBe(cp.numberFormat);
        }),
      );
    }
  });

  it("formats cells by style: inputs yellow, headers bold with fill, formulas blue-grey text, borders drawn", async () => {
    const { fake } = await applyFresh();
    const kpi = fake.state.sheet("KPI一覧");
    expect(getCell(kpi, KPI_FIRST_ROW, 6)?.format).toMatchObject({ fill: "#FFF9C4" });
    expect(getCell(kpi, 3, 1)?.format).toMatchObject({ bold: true, fill: "#D9E1F2", wrapText: true });
    expect(getCell(kpi, KPI_FIRST_ROW + 1, 9)?.format).toMatchObject({ fontColor: "#1F4E79" });
    expect(getCell(kpi, 1, 1)?.format).toMatchObject({ bold: true, size: 14 });
    expect(getCell(kpi, 1, 1)?.format.fill).toBeUndefined();
    expect(kpi.borders.some((b) => b.edge === "EdgeTop" && b.style === "Continuous")).toBe(true);
  });

  it("writes column widths in points, hidden columns, freeze panes, groups, page layout and tab colour", async () => {
    const plan = smallPlan();
    const { fake } = await applyFresh(plan);
    const kpi = fake.state.sheet("KPI一覧");
    // Width 36 characters: (36 × 7 + 5) px × 0.75 pt/px = 192.75 pt.
    expect(kpi.columns.get(2)?.widthPoints).toBe(192.75);
    expect(kpi.columns.get(11)?.hidden).toBe(true);
    expect(kpi.columns.get(10)?.hidden).toBeUndefined();
    expect(kpi.freeze).toEqual({ rows: 3, columns: 2 });
    expect(kpi.groups).toEqual([
      { address: `${KPI_FIRST_ROW}:${KPI_FIRST_ROW + FIXTURE_ROWS.length - 1}`, option: "ByRows" },
    ]);
    expect(kpi.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$3" });
    expect(kpi.tabColor).toBe("#2F75B5");
  });

  it("creates the table after its values, with name, style and filter buttons", async () => {
    const { fake } = await applyFresh();
    const kpi = fake.state.sheet("KPI一覧");
    const last = KPI_FIRST_ROW + FIXTURE_ROWS.length - 1;
    expect(kpi.tables).toHaveLength(1);
    expect(kpi.tables[0]).toMatchObject({
      name: "KPI",
      address: `A3:K${last}`,
      hasHeaders: true,
      style: "TableStyleLight9",
      showFilterButton: true,
    });
    expect(kpi.tables[0]?.headersAtCreation.slice(0, 3)).toEqual(["ID", "指標名", "方向"]);
  });

  it("adds conditional formats in the plan's priority order, validations, names, chart and metadata", async () => {
    const plan = smallPlan();
    const { fake } = await applyFresh(plan);
    const kpi = fake.state.sheet("KPI一覧");
    const last = KPI_FIRST_ROW + FIXTURE_ROWS.length - 1;
    expect(kpi.conditionalFormats.map((c) => c.type)).toEqual(["DataBar", "Custom", "Custom"]);
    expect(kpi.conditionalFormats[0]).toMatchObject({
      address: `I${KPI_FIRST_ROW}:I${last}`,
      dataBar: {
        lowerBoundRule: { type: "Number", formula: "0" },
        upperBoundRule: { type: "Number", formula: "1" },
        positiveFormat: { fillColor: "#5B9BD5", gradientFill: false },
      },
    });
    expect(kpi.conditionalFormats[1]).toMatchObject({
      custom: { rule: { formula: `=LEFT($J${KPI_FIRST_ROW},1)="A"` }, format: { fill: { color: "#C6EFCE" } } },
      stopIfTrue: true,
    });
    expect(kpi.conditionalFormats[2]).toMatchObject({ custom: { format: { font: { bold: true, color: "#9C0006" } } } });

    expect(kpi.validations).toEqual([
      expect.objectContaining({
        address: `C${KPI_FIRST_ROW}:C${last}`,
        rule: { list: { inCellDropDown: true, source: "増加,減少,維持" } },
        prompt: expect.objectContaining({ message: "方向を選びます", showPrompt: true }),
      }),
      expect.objectContaining({
        address: `F${KPI_FIRST_ROW}:G${last}`,
        rule: { decimal: expect.objectContaining({ operator: "Between" }) },
        errorAlert: expect.objectContaining({ message: "数値を入力してください", showAlert: true, style: "Stop" }),
      }),
    ]);
    const settings: FakeSheetState = fake.state.sheet("設定");
    expect(settings.validations[0]?.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });

    expect([...fake.state.names.values()]).toEqual([
      { name: "評価年度", reference: "='設定'!$B$3", comment: "評価する年度(西暦)" },
      { name: "順調閾値", reference: "='設定'!$B$4" },
    ]);
    expect(fake.state.sheet("概要").charts).toEqual([
      {
        type: "ColumnStacked",
        source: "A3:B9",
        seriesBy: "Columns",
        title: { text: "評価の内訳" },
        position: "D3",
        // Over the cells the xlsx drawing covers (CHART_SPAN: 8 columns, 20 rows), labels in the UI font.
        positionEnd: "K22",
        fontName: UI_FONT,
        seriesColors: ["#2F75B5"],
      },
    ]);
    expect(decodeMetadata(fake.state.properties.comments as string)).toEqual({ ok: true, metadata: plan.metadata });
  });

  it("reports progress up to the finish", async () => {
    const steps: string[] = [];
    const excel = createFakeExcel();
    await applyWorkbookPlan(excel.context, smallPlan(), {
      isSetSupported: allSets,
      onProgress: (p) => steps.push(p.step),
    });
    expect(steps[0]).toBe("read");
    expect(steps).toContain("cells");
    expect(steps[steps.length - 1]).toBe("finish");
  });
});

describe("existing sheets", () => {
  it("refuses with SheetsExist (after one read) when plan sheets, names or tables exist, and changes nothing", async () => {
    const excel = createFakeExcel({ sheets: ["Sheet1", "KPI一覧"], names: ["評価年度"] });
    const result = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: allSets });
    expect(result).toEqual({
      ok: false,
      code: "SheetsExist",
      key: "office.result.sheetsExist",
      sheets: ["KPI一覧"],
      names: ["評価年度"],
      tables: [],
      syncs: 1,
    });
    expect(excel.fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "KPI一覧"]);
  });

  it("replaces them when asked: old sheets deleted, other sheets kept, names re-pointed", async () => {
    const excel = createFakeExcel({ sheets: ["KPI一覧", "メモ"], names: ["評価年度"] });
    excel.fake.state.sheet("KPI一覧").cells.set(99 * 16384 + 1, { value: "古い内容", format: {} });
    const first = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: allSets, replace: true });
    expectOk(first);
    expect(excel.fake.state.sheets.map((s) => s.name)).toEqual(["メモ", "設定", "KPI一覧", "概要", "_kpi-review"]);
    expect(getCell(excel.fake.state.sheet("KPI一覧"), 99, 1)).toBeUndefined();
    expect(excel.fake.state.names.get("評価年度")?.reference).toBe("='設定'!$B$3");
    // A second replace also meets the table KPI it created the first time.
    const second = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: allSets, replace: true });
    expectOk(second);
    expect(excel.fake.state.allTables().map((t) => t.name)).toEqual(["KPI"]);
  });
});

describe("keepActiveSheet (sheets added to an open workbook)", () => {
  it("leaves the user's sheet active, at no extra sync", async () => {
    const excel = createFakeExcel({ sheets: ["Sheet1", "メモ"] });
    excel.fake.state.activeSheet = "メモ";
    const result = await applyWorkbookPlan(excel.context, smallPlan(), {
      isSetSupported: allSets,
      keepActiveSheet: true,
    });
    expectOk(result);
    expect(result.syncs).toBe(3);
    expect(excel.fake.state.activeWorksheet().name).toBe("メモ");
  });

  it("when the user's sheet is the one replaced, the new sheet of that name is active", async () => {
    const excel = createFakeExcel({ sheets: ["Sheet1", "KPI一覧"] });
    excel.fake.state.activeSheet = "KPI一覧";
    const result = await applyWorkbookPlan(excel.context, smallPlan(), {
      isSetSupported: allSets,
      replace: true,
      keepActiveSheet: true,
    });
    expectOk(result);
    // Without the option the fake would show the first planned sheet; deleting the old one alone would show the next.
    expect(excel.fake.state.activeWorksheet().name).toBe("KPI一覧");
    expect(excel.fake.state.sheets.map((s) => s.name)).not.toContain("~kpi-old-1");
  });
});

describe("requirement sets", () => {
  it("refuses without the core set and names what is missing", async () => {
    const excel = createFakeExcel();
    const result = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: () => false });
    expect(result).toMatchObject({ ok: false, code: "Unsupported", syncs: 0 });
    expect(excel.fake.syncCount).toBe(0);
  });

  it("skips optional features the Excel lacks and reports them", async () => {
    const excel = createFakeExcel();
    const upTo19 = (_set: string, version: string): boolean => Number(version.split(".")[1]) <= 9;
    const result = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: upTo19 });
    expectOk(result);
    expect(result.skipped).toEqual(["rowGroups", "columnGroups"]);
    expect(excel.fake.state.sheet("KPI一覧").groups).toEqual([]);
    expect(excel.fake.state.sheet("KPI一覧").conditionalFormats).toHaveLength(3);
  });
});

describe("print settings", () => {
  it("go in a request of their own after the build: a refusal leaves the workbook built and is reported", async () => {
    const excel = createFakeExcel();
    excel.fake.refuse = (path, action) =>
      action === "set zoom" ? new FakeOfficeError("InvalidArgument", `zoom refused at ${path}`) : undefined;
    const result = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: allSets });
    expectOk(result);
    // Read, write, print settings; then, after the refusal, each of KPI一覧's 4 settings again in a request of its
    // own, so the refused zoom costs only itself (issue #11: it used to cost every sheet's print settings).
    expect(result.syncs).toBe(3 + 4);
    expect(excel.fake.state.sheet("KPI一覧").pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$3",
    });
    expect(result.skipped).toEqual(["pageLayout"]);
    const kpi = excel.fake.state.sheet("KPI一覧");
    expect(kpi.tables).toHaveLength(1);
    expect(excel.fake.state.names.size).toBe(2);
  });
});

describe("formats without RangeAreas", () => {
  it("falls back to one request per rectangle with the same look, and reports the missing 1.9 features", async () => {
    const excel = createFakeExcel();
    const no19 = (_set: string, version: string): boolean => version !== "1.9";
    const result = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: no19 });
    expectOk(result);
    expect(result.skipped).toEqual(["pageLayout", "rangeAreas"]);
    const kpi = excel.fake.state.sheet("KPI一覧");
    expect(getCell(kpi, KPI_FIRST_ROW + 2, 7)?.format).toMatchObject({ fill: "#FFF9C4" });
    expect(getCell(kpi, 3, 11)?.format).toMatchObject({ bold: true, fill: "#D9E1F2" });
    expect(kpi.pageLayout).toEqual({});
  });
});

describe("Office errors", () => {
  it("returns an Office error as data with its message key (cell-edit mode on the first sync)", async () => {
    const excel = createFakeExcel();
    excel.fake.failNextSyncs.push(new FakeOfficeError("InvalidOperationInCellEditMode", "editing"));
    const result = await applyWorkbookPlan(excel.context, smallPlan(), { isSetSupported: allSets });
    expect(result).toMatchObject({
      ok: false,
      code: "OfficeError",
      error: { key: "office.error.cellEditMode", code: "InvalidOperationInCellEditMode", retryable: true },
    });
  });

  it("maps a name clash raised by Excel during the write to itemAlreadyExists", async () => {
    const plan = smallPlan();
    const clash: WorkbookPlan = { ...plan, names: [...plan.names, plan.names[0]!] };
    const excel = createFakeExcel();
    const result = await applyWorkbookPlan(excel.context, clash, { isSetSupported: allSets });
    expect(result).toMatchObject({ ok: false, code: "OfficeError", error: { key: "office.error.itemAlreadyExists" } });
  });
});
