/**
 * Years read one way everywhere (issue #13): the formula twin of periodLabel (plan/formats.ts eraLabelFormula),
 * computed by HyperFormula, names every year as the TypeScript label does, across the 平成/令和 boundary; the number
 * format of a year the plan writes names that year the same way.
 */
import { HyperFormula } from "hyperformula";
import { periodLabel } from "../../src/domain/periods";
import { basisSuffixFormula, eraLabelFormula, yearFormat } from "../../src/plan/formats";

describe("eraLabelFormula agrees with periodLabel", () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  hf.addSheet("S");
  afterAll(() => hf.destroy());
  const years = Array.from({ length: 60 }, (_, i) => 1980 + i);

  it.each([
    ["fiscal", "年度"],
    ["calendar", "暦年"],
  ] as const)("%s years 1980–2039 (basis cell 「%s」)", (basis, basisCell) => {
    // Each row's formula reads its own row's year and basis.
    hf.setSheetContent(
      0,
      years.map((y, i) => [y, basisCell, `=${eraLabelFormula(`A${i + 1}`, basisSuffixFormula(`B${i + 1}`))}`]),
    );
    const shown = years.map((_, i) => hf.getCellValue({ sheet: 0, row: i, col: 2 }));
    expect(shown).toEqual(years.map((y) => periodLabel(y, basis)));
    // The boundary the brief names: 2019 is 令和元, 2018 平成30, 1989 平成元.
    expect(shown[years.indexOf(2019)]).toBe(basis === "fiscal" ? "令和元年度(2019)" : "令和元年(2019)");
    expect(shown[years.indexOf(2018)]).toBe(basis === "fiscal" ? "平成30年度(2018)" : "平成30年(2018)");
    expect(shown[years.indexOf(1989)]).toBe(basis === "fiscal" ? "平成元年度(1989)" : "平成元年(1989)");
  });

  it("is blank for a blank year", () => {
    hf.setSheetContent(0, [["", "年度", `=${eraLabelFormula("A1", '"年度"')}`]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe("");
  });
});

describe("yearFormat", () => {
  it("names the year the plan writes, and keeps the plain format for any other number", () => {
    expect(yearFormat("fiscal", 2019)).toBe('[=2019]"令和元年度(2019)";0"年度"');
    expect(yearFormat("calendar", 2018)).toBe('[=2018]"平成30年(2018)";0"年"');
    expect(yearFormat("fiscal")).toBe('0"年度"');
  });
});
