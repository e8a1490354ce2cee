/** The minutes use case against both backends: the same records read, the same files, the same sheet outcomes. */
import JSZip from "jszip";
import {
  exportMinutes,
  loadMinutes,
  meetingMinutes,
  renderMinutesFile,
  writeMinutesSheet,
  type MinutesSource,
} from "../../src/app/minutes";
import { minutesToCsv, minutesToMarkdown } from "../../src/domain/minutes";
import { COMMENTS_SHEET, MEETINGS_SHEET, MEMBERS_SHEET } from "../../src/workbook/comment-columns";
import { BACKENDS, type Backend, type BackendMaker } from "../support/backends";
import { commentsPlan, mixedDataset } from "../fixtures/comments/workbook";
import { COMMENTS, MEETINGS, MEMBERS, minutesDataset } from "../fixtures/minutes/records";

const TODAY = new Date("2026-11-24T00:00:00Z");
const RECORDS = { members: MEMBERS, meetings: MEETINGS, comments: COMMENTS };

/** A workbook built with the committee's record (評価年度 2024), through the backend's own port. */
async function built(backend: BackendMaker, keep?: (sheet: string) => boolean): Promise<Backend> {
  const b = backend.make();
  const plan = commentsPlan(RECORDS);
  const applied = await b.port.applyPlan(
    keep ? { ...plan, sheets: plan.sheets.filter((s) => keep(s.name)), names: [] } : plan,
    { replace: false },
  );
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  return backend.reloaded(b);
}

const sourceOf = async (backend: BackendMaker, lang: "ja" | "en" = "ja"): Promise<MinutesSource> =>
  loadMinutes((await built(backend)).port, minutesDataset(), { lang, today: TODAY });

describe("minutes: both backends read the same record", () => {
  it("members, meetings and comments come back as written, identically from Office and from .xlsx", async () => {
    const [office, xlsx] = await Promise.all(BACKENDS.map((b) => sourceOf(b)));
    for (const source of [office!, xlsx!]) {
      expect(source.members.map((m) => m.id).sort()).toEqual(MEMBERS.map((m) => m.id).sort());
      expect(source.meetings.map((m) => m.number)).toEqual([2, 3, 4]);
      expect(source.comments.map((c) => c.id)).toEqual(COMMENTS.map((c) => c.id));
      expect(source.problems).toEqual([]);
    }
    expect(xlsx!.members).toEqual(office!.members);
    expect(xlsx!.meetings).toEqual(office!.meetings);
    expect(xlsx!.comments).toEqual(office!.comments);
  });

  it("statuses: Excel's calculated values in Office (no settings read), the twin with the workbook's settings in .xlsx", async () => {
    const [office, xlsx] = await Promise.all(BACKENDS.map((b) => sourceOf(b)));
    // Office reads every row of the workbook; the twin only the indicators the dataset knows.
    const inWorkbook = mixedDataset().indicators.map((i) => i.id);
    const known = minutesDataset().indicators.map((i) => i.id);
    expect(office!.settings).toBeNull();
    expect([...office!.statusById.keys()].sort()).toEqual([...inWorkbook].sort());
    expect(xlsx!.settings).toEqual({ evaluationYear: 2024, k: 1 });
    expect([...xlsx!.statusById.keys()].sort()).toEqual(inWorkbook.filter((id) => known.includes(id)).sort());
  });
});

describe("minutes over .xlsx: what fell back to a default is said, in the caller's language", () => {
  const xlsx = BACKENDS.find((b) => b.name === "xlsx")!;
  const committeeOnly = (s: string) => [MEMBERS_SHEET, MEETINGS_SHEET, COMMENTS_SHEET].includes(s);

  it("Japanese as the CLI has always printed it", async () => {
    const b = await built(xlsx, committeeOnly);
    const source = await loadMinutes(b.port, minutesDataset(), { lang: "ja", today: TODAY });
    expect(source.problems).toEqual([
      "名前「評価年度」の値が読めないため、令和7年度(2025)で評価しました",
      "名前「順調閾値」の値が読めないため、1 で評価しました",
      "テーブル「KPI」（シート「KPI一覧」）がないため、指標の状況は表示しません",
    ]);
    expect(source.settings).toEqual({ evaluationYear: 2025, k: 1 });
    expect(source.statusById.size).toBe(0);
  });

  it("English from the same catalogue entries", async () => {
    const b = await built(xlsx, committeeOnly);
    const source = await loadMinutes(b.port, minutesDataset(), { lang: "en", today: TODAY });
    expect(source.problems).toEqual([
      "The name 「評価年度」 holds no readable value, so the statuses were evaluated for fiscal year 2025",
      "The name 「順調閾値」 holds no readable value, so the statuses were evaluated with 1",
      "There is no table 「KPI」 (sheet 「KPI一覧」), so the indicators' statuses are not shown",
    ]);
  });
});

describe.each(BACKENDS)("minutes through the $name port", (backend) => {
  it("exports a meeting as Markdown, CSV and .docx from what it read", async () => {
    const b = await built(backend);
    const dataset = minutesDataset();
    const md = await exportMinutes(b.port, dataset, { lang: "ja", today: TODAY, meetingNumber: 3, format: "md" });
    if (!md.ok) throw new Error(md.failure.message);
    expect(md.file.fileName).toBe("会議録_第3回.md");
    expect(md.file.type).toBe("text/markdown;charset=utf-8");
    expect(md.file.data).toBe(minutesToMarkdown(md.minutes));
    expect(md.minutes.summary.total).toBe(COMMENTS.filter((c) => c.meeting === 3).length);
    const csv = await renderMinutesFile(md.minutes, "csv");
    expect(csv.data).toBe(minutesToCsv(md.minutes));
    const docx = await renderMinutesFile(md.minutes, "docx");
    expect(docx.fileName).toBe("会議録_第3回.docx");
    const zip = await JSZip.loadAsync(docx.data as Uint8Array);
    expect(await zip.file("word/document.xml")!.async("string")).toContain(md.minutes.meetingName);
  });

  it("says which meetings exist when asked for one that does not", async () => {
    const b = await built(backend);
    const r = await exportMinutes(b.port, minutesDataset(), { lang: "ja", meetingNumber: 9, format: "md" });
    expect(r.ok === false && r.failure).toMatchObject({ code: "UnknownMeeting", meetings: [2, 3, 4] });
  });

  it("writes the printable sheet once, replaces it only when told to, and leaves the metadata alone", async () => {
    const b = await built(backend);
    const before = b.metadata();
    const source = await loadMinutes(b.port, minutesDataset(), { lang: "ja" });
    const doc = meetingMinutes(source, minutesDataset(), 3);
    if (!doc.ok) throw new Error(doc.message);
    const first = await writeMinutesSheet(b.port, doc.minutes, { replace: false });
    expect(first).toMatchObject({ sheet: "会議録_第3回", result: { ok: true, sheets: ["会議録_第3回"] } });
    expect(b.cell("会議録_第3回", 1, 1)).toBe(doc.minutes.title);
    const again = await writeMinutesSheet(b.port, doc.minutes, { replace: false });
    expect(again.result).toMatchObject({ ok: false, code: "SheetsExist", sheets: ["会議録_第3回"] });
    expect((await writeMinutesSheet(b.port, doc.minutes, { replace: true })).result.ok).toBe(true);
    expect(b.sheets().filter((s) => s === "会議録_第3回")).toHaveLength(1);
    expect(b.metadata()).toEqual(before);
    const reloaded = await backend.reloaded(b);
    expect(reloaded.cell("会議録_第3回", 1, 1)).toBe(doc.minutes.title);
  });
});
