/**
 * Rows added to 「委員名簿」「会議」「委員意見」 look like the plan's row on both backends (issue #13: an appended
 * 会議 row showed 「2」 instead of 「第2回」, with no fill and no borders, in the xlsx render): every contract column
 * of a row that lands below the table carries the plan's first row's style and number format; 記録日時 is a
 * date-time cell; 出席委員 holds names. The first append may fill the blank row an empty table carries (xlsx), so two
 * records are appended and the second is compared with the plan's row 2.
 */
import { applyWorkbookPlan } from "../../src/adapters/office";
import { officeCommentsPort } from "../../src/adapters/office/comments-port";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxCommentsPort } from "../../src/adapters/xlsx/comments-port";
import type { CommentRecordOf, CommentTableKind } from "../../src/workbook/comment-rows";
import { COMMENT_COLUMNS, MEETING_COLUMNS, MEMBER_COLUMNS, type ColumnDef } from "../../src/workbook/comment-columns";
import { fakeRowLooks, xlsxRowLooks } from "../support/cell-looks";
import { createFakeExcel, getCell } from "../support/fake-excel";
import { comment, MEETING_1, MEMBERS } from "../fixtures/comments/records";
import { commentsPlan, load, reload } from "../fixtures/comments/workbook";

type Look = unknown;

interface Opened {
  append<K extends CommentTableKind>(kind: K, record: CommentRecordOf[K]): Promise<unknown>;
  looks(sheet: string, row: number, columns: number): Promise<Look[]>;
  /** The value and number format of one cell (after a save and load on xlsx). */
  cell(sheet: string, row: number, column: number): Promise<{ value: unknown; numberFormat: string }>;
  /** A sheet row's height in points (undefined: the default). */
  height(sheet: string, row: number): Promise<number | undefined>;
}

const BACKENDS: readonly { name: string; open(): Promise<Opened> }[] = [
  {
    name: "Office (recording fake)",
    async open() {
      const excel = createFakeExcel();
      const applied = await applyWorkbookPlan(excel.context, commentsPlan(), { isSetSupported: () => true });
      if (!applied.ok) throw new Error(JSON.stringify(applied));
      const port = officeCommentsPort({ run: (batch) => batch(excel.context), isSetSupported: () => true });
      const state = excel.fake.state;
      return {
        append: (kind, record) => port.append(kind, record),
        looks: async (sheet, row, columns) => fakeRowLooks(state, sheet, row, columns),
        cell: async (sheet, row, column) => {
          const cell = getCell(state.sheet(sheet), row, column);
          return { value: cell?.value ?? null, numberFormat: cell?.numberFormat ?? "General" };
        },
        height: async (sheet, row) => state.sheet(sheet).rowHeights?.get(row),
      };
    },
  },
  {
    name: "xlsx (exceljs)",
    async open() {
      const wb = await load(await writeWorkbookXlsx(commentsPlan()));
      const port = xlsxCommentsPort(wb);
      const sheetOf = async (sheet: string) => {
        const ws = (await reload(wb)).getWorksheet(sheet);
        if (!ws) throw new Error(`no sheet ${sheet}`);
        return ws;
      };
      return {
        append: (kind, record) => port.append(kind, record),
        looks: (sheet, row, columns) => xlsxRowLooks(wb, sheet, row, columns),
        cell: async (sheet, row, column) => {
          const c = (await sheetOf(sheet)).getCell(row, column);
          return { value: c.value, numberFormat: c.numFmt ?? "General" };
        },
        height: async (sheet, row) => (await sheetOf(sheet)).getRow(row).height,
      };
    },
  },
];

const SECOND_MEETING = { ...MEETING_1, number: 2, date: "2025-11-20" };
const CASES: readonly {
  sheet: string;
  columns: readonly ColumnDef<string>[];
  kind: CommentTableKind;
  records: readonly unknown[];
}[] = [
  { sheet: "委員名簿", columns: MEMBER_COLUMNS, kind: "members", records: MEMBERS.slice(0, 2) },
  { sheet: "会議", columns: MEETING_COLUMNS, kind: "meetings", records: [MEETING_1, SECOND_MEETING] },
  {
    sheet: "委員意見",
    columns: COMMENT_COLUMNS,
    kind: "comments",
    records: [comment(), comment({ id: "C-20251120-150000-BBBBBB" })],
  },
];

describe.each(BACKENDS)("rows added to the committee's tables look like the plan's ($name)", (backend) => {
  it.each(CASES.map((c) => [c.sheet, c] as const))(
    "「%s」: each column of a row added below the table has the plan's first row's style and number format",
    async (_sheet, c) => {
      const opened = await backend.open();
      const planned = await opened.looks(c.sheet, 2, c.columns.length);
      if (c.kind !== "members") for (const m of MEMBERS) await opened.append("members", m);
      for (const r of c.records) {
        expect(await opened.append(c.kind, r as CommentRecordOf[typeof c.kind])).toMatchObject({ ok: true });
      }
      const appended = await opened.looks(c.sheet, 3, c.columns.length);
      c.columns.forEach((col, i) => {
        expect({ column: col.header, look: appended[i] }).toEqual({ column: col.header, look: planned[i] });
      });
    },
    60_000,
  );

  it("writes 回 as 第N回, 出席委員 as names and 記録日時 as a date-time cell", async () => {
    const opened = await backend.open();
    for (const m of MEMBERS) await opened.append("members", m);
    await opened.append("meetings", MEETING_1);
    await opened.append("meetings", SECOND_MEETING);
    await opened.append("comments", comment());
    await opened.append("comments", comment({ id: "C-20251120-150000-BBBBBB" }));
    const col = (columns: readonly ColumnDef<string>[], header: string) =>
      columns.findIndex((c) => c.header === header) + 1;
    // The second record's row: row 3 on both (xlsx fills the blank row 2 first; Office adds below it, so its
    // second record is on row 4 and row 3 holds the first: compare the record whose 回 is in the row).
    const number = await opened.cell("会議", 3, col(MEETING_COLUMNS, "回"));
    expect(number.numberFormat).toBe('"第"0"回"');
    expect(typeof number.value).toBe("number");
    expect((await opened.cell("会議", 3, col(MEETING_COLUMNS, "出席委員"))).value).toBe("山田 太郎、佐藤 花子");
    const at = await opened.cell("委員意見", 3, col(COMMENT_COLUMNS, "記録日時"));
    expect(at.numberFormat).toBe("yyyy/mm/dd hh:mm");
    // exceljs reads a date-formatted serial back as a Date (UTC = the Japan wall-clock time written)
    const wall = at.value instanceof Date ? at.value.toISOString().slice(0, 19) : at.value;
    expect(wall === "2025-11-20T14:30:05" || Math.abs((wall as number) - 45981.60422) < 1e-4).toBe(true);
  }, 60_000);

  it("makes a row with long 内容 tall enough to show it whole, and leaves a one-line row alone", async () => {
    const opened = await backend.open();
    const long = "長い意見の例です。".repeat(12);
    await opened.append("comments", comment());
    await opened.append("comments", comment({ id: "C-20251120-150000-BBBBBB", text: long }));
    const text = COMMENT_COLUMNS.findIndex((c) => c.header === "内容") + 1;
    const rows = [2, 3, 4];
    const values = await Promise.all(rows.map(async (r) => (await opened.cell("委員意見", r, text)).value));
    const longRow = rows[values.indexOf(long)]!;
    const shortRow = rows[values.indexOf(comment().text)]!;
    // 108 wide characters in a column 50 wide: 5 lines of 18 pt and the padding
    expect(await opened.height("委員意見", longRow)).toBe(5 * 18 + 3);
    expect(await opened.height("委員意見", shortRow)).toBeUndefined();
  }, 60_000);
});
