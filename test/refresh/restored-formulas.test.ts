import { formulaTexts, type FormulaKey } from "../../src/plan/kpi-rows";
import { restoredFormulas } from "../../src/refresh/restored-formulas";
import type { RestoredFormula } from "../../src/refresh/refresh-plan";
import type { FoundCell, KpiRowState } from "../../src/workbook/kpi-state";
import { LAYOUT } from "../support/layout";

const ROW = 4;

function rowWith(edit: (formula: string) => string): KpiRowState {
  const texts = formulaTexts(LAYOUT, ROW);
  const cells: Record<string, FoundCell> = {};
  for (const key of LAYOUT.formulaKeys) {
    const formula = edit(texts[key as FormulaKey]);
    cells[key] = { address: `${LAYOUT.letter(key)}${ROW}`, value: null, formula };
  }
  return { id: "1-1-N1", sheetRow: ROW, cells, extra: {} };
}

describe("restoredFormulas", () => {
  it("takes the plan's formulas as they are: nothing restored", () => {
    const out: RestoredFormula[] = [];
    restoredFormulas(
      LAYOUT,
      rowWith((f) => f),
      out,
    );
    expect(out).toEqual([]);
  });

  it("takes a sheet reference Excel or LibreOffice stored without the quotes the plan wrote ('指標見直し'!A:A → 指標見直し!A:A)", () => {
    const quoted = Object.values(formulaTexts(LAYOUT, ROW)).filter((f) => /'[^']+'!/.test(f));
    expect(quoted.length).toBeGreaterThan(0); // the plan does quote the sheets its formulas read
    const out: RestoredFormula[] = [];
    restoredFormulas(
      LAYOUT,
      rowWith((f) => f.replace(/'([^']+)'!/g, "$1!")),
      out,
    );
    expect(out).toEqual([]);
  });

  it("still lists a formula that reads another sheet than the plan's", () => {
    const out: RestoredFormula[] = [];
    restoredFormulas(
      LAYOUT,
      rowWith((f) => f.replace(/'指標見直し'!/g, "'別シート'!")),
      out,
    );
    expect(out.map((r) => r.header)).toEqual(expect.arrayContaining(["適用目標値", "適用目標年度"]));
  });
});
