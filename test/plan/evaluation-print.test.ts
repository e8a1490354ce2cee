/**
 * How the four 効果検証 sheets print and show a written time (seen in LibreOffice's PDF of a whole cycle,
 * test/integration/evaluation-cycle.test.ts): landscape (A3 when too wide for A4), one page wide, the header repeated; a time as the use
 * cases write it (2025-06-20T01:00:00.000Z) fits its column (LibreOffice cut it at 20–21).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateDataset } from "../../src/domain/dataset/validate";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { A4_LANDSCAPE_WIDTH } from "../../src/plan/record-sheet";
import {
  CLOSED_CONTRACT,
  EVALUATION_CONTRACT,
  EVALUATION_SHEET_NAMES,
  REVISIONS_CONTRACT,
  SUMMARY_OPINIONS_CONTRACT,
} from "../../src/workbook/evaluation-columns";

const dataset = (() => {
  const v = validateDataset(JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")));
  if (!v.ok) throw new Error("bundled dataset invalid");
  return v.dataset;
})();
const plan = buildWorkbookPlan(dataset, { builtAt: new Date("2026-06-01T00:00:00Z"), evaluationYear: 2025 });
const sheet = (name: string) => {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const WRITTEN_TIME = new Date("2025-06-20T01:00:00Z").toISOString();

describe("the 効果検証 sheets on paper and on screen", () => {
  it.each(EVALUATION_SHEET_NAMES)("「%s」 prints landscape, one page wide, header repeated", (name) => {
    expect(sheet(name).pageSetup).toEqual({
      orientation: "landscape",
      paperSize: expect.stringMatching(/^A[34]$/),
      printTitleRows: "$1:$1",
      fitToWidth: true,
    });
  });

  it("a sheet too wide for A4 at a readable size prints on A3 (「評価」 with its long texts), a narrow one on A4", () => {
    const width = (name: string) => sheet(name).columns.reduce((sum, c) => sum + c.width, 0);
    expect(width(EVALUATION_CONTRACT.sheet)).toBeGreaterThan(A4_LANDSCAPE_WIDTH);
    expect(sheet(EVALUATION_CONTRACT.sheet).pageSetup?.paperSize).toBe("A3");
    expect(width(SUMMARY_OPINIONS_CONTRACT.sheet)).toBeLessThanOrEqual(A4_LANDSCAPE_WIDTH);
    expect(sheet(SUMMARY_OPINIONS_CONTRACT.sheet).pageSetup?.paperSize).toBe("A4");
  });

  it.each([
    [EVALUATION_CONTRACT.sheet, EVALUATION_CONTRACT, "updatedAt"],
    [SUMMARY_OPINIONS_CONTRACT.sheet, SUMMARY_OPINIONS_CONTRACT, "updatedAt"],
    [CLOSED_CONTRACT.sheet, CLOSED_CONTRACT, "closedAt"],
    [REVISIONS_CONTRACT.sheet, REVISIONS_CONTRACT, "recordedAt"],
  ] as const)("「%s」's time column is as wide as a written time", (_name, contract, key) => {
    const i = contract.columns.findIndex((c) => c.key === key);
    expect(sheet(contract.sheet).columns[i]?.width).toBeGreaterThanOrEqual(WRITTEN_TIME.length);
  });
});
