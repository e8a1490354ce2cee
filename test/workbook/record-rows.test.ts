/** Which cells a record-table write touches, on plain arrays. */
import { SUMMARY_OPINIONS_CONTRACT } from "../../src/workbook/evaluation-columns";
import { appendRecordWrites, readRecordRows, updateRecordWrites } from "../../src/workbook/record-rows";

const contract = SUMMARY_OPINIONS_CONTRACT;
// Columns reordered and one of people's own: writes go by header.
const headers = ["対象", "メモ", "評価年度", "総括意見", "記録日時", "記録者"];

describe("record rows", () => {
  it("appends: text gets '@', numbers none, formulas get the sheet row they land on", () => {
    const w = appendRecordWrites(
      contract,
      headers,
      [
        { year: { value: 2025 }, target: { value: "全体" } },
        { year: { value: 2025 }, text: { formula: '=C{row}&"|"&A{row}' } },
      ],
      7,
      { wrap: ["text"] },
    );
    expect(w).toEqual({
      ok: true,
      rows: [
        [
          { column: 2, value: 2025, format: null, wrap: false },
          { column: 0, value: "全体", format: "@", wrap: false },
        ],
        [
          { column: 2, value: 2025, format: null, wrap: false },
          { column: 3, value: "", format: null, wrap: true, formula: '=C8&"|"&A8' },
        ],
      ],
    });
  });

  it("updates the row found by its key whatever the key cell's type, and refuses a key found twice", () => {
    const rows = [
      ["基本目標1", null, 2025, "a", null, null],
      ["全体", null, "2025", "b", null, null],
      ["全体", null, 2024, "c", null, null],
    ];
    const ok = updateRecordWrites(contract, headers, rows, 2, [
      { key: { year: 2025, target: "全体" }, cells: { updatedBy: { value: "X" } } },
    ]);
    expect(ok).toEqual({
      ok: true,
      rows: [{ index: 1, cells: [{ column: 5, value: "X", format: "@", wrap: false }] }],
    });
    const twice = updateRecordWrites(contract, headers, [...rows, rows[1] ?? []], 2, [
      { key: { year: 2025, target: "全体" }, cells: { text: { value: "x" } } },
    ]);
    expect(twice).toMatchObject({ ok: false, problems: [{ code: "notFound" }] });
  });

  it("reads records by header, skipping the blank row", () => {
    const read = readRecordRows(contract, {
      headers,
      rows: [
        [null, "memo only", null, null, null, null],
        ["全体", null, 2025, "t", null, null],
      ],
      firstRow: 2,
    });
    // A row with only people's own column filled is blank to us.
    expect(read.rows).toEqual([
      {
        cells: { year: 2025, target: "全体", text: "t", updatedAt: null, updatedBy: null },
        index: 1,
        sheetRow: 3,
      },
    ]);
  });

  it("refuses a write whose column is missing", () => {
    const w = appendRecordWrites(contract, ["対象"], [{ year: { value: 2025 } }], 2);
    expect(w).toMatchObject({ ok: false, problems: [{ code: "missingHeader" }] });
  });
});
