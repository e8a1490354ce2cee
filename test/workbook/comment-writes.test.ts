import { COMMENT_COLUMNS, MEETING_COLUMNS } from "../../src/workbook/comment-columns";
import { appendWrite, editWrite } from "../../src/workbook/comment-writes";
import { commentCells } from "../../src/workbook/comment-rows";
import { comment, MEETING_1 } from "../fixtures/comments/records";

const HEADERS = [...COMMENT_COLUMNS.map((c) => c.header), "メモ"];

describe("appendWrite", () => {
  it("writes every column of ours (text as '@', the meeting number as 第N回, long text wrapped), none of people's", () => {
    const write = appendWrite("comments", HEADERS, comment());
    if (!write.ok) throw new Error(JSON.stringify(write));
    expect(write.cells.map((c) => c.column)).toEqual(COMMENT_COLUMNS.map((_, i) => i));
    // the meeting number as 第N回 and 記録日時 as a date-time (numbers, so the table's looks show them)
    expect(write.cells.find((c) => c.column === 1)).toEqual({ column: 1, value: 2, format: '"第"0"回"', wrap: false });
    const at = HEADERS.indexOf("記録日時");
    expect(write.cells.find((c) => c.column === at)).toMatchObject({ format: "yyyy/mm/dd hh:mm", wrap: false });
    expect(typeof write.cells.find((c) => c.column === at)?.value).toBe("number");
    expect(write.cells.filter((c) => c.wrap).map((c) => HEADERS[c.column])).toEqual(["内容", "市の回答・対応"]);
    expect(write.cells.filter((c) => c.column !== 1 && c.column !== at).every((c) => c.format === "@")).toBe(true);
  });

  it("refuses a table missing one of its headers", () => {
    expect(
      appendWrite(
        "meetings",
        MEETING_COLUMNS.slice(1).map((c) => c.header),
        MEETING_1,
      ),
    ).toMatchObject({
      ok: false,
      problems: [{ code: "missingHeader" }],
    });
  });
});

describe("editWrite", () => {
  const row = (c = comment()) => [...COMMENT_COLUMNS.map((col) => commentCells(c)[col.key]), "people's note"];

  it("finds the row by id wherever it is and writes only the cells that changed", () => {
    const other = comment({ id: "C-20251120-143005-BBBBBB" });
    const rows = [row(other), row()];
    const write = editWrite("comments", HEADERS, rows, comment({ response: "回答\n二行目", status: "対応済" }));
    expect(write).toEqual({
      ok: true,
      index: 1,
      cells: [
        { column: 7, value: "回答\n二行目", format: "@", wrap: true },
        { column: 8, value: "対応済", format: "@", wrap: false },
      ],
    });
  });

  it("refuses an id no row or two rows hold", () => {
    expect(editWrite("comments", HEADERS, [row()], comment({ id: "C-x" }))).toMatchObject({
      ok: false,
      problems: [{ code: "notFound", params: { value: "C-x" } }],
    });
    expect(editWrite("comments", HEADERS, [row(), row()], comment())).toMatchObject({
      ok: false,
      problems: [{ code: "notFound" }],
    });
  });
});
