/** The panel's workbook trips on the recording fake: what it reads, and what writing the sheet does and leaves alone. */
import { buildMinutes } from "../../../src/domain/minutes";
import { buildMinutesSheet } from "../../../src/plan/minutes-sheet";
import { applyWorkbookPlan } from "../../../src/adapters/office";
import { readMinutesWorkbook, writeMinutesSheet } from "../../../src/adapters/office/minutes-store";
import { createFakeExcel } from "../../support/fake-excel";
import { FakeRange } from "../../support/fake-excel/range";
import { commentsPlan } from "../../fixtures/comments/workbook";
import { COMMENTS, MEETINGS, MEMBERS, STATUS, minutesDataset } from "../../fixtures/minutes/records";

async function fakeWorkbook() {
  const fx = createFakeExcel();
  const applied = await applyWorkbookPlan(
    fx.context,
    commentsPlan({ members: MEMBERS, meetings: MEETINGS, comments: COMMENTS }),
    {
      isSetSupported: () => true,
    },
  );
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  return fx;
}

function sheetOf(meeting: number) {
  const r = buildMinutes({
    dataset: minutesDataset(),
    meetings: MEETINGS,
    members: MEMBERS,
    comments: COMMENTS,
    statusById: STATUS,
    meetingNumber: meeting,
  });
  if (!r.ok) throw new Error(r.message);
  return buildMinutesSheet(r.minutes);
}

afterEach(() => jest.restoreAllMocks());

describe("minutes panel ⇄ workbook", () => {
  it("reads the record and the KPI table by header", async () => {
    const fx = await fakeWorkbook();
    const wb = await readMinutesWorkbook(fx.context);
    expect(wb.book.meetings.records.map((r) => r.record.number)).toEqual([2, 3, 4]);
    expect(wb.book.comments.records).toHaveLength(COMMENTS.length);
    expect(wb.kpi!.headers).toContain("最新実績");
    expect(wb.kpi!.rows.map((r) => r[wb.kpi!.headers.indexOf("ID")])).toContain("1-1-N1");
  });

  it("a workbook without the KPI table reads as kpi: null", async () => {
    const fx = createFakeExcel();
    expect((await readMinutesWorkbook(fx.context)).kpi).toBeNull();
  });

  it("writes the sheet, keeps the workbook's metadata, and asks Excel to fit the row heights of the written rows", async () => {
    const fx = await fakeWorkbook();
    const before = fx.fake.state.properties.comments;
    const fitted: string[] = [];
    const format = Object.getOwnPropertyDescriptor(FakeRange.prototype, "format")!.get!;
    jest.spyOn(FakeRange.prototype, "format", "get").mockImplementation(function (this: FakeRange) {
      const address = (this as unknown as { address?: string }).address ?? "";
      return Object.assign(format.call(this) as object, { autofitRows: () => fitted.push(address) });
    });
    const sheet = sheetOf(3);
    const result = await writeMinutesSheet(fx.context, sheet, { isSetSupported: () => true });
    expect(result.ok).toBe(true);
    expect(fx.fake.state.sheets.map((s) => s.name)).toContain("会議録_第3回");
    expect(fx.fake.state.properties.comments).toBe(before);
    expect(fitted).toHaveLength(1);
    expect(fitted[0]).toContain(`A1:E${sheet.rows.length}`);
  });

  it("refuses to overwrite an existing minutes sheet unless asked", async () => {
    const fx = await fakeWorkbook();
    expect((await writeMinutesSheet(fx.context, sheetOf(3), { isSetSupported: () => true })).ok).toBe(true);
    const again = await writeMinutesSheet(fx.context, sheetOf(3), { isSetSupported: () => true });
    expect(again.ok === false && again.code).toBe("SheetsExist");
    expect((await writeMinutesSheet(fx.context, sheetOf(3), { isSetSupported: () => true, replace: true })).ok).toBe(
      true,
    );
  });

  it("shows the written sheet, written anew or replaced: the secretariat asked for it, to check and print", async () => {
    const fx = await fakeWorkbook();
    fx.fake.state.activeSheet = "会議"; // a person clicks the tab
    expect((await writeMinutesSheet(fx.context, sheetOf(3), { isSetSupported: () => true })).ok).toBe(true);
    expect(fx.fake.state.activeWorksheet().name).toBe("会議録_第3回");
    fx.fake.state.activeSheet = "委員意見";
    const replaced = await writeMinutesSheet(fx.context, sheetOf(3), { isSetSupported: () => true, replace: true });
    expect(replaced.ok).toBe(true);
    expect(fx.fake.state.activeWorksheet().name).toBe("会議録_第3回");
  });
});
