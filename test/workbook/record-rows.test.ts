/** Which cells a record-table write touches, on plain arrays. */
import { REVISIONS_CONTRACT, SUMMARY_OPINIONS_CONTRACT } from "../../src/workbook/evaluation-columns";
import {
  appendRecordWrites,
  isBlankRecordRow,
  looksByTableColumn,
  readRecordRows,
  updateRecordWrites,
} from "../../src/workbook/record-rows";

const contract = SUMMARY_OPINIONS_CONTRACT;
// Columns reordered and one of people's own: writes go by header.
const headers = ["対象", "メモ", "評価年度", "総括意見", "記録日時", "記録者"];

describe("record rows", () => {
  it("appends: text gets '@', numbers none, formulas get the sheet row they land on", () => {
    const w = appendRecordWrites(
      contract,
      { headers, rows: [], firstRow: 7 },
      [
        { year: { value: 2025 }, target: { value: "全体" } },
        { year: { value: 2025 }, text: { formula: '=C{row}&"|"&A{row}' } },
      ],
      { wrap: ["text"] },
    );
    expect(w).toEqual({
      ok: true,
      rows: [
        {
          index: 0,
          cells: [
            { column: 2, value: 2025, format: null, wrap: false },
            { column: 0, value: "全体", format: "@", wrap: false },
          ],
        },
        {
          index: 1,
          cells: [
            { column: 2, value: 2025, format: null, wrap: false },
            { column: 3, value: "", format: null, wrap: true, formula: '=C8&"|"&A8' },
          ],
        },
      ],
    });
  });

  it("fills the last row when it is blank but for formula columns (「指標見直し」's 適用中 shows FALSE there)", () => {
    const ledger = REVISIONS_CONTRACT.columns.map((c) => c.header);
    const blank = ledger.map((h) => (h === "適用中" ? false : null));
    const row = { indicatorId: { value: "1-1-K1-1" } };
    const into = (rows: (string | boolean | null)[][]) =>
      appendRecordWrites(REVISIONS_CONTRACT, { headers: ledger, rows, firstRow: 2 }, [row]);
    expect(into([blank])).toMatchObject({ ok: true, rows: [{ index: 0, cells: [{ column: 0, value: "1-1-K1-1" }] }] });
    expect(isBlankRecordRow(REVISIONS_CONTRACT, ledger, blank)).toBe(true);
    // A row holding an input is a record: the new row goes below it.
    const typed = blank.map((v, i) => (i === 7 ? "理由" : v));
    expect(into([typed])).toMatchObject({ ok: true, rows: [{ index: 1 }] });
    expect(readRecordRows(REVISIONS_CONTRACT, { headers: ledger, rows: [blank, typed], firstRow: 2 }).rows).toEqual([
      expect.objectContaining({ index: 1, sheetRow: 3 }),
    ]);
  });

  it("updates the row found by its key whatever the key cell's type, and refuses a key found twice", () => {
    const rows = [
      ["基本目標1", null, 2025, "a", null, null],
      ["全体", null, "2025", "b", null, null],
      ["全体", null, 2024, "c", null, null],
    ];
    const ok = updateRecordWrites(contract, { headers, rows, firstRow: 2 }, [
      { key: { year: 2025, target: "全体" }, cells: { updatedBy: { value: "X" } } },
    ]);
    expect(ok).toEqual({
      ok: true,
      rows: [{ index: 1, cells: [{ column: 5, value: "X", format: "@", wrap: false }] }],
    });
    const twice = updateRecordWrites(contract, { headers, rows: [...rows, rows[1] ?? []], firstRow: 2 }, [
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

  it("gives an added row's columns their looks by header: none under people's own column or a doubled header", () => {
    const looks = { year: "Y", target: "T", text: "X", updatedAt: "A", updatedBy: "B" } as const;
    expect(looksByTableColumn(contract, headers, looks)).toEqual(["T", null, "Y", "X", "A", "B"]);
    expect(looksByTableColumn(contract, ["評価年度", " 対象 ", "対象"], looks)).toEqual(["Y", null, null]);
  });

  it("refuses a write whose column is missing", () => {
    const w = appendRecordWrites(contract, { headers: ["対象"], rows: [], firstRow: 2 }, [{ year: { value: 2025 } }]);
    expect(w).toMatchObject({ ok: false, problems: [{ code: "missingHeader" }] });
  });
});
