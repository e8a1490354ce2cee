import type ExcelJS from "exceljs";
import { applyCommentEdit, type CommentRecord } from "../../../src/domain/comments";
import {
  appendComment,
  appendMeeting,
  appendMember,
  editComment,
  editMeeting,
  readCommentBook,
} from "../../../src/adapters/xlsx/comments-store";
import { comment, MEETING_1, MEETING_2, MEMBERS } from "../../fixtures/comments/records";
import { commentsXlsx, HOSTILE_TEXTS, load, reload } from "../../fixtures/comments/workbook";

const records = (wb: ExcelJS.Workbook): CommentRecord[] => readCommentBook(wb).comments.records.map((r) => r.record);
const tableRef = (wb: ExcelJS.Workbook, name: string): string | undefined =>
  (wb.getWorksheet(name)?.getTable(name) as unknown as { table: { tableRef: string } }).table.tableRef;

describe("xlsx comments store", () => {
  it("reads an empty workbook: no records, no problems (the blank row is skipped)", async () => {
    const book = readCommentBook(await load(await commentsXlsx()));
    expect(book.members).toEqual({ records: [], problems: [] });
    expect(book.meetings).toEqual({ records: [], problems: [] });
    expect(book.comments).toEqual({ records: [], problems: [] });
  });

  it("appends into the blank row first, then below the table, widening its ref", async () => {
    const wb = await load(await commentsXlsx());
    expect(appendMember(wb, MEMBERS[0]!)).toEqual({ ok: true });
    expect(tableRef(wb, "委員名簿")).toBe("A1:E2");
    expect(appendMember(wb, MEMBERS[1]!)).toEqual({ ok: true });
    expect(tableRef(wb, "委員名簿")).toBe("A1:E3");
    const again = await reload(wb);
    expect(tableRef(again, "委員名簿")).toBe("A1:E3");
    expect(readCommentBook(again).members.records.map((r) => r.record)).toEqual(MEMBERS.slice(0, 2));
  });

  it("stores hostile texts as strings with the text format, exactly as typed", async () => {
    const wb = await load(await commentsXlsx({ members: MEMBERS, meetings: [MEETING_1, MEETING_2] }));
    const added = HOSTILE_TEXTS.map((text, i) => comment({ id: `C-20251120-140000-00000${i}`, text }));
    for (const c of added) expect(appendComment(wb, c)).toEqual({ ok: true });
    const again = await reload(wb);
    expect(records(again)).toEqual(added);
    const ws = again.getWorksheet("委員意見")!;
    for (let r = 2; r < 2 + added.length; r++) {
      const cell = ws.getRow(r).getCell(7);
      expect(typeof cell.value).toBe("string"); // not { formula }
      expect(cell.numFmt).toBe("@");
      expect(cell.alignment?.wrapText).toBe(true);
    }
  });

  it("edits the row found by id after the table was sorted, and only that row", async () => {
    const wb = await load(await commentsXlsx({ members: MEMBERS, meetings: [MEETING_1, MEETING_2] }));
    const a = comment({ id: "C-a", text: "A" });
    const b = comment({ id: "C-b", text: "B" });
    const c = comment({ id: "C-c", text: "C" });
    for (const x of [a, b, c]) appendComment(wb, x);
    // Someone sorts the table descending by ID in Excel: rows 2..4 now hold c, b, a.
    const ws = wb.getWorksheet("委員意見")!;
    const values = [2, 3, 4].map((r) => (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1));
    [...values].reverse().forEach((v, i) => v.forEach((cell, j) => (ws.getRow(2 + i).getCell(j + 1).value = cell)));
    expect(ws.getRow(2).getCell(1).value).toBe("C-c");

    const edited = applyCommentEdit(b, { response: "対応します", status: "対応中" });
    if (!edited.ok) throw new Error("edit");
    expect(editComment(wb, edited.value)).toEqual({ ok: true });
    const again = await reload(wb);
    const byId = new Map(records(again).map((r) => [r.id, r]));
    expect(byId.get("C-b")).toEqual(edited.value);
    expect(byId.get("C-a")).toEqual(a);
    expect(byId.get("C-c")).toEqual(c);
    expect(again.getWorksheet("委員意見")!.getRow(3).getCell(8).value).toBe("対応します"); // row 3 holds C-b after the sort
  });

  it("refuses to edit an id that is not there, and a workbook without the tables", async () => {
    const wb = await load(await commentsXlsx({ members: MEMBERS, meetings: [MEETING_1] }));
    expect(editComment(wb, comment({ id: "C-none" }))).toMatchObject({ ok: false, problems: [{ code: "notFound" }] });
    expect(editMeeting(wb, { ...MEETING_1, place: "別館" })).toEqual({ ok: true });
    expect(readCommentBook(wb).meetings.records[0]?.record.place).toBe("別館");
    wb.removeWorksheet(wb.getWorksheet("委員意見")!.id);
    expect(appendComment(wb, comment())).toMatchObject({ ok: false, problems: [{ code: "missingTable" }] });
    expect(readCommentBook(wb).comments.problems).toHaveLength(1);
    expect(appendMeeting(wb, { ...MEETING_2, number: 3 })).toEqual({ ok: true });
  });

  it("reads dates and times people typed as real dates (exceljs Date values)", async () => {
    const wb = await load(await commentsXlsx({ members: MEMBERS, meetings: [MEETING_1] }));
    const row = wb.getWorksheet("会議")!.getRow(2);
    row.getCell(2).value = new Date(Date.UTC(2025, 6, 10));
    row.getCell(3).value = new Date(Date.UTC(1899, 11, 30, 14, 0));
    const again = await reload(wb);
    expect(readCommentBook(again).meetings.records[0]?.record).toMatchObject({
      date: "2025-07-10",
      startTime: "14:00",
    });
  });
});
