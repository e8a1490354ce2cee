import ExcelJS from "exceljs";
import { buildMinutes, commentsInOrder } from "../../src/domain/minutes";
import { buildMinutesSheet, MINUTES_COLUMNS, minutesSheetName } from "../../src/plan/minutes-sheet";
import type { CellPlan, SheetPlan } from "../../src/plan/types";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import {
  COMMENTS,
  HOSTILE_TEXT,
  MEETINGS,
  MEMBERS,
  STATUS,
  minutesDataset,
  minutesOf,
} from "../fixtures/minutes/records";

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
      printTitleRows: "$24:$24",
      fitToWidth: true,
    });
    // row 24: title, blank, header lines 1+2+1+2+1+1+1+1+2+2 (= 14, rows 3–16; no 事務局 line unless recorded),
    // blank (17), 議事の経過 (18), 1 開会 and its line (19–20), 2 議事 (21), a line per 議題 (22–23), then the column
    // headers above the statements
    expect(sheet.rows[23]!.map((c) => c?.value)).toEqual(["発言者", "区分", "内容", "市の回答・対応", "対応状況"]);
    expect(sheet.rows[24]![0]!.value).toBe("意見1 田中 一郎 会長\n（1-1-N1）");
    expect(sheet.rows[0]![0]!.value).toBe("第3回 伊勢崎市まち・ひと・しごと創生会議 会議録");
    expect(sheet.rows[3]!.map((c) => c?.value)).toEqual(["日時", "令和7年11月20日（木）"]);
  });

  it("has the 事務局 row from the meeting's 事務局, after 市側出席者, one row lower everything below", () => {
    const meetings = MEETINGS.map((m) => (m.number === 3 ? { ...m, secretariat: "企画部企画調整課" } : m));
    const r = buildMinutes({
      dataset: minutesDataset(),
      meetings,
      members: MEMBERS,
      comments: COMMENTS,
      statusById: STATUS,
      meetingNumber: 3,
    });
    if (!r.ok) throw new Error(r.message);
    const withIt = buildMinutesSheet(r.minutes);
    const labels = withIt.rows.map((row) => row[0]?.value ?? null);
    const city = labels.indexOf("市側出席者");
    expect(withIt.rows[city + 1]!.map((c) => c?.value)).toEqual(["事務局", "企画部企画調整課"]);
    expect(withIt.pageSetup?.printTitleRows).toBe("$25:$25");
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

  it("leaves the answer cell empty where no answer was recorded (no 「回答なし」)", () => {
    const all = values(sheet);
    expect(all.filter((v) => typeof v === "string" && v.includes("回答なし"))).toEqual([]);
    const g = sheet.rows.find((r) => r[2]?.value === "求人数は景気の影響が大きい。")!;
    expect(g[3]!.value).toBe("");
  });

  it("gives an indicator's line in two rows from column A, each short enough not to run past column E", () => {
    const i = sheet.rows.findIndex((r) => r[0]?.value === "　　【指標】1-1-N1 新規求人数");
    expect(sheet.rows[i + 1]!.map((c) => c?.value)).toEqual([
      "　基準値 1,563件（令和元年度(2019)）→ 目標値 1,630件（令和9年度(2027)）",
    ]);
    expect(sheet.rows[i + 2]!.map((c) => c?.value)).toEqual([
      "　最新実績 1,590件（令和5年度(2023)）／達成率 40.3%／評価 C 遅れ",
    ]);
    // a wide character is about two digit widths; the five columns are 97 wide
    const printed = MINUTES_COLUMNS.reduce((a, c) => a + c.width, 0);
    const width = (t: string) => [...t].reduce((a, ch) => a + (/[\u3000-\uffff]/.test(ch) ? 2 : 1), 0);
    for (const r of [i + 1, i + 2]) expect(width(String(sheet.rows[r]![0]!.value))).toBeLessThanOrEqual(printed);
  });

  it("gives each statement row the height its wrapped text needs (exceljs cannot autofit)", () => {
    const rowOf = (text: string) => sheet.rows.findIndex((r) => r[2]?.value === text) + 1;
    const heightOf = (row: number) => sheet.rowHeights?.find((h) => h.row === row)?.height ?? null;
    const hostile = rowOf(HOSTILE_TEXT);
    // seven typed lines in 内容 (the blank one counts): at least seven lines of 18 pt
    expect(heightOf(hostile)).toBeGreaterThanOrEqual(7 * 18);
    // two typed lines in 内容
    expect(heightOf(rowOf(COMMENTS.find((c) => c.id === "C-3-A")!.text))).toBeGreaterThanOrEqual(2 * 18);
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
    expect(ws.pageSetup.printTitlesRow).toBe("24:24");
  });
});
