/**
 * The returned 実績照会 file's grid → rows, pure: the hidden metadata found in row 1, the actual's column by its shape,
 * ids checked row by row against the metadata (changed, emptied, added), lists checked, problems naming cells.
 */
import type { Scalar } from "../../src/lib/scalar";
import { encodeDatacallMetadata, readDatacallGrid } from "../../src/workbook/datacall-file";

const META = { department: "企画課", year: 2025, datasetVersion: "1.0.0", ids: ["1-1-K1-1", "1-1-K1-2"] };
const HEADER = [
  "ID",
  "指標名",
  "令和7年度(2025)実績",
  "出典",
  "速報/確定",
  "要因分析",
  "課題",
  "今後の方向性",
  "外的要因",
];

function grid(rows: Scalar[][], meta: string = encodeDatacallMetadata(META)) {
  return {
    sheetName: "実績照会",
    top: 1,
    left: 1,
    values: [["企画課 実績照会", null, null, null, null, null, null, null, null, meta], ["説明"], HEADER, ...rows],
  };
}

describe("readDatacallGrid", () => {
  it("reads the rows with their cells, the metadata and where it is", () => {
    const read = readDatacallGrid(
      grid([
        ["1-1-K1-1", "a", 12, " 統計 ", "速報", "分析", "", " 改善 ", ""],
        ["1-1-K1-2", "b", "", "", "", "", "", "", "コロナ"],
      ]),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.file.metadata).toEqual(META);
    expect(read.file.metadataCell).toBe("実績照会 J1");
    expect(read.file.rows.map((r) => [r.id, r.actual, r.source, r.status, r.direction, r.externalFactor])).toEqual([
      ["1-1-K1-1", 12, "統計", "速報", "改善", ""],
      ["1-1-K1-2", null, "", "", "", "コロナ"],
    ]);
    expect(read.file.rows[0]?.cells).toMatchObject({ actual: "実績照会 C4", analysis: "実績照会 F4" });
  });

  it("names the cell of an id changed, emptied or added", () => {
    const read = readDatacallGrid(
      grid([
        ["1-1-K1-9", "a"],
        ["", "b"],
        ["2-1-N1", "c"],
      ]),
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          path: "実績照会 A4",
          code: "datacallChangedId",
          params: { id: "1-1-K1-9", expected: "1-1-K1-1" },
        },
        { path: "実績照会 A5", code: "datacallRemovedId", params: { expected: "1-1-K1-2" } },
        { path: "実績照会 A6", code: "datacallAddedId", params: { id: "2-1-N1" } },
      ],
    });
  });

  it("refuses 速報/確定 and 今後の方向性 outside their lists", () => {
    const read = readDatacallGrid(
      grid([
        ["1-1-K1-1", "a", 1, "", "暫定", "", "", "", ""],
        ["1-1-K1-2", "b", 2, "", "", "", "", "拡充", ""],
      ]),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.path, p.code, p.params.value])).toEqual([
      ["実績照会 E4", "notInList", "暫定"],
      ["実績照会 H5", "notInList", "拡充"],
    ]);
  });

  it("a sheet without the metadata, or with damaged metadata, is not a data call file", () => {
    expect(readDatacallGrid(grid([], ""))).toMatchObject({ ok: false, problems: [{ code: "datacallNotAFile" }] });
    expect(readDatacallGrid(grid([], "kpi-review-datacall:{broken"))).toMatchObject({
      ok: false,
      problems: [{ path: "実績照会 J1", code: "datacallBadMetadata" }],
    });
  });
});
