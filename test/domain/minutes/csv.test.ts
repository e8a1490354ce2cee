import { CSV_HEADERS, minutesToCsv } from "../../../src/domain/minutes";
import { parseCsv } from "../../support/libreoffice";
import { HOSTILE_TEXT, minutesOf } from "../../fixtures/minutes/records";

describe("minutesToCsv", () => {
  const csv = minutesToCsv(minutesOf(3));

  it("starts with a UTF-8 BOM and ends records with CRLF", () => {
    expect(csv.startsWith("\uFEFF会議,意見ID,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("has one row per comment, in the order of 議事の経過 (記録日時), with verbatim texts", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADERS]);
    // 14:00 G, 14:05 B, 14:10 A, 14:20 C, 14:25 D, 14:30 E, 14:35 F
    expect(rows.slice(1).map((r) => r[1])).toEqual(["C-3-G", "C-3-B", "C-3-A", "C-3-C", "C-3-D", "C-3-E", "C-3-F"]);
    const a = rows.find((r) => r[1] === "C-3-A")!;
    expect(a).toEqual([
      "第3回",
      "C-3-A",
      "指標",
      "1-1-N1",
      "1-1-N1 新規求人数",
      "佐藤 花子",
      "質問",
      "新規求人数が令和5年度に減少した理由は何か。\n業種別の内訳も示してほしい。",
      "ハローワーク伊勢崎と連携して分析し、次回お示しします。",
      "対応中",
      "2025-11-20T14:10:00+09:00",
      "企画調整課",
    ]);
    expect(rows.find((r) => r[1] === "C-3-B")!.slice(2, 5)).toEqual(["全体", "全体", "全体"]);
    expect(rows.find((r) => r[1] === "C-3-D")!.slice(2, 5)).toEqual(["施策", "1-1-1", "1-1-1 ①就労支援"]);
  });

  it("guards formula-looking fields with one apostrophe, and only those", () => {
    const rows = parseCsv(csv.slice(1));
    const c = rows.find((r) => r[1] === "C-3-C")!;
    expect(c[7]).toBe(`'${HOSTILE_TEXT}`);
    expect(c[8]).toBe("'+81-270-24-5111 に問い合わせ先を記載します。");
    const raw = parseCsv(minutesToCsv(minutesOf(3), { csvFormulaGuard: false }).slice(1));
    expect(raw.find((r) => r[1] === "C-3-C")![7]).toBe(HOSTILE_TEXT);
  });

  it("a meeting without comments is the header row alone", () => {
    expect(minutesToCsv(minutesOf(4))).toBe(`\uFEFF${CSV_HEADERS.join(",")}\r\n`);
  });
});
