/**
 * Both renderers keep every scalar as planned, whatever the text looks like: formulas-looking text, numbers in text,
 * dates like 1-1, Japanese. exceljs is read back; Office.js is applied to the recording fake, which converts typed
 * input the way Excel does unless the cell is formatted as text.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { Scalar } from "../../src/lib/scalar";
import type { CellPlan, WorkbookPlan } from "../../src/plan/types";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { createFakeExcel, getCell } from "../support/fake-excel";

const tricky = fc.constantFrom(
  "=",
  "+",
  "-",
  "@",
  "1",
  "0",
  "-",
  "/",
  ":",
  "%",
  ".",
  ",",
  "伊",
  "勢",
  "崎",
  " ",
  "年",
  "e",
);
const text = fc.oneof(
  fc.string({ unit: tricky, minLength: 1, maxLength: 8 }),
  fc.constantFrom("=SUM(A1)", "1-1", "0012", "TRUE", "94.6%", "2024/4/1", "12:30", "'quoted"),
);
const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  text,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
);
const grid = fc.array(fc.array(scalar, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

function planOf(values: Scalar[][]): WorkbookPlan {
  return {
    metadata: {
      planVersion: "1",
      datasetVersion: "1.0.0",
      datasetDate: "2026-11-24",
      builtAt: "2026-11-24T00:00:00.000Z",
    },
    sheets: [
      {
        name: "値",
        rows: values.map((row) => row.map((value): CellPlan => ({ value }))),
        columns: [],
        tables: [],
        conditionalFormats: [],
        validations: [],
        charts: [],
      },
    ],
    names: [],
  };
}

describe("scalars survive both renderers unchanged (property)", () => {
  it("exceljs: read back equal, text never a formula", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (values) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await writeWorkbookXlsx(planOf(values))) as unknown as ArrayBuffer);
        const ws = wb.getWorksheet("値");
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = ws?.getCell(r + 1, c + 1);
            expect(cell?.formula).toBeUndefined();
            expect(cell?.value).toBe(Object.is(v, -0) ? 0 : v);
          }),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("Office.js: the fake Excel holds the same values, none converted, none taken as a formula", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (values) => {
        const excel = createFakeExcel();
        const result = await applyWorkbookPlan(excel.context, planOf(values), { isSetSupported: () => true });
        expect(result.ok).toBe(true);
        const sheet = excel.fake.state.sheet("値");
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = getCell(sheet, r + 1, c + 1);
            expect(cell?.formula).toBeUndefined();
            expect(cell?.coercedFrom).toBeUndefined();
            expect(cell?.value).toBe(v);
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
