import { mergeRefresh, type RefreshPlan } from "../../src/refresh/merge";
import type { Dataset } from "../../src/domain/dataset/schema";
import { buildKpiSheet } from "../../src/plan/kpi-sheet";
import { yearKey } from "../../src/workbook/kpi-columns";
import { latestFormula } from "../../src/plan/formulas";
import { datasetOf } from "../plan/dataset-builder";
import { sketch, stateAfter, stateOfDataset, typed } from "./support";
import { LAYOUT, KPI_COLUMNS, kpiLetter } from "../support/layout";
import { noticeText } from "../../src/workbook/refresh-notice";
import { PLAN_VERSION } from "../../src/workbook/names";
import { isOlderPlanVersion } from "../../src/refresh/plan-version";

// Ids: 1-1-K1-1, 1-1-K1-2, 1-2-K1-3 (index-numbered by the builder).
const base = datasetOf([sketch(0), sketch(0, [[2022, 12]]), sketch(1)]);
const DATE = "2026-11-24";

function ok(result: ReturnType<typeof mergeRefresh>): RefreshPlan {
  if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
  return result.plan;
}

function withIndicators(ds: Dataset, edit: (inds: Dataset["indicators"]) => Dataset["indicators"]): Dataset {
  return { ...ds, indicators: edit(structuredClone(ds.indicators) as Dataset["indicators"]) };
}

describe("mergeRefresh", () => {
  test("a fresh workbook and the same dataset: nothing to change, the rows are the plan's rows", () => {
    const plan = ok(mergeRefresh({ state: stateOfDataset(base), dataset: base, date: DATE }));
    expect(plan.changes).toEqual([]);
    expect(plan.added).toEqual([]);
    expect(plan.retired).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.restored).toEqual([]);
    expect(plan.filled).toEqual([]);
    const sheet = buildKpiSheet(base, "t");
    plan.rows.forEach((r) => {
      const planRow = sheet.rows[r.sheetRow - 1];
      expect(KPI_COLUMNS.map((c) => r.cells[c.key])).toEqual(planRow);
    });
  });

  test("typed actuals stay, dataset actuals fill empty cells, differing values are conflicts kept unless chosen", () => {
    let state = stateOfDataset(base);
    state = typed(state, "1-1-K1-1", yearKey(2023), { value: 15 });
    state = typed(state, "1-1-K1-2", yearKey(2022), { value: 13 }); // dataset says 12
    const next = withIndicators(base, (inds) => {
      (inds[0] as Dataset["indicators"][number]).actuals = [
        { year: 2023, value: 15 }, // same as typed: no conflict
        { year: 2024, value: 17 }, // empty in the workbook: filled
      ];
      return inds;
    });
    const kept = ok(mergeRefresh({ state, dataset: next, date: DATE }));
    const row = (plan: RefreshPlan, id: string) => plan.rows.find((r) => r.id === id);
    expect(row(kept, "1-1-K1-1")?.cells[yearKey(2023)]?.value).toBe(15);
    expect(row(kept, "1-1-K1-1")?.cells[yearKey(2024)]?.value).toBe(17);
    expect(kept.filled).toEqual([{ id: "1-1-K1-1", year: 2024, value: 17 }]);
    expect(kept.conflicts).toEqual([
      expect.objectContaining({ key: "1-1-K1-2|2022", workbook: 13, dataset: 12, resolution: "workbook" }),
    ]);
    expect(row(kept, "1-1-K1-2")?.cells[yearKey(2022)]?.value).toBe(13);

    const chosen = ok(mergeRefresh({ state, dataset: next, date: DATE, choices: { "1-1-K1-2|2022": "dataset" } }));
    expect(chosen.conflicts[0]?.resolution).toBe("dataset");
    expect(row(chosen, "1-1-K1-2")?.cells[yearKey(2022)]?.value).toBe(12);
  });

  test("an indicator that left the dataset is kept, marked 廃止, with its actuals and notes; once only", () => {
    let state = stateOfDataset(base);
    state = typed(state, "1-1-K1-2", yearKey(2024), { value: 14, note: "委員: 要確認" });
    const next = withIndicators(base, (inds) => inds.filter((i) => i.id !== "1-1-K1-2"));
    const plan = ok(mergeRefresh({ state, dataset: next, date: DATE }));
    const gone = plan.rows.find((r) => r.id === "1-1-K1-2");
    expect(plan.retired).toEqual(["1-1-K1-2"]);
    expect(gone?.status).toBe("retired");
    expect(gone?.cells.kind.value).toBe("廃止（KPI）");
    expect(String(gone?.cells.notes.value)).toMatch(/^廃止: データセット 0\.0\.1（2026-11-24）に含まれない指標/);
    expect(gone?.cells[yearKey(2024)]?.value).toBe(14);
    expect(gone?.cells[yearKey(2022)]?.value).toBe(12);
    expect(gone?.cells.name.value).toBe("指標2");
    expect(gone?.notes[yearKey(2024)]).toBe("委員: 要確認");
    expect(gone?.cells.latest.formula).toBe(latestFormula(LAYOUT, gone?.sheetRow ?? 0));
    // Refreshing again: still there, still 廃止, not counted again, the note not doubled.
    const again = ok(mergeRefresh({ state: stateAfter(plan), dataset: next, date: "2027-01-01" }));
    expect(again.retired).toEqual([]);
    const still = again.rows.find((r) => r.id === "1-1-K1-2");
    expect(still?.cells.kind.value).toBe("廃止（KPI）");
    expect(String(still?.cells.notes.value).match(/廃止:/g)).toHaveLength(1);
    expect(again.changes).toEqual([]);
    // And back in the dataset: un-retired, the 区分 change listed.
    const back = ok(mergeRefresh({ state: stateAfter(again), dataset: base, date: DATE }));
    expect(back.unretired).toEqual(["1-1-K1-2"]);
    expect(back.changes).toContainEqual(
      expect.objectContaining({ id: "1-1-K1-2", key: "kind", before: "廃止（KPI）", after: "KPI" }),
    );
  });

  test("a new indicator goes next to its own group, in the order people left the rows", () => {
    const full = datasetOf([sketch(0), sketch(0), sketch(1), sketch(1)]); // 1-1-K1-1, 1-1-K1-2, 1-2-K1-3, 1-2-K1-4
    const without = withIndicators(full, (inds) => inds.filter((i) => i.id !== "1-1-K1-2"));
    const plan = ok(mergeRefresh({ state: stateOfDataset(without), dataset: full, date: DATE }));
    expect(plan.rows.map((r) => r.id)).toEqual(["1-1-K1-1", "1-1-K1-2", "1-2-K1-3", "1-2-K1-4"]);
    expect(plan.added).toEqual(["1-1-K1-2"]);
    // Rows sorted by someone: 1-2 first. The new row still lands after its predecessor in the group.
    const state = stateOfDataset(without);
    const sorted = { ...state, rows: [state.rows[1], state.rows[2], state.rows[0]].map((r) => r!) };
    const plan2 = ok(mergeRefresh({ state: sorted, dataset: full, date: DATE }));
    expect(plan2.rows.map((r) => r.id)).toEqual(["1-2-K1-3", "1-2-K1-4", "1-1-K1-1", "1-1-K1-2"]);
    // Formulas follow the row they are written to.
    plan2.rows.forEach((r) => expect(r.cells.latest.formula).toBe(latestFormula(LAYOUT, r.sheetRow)));
  });

  test("a first indicator of a group with no rows yet goes before the next group in dataset order", () => {
    const full = datasetOf([sketch(0), sketch(1), sketch(2)]); // 1-1-K1-1, 1-2-K1-2, 2-1-K1-3
    const without = withIndicators(full, (inds) => inds.filter((i) => i.id !== "1-2-K1-2"));
    const plan = ok(mergeRefresh({ state: stateOfDataset(without), dataset: full, date: DATE }));
    // Same 基本目標 1 as 1-1-K1-1: after it.
    expect(plan.rows.map((r) => r.id)).toEqual(["1-1-K1-1", "1-2-K1-2", "2-1-K1-3"]);
  });

  test("definition changes are listed old → new and written from the dataset", () => {
    const next = withIndicators(base, (inds) => {
      const first = inds[0] as Dataset["indicators"][number];
      first.name = "新しい指標名";
      first.target = { ...first.target, value: 25, printed: "25件" };
      return inds;
    });
    const plan = ok(mergeRefresh({ state: stateOfDataset(base), dataset: next, date: DATE }));
    expect(plan.changes).toEqual([
      { id: "1-1-K1-1", key: "name", header: "指標名", before: "指標1", after: "新しい指標名" },
      { id: "1-1-K1-1", key: "target", header: "目標値", before: 20, after: 25 },
    ]);
    expect(plan.rows[0]?.cells.target.value).toBe(25);
  });

  test("a formula someone typed over comes back, and is listed", () => {
    const state = typed(stateOfDataset(base), "1-1-K1-1", "grade", { value: "A 達成" });
    const plan = ok(mergeRefresh({ state, dataset: base, date: DATE }));
    expect(plan.restored).toEqual([
      { id: "1-1-K1-1", header: "評価", address: `${kpiLetter("grade")}4`, found: "A 達成" },
    ]);
    expect(plan.rows[0]?.cells.grade.formula).toMatch(/^=IF\(/);
  });

  describe("a workbook built by an older plan (its metadata's planVersion before PLAN_VERSION)", () => {
    // The 達成率 formula as a 1.0.0 workbook holds it: another formula than the plan's today.
    const older = (planVersion: string | null) => {
      const state = typed(stateOfDataset(base), "1-1-K1-1", "progress", { value: null, formula: '=IFERROR(1,"")' });
      return { ...typed(state, "1-1-K1-2", "grade", { value: "A 達成" }), planVersion };
    };

    test("formula cells that differ are an update of the plan, counted and told; typed values are still restored", () => {
      expect(PLAN_VERSION).toBe("1.3.0");
      const plan = ok(mergeRefresh({ state: older("1.0.0"), dataset: base, date: DATE }));
      expect(plan.restored).toEqual([
        { id: "1-1-K1-2", header: "評価", address: `${kpiLetter("grade")}5`, found: "A 達成" },
      ]);
      expect(plan.updatedFormulas).toBe(1);
      const notice = plan.notices.find((n) => n.code === "PlanFormulasUpdated");
      expect(notice?.params).toEqual({ version: "1.3.0", from: "1.0.0", count: 1 });
      expect(noticeText("ja", notice!)).toContain("計算式を新しい版（1.3.0）に更新しました");
      expect(plan.rows[0]?.cells.progress.formula).toMatch(/^=IF/);
    });

    test("a workbook at the plan's version, or one whose version is unknown, lists a changed formula as restored", () => {
      for (const version of ["1.3.0", null, "2.0.0"]) {
        const plan = ok(mergeRefresh({ state: older(version), dataset: base, date: DATE }));
        expect(plan.restored.map((r) => r.header)).toEqual(["達成率", "評価"]);
        expect(plan.updatedFormulas).toBe(0);
        expect(plan.notices.map((n) => n.code)).not.toContain("PlanFormulasUpdated");
      }
    });

    test("versions compare by number, not as text", () => {
      expect(isOlderPlanVersion("1.0.0", "1.1.0")).toBe(true);
      expect(isOlderPlanVersion("1.9.0", "1.10.0")).toBe(true);
      expect(isOlderPlanVersion("1.10.0", "1.9.0")).toBe(false);
      expect(isOlderPlanVersion("1.1.0", "1.1.0")).toBe(false);
      expect(isOlderPlanVersion("", "1.1.0")).toBe(false);
      expect(isOlderPlanVersion("abc", "1.1.0")).toBe(false);
    });
  });

  test("extra columns, their formulas and cell notes move with their row", () => {
    const full = datasetOf([sketch(0), sketch(0)]);
    const without = withIndicators(full, (inds) => inds.filter((i) => i.id !== "1-1-K1-1"));
    const state0 = stateOfDataset(without);
    const state = {
      ...state0,
      extraColumns: [{ address: "AF3", text: "担当課", column: 32 }],
      rows: state0.rows.map((r) => ({
        ...r,
        extra: { 担当課: { address: "AF4", value: null, formula: "=P4*2" } },
      })),
    };
    const plan = ok(mergeRefresh({ state, dataset: full, date: DATE }));
    expect(plan.rows.map((r) => r.id)).toEqual(["1-1-K1-1", "1-1-K1-2"]);
    expect(plan.rows[1]?.extra.担当課?.formula).toBe("=P5*2");
    // A column whose every cell is the same formula moved to its row is a calculated column: the new row gets it.
    expect(plan.rows[0]?.extra).toEqual({ 担当課: { address: "", value: null, formula: "=P4*2" } });
    expect(plan.extraColumns.map((c) => c.text)).toEqual(["担当課"]);
  });
});

describe("mergeRefresh on damage", () => {
  test("duplicate ids stop it, naming both cells", () => {
    const state = stateOfDataset(base);
    const dup = {
      ...state,
      rows: [
        ...state.rows,
        {
          ...state.rows[0]!,
          sheetRow: 9,
          cells: { ...state.rows[0]!.cells, id: { address: "A9", value: "1-1-K1-1" } },
        },
      ],
    };
    const result = mergeRefresh({ state: dup, dataset: base, date: DATE });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([expect.objectContaining({ code: "DuplicateId", cell: "A9" })]);
      expect(noticeText("ja", result.problems[0]!)).toContain("A4と A9".replace(" ", ""));
    }
  });

  test("text that is not a number in a year column stops it, naming the cell", () => {
    const state = typed(stateOfDataset(base), "1-1-K1-1", yearKey(2024), { address: "T4", value: "集計中" });
    const result = mergeRefresh({ state, dataset: base, date: DATE });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([expect.objectContaining({ code: "TextInNumberColumn", cell: "T4" })]);
      expect(noticeText("ja", result.problems[0]!)).toContain("集計中");
    }
  });

  test("a date typed into a year column stops it, naming the cell (Excel stores 2024/4/1 as the serial 45383)", () => {
    const date = { address: "T4", value: 45383, numberFormat: "yyyy/m/d" };
    const state = typed(stateOfDataset(base), "1-1-K1-1", yearKey(2024), date);
    const result = mergeRefresh({ state, dataset: base, date: DATE });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([expect.objectContaining({ code: "DateInNumberColumn", cell: "T4" })]);
      expect(noticeText("ja", result.problems[0]!)).toContain("日付「2024-04-01」");
    }
    // The same number under a number format (or a quoted "年" in a number format) is an actual.
    for (const numberFormat of ["#,##0", '0"年度"', "0.0%", "General"]) {
      const plain = typed(stateOfDataset(base), "1-1-K1-1", yearKey(2024), { ...date, numberFormat });
      expect(mergeRefresh({ state: plain, dataset: base, date: DATE }).ok).toBe(true);
    }
  });

  test("text whose number is certain is read as that number", () => {
    let state = typed(stateOfDataset(base), "1-1-K1-1", yearKey(2024), { value: "１，５６３件" });
    state = typed(state, "1-1-K1-2", yearKey(2024), { value: " 12.5 " });
    const plan = ok(mergeRefresh({ state, dataset: base, date: DATE }));
    expect(plan.rows[0]?.cells[yearKey(2024)]?.value).toBe(1563);
    expect(plan.rows[1]?.cells[yearKey(2024)]?.value).toBe(12.5);
  });

  test("a row with values but no id, and a header row that moved, stop it", () => {
    const state = { ...stateOfDataset(base), rowsWithoutId: [{ sheetRow: 8, address: "A8" }], headerRow: 4 };
    const result = mergeRefresh({ state, dataset: base, date: DATE });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code).sort()).toEqual(["HeaderRowMoved", "MissingId"]);
  });

  test("a missing year column with a renamed column around stops it; with none, it is added back", () => {
    const state0 = stateOfDataset(base);
    const columns = { ...state0.columns };
    delete columns[yearKey(2024)];
    const renamed = { ...state0, columns, extraColumns: [{ address: "T3", text: "R6実績", column: 20 }] };
    const result = mergeRefresh({ state: renamed, dataset: base, date: DATE });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toEqual(expect.objectContaining({ code: "YearColumnMissing", cell: "T3" }));
    const plan = ok(mergeRefresh({ state: { ...state0, columns }, dataset: base, date: DATE }));
    expect(plan.notices.map((n) => n.code)).toContain("YearColumnAdded");
  });
});
