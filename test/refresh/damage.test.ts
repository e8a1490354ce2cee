/**
 * mergeRefresh checks the year cells inside its own pass over the rows (refresh/damage.ts, for speed): the problems
 * it returns must be damage()'s, in damage()'s order (ids, then each row's year cells in sheet order, then the year
 * columns), also when new rows are placed between the rows it walks.
 */
import { mergeRefresh } from "../../src/refresh/merge";
import { damage } from "../../src/refresh/damage";
import type { Dataset, Indicator } from "../../src/domain/dataset/schema";
import type { WorkbookState } from "../../src/workbook/kpi-state";
import { layoutOf, yearKey } from "../../src/workbook/kpi-columns";
import { datasetOf } from "../plan/dataset-builder";
import { sketch, stateOfDataset, typed } from "./support";

// Ids 1-1-K1-1, 1-1-K1-2, 1-2-K1-3, 1-2-K1-4; the workbook lacks 1-1-K1-2, which the merge places between rows.
const full = datasetOf([sketch(0), sketch(0), sketch(1), sketch(1)]);
const ids = full.indicators.map((i) => i.id);
const older: Dataset = { ...full, indicators: full.indicators.filter((_, i) => i !== 1) };
const DATE = "2026-11-24";
const TEXT = { value: "集計中" };
const A_DATE = { value: 45383, numberFormat: "yyyy/m/d" };

function damagedYears(state: WorkbookState): WorkbookState {
  let s = typed(state, ids[2]!, yearKey(2024), TEXT);
  s = typed(s, ids[0]!, yearKey(2025), A_DATE);
  s = typed(s, ids[0]!, yearKey(2023), TEXT);
  return typed(s, ids[3]!, yearKey(2023), { value: "１２件?" });
}

function problemsOf(state: WorkbookState, dataset: Dataset = full): readonly unknown[] {
  const result = mergeRefresh({ state, dataset, date: DATE });
  if (result.ok) throw new Error("the merge went through a damaged workbook");
  return result.problems;
}

function damageOf(state: WorkbookState): readonly unknown[] {
  const byId = new Map<string, Indicator>(full.indicators.map((i) => [i.id, i]));
  return damage(layoutOf(full), state, byId);
}

describe("mergeRefresh's problems are damage()'s", () => {
  test("year cells of several rows, with a new row placed between them", () => {
    const state = damagedYears(stateOfDataset(older));
    const problems = problemsOf(state);
    expect(problems).toEqual(damageOf(state));
    expect(problems).toEqual([
      expect.objectContaining({ code: "TextInNumberColumn" }),
      expect.objectContaining({ code: "DateInNumberColumn" }),
      expect.objectContaining({ code: "TextInNumberColumn" }),
      expect.objectContaining({ code: "TextInNumberColumn" }),
    ]);
    // Sheet order, then column order within a row: 1-1-K1-1's 2023 and 2025, then 1-2-K1-3, then 1-2-K1-4.
    const cells = (problems as { cell?: string }[]).map((p) => p.cell);
    const address = (id: string, year: number) => state.rows.find((r) => r.id === id)!.cells[yearKey(year)]!.address;
    expect(cells).toEqual([
      address(ids[0]!, 2023),
      address(ids[0]!, 2025),
      address(ids[2]!, 2024),
      address(ids[3]!, 2023),
    ]);
  });

  test("year cells and a year column renamed away: the column's problem comes last", () => {
    const state0 = damagedYears(stateOfDataset(older));
    const columns = { ...state0.columns };
    delete columns[yearKey(2022)];
    const state = { ...state0, columns, extraColumns: [{ address: "Z3", text: "R4実績", column: 26 }] };
    const problems = problemsOf(state);
    expect(problems).toEqual(damageOf(state));
    expect(problems).toHaveLength(5);
    expect(problems[4]).toEqual(expect.objectContaining({ code: "YearColumnMissing", cell: "Z3" }));
  });

  test("a repeated id with damaged year cells: every problem, ids first", () => {
    const state0 = damagedYears(stateOfDataset(older));
    const copy = state0.rows[0]!;
    const state = {
      ...state0,
      rows: [...state0.rows, { ...copy, sheetRow: 9, cells: { ...copy.cells, id: { address: "A9", value: copy.id } } }],
    };
    const problems = problemsOf(state);
    expect(problems).toEqual(damageOf(state));
    expect((problems as { code: string }[]).map((p) => p.code)).toEqual([
      "DuplicateId",
      "TextInNumberColumn",
      "DateInNumberColumn",
      "TextInNumberColumn",
      "TextInNumberColumn",
      "TextInNumberColumn",
      "DateInNumberColumn",
    ]);
  });

  test("a row the dataset dropped (廃止) has its year cells checked too, in its place", () => {
    const state = damagedYears(stateOfDataset(older));
    const without4 = { ...full, indicators: full.indicators.filter((i) => i.id !== ids[3]) };
    const problems = problemsOf(state, without4);
    expect(problems).toEqual(damageOf(state));
    expect(problems).toHaveLength(4);
  });

  test("an undamaged workbook merges", () => {
    expect(mergeRefresh({ state: stateOfDataset(older), dataset: full, date: DATE }).ok).toBe(true);
  });
});
