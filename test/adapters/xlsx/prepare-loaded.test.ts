import { compactDataValidations } from "../../../src/adapters/xlsx/prepare-loaded";
import { commentsXlsx, load } from "../../fixtures/comments/workbook";

describe("compactDataValidations", () => {
  /** The sqref of every <dataValidation> per worksheet file. */
  async function sqrefs(bytes: ArrayBuffer | Buffer): Promise<Record<string, string[]>> {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const out: Record<string, string[]> = {};
    for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      const xml = await zip.file(name)!.async("string");
      out[name] = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1] as string);
    }
    return out;
  }

  it("writes back a loaded workbook's validations without the overlapping ranges exceljs would produce", async () => {
    const original = await commentsXlsx();
    const before = await sqrefs(original);
    const naive = await sqrefs((await (await load(original)).xlsx.writeBuffer()) as ArrayBuffer);
    // exceljs alone: F10:F2001 next to F2:F2001 (string order of addresses)
    expect(Object.values(naive).flat()).toEqual(expect.arrayContaining(["F10:F2001", "F2:F2001"]));
    const wb = await load(original);
    compactDataValidations(wb);
    const after = await sqrefs((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(Object.fromEntries(Object.entries(after).map(([k, v]) => [k, [...v].sort()]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([k, v]) => [k, [...v].sort()])),
    );
  });
});
