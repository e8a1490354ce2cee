/** 「確認事項」 rows → VerificationItem: columns by header, 状態 read as 「KPI一覧」's formula reads it. */
import { readVerificationItems } from "../../src/workbook/verification-rows";

// Columns in another order than the plan's, and a column staff added: found by header.
const headers = ["状態", "ID", "指標名", "メモ", "読み取り", "理由", "確認者", "確認日", "データセット", "担当メモ"];
const row = (cells: Partial<Record<string, string | number | null>>): (string | number | null)[] =>
  headers.map((h) => cells[h] ?? null);

describe("readVerificationItems", () => {
  it("reads each item by header; 確認済 exactly is checked, anything else is 要確認", () => {
    const read = readVerificationItems({
      headers,
      rows: [
        row({
          ID: "1-1-K1-2",
          指標名: "創業相談件数",
          読み取り: "４件 → 8件",
          理由: "列がずれている",
          状態: "確認済",
          確認者: "山田",
          確認日: 46350,
          メモ: " p.12 ",
          データセット: "記載あり",
        }),
        row({ ID: "1-1-K1-3", 読み取り: "r", 理由: "q", 状態: "未確認" }),
        row({ ID: "1-1-K2-1", 読み取り: "r", 理由: "q", 状態: " 確認済" }),
        row({
          ID: "1-1-K2-2",
          読み取り: "r",
          理由: "q",
          状態: null,
          確認日: "2026/11/24",
          データセット: "記載なし（1.1.0）",
        }),
        row({}),
      ],
    });
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.record)).toEqual([
      {
        id: "1-1-K1-2",
        name: "創業相談件数",
        reading: "４件 → 8件",
        reason: "列がずれている",
        state: "確認済",
        checkedBy: "山田",
        checkedOn: "2026-11-24",
        memo: "p.12",
        inDataset: true,
      },
      { id: "1-1-K1-3", name: "", reading: "r", reason: "q", state: "要確認", inDataset: true },
      // COUNTIFS matches the whole text: 「 確認済」 is not 確認済 in 「KPI一覧」, so not here either.
      { id: "1-1-K2-1", name: "", reading: "r", reason: "q", state: "要確認", inDataset: true },
      {
        id: "1-1-K2-2",
        name: "",
        reading: "r",
        reason: "q",
        state: "要確認",
        checkedOn: "2026/11/24",
        inDataset: false,
      },
    ]);
    expect(read.records.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it("names both rows of a doubled ID and leaves them out", () => {
    const read = readVerificationItems({
      headers,
      rows: [row({ ID: "1-1-K1-2", 状態: "確認済" }), row({ ID: "1-1-K1-2", 状態: "未確認" })],
    });
    expect(read.records).toHaveLength(1);
    expect(read.problems).toEqual([expect.objectContaining({ path: "確認事項 3行目", code: "duplicateRow" })]);
  });

  it("reads nothing from a table without its headers, and says which is missing", () => {
    const read = readVerificationItems({ headers: headers.filter((h) => h !== "状態"), rows: [] });
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([expect.objectContaining({ code: "missingHeader" })]);
  });
});
