/** The fake's active sheet (README point 16): what getActiveWorksheet gives after activate, rename and delete. */
import { createFakeExcel } from "./index";

async function activeName(fx: ReturnType<typeof createFakeExcel>): Promise<string> {
  const active = fx.context.workbook.worksheets.getActiveWorksheet().load("name");
  await fx.context.sync();
  return active.name;
}

describe("fake Excel: the active sheet", () => {
  it("is the first visible sheet until one is activated, then that one, across a rename", async () => {
    const fx = createFakeExcel();
    const sheets = fx.context.workbook.worksheets;
    sheets.add("A").visibility = "Hidden";
    sheets.add("B");
    sheets.add("C");
    await fx.context.sync();
    // A new workbook is on its Sheet1; deleted, the next visible sheet to its right (A is hidden).
    expect(await activeName(fx)).toBe("Sheet1");
    sheets.getItem("Sheet1").delete();
    expect(await activeName(fx)).toBe("B");
    sheets.getItem("C").activate();
    expect(await activeName(fx)).toBe("C");
    sheets.getItem("C").name = "C2";
    expect(await activeName(fx)).toBe("C2");
  });

  it("deleting the active sheet activates the next visible one to its right, else the nearest to its left", async () => {
    const fx = createFakeExcel();
    const sheets = fx.context.workbook.worksheets;
    for (const name of ["A", "B", "C", "D"]) sheets.add(name);
    sheets.getItem("C").visibility = "Hidden";
    sheets.getItem("B").activate();
    sheets.getItem("B").delete();
    expect(await activeName(fx)).toBe("D");
    sheets.getItem("D").delete();
    expect(await activeName(fx)).toBe("A");
  });

  it("adding a sheet leaves the active sheet as it was (WorksheetCollection.add does not activate)", async () => {
    const fx = createFakeExcel({ sheets: ["A", "B"] });
    const sheets = fx.context.workbook.worksheets;
    sheets.getItem("B").activate();
    sheets.add("C");
    expect(await activeName(fx)).toBe("B");
  });

  it("a worksheet's name is read only after load and sync", () => {
    const fx = createFakeExcel();
    const active = fx.context.workbook.worksheets.getActiveWorksheet();
    expect(() => active.name).toThrow();
  });
});
