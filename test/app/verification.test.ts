/** The pane's read of 「確認事項」 (app/verification.ts) over the record-tables port. */
import { readVerification, verificationOf, type VerificationReadPort } from "../../src/app/verification";
import type { RecordTableRead } from "../../src/app/record-tables";
import { VERIFICATION_COLUMNS } from "../../src/workbook/verification-columns";

const headers = VERIFICATION_COLUMNS.map((c) => c.header);
const row = (id: string, state: string): (string | null)[] =>
  VERIFICATION_COLUMNS.map((c) =>
    c.key === "indicatorId" ? id : c.key === "state" ? state : c.key === "reading" ? `r${id}` : null,
  );
const portOf = (table: RecordTableRead): VerificationReadPort => ({ readRecordTable: async () => table });

describe("readVerification / verificationOf", () => {
  const table: RecordTableRead = {
    kind: "table",
    headers,
    rows: [row("1-1-K1-2", "確認済"), row("1-1-K1-3", "未確認"), row("1-1-K1-3", "確認済")],
    firstRow: 2,
  };

  it("reads the items and names the rows it leaves out", async () => {
    const read = await readVerification(portOf(table));
    if (read.kind !== "items") throw new Error("expected items");
    expect(read.items.map((i) => [i.id, i.state])).toEqual([
      ["1-1-K1-2", "確認済"],
      ["1-1-K1-3", "要確認"],
    ]);
    expect(read.problems).toEqual([expect.objectContaining({ code: "duplicateRow", path: "確認事項 4行目" })]);
  });

  it("finds one indicator's item; null without one or without the sheet", async () => {
    expect(await verificationOf(portOf(table), "1-1-K1-2")).toEqual(
      expect.objectContaining({ id: "1-1-K1-2", state: "確認済", reading: "r1-1-K1-2" }),
    );
    expect(await verificationOf(portOf(table), "2-1-N1")).toBeNull();
    expect(await verificationOf(portOf({ kind: "missing" }), "1-1-K1-2")).toBeNull();
    expect(await readVerification(portOf({ kind: "missing" }))).toEqual({ kind: "missing" });
  });
});
