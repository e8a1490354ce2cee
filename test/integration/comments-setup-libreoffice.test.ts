/**
 * The comment sheets set up in an .xlsx built before they existed (the comments use case over the xlsx port: sheets
 * added, 「KPI一覧」's table widened by 意見数/未対応意見), then a member, a meeting and two comments added through the
 * use cases, recalculated by LibreOffice: the widened table opens and counts. Needs `soffice`; skipped without it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  addComment,
  editComment,
  listComments,
  saveMeeting,
  saveMember,
  setUpCommentSheets,
  type CommentRecords,
  type CommentsPort,
} from "../../src/app/comments";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxCommentsPort } from "../../src/adapters/xlsx/comments-port";
import { prepareLoadedWorkbookForWrite } from "../../src/adapters/xlsx/prepare-loaded";
import { findSoffice, parseCsv, recalculateToCsv } from "../support/libreoffice";
import { CHAIR, MEETING_1, seededIds } from "../fixtures/comments/records";
import { load, mixedDataset, withoutComments } from "../fixtures/comments/workbook";

const soffice = findSoffice();
if (!soffice) console.warn("skipping LibreOffice comment set-up integration: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;
const OUT = join(__dirname, "..", "..", "test-output", "integration-comments-setup");

async function records(port: CommentsPort): Promise<CommentRecords> {
  const listed = await listComments(port);
  if (listed.kind !== "ready") throw new Error("no comment sheets");
  return listed.records;
}

describeLo("comment sheets set up in an older .xlsx, in LibreOffice", () => {
  it("counts the comments added after the set-up in the widened KPI table", async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const older = withoutComments(buildWorkbookPlan(mixedDataset(), { builtAt: new Date("2026-11-24T00:00:00Z") }));
    const wb = await load(await writeWorkbookXlsx(older));
    const port = xlsxCommentsPort(wb);
    expect(await setUpCommentSheets(port)).toMatchObject({ ok: true, countColumns: ["意見数", "未対応意見"] });
    expect(await saveMember(port, await records(port), CHAIR, true)).toMatchObject({ ok: true });
    const meeting = { ...MEETING_1, attendees: ["M001"], absentees: [] };
    expect(await saveMeeting(port, await records(port), meeting, true)).toMatchObject({ ok: true });
    const ids = seededIds("2025-07-10T06:00:00Z", 3);
    const input = { meeting: 1, target: "1-1-K1-1", speakerId: "M001", category: "意見", recordedBy: "企画調整課" };
    const first = await addComment(port, await records(port), { ...input, text: "=1+1" }, ids);
    const second = await addComment(port, await records(port), { ...input, text: "二つ目" }, ids);
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    expect(await editComment(port, await records(port), first.value.id, { status: "対応済" })).toMatchObject({
      ok: true,
    });

    prepareLoadedWorkbookForWrite(wb);
    const file = join(OUT, "set-up.xlsx");
    writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const sheets = recalculateToCsv(file, join(OUT, "csv"), ["KPI一覧", "委員意見"]);
    const rows = parseCsv(sheets.get("KPI一覧") ?? "");
    const header = rows[KPI_ROWS.header - 1] ?? [];
    expect(header.slice(-2)).toEqual(["意見数", "未対応意見"]);
    const counts = (id: string) => (rows.find((r) => r[0] === id) ?? []).slice(header.length - 2, header.length);
    expect(counts("1-1-K1-1")).toEqual(["2", "1"]);
    expect(counts("1-1-K1-2")).toEqual(["0", "0"]);
    const comments = parseCsv(sheets.get("委員意見") ?? "")
      .slice(1)
      .filter((r) => r[0] !== "");
    expect(comments.map((r) => r[6])).toEqual(["=1+1", "二つ目"]);
  }, 240_000);
});
