/**
 * A refresh brings an older workbook's 「会議」 table up to its contract (issue #13): a table made before 傍聴者,
 * 公開区分 and 事務局 gets them at its end, found by header after, with the plan's looks (header style, "@" and the
 * input style on every row, width, 公開区分's list), the meetings typed before unchanged, one notice in the preview
 * and the result; then a meeting with a 事務局 is appended through the comments use case. Both backends: the Office
 * refresh port on the recording fake, the xlsx port on a real exceljs workbook saved and loaded back. A table that
 * has every column gets nothing; a table with cells typed right of it gets nothing either, and says so.
 */
import type ExcelJS from "exceljs";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { officeCommentsPort } from "../../src/adapters/office/comments-port";
import { officeRefreshPort } from "../../src/adapters/office/refresh-office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxCommentsPort } from "../../src/adapters/xlsx/comments-port";
import { findTable, rowScalars } from "../../src/adapters/xlsx/exceljs-internals";
import { packXlsx, xlsxRefreshPort } from "../../src/adapters/xlsx/refresh-book";
import { listComments, saveMeeting, type CommentRecords, type CommentsPort } from "../../src/app/comments";
import { applyRefresh, previewRefresh, type RefreshSessionPort } from "../../src/app/refresh";
import type { Meeting } from "../../src/domain/comments";
import type { Scalar } from "../../src/lib/scalar";
import type { WorkbookPlan } from "../../src/plan/types";
import { MEETING_COLUMNS } from "../../src/workbook/comment-columns";
import { noticeText, type RefreshNotice } from "../../src/workbook/refresh-notice";
import "../../src/i18n/sections/all";
import { fakeRowLooks, xlsxRowLooks } from "../support/cell-looks";
import { createFakeExcel, ensureCell, getCell, parseAddress } from "../support/fake-excel";
import { MEETING_1, MEETINGS, MEMBERS } from "../fixtures/comments/records";
import { commentsPlan, load, mixedDataset } from "../fixtures/comments/workbook";
import { ADDED_MEETING_HEADERS, OLD_MEETING_WIDTH, olderMeetings } from "../support/older-meetings";

const AT = "2026-11-24T01:00:00.000Z";
const HISTORY = { at: AT, who: "u", source: "next.json" };
const dataset = mixedDataset();
const ADDED = [...ADDED_MEETING_HEADERS];
const OLD_WIDTH = OLD_MEETING_WIDTH;
const ALL_HEADERS = MEETING_COLUMNS.map((c) => c.header);

const MEETING_3: Meeting = {
  ...MEETING_1,
  number: 3,
  date: "2026-02-05",
  attendees: ["M001", "M002"],
  absentees: [],
  observers: "2名",
  disclosure: "公開",
  secretariat: "企画部企画調整課",
};

interface Opened {
  readonly refreshPort: () => RefreshSessionPort;
  /** The comments port over the workbook as it is now (xlsx: saved and loaded again). */
  readonly comments: () => Promise<CommentsPort>;
  /** 「会議」's table header. */
  readonly headers: () => Scalar[];
  /** What a person sees of columns 1…n of a 「会議」 row. */
  readonly looks: (row: number, columns: number) => Promise<unknown[]>;
  /** A column's width (points on the fake, characters in the file). */
  readonly width: (column: number) => number | undefined;
  /** The list validation on column L of 「会議」 (公開区分): its rule and the rows it covers. */
  readonly listOnL: () => { readonly rule: string; readonly rows: number } | null;
  readonly type: (address: { row: number; column: number }, value: string) => void;
  /** Deletes a sheet, as a person may. */
  readonly dropSheet: (name: string) => void;
  readonly cell: (address: { row: number; column: number }) => Scalar;
}

const BACKENDS: readonly { name: string; open(plan: WorkbookPlan): Promise<Opened> }[] = [
  {
    name: "Office (recording fake)",
    async open(plan) {
      const excel = createFakeExcel();
      const applied = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
      if (!applied.ok) throw new Error(JSON.stringify(applied));
      const state = excel.fake.state;
      const sheet = () => state.sheet("会議");
      return {
        refreshPort: () => officeRefreshPort(createFakeExcel({ state }).context, { now: () => new Date(AT) }),
        comments: async () =>
          officeCommentsPort({
            run: (batch) => batch(createFakeExcel({ state }).context),
            isSetSupported: () => true,
          }),
        headers: () => {
          const t = state.allTables().find((x) => x.name === "会議")!;
          const b = parseAddress(t.address);
          return Array.from({ length: b.right - b.left + 1 }, (_, i) => {
            const v = getCell(sheet(), b.top, b.left + i)?.value;
            return (v ?? null) as Scalar;
          });
        },
        looks: async (row, columns) => fakeRowLooks(state, "会議", row, columns),
        width: (column) => sheet().columns.get(column)?.widthPoints,
        listOnL: () => {
          const on = sheet().validations.filter((v) => /^L\d/.test(v.address));
          if (on.length === 0) return null;
          const rows = on.reduce((n, v) => {
            const b = parseAddress(v.address);
            return n + b.bottom - b.top + 1;
          }, 0);
          return { rule: [...new Set(on.map((v) => JSON.stringify(v.rule)))].join("|"), rows };
        },
        type: ({ row, column }, value) => void (ensureCell(sheet(), row, column).value = value),
        dropSheet: (name) => void state.sheets.splice(state.sheets.indexOf(state.sheet(name)), 1),
        cell: ({ row, column }) => (getCell(sheet(), row, column)?.value ?? null) as Scalar,
      };
    },
  },
  {
    name: "xlsx (exceljs)",
    async open(plan) {
      let wb: ExcelJS.Workbook = await load(await writeWorkbookXlsx(plan));
      const ws = () => wb.getWorksheet("会議")!;
      return {
        refreshPort: () => xlsxRefreshPort(wb, { now: () => new Date(AT) }),
        comments: async () => {
          wb = await load(await packXlsx(wb));
          return xlsxCommentsPort(wb);
        },
        headers: () => {
          const t = findTable(wb, "会議")!;
          return rowScalars(t.ws, t.range.top, t.range.left, t.range.right);
        },
        looks: (row, columns) => xlsxRowLooks(wb, "会議", row, columns),
        width: (column) => ws().getColumn(column).width,
        listOnL: () => {
          // exceljs reads a file's validations back one entry per cell; a range added before the save is one entry.
          const model = (ws() as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
            .dataValidations.model;
          const on = Object.entries(model).filter(([range]) => /^L\d/.test(range));
          if (on.length === 0) return null;
          const rows = on.reduce((n, [range]) => {
            const [top, bottom] = range.split(":").map((a) => Number(a.replace(/^\D+/, "")));
            return n + (bottom ?? top!) - top! + 1;
          }, 0);
          return { rule: [...new Set(on.map(([, v]) => JSON.stringify(v.formulae)))].join("|"), rows };
        },
        type: ({ row, column }, value) => void (ws().getCell(row, column).value = value),
        dropSheet: (name) => wb.removeWorksheet(wb.getWorksheet(name)!.id),
        cell: ({ row, column }) => (ws().getCell(row, column).value ?? null) as Scalar,
      };
    },
  },
];

async function ready(port: CommentsPort): Promise<CommentRecords> {
  const listed = await listComments(port);
  if (listed.kind !== "ready") throw new Error("the comment sheets are missing");
  return listed.records;
}

const columnNotices = (notices: readonly RefreshNotice[]) =>
  notices.filter((n) => n.code === "RecordColumnsAdded" || n.code === "RecordColumnsNoRoom");

describe.each(BACKENDS)("refresh of an older 「会議」 on $name", ({ open }) => {
  it("adds 傍聴者, 公開区分, 事務局 at the table's end, rows intact, one notice; then a meeting with a 事務局 saves", async () => {
    const book = await open(olderMeetings(commentsPlan({ members: MEMBERS, meetings: MEETINGS })));
    const before = await ready(await book.comments());
    expect(book.headers()).toEqual(ALL_HEADERS.slice(0, OLD_WIDTH));
    const refused = await saveMeeting(await book.comments(), before, MEETING_3, true);
    expect(refused.ok).toBe(false);

    const preview = await previewRefresh(book.refreshPort(), { dataset, date: AT.slice(0, 10) });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    const [notice, ...more] = columnNotices(preview.plan.notices);
    expect(more).toEqual([]);
    expect(notice).toEqual({
      code: "RecordColumnsAdded",
      sheet: "会議",
      params: { table: "会議", headers: ADDED },
    });
    expect(noticeText("ja", notice!)).toContain("傍聴者、公開区分、事務局");
    expect(noticeText("en", notice!)).toContain("傍聴者, 公開区分, 事務局");
    // The preview writes nothing.
    expect(book.headers()).toEqual(ALL_HEADERS.slice(0, OLD_WIDTH));

    const result = await applyRefresh(book.refreshPort(), { dataset, history: HISTORY });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(columnNotices(result.plan.notices)).toEqual([notice]);
    expect(book.headers()).toEqual(ALL_HEADERS);

    const port = await book.comments();
    const after = await ready(port);
    expect(after).toEqual(before);
    const saved = await saveMeeting(port, after, MEETING_3, true);
    expect(saved).toEqual({ ok: true, value: MEETING_3 });
    expect((await ready(await book.comments())).meetings).toEqual([...before.meetings, MEETING_3]);

    // A second refresh finds every column: nothing to add, nothing said.
    const again = await applyRefresh(book.refreshPort(), { dataset, history: HISTORY });
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(columnNotices(again.plan.notices)).toEqual([]);
    expect(again.recordColumns).toEqual([]);
    expect(book.headers()).toEqual(ALL_HEADERS);
  });

  it("gives the new columns the plan's looks: header, every existing row, width, 公開区分's list", async () => {
    const plan = commentsPlan({ members: MEMBERS, meetings: MEETINGS });
    const built = await open(plan);
    const book = await open(olderMeetings(plan));
    const result = await applyRefresh(book.refreshPort(), { dataset, history: HISTORY });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const width = ALL_HEADERS.length;
    for (const row of [1, 2, 3]) expect(await book.looks(row, width)).toEqual(await built.looks(row, width));
    for (let c = OLD_WIDTH + 1; c <= width; c++) expect(book.width(c)).toEqual(built.width(c));
    expect(book.listOnL()).toEqual(built.listOnL());
    expect(book.listOnL()).toMatchObject({ rows: 2000 });
  });

  it("adds them to a workbook that lacks 「確認事項」 too (whose read fails its first request on Office)", async () => {
    const book = await open(olderMeetings(commentsPlan({ members: MEMBERS, meetings: MEETINGS })));
    book.dropSheet("確認事項");
    const result = await applyRefresh(book.refreshPort(), { dataset, history: HISTORY });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(columnNotices(result.plan.notices).map((n) => n.code)).toEqual(["RecordColumnsAdded"]);
    expect(book.headers()).toEqual(ALL_HEADERS);
  });

  it("adds nothing to a table with cells typed right of it, and says so", async () => {
    const book = await open(olderMeetings(commentsPlan({ members: MEMBERS, meetings: MEETINGS })));
    const memo = { row: 2, column: OLD_WIDTH + 2 };
    book.type(memo, "メモ: 次回は市民プラザ");
    const result = await applyRefresh(book.refreshPort(), { dataset, history: HISTORY });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(columnNotices(result.plan.notices)).toEqual([
      { code: "RecordColumnsNoRoom", sheet: "会議", params: { table: "会議", headers: ADDED } },
    ]);
    expect(result.recordColumns).toEqual([]);
    expect(book.headers()).toEqual(ALL_HEADERS.slice(0, OLD_WIDTH));
    expect(book.cell(memo)).toBe("メモ: 次回は市民プラザ");
  });
});
