import ExcelJS from "exceljs";
import { commentsInOrder } from "../../src/domain/minutes";
import { buildMinutesSheet, minutesSheetName } from "../../src/plan/minutes-sheet";
import type { CellPlan, SheetPlan } from "../../src/plan/types";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { HOSTILE_TEXT, minutesOf } from "../fixtures/minutes/records";

const values = (sheet: SheetPlan): unknown[] =>
  sheet.rows.flatMap((r) => r.filter((c): c is CellPlan => c !== null).map((c) => c.value));

describe("buildMinutesSheet", () => {
  const doc = minutesOf(3);
  const sheet = buildMinutesSheet(doc);

  it("is 「会議録_第N回」, A4 portrait, printing the column header row on every page", () => {
    expect(sheet.name).toBe("会議録_第3回");
    expect(minutesSheetName(12)).toBe("会議録_第12回");
    expect(sheet.pageSetup).toEqual({
      orientation: "portrait",
      paperSize: "A4",
      printTitleRows: "$18:$18",
      fitToWidth: true,
    });
    // row 18: title, blank, 1+1+1+5+1+2+2 header lines (= 13, rows 3–15), blank (16), caption (17), column headers
    expect(sheet.rows[17]!.map((c) => c?.value)).toEqual(["発言者", "区分", "内容", "市の回答・対応", "対応状況"]);
    expect(sheet.rows[0]![0]!.value).toBe("第3回 伊勢崎市まち・ひと・しごと創生会議 会議録");
    expect(sheet.rows[3]!.map((c) => c?.value)).toEqual(["日時", "令和7年11月20日（木）午後2時00分～3時30分"]);
  });

  it("holds every comment and response once, as text cells", () => {
    const all = values(sheet);
    for (const c of commentsInOrder(doc)) {
      expect(all.filter((v) => v === c.text)).toHaveLength(1);
      if (c.response) expect(all.filter((v) => v === c.response)).toHaveLength(1);
    }
    const cell = sheet.rows.flat().find((c) => c?.value === HOSTILE_TEXT)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.numberFormat).toBe("@");
  });

  it("says so when the meeting has no comments", () => {
    expect(values(buildMinutesSheet(minutesOf(4)))).toContain("この会議で記録された委員意見はありません。");
  });

  it("is written by the xlsx renderer with texts kept literal and print settings set", async () => {
    const bytes = await writeWorkbookXlsx({
      metadata: {
        planVersion: "1.0.0",
        datasetVersion: "1.0.0",
        datasetDate: "2026-11-24",
        builtAt: "2026-11-24T00:00:00Z",
      },
      sheets: [sheet],
      names: [],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("会議録_第3回")!;
    const texts: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain(HOSTILE_TEXT);
    expect(ws.pageSetup.orientation).toBe("portrait");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe("18:18");
  });
});
