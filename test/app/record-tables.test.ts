/**
 * RecordTablesPort against both backends (the recording Office fake and a real exceljs workbook, saved and loaded
 * again): a table added from a plan reads back as header + rows, appends fill the blank row first and keep text as
 * text, formulas are written as formulas, updates find their row by key after the rows moved, and a key that finds
 * no row writes nothing.
 */
import { BACKENDS } from "../support/backends";
import { smallPlan } from "../fixtures/adapters/small-plan";
import type { SheetPlan, WorkbookPlan } from "../../src/plan/types";
import { SUMMARY_OPINIONS_CONTRACT } from "../../src/workbook/evaluation-columns";
import { readRecordRows } from "../../src/workbook/record-rows";

const contract = SUMMARY_OPINIONS_CONTRACT;
const headers = contract.columns.map((c) => c.header);

/** The 総括意見 table alone, header in row 1 and the one blank row an empty table carries. */
function plan(): WorkbookPlan {
  const sheet: SheetPlan = {
    name: contract.sheet,
    rows: [headers.map((h) => ({ value: h, style: "header" as const })), headers.map(() => ({ value: null }))],
    columns: headers.map(() => ({ width: 12 })),
    tables: [{ name: contract.table, range: "A1:E2", style: "TableStyleLight9", showFilterButton: true }],
    conditionalFormats: [],
    validations: [],
    charts: [],
  };
  return { metadata: smallPlan().metadata, sheets: [sheet], names: [] };
}

describe.each(BACKENDS)("record tables ($name)", (maker) => {
  it("reads a missing table as missing", async () => {
    const b = maker.make();
    await expect(b.port.readRecordTable(contract)).resolves.toEqual({ kind: "missing" });
  });

  it("appends into the blank row, then below; text stays text, formulas are formulas; updates go by key", async () => {
    const b = maker.make();
    const added = await b.port.addRecordSheets(plan());
    expect(added.ok).toBe(true);
    const appended = await b.port.appendRecordRows(contract, [
      { year: { value: 2025 }, target: { value: "全体" }, text: { value: "=1+1" } },
      { year: { value: 2025 }, target: { value: "基本目標1" }, text: { formula: '="a"&"b"' } },
    ]);
    expect(appended).toMatchObject({ ok: true });
    const updated = await b.port.updateRecordRows(contract, [
      { key: { year: "2025", target: "全体" }, cells: { updatedBy: { value: "山田" } } },
    ]);
    expect(updated).toMatchObject({ ok: true });
    const again = await maker.reloaded(b);
    const read = await again.port.readRecordTable(contract);
    if (read.kind !== "table") throw new Error("missing");
    expect(read.headers).toEqual(headers);
    expect(read.firstRow).toBe(2);
    const rows = readRecordRows(contract, read).rows.map((r) => r.cells);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ year: 2025, target: "全体", text: "=1+1", updatedBy: "山田" });
    expect(rows[1]).toMatchObject({ year: 2025, target: "基本目標1" });
    expect(again.tableNames()).toContain(contract.table);
    // A formula, not its text (neither backend view holds a computed result here).
    expect(again.cell(contract.sheet, 3, 3)).not.toBe('="a"&"b"');
  });

  it("refuses an update whose key finds no row, writing none of the updates", async () => {
    const b = maker.make();
    await b.port.addRecordSheets(plan());
    await b.port.appendRecordRows(contract, [{ year: { value: 2025 }, target: { value: "全体" } }]);
    const refused = await b.port.updateRecordRows(contract, [
      { key: { year: 2025, target: "全体" }, cells: { text: { value: "書いてはいけない" } } },
      { key: { year: 2024, target: "全体" }, cells: { text: { value: "x" } } },
    ]);
    expect(refused).toMatchObject({ ok: false, problems: [{ code: "notFound", params: { value: "2024|全体" } }] });
    const read = await b.port.readRecordTable(contract);
    if (read.kind !== "table") throw new Error("missing");
    expect(readRecordRows(contract, read).rows[0]?.cells.text ?? "").toBe("");
  });
});
