/**
 * The comments use cases against both backends: the Office port on the recording fake Excel, the xlsx port on a
 * real exceljs workbook (saved and loaded again before each read-back). Every record is compared whole after a
 * read-back, so a port that drops or alters a field fails here.
 */
import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  addComment,
  editComment,
  importComments,
  listComments,
  saveMeeting,
  saveMember,
  setUpCommentSheets,
  type CommentRecords,
  type CommentsPort,
} from "../../src/app/comments";
import type { Meeting, Member } from "../../src/domain/comments";
import type { Scalar } from "../../src/lib/scalar";
import type { WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { officeCommentsPort } from "../../src/adapters/office/comments-port";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxCommentsPort } from "../../src/adapters/xlsx/comments-port";
import { findTable, rowScalars } from "../../src/adapters/xlsx/exceljs-internals";
import { prepareLoadedWorkbookForWrite } from "../../src/adapters/xlsx/prepare-loaded";
import { createFakeExcel, getCell, parseAddress } from "../support/fake-excel";
import { fixedIds, MEETING_1, MEETINGS, MEMBERS, seededIds } from "../fixtures/comments/records";
import {
  commentsPlan,
  HOSTILE_TEXTS,
  load,
  mixedDataset,
  reload,
  withoutComments,
} from "../fixtures/comments/workbook";

/** One backend opened on a plan: its port, a fresh port over what was written, and the KPI table as it stands. */
interface Opened {
  readonly port: CommentsPort;
  /** A new port over the written workbook (Office: a second context; xlsx: saved and loaded again). */
  reopen(): Promise<CommentsPort>;
  /** 「KPI一覧」's table: its header row and first data row. */
  kpi(): { headers: Scalar[]; first: (Scalar | string | undefined)[] };
}

const BACKENDS: readonly { name: string; open(plan: WorkbookPlan): Promise<Opened> }[] = [
  {
    name: "Office (recording fake)",
    async open(plan) {
      const excel = createFakeExcel();
      const applied = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
      if (!applied.ok) throw new Error(JSON.stringify(applied));
      const state = excel.fake.state;
      const portOn = (context: Excel.RequestContext) =>
        officeCommentsPort({ run: (batch) => batch(context), isSetSupported: () => true });
      return {
        port: portOn(excel.context),
        reopen: async () => portOn(createFakeExcel({ state }).context),
        kpi() {
          const table = state.allTables().find((t) => t.name === "KPI")!;
          const b = parseAddress(table.address);
          const sheet = state.sheet("KPI一覧");
          const row = (r: number) =>
            Array.from({ length: b.right - b.left + 1 }, (_, i) => {
              const cell = getCell(sheet, r, b.left + i);
              return cell?.formula ?? (cell?.value as Scalar | undefined) ?? null;
            });
          return { headers: row(b.top) as Scalar[], first: row(b.top + 1) };
        },
      };
    },
  },
  {
    name: "xlsx (exceljs)",
    async open(plan) {
      let wb: ExcelJS.Workbook = await load(await writeWorkbookXlsx(plan));
      return {
        port: xlsxCommentsPort(wb),
        async reopen() {
          prepareLoadedWorkbookForWrite(wb);
          wb = await reload(wb);
          return xlsxCommentsPort(wb);
        },
        kpi() {
          const t = findTable(wb, "KPI")!;
          const formulas = Array.from({ length: t.range.right - t.range.left + 1 }, (_, i) => {
            const cell = t.ws.getCell(t.range.top + 1, t.range.left + i);
            return cell.formula
              ? `=${cell.formula}`
              : (rowScalars(t.ws, t.range.top + 1, t.range.left + i, t.range.left + i)[0] ?? null);
          });
          return { headers: rowScalars(t.ws, t.range.top, t.range.left, t.range.right), first: formulas };
        },
      };
    },
  },
];

async function ready(port: CommentsPort): Promise<CommentRecords> {
  const listed = await listComments(port);
  if (listed.kind !== "ready") throw new Error("the comment sheets are missing");
  return listed.records;
}

const NEW_MEMBER: Member = { id: "", name: "高橋 三郎", role: "委員", affiliation: "伊勢崎市PTA連合会", active: false };
const MEETING_3: Meeting = {
  ...MEETING_1,
  number: 3,
  date: "2026-02-05",
  startTime: "09:30",
  endTime: "11:00",
  place: "伊勢崎市民プラザ",
  attendees: ["M001", "M002"],
  absentees: [],
  cityAttendees: "企画部長",
  agenda: ["令和7年度の見込み", "その他"],
  handouts: ["資料1"],
  observers: "2名",
  disclosure: "公開",
  secretariat: "企画部企画調整課",
};

/** The plan with 「会議」 as a workbook made before the 事務局 column has it (the column gone from the table). */
function withoutSecretariatColumn(plan: WorkbookPlan): WorkbookPlan {
  const sheets = plan.sheets.map((sheet) => {
    if (sheet.name !== "会議") return sheet;
    const at = sheet.rows[0]!.findIndex((c) => c?.value === "事務局");
    const drop = <T>(list: readonly T[]): T[] => list.filter((_, i) => i !== at);
    return {
      ...sheet,
      rows: sheet.rows.map(drop),
      columns: drop(sheet.columns),
      tables: sheet.tables.map((t) => ({ ...t, range: t.range.replace(/^A1:M/, "A1:L") })),
    };
  });
  return { ...plan, sheets };
}

describe.each(BACKENDS)("comments use cases on $name", ({ open }) => {
  it("lists what the sheets hold, every field of every record", async () => {
    const { port } = await open(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    expect(await ready(port)).toEqual({ members: MEMBERS, meetings: MEETINGS, comments: [], warnings: [] });
  });

  it("adds a comment, edits it, adds a member and a meeting: read back whole, field for field", async () => {
    const opened = await open(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    const ids = seededIds("2025-11-20T05:30:05Z");
    const input = {
      meeting: 2,
      target: "1-1-K1-1",
      speakerId: "M002",
      category: "提言",
      text: HOSTILE_TEXTS.join("\n"),
      recordedBy: "企画調整課",
    };
    const added = await addComment(opened.port, await ready(opened.port), input, ids);
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(added.value).toMatchObject({ speakerName: "佐藤 花子", status: "未対応", text: input.text });
    let port = await opened.reopen();
    expect((await ready(port)).comments).toEqual([added.value]);

    const edited = await editComment(port, await ready(port), added.value.id, {
      response: "=検討します",
      status: "対応中",
    });
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    port = await opened.reopen();
    expect((await ready(port)).comments).toEqual([{ ...added.value, response: "=検討します", status: "対応中" }]);

    const member = await saveMember(port, await ready(port), NEW_MEMBER, true);
    expect(member).toEqual({ ok: true, value: { ...NEW_MEMBER, id: "M004" } });
    const meeting = await saveMeeting(port, await ready(port), MEETING_3, true);
    expect(meeting).toEqual({ ok: true, value: MEETING_3 });
    port = await opened.reopen();
    const after = await ready(port);
    expect(after.members).toEqual([...MEMBERS, { ...NEW_MEMBER, id: "M004" }]);
    expect(after.meetings).toEqual([...MEETINGS, MEETING_3]);

    const renamed = await saveMember(port, after, { ...MEMBERS[1]!, affiliation: "伊勢崎商工会議所 青年部" }, false);
    expect(renamed.ok).toBe(true);
    const moved = await saveMeeting(port, after, { ...MEETING_3, place: "市役所 議会棟" }, false);
    expect(moved.ok).toBe(true);
    const last = await ready(await opened.reopen());
    expect(last.members[1]).toEqual({ ...MEMBERS[1], affiliation: "伊勢崎商工会議所 青年部" });
    expect(last.meetings[2]).toEqual({ ...MEETING_3, place: "市役所 議会棟" });
    expect(last.warnings).toEqual([]);
  });

  it("reads a 会議 table made before 事務局 as none, appends a meeting without one, refuses one naming the column", async () => {
    const opened = await open(withoutSecretariatColumn(commentsPlan({ members: MEMBERS, meetings: MEETINGS })));
    const records = await ready(opened.port);
    expect(records.meetings).toEqual(MEETINGS.map((m) => ({ ...m, secretariat: "" })));
    const lost = await saveMeeting(opened.port, records, MEETING_3, true);
    expect("problems" in lost ? lost.problems.map((p) => `${p.code}:${String(p.params.header)}`) : lost).toEqual([
      "olderTable:事務局",
    ]);
    const port = await opened.reopen();
    expect(await ready(port)).toEqual(records);
    const plain = { ...MEETING_3, secretariat: "" };
    expect(await saveMeeting(port, records, plain, true)).toEqual({ ok: true, value: plain });
    expect((await ready(await opened.reopen())).meetings).toEqual([...records.meetings, plain]);
  });

  it("refuses what the domain refuses and writes nothing", async () => {
    const opened = await open(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    const records = await ready(opened.port);
    const refused = await addComment(
      opened.port,
      records,
      { meeting: 9, target: "1-1-K1-1", speakerId: "M999", category: "意見", text: "x", recordedBy: "課" },
      seededIds("2025-11-20T05:30:05Z"),
    );
    expect(refused.ok).toBe(false);
    expect("problems" in refused && refused.problems.map((p) => p.code)).toEqual(["unknownMeeting", "unknownMember"]);
    expect(await saveMeeting(opened.port, records, { ...MEETING_1 }, true)).toMatchObject({ ok: false });
    expect(await ready(await opened.reopen())).toEqual(records);
  });

  it("imports a paper CSV: every row read back whole; one bad row appends nothing", async () => {
    const opened = await open(commentsPlan({ members: MEMBERS, meetings: MEETINGS }));
    const csv = readFileSync(join(__dirname, "..", "fixtures", "comments", "paper.csv"), "utf8");
    const ids = fixedIds("2025-11-21T01:00:00Z");
    const bad = await importComments(opened.port, await ready(opened.port), `${csv}9,全体,M001,意見,x\n`, ids, {
      recordedBy: "企画調整課",
    });
    expect(bad).toMatchObject({ ok: false, problems: [{ code: "unknownMeeting" }] });
    const imported = await importComments(opened.port, await ready(opened.port), csv, ids, {
      recordedBy: "企画調整課",
      knownTargets: new Set(["1-1-K1-1"]),
    });
    if (!imported.ok) throw new Error(JSON.stringify(imported));
    expect(imported.value).toHaveLength(2);
    expect((await ready(await opened.reopen())).comments).toEqual(imported.value);
  });

  it("sets the comment sheets up on a workbook built before them, KPI一覧 counting, once", async () => {
    const older = withoutComments(buildWorkbookPlan(mixedDataset(), { builtAt: new Date("2026-11-24T00:00:00Z") }));
    const opened = await open(older);
    expect(await listComments(opened.port)).toEqual({ kind: "missing" });
    const before = opened.kpi().headers;
    expect(before).not.toContain("意見数");

    const result = await setUpCommentSheets(opened.port);
    expect(result).toMatchObject({
      ok: true,
      sheets: ["委員名簿", "会議", "委員意見"],
      countColumns: ["意見数", "未対応意見"],
    });
    const port = await opened.reopen();
    expect(await ready(port)).toEqual({ members: [], meetings: [], comments: [], warnings: [] });
    const kpi = opened.kpi();
    expect(kpi.headers).toEqual([...before, "意見数", "未対応意見"]);
    const first = kpi.first.slice(-2);
    expect(first[0]).toBe(`=IF($A${4}="","",COUNTIF('委員意見'!$C:$C,$A${4}))`);
    expect(String(first[1])).toMatch(
      /^=IF\(\$A4="","",COUNTIFS\('委員意見'!\$C:\$C,\$A4,'委員意見'!\$I:\$I,"未対応"\)\+/,
    );

    expect(await setUpCommentSheets(port)).toMatchObject({ ok: false, code: "SheetsExist" });
    const member = await saveMember(port, await ready(port), NEW_MEMBER, true);
    expect(member).toMatchObject({ ok: true, value: { id: "M001" } });
  });
});
