import { applyCommentEdit, buildComment, type CommentRecord } from "../../../src/domain/comments";
import { applyWorkbookPlan } from "../../../src/adapters/office";
import {
  appendCommentOffice,
  appendMemberOffice,
  editCommentOffice,
  readCommentBookOffice,
} from "../../../src/adapters/office/comments-store";
import {
  createFakeExcel,
  FakeOfficeError,
  getCell,
  sortTableRows,
  type FakeWorkbookState,
} from "../../support/fake-excel";
import { comment, MEETINGS, MEMBERS, seededIds } from "../../fixtures/comments/records";
import { commentsPlan, HOSTILE_TEXTS } from "../../fixtures/comments/workbook";

async function workbook(input: Parameters<typeof commentsPlan>[0] = { members: MEMBERS, meetings: MEETINGS }) {
  const excel = createFakeExcel();
  const applied = await applyWorkbookPlan(excel.context, commentsPlan(input), { isSetSupported: () => true });
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  excel.fake.syncCount = 0;
  return excel;
}

const table = (state: FakeWorkbookState, name: string) => state.allTables().find((t) => t.name === name)!;

describe("Office.js comments store on the recording fake", () => {
  it("reads members and meetings the plan wrote, and an empty comment table", async () => {
    const { context, fake } = await workbook();
    const book = await readCommentBookOffice(context);
    expect(fake.syncCount).toBe(1);
    expect(book.members.records.map((r) => r.record)).toEqual(MEMBERS);
    expect(book.meetings.records.map((r) => r.record)).toEqual(MEETINGS);
    expect(book.comments).toEqual({ records: [], problems: [] });
  });

  it("appends one row with table.rows.add, formats before values, so hostile text stays literal", async () => {
    const { context, fake } = await workbook();
    const added = HOSTILE_TEXTS.map((text, i) => comment({ id: `C-20251120-140000-00000${i}`, text }));
    for (const c of added) expect(await appendCommentOffice(context, c)).toEqual({ ok: true, syncs: 2 });
    expect(fake.state.rowAdds.map((a) => a.row)).toEqual([3, 4, 5, 6, 7]);
    expect(table(fake.state, "委員意見").address).toBe("A1:K7");
    const sheet = fake.state.sheet("委員意見");
    for (let r = 3; r <= 7; r++) {
      const cell = getCell(sheet, r, 7);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.coercedFrom).toBeUndefined();
      expect(cell?.numberFormat).toBe("@");
      expect(cell?.format.wrapText).toBe(true);
    }
    expect((await readCommentBookOffice(context)).comments.records.map((r) => r.record)).toEqual(added);
  });

  it("two writers adding against the same workbook state both keep their comments", async () => {
    const a = await workbook();
    const b = createFakeExcel({ state: a.fake.state });
    const [bookA, bookB] = [await readCommentBookOffice(a.context), await readCommentBookOffice(b.context)];
    const build = (book: typeof bookA, seed: number, text: string): CommentRecord => {
      const built = buildComment(
        { meeting: 2, target: "1-1-K1-1", speakerId: "M001", category: "意見", text, recordedBy: "x" },
        {
          members: book.members.records.map((r) => r.record),
          meetings: book.meetings.records.map((r) => r.record),
          takenIds: new Set(book.comments.records.map((r) => r.record.id)),
        },
        seededIds("2025-11-20T05:30:05Z", seed), // same second, different machines
      );
      if (!built.ok) throw new Error("build");
      return built.value;
    };
    const fromA = build(bookA, 1, "A の意見");
    const fromB = build(bookB, 2, "B の意見");
    expect(fromA.id).not.toBe(fromB.id);
    // Interleaved: both read the header, then both add.
    const results = await Promise.all([appendCommentOffice(a.context, fromA), appendCommentOffice(b.context, fromB)]);
    expect(results.every((r) => r.ok)).toBe(true);
    const after = (await readCommentBookOffice(a.context)).comments;
    expect(after.problems).toEqual([]);
    expect(after.records.map((r) => r.record).sort((x, y) => x.text.localeCompare(y.text))).toEqual([fromA, fromB]);
  });

  it("edits the row found by id after the table was sorted, writing only the changed cells of that row", async () => {
    const { context, fake } = await workbook();
    const rows = ["C-a", "C-b", "C-c"].map((id) => comment({ id, text: `text ${id}` }));
    for (const c of rows) await appendCommentOffice(context, c);
    // Someone sorts by ID descending: the blank row and the three comments change places.
    sortTableRows(fake.state, "委員意見", (x, y) => String(y[0]).localeCompare(String(x[0])));
    const sheet = fake.state.sheet("委員意見");
    expect([2, 3, 4, 5].map((r) => getCell(sheet, r, 1)?.value ?? "")).toEqual(["C-c", "C-b", "C-a", ""]);

    // The response cell as someone left it in Excel (format reset to General): the edit itself must set "@", or
    // Excel would take "=回答" as a formula; the append's "@" must not be what keeps this test green.
    getCell(sheet, 4, 8)!.numberFormat = "General";

    const edited = applyCommentEdit(rows[0]!, { response: "=回答", status: "対応済" });
    if (!edited.ok) throw new Error("edit");
    const before = fake.state.requests.length;
    expect(await editCommentOffice(context, edited.value)).toEqual({ ok: true, syncs: 2 });
    expect(getCell(sheet, 4, 8)?.value).toBe("=回答");
    expect(getCell(sheet, 4, 8)?.formula).toBeUndefined();
    expect(getCell(sheet, 4, 8)?.numberFormat).toBe("@");
    expect(getCell(sheet, 4, 9)?.value).toBe("対応済");
    const byId = new Map((await readCommentBookOffice(context)).comments.records.map((r) => [r.record.id, r.record]));
    expect(byId.get("C-a")).toEqual(edited.value);
    expect(byId.get("C-b")).toEqual(rows[1]);
    expect(byId.get("C-c")).toEqual(rows[2]);
    // The write request held two cells (numberFormat + values each) and their wrap, nothing else.
    expect(fake.state.requests[before + 1]?.actions).toBeLessThanOrEqual(8);
  });

  it("refuses an unknown id, reports a missing table, and maps an Office error", async () => {
    const { context, fake } = await workbook();
    expect(await editCommentOffice(context, comment({ id: "C-none" }))).toMatchObject({
      ok: false,
      problems: [{ code: "notFound" }],
    });
    const bare = createFakeExcel();
    expect(await appendMemberOffice(bare.context, MEMBERS[0]!)).toMatchObject({
      ok: false,
      problems: [{ code: "missingTable" }],
    });
    expect((await readCommentBookOffice(bare.context)).comments.problems.map((p) => p.code)).toEqual(["missingTable"]);
    fake.failNextSyncs.push(new FakeOfficeError("InvalidOperationInCellEditMode", "editing"));
    expect(await appendCommentOffice(context, comment())).toMatchObject({
      ok: false,
      error: { key: "office.error.cellEditMode" },
    });
  });
});
