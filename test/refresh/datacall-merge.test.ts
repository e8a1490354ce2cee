/**
 * The 実績照会 import's comparison, pure: which files are refused (another year, another department, ids that moved),
 * and what a file changes — empty cells filled, equal values left (read as the refresh reads typed actuals), a
 * differing typed value a conflict that needs a side, 出典/速報 kept only where the file's actual is in force.
 */
import { mergeDatacall, type DatacallTarget, type DatacallWorkbook } from "../../src/refresh/datacall-merge";
import type { DatacallFile, DatacallRow } from "../../src/workbook/datacall-file";

const row = (id: string, n: number, over: Partial<DatacallRow> = {}): DatacallRow => ({
  id,
  actual: null,
  source: "",
  status: "",
  analysis: "",
  issues: "",
  direction: "",
  externalFactor: "",
  cells: {
    id: `実績照会 A${n}`,
    actual: `実績照会 K${n}`,
    source: `実績照会 L${n}`,
    status: `実績照会 M${n}`,
    analysis: `実績照会 N${n}`,
    issues: `実績照会 O${n}`,
    direction: `実績照会 P${n}`,
    externalFactor: `実績照会 Q${n}`,
  },
  ...over,
});

const file = (rows: DatacallRow[], over: Partial<DatacallFile["metadata"]> = {}): DatacallFile => ({
  metadata: { department: "企画課", year: 2025, datasetVersion: "1.0.0", ids: rows.map((r) => r.id), ...over },
  metadataCell: "実績照会 R1",
  rows,
});

const target = (id: string, over: Partial<DatacallTarget> = {}): DatacallTarget => ({
  id,
  department: "企画課",
  unit: "人",
  actual: null,
  actualCell: "KPI一覧 Q4",
  entry: null,
  ...over,
});

const workbook = (indicators: DatacallTarget[], over: Partial<DatacallWorkbook> = {}): DatacallWorkbook => ({
  evaluationYear: 2025,
  datasetVersion: "1.0.0",
  indicators,
  ...over,
});

const none = { useFile: [], keepWorkbook: false };

describe("mergeDatacall", () => {
  it("fills empty cells, leaves equal values (「1,234人」 is 1234) and lists a differing one as unresolved", () => {
    const merged = mergeDatacall(
      file([
        row("A", 4, { actual: 10, source: "統計", status: "速報", analysis: "増加" }),
        row("B", 5, { actual: 1234, source: "台帳" }),
        row("C", 6, { actual: 8, analysis: "新しい分析" }),
      ]),
      workbook([
        target("A"),
        target("B", { actual: "1,234人" }),
        target("C", {
          actual: 7,
          entry: { analysis: "前の分析", issues: "課題", direction: "継続", externalFactor: "" },
        }),
        target("Z", { department: "福祉課", actual: 1 }),
      ]),
      none,
    );
    if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
    const v = merged.value;
    expect(v.changes.map((c) => [c.id, c.field, c.kind, c.resolution])).toEqual([
      ["A", "actual", "fill", "file"],
      ["A", "analysis", "fill", "file"],
      ["C", "actual", "conflict", null],
      ["C", "analysis", "conflict", null],
    ]);
    expect(v.unresolved.map((c) => [c.id, c.field, c.before, c.after])).toEqual([
      ["C", "actual", 7, 8],
      ["C", "analysis", "前の分析", "新しい分析"],
    ]);
    expect(v.actuals).toEqual([{ id: "A", value: 10 }]);
    expect(v.entries).toEqual([
      { id: "A", fields: { analysis: "増加", issues: "", direction: "", externalFactor: "" } },
    ]);
    // B's actual equals the workbook's, so its 出典 still describes the value in force; C's is not taken.
    expect(v.sources).toEqual([
      { id: "A", source: "統計", status: "速報" },
      { id: "B", source: "台帳", status: "" },
    ]);
    expect(v.datasetChanged).toBeNull();
  });

  it("takes the file's side for --use-file ids and keeps the workbook's for the rest with --keep-workbook", () => {
    const f = file([row("A", 4, { actual: 2, issues: "新" }), row("B", 5, { actual: 3 })]);
    const wb = workbook([
      target("A", { actual: 1, entry: { analysis: "分析", issues: "旧", direction: "", externalFactor: "" } }),
      target("B", { actual: 4 }),
    ]);
    const merged = mergeDatacall(f, wb, { useFile: ["A"], keepWorkbook: true });
    if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
    expect(merged.value.unresolved).toEqual([]);
    expect(merged.value.changes.map((c) => [c.id, c.field, c.resolution])).toEqual([
      ["A", "actual", "file"],
      ["A", "issues", "file"],
      ["B", "actual", "workbook"],
    ]);
    expect(merged.value.actuals).toEqual([{ id: "A", value: 2 }]);
    // The workbook's other answers ride along: saveEvaluationEntry writes every field.
    expect(merged.value.entries).toEqual([
      { id: "A", fields: { analysis: "分析", issues: "新", direction: "", externalFactor: "" } },
    ]);
  });

  it("refuses a --use-file id that names no conflict, and an actual that is no number, naming the cell", () => {
    const merged = mergeDatacall(
      file([row("A", 4, { actual: "集計中" }), row("B", 5, { actual: 3 })]),
      workbook([target("A"), target("B")]),
      { useFile: ["B"], keepWorkbook: false },
    );
    expect(merged).toEqual({
      ok: false,
      problems: [
        { path: "実績照会 K4", code: "notANumber", params: { field: "actual", value: "集計中" } },
        { path: "--use-file", code: "datacallStrayChoice", params: { id: "B" } },
      ],
    });
  });

  it("refuses a file of another 評価年度 at the metadata cell", () => {
    const merged = mergeDatacall(file([row("A", 4)], { year: 2024 }), workbook([target("A")]), none);
    expect(merged).toEqual({
      ok: false,
      problems: [{ path: "実績照会 R1", code: "datacallWrongYear", params: { file: 2024, workbook: 2025 } }],
    });
  });

  it("refuses a department the workbook does not know, and ids that moved between departments since", () => {
    expect(mergeDatacall(file([row("A", 4)], { department: "総務課" }), workbook([target("A")]), none)).toEqual({
      ok: false,
      problems: [{ path: "実績照会 R1", code: "datacallWrongDepartment", params: { department: "総務課" } }],
    });
    const moved = mergeDatacall(
      file([row("A", 4), row("X", 5)]),
      workbook([target("A", { department: "福祉課" }), target("B"), target("C")]),
      none,
    );
    expect(moved).toEqual({
      ok: false,
      problems: [
        {
          path: "実績照会 A4",
          code: "datacallOtherDepartment",
          params: { id: "A", department: "企画課", owner: "福祉課" },
        },
        { path: "実績照会 A5", code: "unknownIndicator", params: { value: "X" } },
        { path: "実績照会 R1", code: "datacallMissingIds", params: { department: "企画課", ids: "B, C" } },
      ],
    });
  });

  it("says when the file was made from another dataset version than the workbook now records", () => {
    const merged = mergeDatacall(file([row("A", 4)]), workbook([target("A")], { datasetVersion: "1.1.0" }), none);
    expect(merged.ok && merged.value.datasetChanged).toEqual({ file: "1.0.0", workbook: "1.1.0" });
  });
});
