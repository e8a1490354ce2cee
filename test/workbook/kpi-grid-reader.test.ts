/**
 * The one KPI reader over plain Grids (what either backend reads): the behaviours that used to live in only one of
 * the two backend readers (hidden rows and columns, notes, widths, headerless columns with data, the data region
 * below the table) now hold for both, because both hand the reader a Grid.
 */
import { cellAddress } from "../../src/lib/a1";
import type { Scalar } from "../../src/lib/scalar";
import type { Grid } from "../../src/workbook/grid";
import { stateFromGrid, type KpiGridInput } from "../../src/workbook/kpi-grid-reader";
import { yearKey } from "../../src/workbook/kpi-columns";
import { KPI_COLUMNS, LAYOUT, kpiCol } from "../support/layout";
import { noticeText } from "../../src/workbook/refresh-notice";

const HEADERS: Scalar[] = KPI_COLUMNS.map((c) => c.header);
const YEARS_ROW: Scalar[] = KPI_COLUMNS.map((c) => (c.key.startsWith("year:") ? Number(c.key.slice(5)) : null));

/** A data row: id and name, a typed 2024 actual, the rest empty (width of the plan's columns + `extra`). */
function dataRow(id: string, actual: number | null, extra: Scalar[] = []): Scalar[] {
  const row: Scalar[] = KPI_COLUMNS.map(() => null);
  row[kpiCol("id") - 1] = id;
  row[kpiCol("name") - 1] = `指標 ${id}`;
  row[kpiCol(yearKey(2024)) - 1] = actual;
  return [...row, ...extra];
}

/** Rows 2 (years), 3 (header), 4… (data), as a Grid from sheet row 2, column A. */
function grid(rows: Scalar[][], more: Partial<Grid> = {}, extraHeaders: Scalar[] = []): Grid {
  return {
    sheetName: "KPI一覧",
    top: 2,
    left: 1,
    values: [YEARS_ROW, [...HEADERS, ...extraHeaders], ...rows],
    ...more,
  };
}

function read(g: Grid, tableBottom: number | null = 3 + g.values.length - 2, more: Partial<KpiGridInput> = {}) {
  const result = stateFromGrid({
    layout: LAYOUT,
    grid: g,
    headerRow: 3,
    tableBottom,
    datasetVersion: "1.0.0",
    comments: [],
    ...more,
  });
  if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
  return result;
}

describe("the KPI grid reader", () => {
  test("reads plan columns by header, rows by id, and the years row above the header", () => {
    const r = read(grid([dataRow("1-1-N1", 5), dataRow("1-1-K1-1", null)]));
    expect(r.state.rows.map((x) => x.id)).toEqual(["1-1-N1", "1-1-K1-1"]);
    expect(r.state.rows[0]?.cells[yearKey(2024)]).toEqual({ address: `${LAYOUT.letter(yearKey(2024))}4`, value: 5 });
    expect(r.state.yearsRow[2024]).toBe(2024);
    expect(r.state.extraColumns).toEqual([]);
    expect(r.state.notices).toEqual([]);
    expect(r.dataBottom).toBe(5);
  });

  test("the details the plan folds are hidden by design: no notice for them, one for a column a person hid", () => {
    const folded = grid([dataRow("1-1-N1", 5)], {
      hiddenColumns: new Set([kpiCol("subGoal"), kpiCol("notes"), kpiCol("verification")]),
    });
    expect(read(folded).state.notices).toEqual([]);
    const byHand = grid([dataRow("1-1-N1", 5)], { hiddenColumns: new Set([kpiCol("subGoal"), kpiCol("unit")]) });
    expect(read(byHand).state.notices.map((n) => [n.code, n.params])).toEqual([
      ["ColumnsHidden", { columns: ["単位"] }],
    ]);
  });

  test("hidden rows with content are counted in a notice; hidden columns and widths are kept on the headers", () => {
    const g = grid([dataRow("1-1-N1", 5), dataRow("1-1-K1-1", 6), dataRow("1-1-K1-2", 7)], {
      hiddenRows: new Set([5, 6]),
      hiddenColumns: new Set([kpiCol("unit")]),
      columnWidths: new Map([[kpiCol("name"), 50]]),
    });
    const r = read(g);
    expect(r.state.notices.map((n) => n.code)).toEqual(["ColumnsHidden", "RowsHidden"]);
    expect(noticeText("ja", r.state.notices[1]!)).toBe(
      "フィルターなどで非表示の行（2行）も読み取りました。更新後はすべての行を表示します。",
    );
    expect(noticeText("en", r.state.notices[0]!)).toBe("Hidden columns (単位) were read and stay hidden.");
    expect(r.state.columns.unit?.hidden).toBe(true);
    expect(r.state.columns.name?.width).toBe(50);
  });

  test("cell notes are kept on their cells, also on an empty cell", () => {
    const at = `${LAYOUT.letter(yearKey(2023))}4`;
    const r = read(grid([dataRow("1-1-N1", 5)], { notes: new Map([[at, "速報値"]]) }));
    expect(r.state.rows[0]?.cells[yearKey(2023)]).toEqual({ address: at, value: null, note: "速報値" });
  });

  test("formulas and number formats as a backend reads them (Office-style formulas, General = none)", () => {
    const row = dataRow("1-1-N1", 5);
    const formulas: Scalar[] = row.map(() => null);
    formulas[kpiCol("latest") - 1] = "=1+1";
    formulas[kpiCol(yearKey(2024)) - 1] = 5; // a value, not a formula
    const formats: Scalar[] = row.map(() => "General");
    formats[kpiCol(yearKey(2024)) - 1] = "#,##0";
    const g = grid([row], {
      formulas: [undefined, undefined, formulas],
      numberFormats: [undefined, undefined, formats],
    });
    const cells = read(g).state.rows[0]?.cells;
    expect(cells?.latest?.formula).toBe("=1+1");
    expect(cells?.[yearKey(2024)]).toEqual({
      address: `${LAYOUT.letter(yearKey(2024))}4`,
      value: 5,
      numberFormat: "#,##0",
    });
    expect(cells?.name?.numberFormat).toBeUndefined();
  });

  test("a column without a header is one people use when an indicator row has data in it; else it is not a column", () => {
    const used = read(grid([dataRow("1-1-N1", 5, [null, "担当: 企画課"]), dataRow("1-1-K1-1", 6)], {}, [null, null]));
    const at = cellAddress(KPI_COLUMNS.length + 2, 3);
    expect(used.state.extraColumns).toEqual([
      { address: at, text: "", column: KPI_COLUMNS.length + 2, key: `（${at}）` },
    ]);
    expect(used.state.rows[0]?.extra).toEqual({ [`（${at}）`]: expect.objectContaining({ value: "担当: 企画課" }) });

    // Text in an unnamed column below the table, on a row without an indicator id: not a column.
    const note: Scalar[] = [...KPI_COLUMNS.map(() => null), "合計は別表"];
    const unused = read(grid([dataRow("1-1-N1", 5), note], {}, [null]), 4);
    expect(unused.state.extraColumns).toEqual([]);
  });

  test("the data region: the table's rows, then rows below it with an indicator id; a note further down is not read", () => {
    const below: Scalar[] = KPI_COLUMNS.map(() => null);
    below[0] = "備考: 速報値を含む";
    const r = read(grid([dataRow("1-1-N1", 5), dataRow("1-1-K1-1", 6), below]), 4);
    expect(r.state.rows.map((x) => x.id)).toEqual(["1-1-N1", "1-1-K1-1"]);
    expect(r.dataBottom).toBe(5);
    expect(r.state.rowsWithoutId).toEqual([]);

    // Without a table (read by its header row) the same rule finds the data.
    const noTable = read(grid([dataRow("1-1-N1", 5), dataRow("1-1-K1-1", 6), below]), null);
    expect(noTable.dataBottom).toBe(5);
  });

  test("a row with values but no id inside the data is reported; formula leftovers of a blank row are not", () => {
    const noId = dataRow("", 9);
    const leftovers = KPI_COLUMNS.map(() => null);
    const formulas: Scalar[][] = [];
    formulas[4] = leftovers.map((_, i) => (i === kpiCol("grade") - 1 ? "=1" : null));
    const r = read(grid([dataRow("1-1-N1", 5), noId, leftovers, dataRow("1-1-K1-1", 6)], { formulas }));
    expect(r.state.rowsWithoutId).toEqual([{ sheetRow: 5, address: "A5" }]);
    expect(r.state.rows.map((x) => x.id)).toEqual(["1-1-N1", "1-1-K1-1"]);
  });

  test("moved, re-labelled and duplicated headers", () => {
    const headers = [...HEADERS];
    const a = kpiCol(yearKey(2021)) - 1;
    const b = kpiCol(yearKey(2022)) - 1;
    [headers[a], headers[b]] = [headers[b] as Scalar, headers[a] as Scalar];
    headers[kpiCol("target") - 1] = "目標値 ";
    const g: Grid = { sheetName: "KPI一覧", top: 2, left: 1, values: [YEARS_ROW, headers, dataRow("1-1-N1", 1)] };
    const r = read(g);
    expect(r.state.notices.map((n) => n.code)).toEqual(["HeaderRecovered", "ColumnsMoved"]);
    expect(r.state.columns[yearKey(2021)]?.column).toBe(b + 1);

    const twice = [...HEADERS];
    twice[kpiCol("notes") - 1] = "指標名";
    const bad = stateFromGrid({
      layout: LAYOUT,
      grid: { sheetName: "KPI一覧", top: 3, left: 1, values: [twice] },
      headerRow: 3,
      tableBottom: 3,
      datasetVersion: null,
      comments: [],
    });
    expect(bad).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: "DuplicateHeader", cell: `${LAYOUT.letter("notes")}3` })],
    });
  });
});
